/**
 * `cchc-plan check FILE.docx…`: the Decree-30 conformance checker on any DOCX.
 * Exit codes: 0 every file conforms (warnings allowed), 1 a file has errors, 2 a file cannot be
 * read or the command is misused.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { CheckReport, DocxReadError, Finding } from '../../check/index.js';
import { checkReport as T, findingJson, renderDiagnostic, renderFinding, type Diagnostic, type Lang } from '../../diagnostics/index.js';
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

/** Why a file was not checked, as data; put into words when printed. */
type Unreadable = { kind: 'not-found' } | { kind: 'input'; diagnostic: Diagnostic } | { kind: 'docx'; reason: DocxReadError['reason']; detail: string };

type FileCheck =
  | { input: string; status: 'conforming' | 'nonconforming'; report: CheckReport }
  | { input: string; status: 'unreadable'; problem: Unreadable };

/** Help texts are printed in both languages: "Vietnamese / English". */
const both = (t: { vi: (p: unknown) => string; en: (p: unknown) => string }) => `${t.vi(undefined)} / ${t.en(undefined)}`;

function unreadable(u: Unreadable, lang: Lang): string {
  if (u.kind === 'not-found') return T.notFound[lang](undefined);
  if (u.kind === 'input') return renderDiagnostic(u.diagnostic, lang).message;
  return T.unreadable[lang]({ reason: T.reasons[u.reason][lang](undefined), detail: u.detail });
}

export function registerCheck(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command('check')
    .description(both(T.help.command))
    .argument('<files...>', both(T.help.files))
    .addOption(new Option('--lang <lang>', both(T.help.lang)).choices(['vi', 'en']).default('vi'))
    .option('--json', both(T.help.json))
    .option('-q, --quiet', both(T.help.quiet))
    .action(async (files: string[], opts: CheckOptions) => {
      setExit(await checkFiles(files, opts, ctx));
    });
}

let measurer: TextMeasurer | undefined;

async function checkFiles(files: string[], opts: CheckOptions, ctx: CliContext): Promise<number> {
  const { checkDocx, DocxReadError } = await import('../../check/index.js');
  const { createMeasurer } = await import('../../text/metrics.js');
  measurer ??= createMeasurer(readFontFiles(bundledFontFiles()));
  const results: FileCheck[] = [];
  for (const input of files) {
    // Only a regular file, read with a size cap (a link to /dev/zero, a FIFO: refused at once).
    const read = readWithin(path.resolve(ctx.cwd, input), null, LIMITS.docxBytes);
    if (!('bytes' in read)) {
      results.push({ input, status: 'unreadable', problem: read.problem === 'missing' && !read.link ? { kind: 'not-found' } : { kind: 'input', diagnostic: inputProblem(read, input, LIMITS.docxBytes) } });
      continue;
    }
    const bytes = read.bytes;
    try {
      const report = checkDocx(bytes, { measure: measurer });
      results.push({ input, status: report.conforming ? 'conforming' : 'nonconforming', report });
    } catch (e) {
      if (!(e instanceof DocxReadError)) throw e;
      results.push({ input, status: 'unreadable', problem: { kind: 'docx', reason: e.reason, detail: e.message } });
    }
  }
  if (opts.json) ctx.stdout.write(jsonReport(results, opts.lang));
  else printText(results, opts, ctx);
  if (results.some((r) => r.status === 'unreadable')) return 2;
  return results.some((r) => r.status === 'nonconforming') ? 1 : 0;
}

/** The report for machines (README "Kết quả JSON / JSON output"): texts in `lang`, findings also as data. */
function jsonReport(results: FileCheck[], lang: Lang): string {
  const count = (s: FileCheck['status']) => results.filter((r) => r.status === s).length;
  const reports = results.flatMap((r) => (r.status === 'unreadable' ? [] : [r.report]));
  return (
    JSON.stringify(
      {
        version: JSON_FORMAT_VERSION,
        command: 'check',
        ok: results.every((r) => r.status === 'conforming'),
        files: results.map((r) =>
          r.status === 'unreadable'
            ? { input: r.input, status: r.status, error: unreadable(r.problem, lang) }
            : { input: r.input, status: r.status, ...r.report, findings: r.report.findings.map((f) => findingJson(f, lang)) },
        ),
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
  const lang = opts.lang;
  const c = makeChalk(ctx.stdout.isTTY, ctx.env);
  const e = makeChalk(ctx.stderr.isTTY, ctx.env);
  for (const r of results) {
    if (r.status === 'unreadable') {
      ctx.stderr.write(`${e.red('✗')} ${r.input}: ${unreadable(r.problem, lang)}\n`);
      continue;
    }
    const { report } = r;
    const kind = report.kind === 'appendix' ? ` [${T.appendix[lang](undefined)}]` : '';
    if (r.status === 'conforming' && !opts.quiet) {
      ctx.stdout.write(`${c.green('✓')} ${r.input}${kind}: ${report.warnings ? T.okWarn[lang](report) : T.ok[lang](undefined)}\n`);
    } else if (r.status === 'nonconforming') {
      ctx.stdout.write(`${c.red('✗')} ${r.input}${kind}: ${T.bad[lang](report)}\n`);
    }
    for (const f of report.findings) {
      if (opts.quiet && f.severity !== 'error') continue;
      ctx.stdout.write(formatFinding(r.input, f, opts.lang, c) + '\n');
    }
  }
  if (!opts.quiet && results.length > 1) {
    const n = (s: FileCheck['status']) => results.filter((r) => r.status === s).length;
    ctx.stdout.write(T.summary[lang]({ files: results.length, ok: n('conforming'), bad: n('nonconforming'), unreadable: n('unreadable') }) + '\n');
  }
}

/** "file ¶12, trang 3: lỗi [motto-rule] message" + the element's text, the decree paragraph and the hint, in `lang`. */
export function formatFinding(input: string, f: Finding, lang: Lang, c: ReturnType<typeof makeChalk>): string {
  const { message, hint, source } = renderFinding(f, lang);
  const l = f.location;
  const where = [
    l.part !== 'word/document.xml' ? `${input} (${l.part})` : input,
    l.paragraph !== undefined ? `${T.para[lang](undefined)} ${l.paragraph}` : undefined,
    l.page !== undefined ? `${T.page[lang](undefined)} ${l.page}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const sev = f.severity === 'error' ? c.red.bold(T.error[lang](undefined)) : c.yellow.bold(T.warning[lang](undefined));
  const lines = [`${c.bold(where)}: ${sev} ${c.dim(`[${f.rule}]`)} ${message}${f.count ? ` ${T.times[lang](f.count)}` : ''}`];
  const detail = [f.text ? `"${f.text}"` : undefined, source].filter(Boolean).join(' — ');
  lines.push(`    ${c.dim(detail)}`);
  if (hint) lines.push(`  ${c.cyan('→')} ${hint}`);
  return lines.join('\n');
}
