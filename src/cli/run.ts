/**
 * `run(argv, ctx)`: the whole CLI as a function, testable in-process.
 * Exit codes: 0 ok, 1 invalid input (or stale outputs with --check), 2 usage or internal failure.
 */
import path from 'node:path';
import { CommanderError } from 'commander';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPreview } from './commands/preview.js';
import { registerSchema } from './commands/schema.js';
import { DiagnosticError, EXIT, UsageError } from './common.js';
import { formatDiagnostic, makeChalk } from './format.js';
import { readBytesSync, type CliContext } from './context.js';
import { LocalCommand, langFromArgv, localHelp } from './usage.js';
import { registerCompletion } from './commands/completion.js';

export { EXIT, UsageError } from './common.js';

export async function run(argv: string[], ctx: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = langFromArgv(argv);
  const program = new LocalCommand(undefined, lang);
  program
    .name('cchc-plan')
    .description('Dựng kế hoạch YAML thành văn bản DOCX/PDF đúng thể thức Nghị định 30/2020/NĐ-CP.\nCompile YAML plans into Decree 30/2020/NĐ-CP documents (DOCX, PDF).')
    .version(packageVersion(ctx), '-V, --version', say(lang, CLI.versionOption, {}))
    .helpOption('-h, --help', say(lang, CLI.helpOption, {}))
    .helpCommand(say(lang, CLI.helpCommandArg, {}), say(lang, CLI.helpCommand, {}))
    .configureHelp(localHelp(lang))
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });

  registerBuild(program, ctx, (code) => (exitCode = code));
  registerSchema(program, ctx);
  registerInit(program, ctx, (code) => (exitCode = code));
  registerCheck(program, ctx, (code) => (exitCode = code));
  registerDiff(program, ctx, (code) => (exitCode = code));
  registerImport(program, ctx, (code) => (exitCode = code));
  registerPreview(program, ctx, (code) => (exitCode = code));
  registerCompletion(program, ctx, lang);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      // "cchc-plan help" asks for help (exit 0); "cchc-plan" alone gets it on stderr, as a usage error.
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      ctx.stderr.write(`cchc-plan: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof DiagnosticError) {
      ctx.stderr.write(formatDiagnostic(e.diagnostic, lang, makeChalk(ctx.stderr.isTTY, ctx.env)) + '\n');
      return EXIT.usage;
    }
    if (isSystemError(e)) {
      // The file system said no (a missing file, no permission, a full disk): in words, not a stack.
      // A file of the installed package itself is missing or unreadable: a broken install, reported as a bug.
      const words = say(lang, CLI.systemError, { syscall: e.syscall, path: e.path ? path.relative(ctx.cwd, e.path) || e.path : '', reason: e.code });
      const own = e.path && path.resolve(e.path).startsWith(path.resolve(ctx.packageRoot) + path.sep);
      if (own) ctx.stderr.write(internalErrorText(Object.assign(new Error(words), { stack: e.stack }), lang, argv.includes('--debug')));
      else ctx.stderr.write(`cchc-plan: ${words}\n${argv.includes('--debug') && e.stack ? `${e.stack}\n` : ''}`);
      return EXIT.usage;
    }
    ctx.stderr.write(internalErrorText(e, lang, argv.includes('--debug')));
    return EXIT.usage;
  }
  return exitCode;
}

/** An error from the operating system (ENOENT, EACCES…) with the path it concerns. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!) && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

export function internalErrorText(e: unknown, lang: Lang, debug: boolean): string {
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const head = `cchc-plan: ${say(lang, CLI.internalError, { detail: msg })}\n`;
  return head + (debug && e instanceof Error && e.stack ? `${e.stack}\n` : '');
}

function packageVersion(ctx: CliContext): string {
  const bytes = readBytesSync(path.join(ctx.packageRoot, 'package.json'));
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as { version: string }).version : '0.0.0';
}

