/**
 * `cchc-plan build` and `cchc-plan validate`: plans (files, folders, globs) → DOCX and PDF, or
 * only their diagnostics. Every option that can be wrong is checked before any plan is read.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { CLI, say } from '../../diagnostics/catalog/index.js';
import { diag, fileSpan, pointSpan, sortDiagnostics, type Diagnostic, type Lang } from '../../diagnostics/index.js';
import type { TemplateSources } from '../../model/templates.js';
import type { TemplateFileProblem } from '../../world.js';
import type { BuildMode, BuildSettings, OutputFormat } from '../builder.js';
import { common, DiagnosticError, EXIT, UsageError, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import { fileBlock, formatDiagnostic, jsonReport, makeChalk, statusLine, summaryLine, type FileResult } from '../format.js';
import { expandInputs, skippedResult, type Skipped } from '../inputs.js';
import { bundledFontFiles, fontDirFiles, fontFileProblem, isDirectory, outDirProblem } from '../io.js';
import { readTemplateFolder, realFolder } from '../read.js';

interface BuildOptions extends CommonOptions {
  output?: string;
  outDir?: string;
  format?: string;
  templates?: string;
  fontDir?: string;
  allowOutside?: string[];
  force?: boolean;
  check?: boolean;
  jobs?: string;
  watch?: boolean;
  open?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerBuild(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('build')
      .description('dựng DOCX và PDF từ tệp kế hoạch / build DOCX and PDF from plan files')
      .argument('<plans...>', 'tệp .yaml, thư mục hoặc mẫu glob / .yaml files, folders or globs')
      .option('-f, --format <formats>', 'docx, pdf hoặc docx,pdf (mặc định docx,pdf) / docx, pdf or docx,pdf (default docx,pdf)')
      .option('-o, --output <file>', 'ghi đúng tệp này, định dạng theo đuôi .docx/.pdf; "-" là đầu ra chuẩn / write this file, the format from its .docx/.pdf extension; "-" for standard output')
      .option('--out-dir <dir>', 'thư mục ghi kết quả (mặc định: cạnh tệp kế hoạch) / output folder (default: beside each plan)')
      .option('--templates <dir>', 'thư mục mẫu lời văn thay cho mẫu mặc định / template folder overriding the defaults')
      .option('--font-dir <dir>', 'thư mục chứa phông Times New Roman của cơ quan / folder with Times New Roman TTF files')
      .option('--allow-outside <dir>', 'cho phép ảnh, mẫu nằm trong thư mục này dù ở ngoài thư mục kế hoạch (lặp lại được) / also allow images and templates in this folder (repeatable)', collect)
      .option('--force', 'ghi đè cả tệp kết quả đang đặt chỉ đọc / replace outputs that are read-only too')
      .option('--check', 'chỉ so sánh với tệp đã có, báo tệp cũ (exit 1) / compare with the files on disk, list stale ones (exit 1)')
      .option('-j, --jobs <n>', 'số luồng dựng song song (mặc định: số lõi CPU) / parallel worker threads (default: CPU cores)')
      .option('-w, --watch', 'dựng lại khi tệp kế hoạch hoặc mẫu thay đổi / rebuild when a plan or its templates change')
      .option('--open', 'mở tệp vừa dựng (PDF, hoặc DOCX) bằng chương trình xem của máy / open what was built (the PDF, or the DOCX) in the system viewer'),
  ).action(async (plans: string[], opts: BuildOptions) => {
    setExit(await build(plans, opts, ctx, opts.check ? 'check' : 'write'));
  });

  common(
    program
      .command('validate')
      .description('kiểm tra tệp kế hoạch, không ghi tệp / check plan files without writing anything')
      .argument('<plans...>', 'tệp .yaml, thư mục hoặc mẫu glob / .yaml files, folders or globs')
      .option('--templates <dir>', 'thư mục mẫu lời văn / template folder')
      .option('--allow-outside <dir>', 'cho phép ảnh, mẫu trong thư mục này (lặp lại được) / also allow images and templates in this folder (repeatable)', collect),
  ).action(async (plans: string[], opts: BuildOptions) => {
    setExit(await build(plans, opts, ctx, 'validate'));
  });

}

function parseFormats(value: string, lang: Lang): OutputFormat[] {
  const list = value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((v) => v !== 'docx' && v !== 'pdf');
  if (bad.length || list.length === 0) {
    throw new UsageError(say(lang, CLI.formatInvalid, { value }));
  }
  return [...new Set(list)] as OutputFormat[];
}

/**
 * -o FILE: the file and its format (from the extension), "-" with the one format of -f; or a
 * usage error that says what to write instead (--out-dir for a folder).
 */
function outputFile(opts: BuildOptions, ctx: CliContext, mode: BuildMode, plans: number): { output: string; formats: OutputFormat[] } {
  const lang = opts.lang;
  const value = opts.output!;
  if (opts.outDir) throw new UsageError(say(lang, CLI.outputAndOutDir, {}));
  if (plans !== 1) throw new UsageError(say(lang, CLI.outputOnePlan, { count: plans }));
  if (value === '-') {
    for (const [on, option] of [[opts.check, '--check'], [opts.watch, '--watch'], [opts.json, '--json']] as const) {
      if (on) throw new UsageError(say(lang, CLI.outputStdoutWith, { option }));
    }
    const formats = opts.format ? parseFormats(opts.format, lang) : [];
    if (formats.length !== 1) throw new UsageError(say(lang, CLI.outputStdoutFormat, {}));
    return { output: '-', formats };
  }
  const output = path.resolve(ctx.cwd, value);
  if (isDirectory(output)) throw new UsageError(say(lang, CLI.outputIsFolder, { value }));
  const ext = path.extname(output).toLowerCase();
  if (ext !== '.docx' && ext !== '.pdf') throw new UsageError(say(lang, CLI.outputExtension, { value }));
  const format = ext.slice(1) as OutputFormat;
  if (opts.format) {
    const asked = parseFormats(opts.format, lang);
    if (asked.length !== 1 || asked[0] !== format) throw new UsageError(say(lang, CLI.outputFormatConflict, { value, ext, format: opts.format }));
  }
  if (mode === 'write') {
    const problem = outDirProblem(path.dirname(output));
    if (problem) throw new DiagnosticError(diag('output-unwritable', { value, reason: problem }, fileSpan(value)));
  }
  return { output, formats: [format] };
}

/** Check every option that can be wrong before any plan is read: usage errors exit 2. */
async function settingsFrom(opts: BuildOptions, ctx: CliContext, mode: BuildMode, plans: number): Promise<BuildSettings> {
  const lang = opts.lang;
  let fontFiles = bundledFontFiles();
  if (opts.fontDir) {
    const dir = path.resolve(ctx.cwd, opts.fontDir);
    const found = isDirectory(dir) ? fontDirFiles(dir) : undefined;
    // Each of the four files must be a regular file of a sane size (a FIFO would hang every worker).
    if (!found || Object.values(found).some((f) => fontFileProblem(f))) {
      throw new UsageError(say(lang, CLI.fontDirInvalid, { value: opts.fontDir }));
    }
    fontFiles = found;
  }
  let templatesDir: string | undefined;
  let templateOverride: TemplateSources | undefined;
  if (opts.templates) {
    templatesDir = path.resolve(ctx.cwd, opts.templates);
    if (!isDirectory(templatesDir)) throw new UsageError(say(lang, CLI.templatesMissing, { value: opts.templates }));
    // Read once here, with the same checks as a plan's own template folder: a problem is a usage error.
    const real = realFolder(templatesDir);
    const read = readTemplateFolder(real, [real], opts.templates);
    const first = read.problems[0];
    if (first) throw new DiagnosticError(templateFolderProblem(first));
    templateOverride = read.templates;
  }
  let allowOutside: string[] = [];
  for (const dir of opts.allowOutside ?? []) {
    const abs = path.resolve(ctx.cwd, dir);
    if (!isDirectory(abs)) throw new UsageError(say(lang, CLI.allowOutsideInvalid, { value: dir }));
    allowOutside = [...allowOutside, abs];
  }
  const sde = ctx.env.SOURCE_DATE_EPOCH;
  let sourceDateEpoch: number | undefined;
  if (sde !== undefined && sde !== '') {
    sourceDateEpoch = Number(sde);
    if (!Number.isInteger(sourceDateEpoch) || sourceDateEpoch < 0) throw new UsageError(say(lang, CLI.epochInvalid, { value: sde }));
  }
  let formats = parseFormats(opts.format ?? 'docx,pdf', lang);
  let output: string | undefined;
  if (opts.output !== undefined && mode !== 'validate') ({ output, formats } = outputFile(opts, ctx, mode, plans));
  const outDir = opts.outDir ? path.resolve(ctx.cwd, opts.outDir) : undefined;
  // The folder itself is made only when the first output is written, so an invalid plan leaves
  // nothing behind; here we only refuse a path that can never become a folder.
  if (outDir && mode === 'write') {
    const problem = outDirProblem(outDir);
    if (problem) throw new DiagnosticError(diag('output-unwritable', { value: opts.outDir!, reason: problem }, fileSpan(opts.outDir!)));
  }
  return {
    cwd: ctx.cwd,
    packageRoot: ctx.packageRoot,
    lang,
    mode,
    formats,
    ...(outDir ? { outDir } : {}),
    ...(output ? { output } : {}),
    force: !!opts.force,
    fontFiles,
    ...(templatesDir ? { templatesDir } : {}),
    ...(templateOverride ? { templateOverride } : {}),
    allowOutside,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
  };
}

/** A file of --templates that cannot be used, as a diagnostic on that file. */
function templateFolderProblem(p: TemplateFileProblem): Diagnostic {
  const here = fileSpan(p.file);
  switch (p.problem) {
    case 'encoding':
      return diag('template-encoding', { name: p.name, offset: p.offset ?? 0 }, pointSpan(p.file, p.line ?? 1, p.column ?? 1));
    case 'too-many':
      return diag('limit-exceeded', { what: 'template-files', value: `> ${p.limit}`, limit: p.limit ?? 0 }, here);
    case 'too-large':
      return diag('template-too-large', { name: p.name, size: p.size ?? '?', limit: p.limit ?? 0 }, here);
    case 'not-file':
      return diag('path-not-file', { value: p.file, kind: p.kind ?? 'other' }, here);
    case 'outside':
      return diag('path-outside', { value: p.file, link: true }, here);
    case 'hidden':
      return diag('path-hidden', { value: p.file }, here);
    case 'missing':
      return diag('path-broken-link', { value: p.file }, here);
    default:
      return diag('file-unreadable', { value: p.file, reason: p.reason ?? '' }, here);
  }
}

function parseJobs(value: string | undefined, ctx: CliContext, lang: Lang): number {
  if (value === undefined) return ctx.cpus;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(say(lang, CLI.jobsInvalid, { value }));
  return n;
}

async function build(plans: string[], opts: BuildOptions, ctx: CliContext, mode: BuildMode): Promise<number> {
  const lang = opts.lang;
  const expanded = await expandInputs(plans, ctx.cwd);
  if (expanded.missing.length) {
    for (const m of expanded.missing) ctx.stderr.write(`cchc-plan: ${say(lang, CLI.notFound, { value: m })}\n`);
    return EXIT.usage;
  }
  if (expanded.files.length === 0 && expanded.skipped.length === 0) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.noPlans, {})}\n`);
    return EXIT.usage;
  }
  const settings = await settingsFrom(opts, ctx, mode, expanded.files.length + expanded.skipped.length);
  const jobs = parseJobs(opts.jobs, ctx, lang);
  // Loaded here: `--help`, `--version` and `schema` start without the compiler and emitters.
  const { buildAll } = await import('../pool.js');
  const once = async (files: string[], skipped: Skipped[]) => {
    const skippedResults = skipped.map((s) => skippedResult(s, ctx.cwd));
    const printer = batchPrinter(mode, opts, ctx, files.length + skipped.length);
    for (const r of skippedResults) printer.done(r);
    const outcomes = await buildAll(files, settings, jobs, (_i, o) => printer.done(o.result, o.text));
    const results = [...outcomes.map((o) => o.result), ...skippedResults];
    if (settings.output === '-' && outcomes[0]?.bytes) {
      if (!ctx.stdout.writeBytes) throw new Error('standard output takes no bytes here');
      ctx.stdout.writeBytes(outcomes[0].bytes);
    }
    const code = printer.finish(results, new Map(outcomes.filter((o) => o.text !== undefined).map((o) => [o.result.input, o.text!])));
    // --open: once, after the first build that wrote something (with --watch the viewer reloads).
    if (opts.open && mode === 'write' && settings.output !== '-' && !opened) opened = await (await import('../open.js')).openOutputs(results, ctx, opts);
    return code;
  };
  let opened = false;
  const code = await once(expanded.files, expanded.skipped);
  if (!opts.watch || mode !== 'write') return code;
  const { watchPlans } = await import('../watch.js');
  return watchPlans(expanded.files, settings, ctx, opts, (files) => once(files, []));
}

/** A one-line progress bar on a terminal (stderr), for batches. */
function progressBar(ctx: CliContext, opts: CommonOptions, total: number) {
  if (!ctx.stderr.isTTY || opts.json || opts.quiet || total < 2) return undefined;
  const width = 30;
  let last = '';
  return {
    update: (done: number, all: number, file: string) => {
      const filled = Math.round((done / all) * width);
      const name = path.isAbsolute(file) ? path.relative(ctx.cwd, file) : file;
      last = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${all} ${name.slice(-40).padEnd(40)}`;
      ctx.stderr.write(last);
    },
    clear: () => ctx.stderr.write(`\r${' '.repeat(width + 52)}\r`),
    redraw: () => last && ctx.stderr.write(last),
  };
}

/**
 * The report of a run. Text: for one plan, its diagnostics then its status line; for a batch,
 * each file's block as soon as it is done (diagnostics grouped under the file), then a summary
 * that names the failed and stale files. JSON: one document at the end, in input order.
 */
function batchPrinter(mode: BuildMode, opts: CommonOptions, ctx: CliContext, total: number) {
  const lang = opts.lang;
  const colors = { out: makeChalk(ctx.stdout.isTTY, ctx.env), err: makeChalk(ctx.stderr.isTTY, ctx.env) };
  const batch = total > 1;
  const bar = progressBar(ctx, opts, total);
  // With -o -, standard output carries the document: every word goes to standard error.
  const toStdout = (text: string) => (opts.json ? undefined : ctx.stdout.write(text));
  let done = 0;
  return {
    done(r: FileResult, text?: string) {
      done++;
      if (!opts.json && batch) {
        const block = fileBlock(r, mode, opts, colors, text);
        if (block) {
          bar?.clear();
          if (block.stream === 'stdout') toStdout(block.text);
          else ctx.stderr.write(block.text);
        }
      }
      bar?.update(done, total, r.input);
    },
    finish(results: FileResult[], texts: Map<string, string>): number {
      bar?.clear();
      const command = mode === 'validate' ? 'validate' : mode === 'check' ? 'check' : 'build';
      if (opts.json) {
        ctx.stdout.write(jsonReport(command, results.map((r) => ({ ...r, diagnostics: sortDiagnostics(r.diagnostics) })), lang));
      } else if (!batch) {
        for (const r of results) {
          for (const d of sortDiagnostics([...r.diagnostics])) {
            if (opts.quiet && d.severity !== 'error') continue;
            ctx.stderr.write(formatDiagnostic(d, lang, colors.err, texts.get(r.input)) + '\n');
          }
          const stdoutTaken = r.outputs.includes('-');
          if (r.status === 'stale') toStdout(statusLine(r, mode, lang, colors.out) + '\n');
          else if (!opts.quiet && r.status === 'ok') {
            if (stdoutTaken) ctx.stderr.write(statusLine(r, mode, lang, colors.err) + '\n');
            else toStdout(statusLine(r, mode, lang, colors.out) + '\n');
          }
        }
      } else if (!opts.quiet) {
        toStdout(summaryLine(results, lang, colors.out, mode) + '\n');
      }
      const invalid = results.some((r) => r.status === 'invalid' || r.status === 'stale');
      if (invalid) return EXIT.invalid;
      return results.some((r) => r.status === 'error') ? EXIT.usage : EXIT.ok;
    },
  };
}
