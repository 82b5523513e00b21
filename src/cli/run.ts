/**
 * `run(argv, ctx)`: the whole CLI as a function, testable in-process.
 * Exit codes: 0 ok, 1 invalid input (or stale outputs with --check), 2 usage or internal failure.
 */
import path from 'node:path';
import { Command, CommanderError } from 'commander';
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

export { EXIT, UsageError } from './common.js';

export async function run(argv: string[], ctx: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  program
    .name('cchc-plan')
    .description('Dựng kế hoạch YAML thành văn bản DOCX/PDF đúng thể thức Nghị định 30/2020/NĐ-CP.\nCompile YAML plans into Decree 30/2020/NĐ-CP documents (DOCX, PDF).')
    .version(packageVersion(ctx), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .showHelpAfterError();

  registerBuild(program, ctx, (code) => (exitCode = code));
  registerSchema(program, ctx);
  registerInit(program, ctx, (code) => (exitCode = code));
  registerCheck(program, ctx, (code) => (exitCode = code));
  registerDiff(program, ctx, (code) => (exitCode = code));
  registerImport(program, ctx, (code) => (exitCode = code));
  registerPreview(program, ctx, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      ctx.stderr.write(`cchc-plan: ${e.message}\n`);
      return EXIT.usage;
    }
    const i = argv.indexOf('--lang');
    const lang: Lang = i >= 0 && argv[i + 1] === 'en' ? 'en' : 'vi';
    if (e instanceof DiagnosticError) {
      ctx.stderr.write(formatDiagnostic(e.diagnostic, lang, makeChalk(ctx.stderr.isTTY, ctx.env)) + '\n');
      return EXIT.usage;
    }
    ctx.stderr.write(internalErrorText(e, lang, argv.includes('--debug')));
    return EXIT.usage;
  }
  return exitCode;
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

