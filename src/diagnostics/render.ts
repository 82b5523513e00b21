/** Diagnostics into words, only where they are printed: the CLI, JSON output, a web page. */
import { catalog } from './catalog/index.js';
import type { Diagnostic, Lang } from './types.js';

export interface Rendered {
  message: string;
  hint?: string;
}

/** The message and hint of a diagnostic in a language. */
export function renderDiagnostic(d: Diagnostic, lang: Lang): Rendered {
  const entry = (catalog as Record<string, (typeof catalog)[keyof typeof catalog]>)[d.code];
  if (!entry) return { message: d.code };
  const t = entry[lang];
  const hint = t.hint?.(d.params);
  return { message: t.message(d.params), ...(hint ? { hint } : {}) };
}

/**
 * A diagnostic as JSON for machines: code, severity, parameters, span and path as data, the
 * rendered message and hint, and the flat file/line/column of format version 1.
 */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = renderDiagnostic(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    message,
    ...(hint ? { hint } : {}),
    file: d.span.file,
    line: d.span.start.line,
    column: d.span.start.column,
    ...(d.path !== undefined ? { path: d.path } : {}),
    params: d.params,
    span: d.span,
  };
}
