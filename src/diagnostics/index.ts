/**
 * Diagnostics are plain data. Every stage collects them instead of throwing; only the CLI
 * prints them and chooses the exit code. Messages come from one catalogue in two languages.
 */
import { catalog, type MessageCode } from './catalog.js';
import type { Lang, Params, Severity, SourceLocation } from './types.js';

export type { Lang, Params, Severity, SourceLocation } from './types.js';

export interface Diagnostic extends SourceLocation {
  code: MessageCode;
  severity: Severity;
  message: string;
  hint?: string;
  /** JSON-pointer-like path inside the plan, when the problem is tied to a value. */
  path?: string;
}


/** Make a diagnostic with its message and hint in the requested language. */
export function diag(
  lang: Lang,
  code: MessageCode,
  params: Params,
  loc: SourceLocation,
  extra: { severity?: Severity; path?: string } = {},
): Diagnostic {
  const entry = catalog[code];
  const text = entry[lang];
  const d: Diagnostic = {
    code,
    severity: extra.severity ?? entry.severity,
    message: text.message(params),
    file: loc.file,
    line: loc.line,
    column: loc.column,
  };
  const hint = text.hint?.(params);
  if (hint) d.hint = hint;
  if (extra.path !== undefined) d.path = extra.path;
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, line, column, then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}

/** A result that carries diagnostics next to an optional value. */
export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}
