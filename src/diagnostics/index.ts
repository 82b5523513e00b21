/**
 * Diagnostics are plain data. Every stage collects them instead of throwing; only the edge (the
 * CLI, a web page) renders them in a language and chooses the exit code.
 */
import { catalog, type DiagnosticCode } from './catalog/index.js';
import { pointSpan, type Diagnostic as Data, type Params, type Severity, type Span } from './types.js';

export type { Lang, Params, ParamValue, Position, Severity, Span } from './types.js';
export { fileSpan, pointSpan } from './types.js';
export type { DiagnosticCode } from './catalog/index.js';
export { diagnosticJson, findingJson, renderDiagnostic, renderFinding, renderPhrase, type Rendered, type RenderedFinding } from './render.js';
export { checkReport, checkRules, type ElementId, type RuleEntry, type RuleId, type Unit, type WordKey } from './catalog/index.js';
export { lit, list, num, quote, range, word, type Finding, type Location, type NumberSep, type Phrase } from './finding.js';

export type Diagnostic = Data<DiagnosticCode>;

/** A place given as a span, or as file, line and column (a point). */
export type Where = Span | { file: string; line: number; column: number };

const toSpan = (w: Where): Span => ('start' in w ? w : pointSpan(w.file, w.line, w.column));

/** Make a diagnostic: its code, parameters and place; the severity is the catalogue's unless given. */
export function diag(code: DiagnosticCode, params: Params, where: Where, extra: { severity?: Severity; path?: string } = {}): Diagnostic {
  return {
    code,
    severity: extra.severity ?? catalog[code].severity,
    params,
    span: toSpan(where),
    ...(extra.path !== undefined ? { path: extra.path } : {}),
  };
}

export function hasErrors(diagnostics: readonly { severity: Severity }[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, line, column, then code. */
export function sortDiagnostics<D extends Data>(diagnostics: D[]): D[] {
  return diagnostics.sort(
    (a, b) =>
      a.span.file.localeCompare(b.span.file) ||
      a.span.start.line - b.span.start.line ||
      a.span.start.column - b.span.start.column ||
      a.code.localeCompare(b.code),
  );
}

/** A result that carries diagnostics next to an optional value. */
export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}
