/** Formatters: diagnostics and results for people (coloured text) and machines (JSON). */
import { Chalk } from 'chalk';
import { CLI, say } from '../diagnostics/catalog/index.js';
import { diagnosticJson, renderDiagnostic, type Diagnostic, type Lang } from '../diagnostics/index.js';

export interface FileResult {
  input: string;
  outputs: string[];
  /** Outputs that `--check` found stale or missing. */
  stale?: string[];
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

export function summaryLine(results: FileResult[], lang: Lang, c: InstanceType<typeof Chalk>): string {
  const errors = results.reduce((a, r) => a + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((a, r) => a + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const failed = results.filter((r) => r.status !== 'ok').length;
  const text = say(lang, CLI.summary, { files: results.length, failed, errors, warnings });
  return failed ? c.red(text) : c.green(text);
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

