/**
 * `cchc-plan build` and `cchc-plan validate`: plans (files, folders, globs) → DOCX and PDF, or
 * only their diagnostics. Every option that can be wrong is checked before any plan is read.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { CLI, say } from '../../diagnostics/catalog/index.js';
import { diag, fileSpan, sortDiagnostics, type Lang } from '../../diagnostics/index.js';
import type { BuildMode, BuildSettings, OutputFormat } from '../builder.js';
import { common, DiagnosticError, EXIT, UsageError, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import { formatDiagnostic, jsonReport, makeChalk, summaryLine, type FileResult } from '../format.js';
import { expandInputs } from '../inputs.js';
import { bundledFontFiles, fontDirFiles, isDirectory, outDirProblem } from '../io.js';

interface BuildOptions extends CommonOptions {
  outDir?: string;
  format?: string;
  templates?: string;
  fontDir?: string;
  allowOutside?: boolean;
  check?: boolean;
  jobs?: string;
  watch?: boolean;
  open?: boolean;
}

export function registerBuild(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('build')
      .description('dựng DOCX và PDF từ tệp kế hoạch / build DOCX and PDF from plan files')
      .argument('<plans...>', 'tệp .yaml, thư mục hoặc mẫu glob / .yaml files, folders or globs')
      .option('-f, --format <formats>', 'docx, pdf hoặc docx,pdf / docx, pdf or docx,pdf', 'docx,pdf')
      .option('-o, --out-dir <dir>', 'thư mục ghi kết quả (mặc định: cạnh tệp kế hoạch) / output folder (default: beside each plan)')
      .option('--templates <dir>', 'thư mục mẫu lời văn thay cho mẫu mặc định / template folder overriding the defaults')
      .option('--font-dir <dir>', 'thư mục chứa phông Times New Roman của cơ quan / folder with Times New Roman TTF files')
      .option('--allow-outside', 'cho phép ảnh, mẫu nằm ngoài thư mục kế hoạch / allow images and templates outside the plan folder')
      .option('--check', 'chỉ so sánh với tệp đã có, báo tệp lỗi thời (exit 1) / compare with the files on disk, list stale ones (exit 1)')
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
      .option('--allow-outside', 'cho phép ảnh, mẫu nằm ngoài thư mục kế hoạch / allow paths outside the plan folder'),
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

/** Check every option that can be wrong before any plan is read: usage errors exit 2. */
async function settingsFrom(opts: BuildOptions, ctx: CliContext, mode: BuildMode): Promise<BuildSettings> {
  const lang = opts.lang;
  let fontFiles = bundledFontFiles();
  if (opts.fontDir) {
    const dir = path.resolve(ctx.cwd, opts.fontDir);
    const found = isDirectory(dir) ? fontDirFiles(dir) : undefined;
    if (!found) {
      throw new UsageError(say(lang, CLI.fontDirInvalid, { value: opts.fontDir }));
    }
    fontFiles = found;
  }
  let templatesDir: string | undefined;
  if (opts.templates) {
    templatesDir = path.resolve(ctx.cwd, opts.templates);
    if (!isDirectory(templatesDir)) throw new UsageError(say(lang, CLI.templatesMissing, { value: opts.templates }));
  }
  const sde = ctx.env.SOURCE_DATE_EPOCH;
  let sourceDateEpoch: number | undefined;
  if (sde !== undefined && sde !== '') {
    sourceDateEpoch = Number(sde);
    if (!Number.isInteger(sourceDateEpoch) || sourceDateEpoch < 0) throw new UsageError(say(lang, CLI.epochInvalid, { value: sde }));
  }
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
    formats: parseFormats(opts.format ?? 'docx,pdf', lang),
    ...(outDir ? { outDir } : {}),
    fontFiles,
    ...(templatesDir ? { templatesDir } : {}),
    allowOutside: !!opts.allowOutside,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
  };
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
  if (expanded.files.length === 0) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.noPlans, {})}\n`);
    return EXIT.usage;
  }
  const settings = await settingsFrom(opts, ctx, mode);
  const jobs = parseJobs(opts.jobs, ctx, lang);
  // Loaded here: `--help`, `--version` and `schema` start without the compiler and emitters.
  const { buildAll } = await import('../pool.js');
  const once = async (files: string[]) => {
    const bar = progressBar(ctx, opts, files.length);
    const outcomes = await buildAll(files, settings, jobs, bar?.update);
    bar?.clear();
    const code = report(mode, outcomes.map((o) => o.result), opts, ctx, new Map(outcomes.filter((o) => o.text !== undefined).map((o) => [o.result.input, o.text!])));
    // --open: once, after the first build that wrote something (with --watch the viewer reloads).
    if (opts.open && mode === 'write' && !opened) opened = await (await import('../open.js')).openOutputs(outcomes.map((o) => o.result), ctx, opts);
    return code;
  };
  let opened = false;
  const code = await once(expanded.files);
  if (!opts.watch || mode !== 'write') return code;
  const { watchPlans } = await import('../watch.js');
  return watchPlans(expanded.files, settings, ctx, opts, (files) => once(files));
}

/** A one-line progress bar on a terminal (stderr), for batches. */
function progressBar(ctx: CliContext, opts: CommonOptions, total: number) {
  if (!ctx.stderr.isTTY || opts.json || opts.quiet || total < 2) return undefined;
  const width = 30;
  return {
    update: (done: number, all: number, file: string) => {
      const filled = Math.round((done / all) * width);
      const name = path.relative(ctx.cwd, file);
      ctx.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${all} ${name.slice(-40).padEnd(40)}`);
    },
    clear: () => ctx.stderr.write(`\r${' '.repeat(width + 52)}\r`),
  };
}

function report(mode: BuildMode, results: FileResult[], opts: CommonOptions, ctx: CliContext, texts: Map<string, string>): number {
  const lang = opts.lang;
  const command = mode === 'validate' ? 'validate' : mode === 'check' ? 'check' : 'build';
  if (opts.json) {
    ctx.stdout.write(jsonReport(command, results.map((r) => ({ ...r, diagnostics: sortDiagnostics(r.diagnostics) })), lang));
  } else {
    const c = makeChalk(ctx.stderr.isTTY, ctx.env);
    const out = makeChalk(ctx.stdout.isTTY, ctx.env);
    for (const r of results) {
      for (const d of sortDiagnostics(r.diagnostics)) {
        if (opts.quiet && d.severity !== 'error') continue;
        ctx.stderr.write(formatDiagnostic(d, lang, c, texts.get(r.input)) + '\n');
      }
      if (r.status === 'stale') {
        ctx.stdout.write(`${out.red('✗')} ${r.input}: ${say(lang, CLI.staleOrMissing, {})}: ${r.stale!.join(', ')}\n`);
      } else if (!opts.quiet && r.status === 'ok') {
        if (mode === 'validate') ctx.stdout.write(`${out.green('✓')} ${r.input}: ${say(lang, CLI.valid, {})}\n`);
        else if (mode === 'check') ctx.stdout.write(`${out.green('✓')} ${r.input}: ${say(lang, CLI.upToDate, {})}\n`);
        else ctx.stdout.write(`${out.green('✓')} ${r.input} → ${r.outputs.join(', ')}\n`);
      }
    }
    if (!opts.quiet && results.length > 1) ctx.stdout.write(summaryLine(results, lang, out) + '\n');
  }
  const invalid = results.some((r) => r.status === 'invalid' || r.status === 'stale');
  if (invalid) return EXIT.invalid;
  return results.some((r) => r.status === 'error') ? EXIT.usage : EXIT.ok;
}
