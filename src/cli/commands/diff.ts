/**
 * `cchc-plan diff <old> <new>`: compare two plans on the document model and print (or write) the
 * changes as terminal text, Markdown, JSON, an HTML page or a DOCX redline.
 * Exit codes as diff(1): 0 no changes, 1 changes found, 2 bad input, usage or I/O error.
 */
import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { CLI, say } from '../../diagnostics/catalog/index.js';
import { diag, hasErrors, sortDiagnostics, type Lang } from '../../diagnostics/index.js';
import type { TextColors } from '../../diff/report/text.js';
import { readBytesSync, type CliContext } from '../context.js';
import { formatDiagnostic, makeChalk } from '../format.js';
import { bundledFontFiles, writeAtomic } from '../io.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'html', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  format: DiffFormat;
  output?: string;
  showYearChanges?: boolean;
  lang: Lang;
}

const EXIT = { same: 0, changed: 1, error: 2 } as const;

export function registerDiff(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('so sánh hai kế hoạch (ví dụ năm trước và năm nay) / compare two plans (e.g. last year\'s and this year\'s)')
    .argument('<old>', 'kế hoạch cũ (.yaml) / old plan')
    .argument('<new>', 'kế hoạch mới (.yaml) / new plan')
    .addOption(
      new Option('-f, --format <format>', 'text, markdown, json, html hoặc docx (bản so sánh có theo dõi thay đổi) / text, markdown, json, html or docx (redline with tracked changes)')
        .choices([...DIFF_FORMATS])
        .default('text'),
    )
    .option('-o, --output <file>', 'ghi kết quả vào tệp (bắt buộc với docx) / write to a file (required for docx)')
    .option('--show-year-changes', 'liệt kê cả những chỗ chỉ đổi năm kế hoạch / also list the edits that only change the plan year')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .action(async (oldArg: string, newArg: string, opts: DiffCommandOptions) => {
      setExit(await runDiff(oldArg, newArg, opts, ctx));
    });
}

function chalkColors(ctx: CliContext, plain: TextColors): TextColors {
  const c = makeChalk(ctx.stdout.isTTY, ctx.env);
  if (c.level === 0) return plain;
  const byType = { added: c.green, removed: c.red, modified: c.yellow, moved: c.cyan, year: c.magenta };
  return {
    enabled: true,
    del: (s) => c.red.strikethrough(s),
    ins: (s) => c.green.underline(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    type: (t, s) => byType[t](s),
  };
}

/** Same path, following symbolic links when the file exists. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return path.resolve(a) === path.resolve(b) || real(a) === real(b);
}

export async function runDiff(oldArg: string, newArg: string, opts: DiffCommandOptions, ctx: CliContext): Promise<number> {
  const lang = opts.lang;
  const err = (s: string) => ctx.stderr.write(`cchc-plan: ${s}\n`);
  const rel = (p: string) => path.relative(ctx.cwd, p) || p;
  const files = [oldArg, newArg].map((a) => path.resolve(ctx.cwd, a));

  for (const [i, abs] of files.entries()) {
    const arg = i === 0 ? oldArg : newArg;
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      err(say(lang, CLI.notFound, { value: arg }));
      return EXIT.error;
    }
    if (stat.isDirectory()) {
      err(say(lang, CLI.diffIsFolder, { value: arg }));
      return EXIT.error;
    }
  }
  if (opts.format === 'docx' && !opts.output) {
    err(say(lang, CLI.diffDocxNeedsOutput, {}));
    return EXIT.error;
  }
  const output = opts.output ? path.resolve(ctx.cwd, opts.output) : undefined;
  const errColors = makeChalk(ctx.stderr.isTTY, ctx.env);
  if (output) {
    const clash = files.find((f) => samePath(f, output));
    if (clash) {
      const d = diag('output-is-input', { value: rel(clash) }, { file: rel(clash), line: 0, column: 0 });
      ctx.stderr.write(formatDiagnostic(d, lang, errColors) + '\n');
      return EXIT.error;
    }
  }

  // The compiler (and below, the DOCX emitter) load here, so that other commands start without them.
  const { Builder } = await import('../builder.js');
  // The same loading as `build` (default templates, the plan's own templates and images).
  const builder = new Builder({ cwd: ctx.cwd, packageRoot: ctx.packageRoot, lang, mode: 'validate', formats: [], fontFiles: bundledFontFiles(), allowOutside: false });
  const loaded = [];
  for (const abs of files) loaded.push(await builder.load(abs));
  // Bad input: the same diagnostics as build. Warnings alone do not stop a comparison and are not
  // printed then (the report is about the differences).
  if (loaded.some((l) => !l.model || hasErrors(l.diagnostics))) {
    for (const l of loaded) {
      for (const d of sortDiagnostics(l.diagnostics)) ctx.stderr.write(formatDiagnostic(d, lang, errColors, l.text) + '\n');
    }
    return EXIT.error;
  }
  const [oldModel, newModel] = [loaded[0].model!, loaded[1].model!];

  // The comparison and its reports load here too: other commands start without them.
  const [{ diffModels, hasChanges }, { formatHtml }, { formatJson }, { formatMarkdown }, { formatText, PLAIN }, { summaryText }] = await Promise.all([
    import('../../diff/index.js'),
    import('../../diff/report/html.js'),
    import('../../diff/report/json.js'),
    import('../../diff/report/markdown.js'),
    import('../../diff/report/text.js'),
    import('../../diff/report/present.js'),
  ]);
  const show = !!opts.showYearChanges;
  const result = diffModels(oldModel, newModel, { oldFile: loaded[0].display, newFile: loaded[1].display, showYearChanges: show });
  let content: Uint8Array | string;
  switch (opts.format) {
    case 'text':
      content = formatText(result, { lang, colors: output ? PLAIN : chalkColors(ctx, PLAIN) });
      break;
    case 'markdown':
      content = formatMarkdown(result, { lang });
      break;
    case 'json':
      content = formatJson(result);
      break;
    case 'html':
      content = formatHtml(result, { lang });
      break;
    case 'docx': {
      content = await (await import('../redline.js')).renderRedline(oldModel, newModel, { showYearChanges: show });
      break;
    }
  }

  if (!output) ctx.stdout.write(content as string);
  else {
    try {
      writeAtomic(output, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    } catch (e) {
      const d = diag('output-unwritable', { value: rel(output), reason: (e as NodeJS.ErrnoException).code ?? '' }, { file: rel(output), line: 0, column: 0 });
      ctx.stderr.write(formatDiagnostic(d, lang, errColors) + '\n');
      return EXIT.error;
    }
    ctx.stdout.write(`${summaryText(result, lang)} → ${rel(output)}\n`);
  }
  return hasChanges(result) ? EXIT.changed : EXIT.same;
}
