/**
 * `cchc-plan check FILE.docx…`: the Decree-30 conformance checker on any DOCX.
 * Exit codes: 0 every file conforms (warnings allowed), 1 a file has errors, 2 a file cannot be
 * read or the command is misused.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { CheckReport, Finding } from '../../check/index.js';
import { renderDiagnostic, type Lang } from '../../diagnostics/index.js';
import { LIMITS } from '../../plan/limits.js';
import type { TextMeasurer } from '../../text/metrics.js';
import type { CliContext } from '../context.js';
import { JSON_FORMAT_VERSION, makeChalk } from '../format.js';
import { bundledFontFiles, readFontFiles } from '../io.js';
import { inputProblem, readWithin } from '../read.js';

interface CheckOptions {
  lang: Lang;
  json?: boolean;
  quiet?: boolean;
}

type FileCheck =
  | { input: string; status: 'conforming' | 'nonconforming'; report: CheckReport }
  | { input: string; status: 'unreadable'; error: string };

const TEXT = {
  vi: {
    ok: 'đạt thể thức Nghị định 30',
    bad: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
    okWarn: (w: number) => `đạt thể thức (${w} cảnh báo)`,
    appendix: 'phụ lục độc lập',
    unreadable: 'không đọc được tệp DOCX',
    notFound: 'không tìm thấy tệp',
    error: 'lỗi',
    warning: 'cảnh báo',
    page: 'trang',
    para: 'đoạn',
    times: (n: number) => `(${n} chỗ)`,
    summary: (n: number, ok: number, bad: number, unreadable: number) => `${n} tệp: ${ok} đạt, ${bad} không đạt, ${unreadable} không đọc được`,
    reasons: { 'not-zip': 'không phải tệp ZIP/DOCX', 'legacy-or-encrypted': 'tệp Word 97–2003 (.doc) hoặc DOCX có mật khẩu', 'no-document': 'thiếu word/document.xml', 'bad-xml': 'XML hỏng', 'too-large': 'phần XML quá lớn' },
  },
  en: {
    ok: 'conforms to Decree 30',
    bad: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    okWarn: (w: number) => `conforms (${w} warning${w === 1 ? '' : 's'})`,
    appendix: 'stand-alone appendix',
    unreadable: 'not a readable DOCX',
    notFound: 'file not found',
    error: 'error',
    warning: 'warning',
    page: 'page',
    para: '¶',
    times: (n: number) => `(${n} places)`,
    summary: (n: number, ok: number, bad: number, unreadable: number) => `${n} files: ${ok} conform, ${bad} do not, ${unreadable} unreadable`,
    reasons: { 'not-zip': 'not a ZIP/DOCX file', 'legacy-or-encrypted': 'a Word 97–2003 .doc or a password-protected DOCX', 'no-document': 'no word/document.xml', 'bad-xml': 'broken XML', 'too-large': 'an XML part is too large' },
  },
} as const;

export function registerCheck(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('kiểm tra thể thức Nghị định 30 của tệp DOCX bất kỳ / check any DOCX against the Decree 30 layout rules')
    .argument('<files...>', 'tệp .docx / .docx files')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .option('--json', 'in kết quả dạng JSON / print results as JSON')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .action(async (files: string[], opts: CheckOptions) => {
      setExit(await checkFiles(files, opts, ctx));
    });
}

let measurer: TextMeasurer | undefined;

async function checkFiles(files: string[], opts: CheckOptions, ctx: CliContext): Promise<number> {
  const t = TEXT[opts.lang];
  const { checkDocx, DocxReadError } = await import('../../check/index.js');
  const { createMeasurer } = await import('../../text/metrics.js');
  measurer ??= createMeasurer(readFontFiles(bundledFontFiles()));
  const results: FileCheck[] = [];
  for (const input of files) {
    // Only a regular file, read with a size cap (a link to /dev/zero, a FIFO: refused at once).
    const read = readWithin(path.resolve(ctx.cwd, input), null, LIMITS.docxBytes);
    if (!('bytes' in read)) {
      results.push({ input, status: 'unreadable', error: read.problem === 'missing' && !read.link ? t.notFound : renderDiagnostic(inputProblem(read, input, LIMITS.docxBytes), opts.lang).message });
      continue;
    }
    const bytes = read.bytes;
    try {
      const report = checkDocx(bytes, { lang: opts.lang, measure: measurer });
      results.push({ input, status: report.conforming ? 'conforming' : 'nonconforming', report });
    } catch (e) {
      if (!(e instanceof DocxReadError)) throw e;
      results.push({ input, status: 'unreadable', error: `${t.unreadable}: ${t.reasons[e.reason]} (${e.message})` });
    }
  }
  if (opts.json) ctx.stdout.write(jsonReport(results));
  else printText(results, opts, ctx);
  if (results.some((r) => r.status === 'unreadable')) return 2;
  return results.some((r) => r.status === 'nonconforming') ? 1 : 0;
}

function jsonReport(results: FileCheck[]): string {
  const count = (s: FileCheck['status']) => results.filter((r) => r.status === s).length;
  const reports = results.flatMap((r) => (r.status === 'unreadable' ? [] : [r.report]));
  return (
    JSON.stringify(
      {
        version: JSON_FORMAT_VERSION,
        command: 'check',
        ok: results.every((r) => r.status === 'conforming'),
        files: results.map((r) => (r.status === 'unreadable' ? { input: r.input, status: r.status, error: r.error } : { input: r.input, status: r.status, ...r.report })),
        summary: {
          files: results.length,
          conforming: count('conforming'),
          nonconforming: count('nonconforming'),
          unreadable: count('unreadable'),
          errors: reports.reduce((a, r) => a + r.errors, 0),
          warnings: reports.reduce((a, r) => a + r.warnings, 0),
        },
      },
      null,
      2,
    ) + '\n'
  );
}

function printText(results: FileCheck[], opts: CheckOptions, ctx: CliContext): void {
  const t = TEXT[opts.lang];
  const c = makeChalk(ctx.stdout.isTTY, ctx.env);
  const e = makeChalk(ctx.stderr.isTTY, ctx.env);
  for (const r of results) {
    if (r.status === 'unreadable') {
      ctx.stderr.write(`${e.red('✗')} ${r.input}: ${r.error}\n`);
      continue;
    }
    const { report } = r;
    const kind = report.kind === 'appendix' ? ` [${t.appendix}]` : '';
    if (r.status === 'conforming' && !opts.quiet) {
      ctx.stdout.write(`${c.green('✓')} ${r.input}${kind}: ${report.warnings ? t.okWarn(report.warnings) : t.ok}\n`);
    } else if (r.status === 'nonconforming') {
      ctx.stdout.write(`${c.red('✗')} ${r.input}${kind}: ${t.bad(report.errors, report.warnings)}\n`);
    }
    for (const f of report.findings) {
      if (opts.quiet && f.severity !== 'error') continue;
      ctx.stdout.write(formatFinding(r.input, f, opts.lang, c) + '\n');
    }
  }
  if (!opts.quiet && results.length > 1) {
    const n = (s: FileCheck['status']) => results.filter((r) => r.status === s).length;
    ctx.stdout.write(t.summary(results.length, n('conforming'), n('nonconforming'), n('unreadable')) + '\n');
  }
}

/** "file ¶12, trang 3: lỗi [motto-rule] message" + the element's text, the decree paragraph and the hint. */
export function formatFinding(input: string, f: Finding, lang: Lang, c: ReturnType<typeof makeChalk>): string {
  const t = TEXT[lang];
  const l = f.location;
  const where = [
    l.part !== 'word/document.xml' ? `${input} (${l.part})` : input,
    l.paragraph !== undefined ? `${t.para} ${l.paragraph}` : undefined,
    l.page !== undefined ? `${t.page} ${l.page}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const sev = f.severity === 'error' ? c.red.bold(t.error) : c.yellow.bold(t.warning);
  const lines = [`${c.bold(where)}: ${sev} ${c.dim(`[${f.rule}]`)} ${f.message}${f.count ? ` ${t.times(f.count)}` : ''}`];
  const detail = [f.text ? `"${f.text}"` : undefined, f.source].filter(Boolean).join(' — ');
  lines.push(`    ${c.dim(detail)}`);
  if (f.hint) lines.push(`  ${c.cyan('→')} ${f.hint}`);
  return lines.join('\n');
}
