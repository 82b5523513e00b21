/**
 * `run(argv, ctx)`: the whole CLI as a function, testable in-process.
 * Exit codes: 0 ok, 1 invalid input (or stale outputs with --check), 2 usage or internal failure.
 */
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { diag, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics.js';
import { compilePlan, type CompileInputs } from '../compile.js';
import { createMeasurer, type FontFiles, type TextMeasurer } from '../model/metrics.js';
import { renderPdf } from '../render/pdf/index.js';
import { decodeUtf8 } from '../plan/load.js';
import { renderDocx } from '../render/docx/index.js';
import { readBytes, readBytesSync, type CliContext } from './context.js';
import { formatDiagnostic, jsonReport, makeChalk, summaryLine, WORDS, type FileResult } from './format.js';
import { bundledFontFiles, fontDirFiles, isDirectory, readFontFiles, readTemplateDir, writeAtomic } from './io.js';
import type { TemplateSources } from '../model/templates.js';
import { expandInputs } from './inputs.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

interface CommonOptions {
  lang: Lang;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}
interface BuildOptions extends CommonOptions {
  outDir?: string;
  format?: string;
  templates?: string;
  fontDir?: string;
  allowOutside?: boolean;
}

class UsageError extends Error {}

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

  const common = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
      .option('--json', 'in kết quả dạng JSON / print results as JSON')
      .option('-q, --quiet', 'chỉ in lỗi / print errors only')
      .option('--debug', 'in chi tiết lỗi nội bộ / show internal error details');

  common(
    program
      .command('build')
      .description('dựng DOCX từ tệp kế hoạch / build DOCX from plan files')
      .argument('<plans...>', 'tệp .yaml hoặc thư mục / .yaml files or folders')
      .option('-f, --format <formats>', 'docx, pdf hoặc docx,pdf (mặc định) / docx, pdf or docx,pdf (default)', 'docx,pdf')
      .option('-o, --out-dir <dir>', 'thư mục ghi kết quả (mặc định: cạnh tệp kế hoạch) / output folder (default: beside each plan)')
      .option('--templates <dir>', 'thư mục mẫu lời văn thay cho mẫu mặc định / template folder overriding the defaults')
      .option('--font-dir <dir>', 'thư mục chứa phông Times New Roman của cơ quan / folder with Times New Roman TTF files')
      .option('--allow-outside', 'cho phép ảnh, mẫu nằm ngoài thư mục kế hoạch / allow images and templates outside the plan folder'),
  ).action(async (plans: string[], opts: BuildOptions) => {
    exitCode = await build(plans, opts, ctx, true);
  });

  common(
    program
      .command('validate')
      .description('kiểm tra tệp kế hoạch, không ghi tệp / check plan files without writing anything')
      .argument('<plans...>', 'tệp .yaml hoặc thư mục / .yaml files or folders')
      .option('--templates <dir>', 'thư mục mẫu lời văn / template folder')
      .option('--allow-outside', 'cho phép ảnh, mẫu nằm ngoài thư mục kế hoạch / allow paths outside the plan folder'),
  ).action(async (plans: string[], opts: BuildOptions) => {
    exitCode = await build(plans, opts, ctx, false);
  });

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
    const debug = argv.includes('--debug');
    const lang: Lang = argv.includes('en') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
    ctx.stderr.write(internalErrorText(e, lang, debug));
    return EXIT.usage;
  }
  return exitCode;
}

export function internalErrorText(e: unknown, lang: Lang, debug: boolean): string {
  const msg = e instanceof Error ? e.message : String(e);
  const head =
    lang === 'vi'
      ? `cchc-plan: lỗi nội bộ: ${msg}\nĐây là lỗi của công cụ, không phải của tệp kế hoạch. Vui lòng báo lỗi kèm tệp kế hoạch và lệnh đã chạy (chạy lại với --debug để có chi tiết).\n`
      : `cchc-plan: internal error: ${msg}\nThis is a bug in the tool, not in your plan. Please report it with the plan file and the command (rerun with --debug for details).\n`;
  return head + (debug && e instanceof Error && e.stack ? `${e.stack}\n` : '');
}

function packageVersion(ctx: CliContext): string {
  const bytes = readBytesSync(path.join(ctx.packageRoot, 'package.json'));
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as { version: string }).version : '0.0.0';
}

let defaultsCache: { root: string; sources: TemplateSources } | undefined;
function defaultTemplates(ctx: CliContext): TemplateSources {
  if (defaultsCache?.root !== ctx.packageRoot) defaultsCache = { root: ctx.packageRoot, sources: readTemplateDir(path.join(ctx.packageRoot, 'templates', 'default')) };
  return defaultsCache.sources;
}

let fontCache: { key: string; fonts: FontFiles; measure: TextMeasurer } | undefined;
/** The bundled Tinos fonts, or the office's Times New Roman from --font-dir: for metrics and PDF embedding. */
function loadFonts(ctx: CliContext, fontDir: string | undefined, lang: Lang): { fonts: FontFiles; measure: TextMeasurer } {
  let files = bundledFontFiles();
  if (fontDir) {
    const dir = path.resolve(ctx.cwd, fontDir);
    const found = isDirectory(dir) ? fontDirFiles(dir) : undefined;
    if (!found) {
      throw new UsageError(
        lang === 'vi'
          ? `--font-dir "${fontDir}": không tìm thấy đủ 4 tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).`
          : `--font-dir "${fontDir}": the four Times New Roman files (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) were not found.`,
      );
    }
    files = found;
  }
  const key = JSON.stringify(files);
  if (fontCache?.key !== key) {
    const fonts = readFontFiles(files);
    fontCache = { key, fonts, measure: createMeasurer(fonts) };
  }
  return fontCache;
}

function sourceDateEpoch(ctx: CliContext): number | undefined {
  const v = ctx.env.SOURCE_DATE_EPOCH;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`SOURCE_DATE_EPOCH="${v}" must be a non-negative integer (seconds since 1970).`);
  return n;
}

async function build(plans: string[], opts: BuildOptions, ctx: CliContext, write: boolean): Promise<number> {
  const lang = opts.lang;
  const c = makeChalk(ctx.stderr.isTTY, ctx.env);
  const files = await expandInputs(plans, ctx.cwd);
  if (files.missing.length) {
    for (const m of files.missing) ctx.stderr.write(`cchc-plan: ${lang === 'vi' ? 'không tìm thấy' : 'not found'}: ${m}\n`);
    return EXIT.usage;
  }
  if (files.files.length === 0) {
    ctx.stderr.write(`cchc-plan: ${lang === 'vi' ? 'không có tệp .yaml nào để dựng' : 'no .yaml plan to build'}\n`);
    return EXIT.usage;
  }
  const { fonts, measure } = loadFonts(ctx, opts.fontDir, lang);
  const formats = parseFormats(opts.format ?? 'docx,pdf', lang);
  const sde = sourceDateEpoch(ctx);
  let cliTemplates: TemplateSources | undefined;
  if (opts.templates) {
    const dir = path.resolve(ctx.cwd, opts.templates);
    if (!isDirectory(dir)) throw new UsageError(`--templates: ${lang === 'vi' ? 'không tìm thấy thư mục' : 'folder not found'} ${opts.templates}`);
    cliTemplates = readTemplateDir(dir);
  }
  const outDir = opts.outDir ? path.resolve(ctx.cwd, opts.outDir) : undefined;
  if (outDir && write && !isDirectory(outDir)) {
    const { mkdir } = await import('node:fs/promises');
    try {
      await mkdir(outDir, { recursive: true });
    } catch (e) {
      throw new UsageError(`${lang === 'vi' ? 'không tạo được thư mục' : 'cannot create folder'} ${opts.outDir}: ${(e as Error).message}`);
    }
  }
  const results: FileResult[] = [];
  const texts = new Map<string, string>();
  for (const abs of files.files) {
    const display = path.relative(ctx.cwd, abs) || abs;
    const result: FileResult = { input: display, outputs: [], diagnostics: [], status: 'ok' };
    results.push(result);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(abs);
    } catch (e) {
      result.diagnostics.push(diag(lang, 'file-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, { file: display, line: 0, column: 0 }));
      result.status = 'invalid';
      continue;
    }
    const decoded = decodeUtf8(bytes, display, lang);
    if (decoded.text !== undefined) texts.set(display, decoded.text);
    const planDir = path.dirname(abs);
    const inputs = compileInputs(ctx, opts, planDir, measure, sde, cliTemplates);
    const compiled = compilePlan(bytes, display, inputs);
    result.diagnostics.push(...compiled.diagnostics);
    if (!compiled.value) {
      result.status = 'invalid';
      continue;
    }
    if (!write) continue;
    const images = (p: string) => readBytesSync(path.resolve(planDir, p));
    const targets = formats.map((f) => ({ format: f, file: path.join(outDir ?? planDir, `${path.parse(abs).name}.${f}`) }));
    const clash = targets.find((t) => path.resolve(t.file) === path.resolve(abs));
    if (clash) {
      result.diagnostics.push(diag(lang, 'output-is-input', { value: display }, { file: display, line: 0, column: 0 }));
      result.status = 'invalid';
      continue;
    }
    // Render everything in memory first: a failure leaves no output at all.
    const rendered: { file: string; bytes: Uint8Array }[] = [];
    for (const t of targets) {
      const bytes = t.format === 'docx' ? await renderDocx(compiled.value.model, { images }) : await renderPdf(compiled.value.model, { fonts, measure, images });
      rendered.push({ file: t.file, bytes });
    }
    for (const r of rendered) {
      try {
        await writeAtomic(r.file, r.bytes);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        result.diagnostics.push(diag(lang, 'output-unwritable', { value: path.relative(ctx.cwd, r.file) || r.file, reason: code }, { file: display, line: 0, column: 0 }));
        result.status = 'error';
        break;
      }
      result.outputs.push(path.relative(ctx.cwd, r.file) || r.file);
    }
  }
  report(write ? 'build' : 'validate', results, opts, ctx, c, texts);
  return results.some((r) => r.status === 'error') && results.every((r) => r.status !== 'invalid') ? EXIT.usage : results.some((r) => r.status !== 'ok') ? EXIT.invalid : EXIT.ok;
}

export type OutputFormat = 'docx' | 'pdf';
function parseFormats(value: string, lang: Lang): OutputFormat[] {
  const list = value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((v) => v !== 'docx' && v !== 'pdf');
  if (bad.length || list.length === 0) {
    throw new UsageError(lang === 'vi' ? `--format "${value}": chỉ nhận docx, pdf hoặc docx,pdf.` : `--format "${value}": use docx, pdf or docx,pdf.`);
  }
  return [...new Set(list)] as OutputFormat[];
}

function compileInputs(ctx: CliContext, opts: BuildOptions, planDir: string, measure: TextMeasurer, sde: number | undefined, cliTemplates: TemplateSources | undefined): CompileInputs {
  return {
    lang: opts.lang,
    templates: defaultTemplates(ctx),
    planTemplates: (rel) => {
      const dir = path.resolve(planDir, rel);
      return isDirectory(dir) ? readTemplateDir(dir) : undefined;
    },
    ...(cliTemplates ? { cliTemplates } : {}),
    measure,
    images: (p) => readBytesSync(path.resolve(planDir, p)),
    allowOutside: !!opts.allowOutside,
    ...(sde !== undefined ? { sourceDateEpoch: sde } : {}),
  };
}

function report(command: string, results: FileResult[], opts: CommonOptions, ctx: CliContext, c: ReturnType<typeof makeChalk>, texts: Map<string, string>): void {
  const lang = opts.lang;
  if (opts.json) {
    ctx.stdout.write(jsonReport(command, results.map((r) => ({ ...r, diagnostics: sortDiagnostics(r.diagnostics) }))));
    return;
  }
  const out = makeChalk(ctx.stdout.isTTY, ctx.env);
  for (const r of results) {
    for (const d of sortDiagnostics(r.diagnostics)) {
      if (opts.quiet && d.severity !== 'error') continue;
      ctx.stderr.write(formatDiagnostic(d, lang, c, texts.get(r.input)) + '\n');
    }
    if (!opts.quiet && r.status === 'ok') {
      if (r.outputs.length) ctx.stdout.write(`${out.green('✓')} ${r.input} → ${r.outputs.join(', ')}\n`);
      else if (command === 'validate') ctx.stdout.write(`${out.green('✓')} ${r.input}: ${WORDS[lang].valid}\n`);
    }
  }
  if (!opts.quiet && results.length > 1) ctx.stdout.write(summaryLine(results, lang, out) + '\n');
}
