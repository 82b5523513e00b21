/** Formatters: diagnostics and results for people (coloured text) and machines (JSON). */
import { Chalk } from 'chalk';
import { CLI, say } from '../diagnostics/catalog/index.js';
import { diagnosticJson, renderDiagnostic, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics/index.js';

export interface FileResult {
  input: string;
  outputs: string[];
  /** Outputs that `--check` found stale (different from a new build, or missing); `missing`: those not there at all. */
  stale?: string[];
  missing?: string[];
  diagnostics: Diagnostic[];
  status: 'ok' | 'invalid' | 'error' | 'stale';
}

export const JSON_FORMAT_VERSION = 1;

export function makeChalk(isTTY: boolean, env: Record<string, string | undefined>): InstanceType<typeof Chalk> {
  let level: 0 | 1 | 2 | 3 = isTTY ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') level = 0;
  if (env.FORCE_COLOR !== undefined) level = env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  return new Chalk({ level });
}

/**
 * "file:line:col: lỗi [code] message" + the source line with the span underlined ("^~~~") + the
 * hint, in the language of the report.
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang, c: InstanceType<typeof Chalk>, sourceText?: string): string {
  const { file, start, end } = d.span;
  const { message, hint } = renderDiagnostic(d, lang);
  const where = start.line > 0 ? `${file}:${start.line}:${start.column}` : file;
  const sev = d.severity === 'error' ? c.red.bold(say(lang, CLI.error, {})) : c.yellow.bold(say(lang, CLI.warning, {}));
  const lines = [`${c.bold(where)}: ${sev} ${c.dim(`[${d.code}]`)} ${message}`];
  if (sourceText && start.line > 0) {
    const src = sourceText.split(/\r?\n/)[start.line - 1];
    if (src !== undefined) {
      // Long lines (a pasted paragraph, a bomb) are cut to a window around the column.
      const full = src.replace(/\t/g, ' ');
      const from = Math.max(0, Math.min(start.column - 60, full.length - 120));
      const shown = (from > 0 ? '…' : '') + full.slice(from, from + 120) + (full.length > from + 120 ? '…' : '');
      const caret = Math.max(0, start.column - 1 - from) + (from > 0 ? 1 : 0);
      // The span on this line: to its end column (exclusive), or to the end of the line, within the window.
      const stop = end.line === start.line ? end.column : full.trimEnd().length + 1;
      const width = Math.max(1, Math.min(stop - start.column, 120 - caret));
      lines.push(`  ${c.dim(String(start.line).padStart(4))} | ${shown}`);
      lines.push(`       | ${' '.repeat(caret)}${c.red('^' + '~'.repeat(width - 1))}`);
    }
  }
  if (hint) lines.push(`  ${c.cyan('→')} ${hint}`);
  return lines.join('\n');
}

/** Errors and warnings of a result (printed with -q: errors only). */
function count(r: FileResult) {
  return { errors: r.diagnostics.filter((d) => d.severity === 'error').length, warnings: r.diagnostics.filter((d) => d.severity === 'warning').length };
}

export type ReportMode = 'write' | 'check' | 'validate';

/** The one line that says how a file ended: "✓ a.yaml → a.docx, a.pdf", "✗ a.yaml: cũ: a.pdf"… */
export function statusLine(r: FileResult, mode: ReportMode, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const n = count(r);
  const warned = n.warnings ? ` (${say(lang, CLI.warningsOnly, n)})` : '';
  if (r.status === 'stale') {
    const missing = new Set(r.missing ?? []);
    const stale = r.stale!.filter((f) => !missing.has(f));
    const parts = [stale.length ? `${say(lang, CLI.stale, {})}: ${stale.join(', ')}` : '', missing.size ? `${say(lang, CLI.missingOutputs, {})}: ${[...missing].join(', ')}` : ''];
    return `${c.red('✗')} ${r.input}: ${parts.filter(Boolean).join('; ')}`;
  }
  if (r.status !== 'ok') return `${c.red('✗')} ${r.input}: ${say(lang, CLI.counts, n)}`;
  if (mode === 'validate') return `${c.green('✓')} ${r.input}: ${say(lang, CLI.valid, {})}${warned}`;
  if (mode === 'check') return `${c.green('✓')} ${r.input}: ${say(lang, CLI.upToDate, {})}${warned}`;
  const outputs = r.outputs.map((o) => (o === '-' ? `(${say(lang, CLI.toStdout, {})})` : o));
  return `${c.green('✓')} ${r.input} → ${outputs.join(', ')}${warned}`;
}

/**
 * A file of a batch, as soon as it is done: its status line with its diagnostics right under it,
 * as one block on one stream — standard error when there is a diagnostic to show (or the file
 * failed), standard output for a clean file. Nothing with -q for a clean file.
 */
export function fileBlock(
  r: FileResult,
  mode: ReportMode,
  opts: { lang: Lang; quiet?: boolean },
  colors: { out: InstanceType<typeof Chalk>; err: InstanceType<typeof Chalk> },
  sourceText?: string,
): { stream: 'stdout' | 'stderr'; text: string } | undefined {
  const shown = sortDiagnostics([...r.diagnostics]).filter((d) => !opts.quiet || d.severity === 'error');
  if (!shown.length) {
    if (r.status === 'stale') return { stream: 'stdout', text: statusLine(r, mode, opts.lang, colors.out) + '\n' };
    if (opts.quiet || r.status !== 'ok') return r.status === 'ok' ? undefined : { stream: 'stderr', text: statusLine(r, mode, opts.lang, colors.err) + '\n' };
    return { stream: 'stdout', text: statusLine(r, mode, opts.lang, colors.out) + '\n' };
  }
  const lines = [statusLine(r, mode, opts.lang, colors.err), ...shown.map((d) => formatDiagnostic(d, opts.lang, colors.err, sourceText)), ''];
  return { stream: 'stderr', text: lines.join('\n') + '\n' };
}

/**
 * The end of a batch: counts by outcome, then the files that failed (and, for --check, the stale
 * ones) by name, so they do not scroll away.
 */
export function summaryLine(results: FileResult[], lang: Lang, c: InstanceType<typeof Chalk>, mode: ReportMode = 'write'): string {
  const errors = results.reduce((a, r) => a + count(r).errors, 0);
  const warnings = results.reduce((a, r) => a + count(r).warnings, 0);
  const stale = results.filter((r) => r.status === 'stale');
  const failed = results.filter((r) => r.status !== 'ok' && r.status !== 'stale');
  const ok = results.length - stale.length - failed.length;
  const lines = [say(lang, CLI.summary, { mode, files: results.length, ok, stale: stale.length, failed: failed.length, errors, warnings })];
  if (stale.length) lines.push(say(lang, CLI.staleList, { count: stale.length }), ...stale.map((r) => `  ${r.input}`));
  if (failed.length) lines.push(say(lang, CLI.failedList, { mode, count: failed.length }), ...failed.map((r) => `  ${r.input}`));
  const text = lines.join('\n');
  return failed.length || stale.length ? c.red(text) : c.green(text);
}

export function jsonReport(command: string, results: FileResult[], lang: Lang, extra: Record<string, unknown> = {}): string {
  const errors = results.reduce((a, r) => a + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((a, r) => a + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  return (
    JSON.stringify(
      {
        version: JSON_FORMAT_VERSION,
        command,
        ok: results.every((r) => r.status === 'ok'),
        files: results.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => diagnosticJson(d, lang)) })),
        summary: { files: results.length, failed: results.filter((r) => r.status !== 'ok').length, errors, warnings },
        ...extra,
      },
      null,
      2,
    ) + '\n'
  );
}

