/**
 * The import report as data: what was recognised (counts per kind) and notes — every guess and
 * everything that could not be placed — each a diagnostic placed at its source paragraph or line,
 * and, when it concerns a value of the plan, the path of that value (where the YAML carries a
 * "# …" comment).
 */
import { diag, type Diagnostic, type DiagnosticCode, type Params, type Span } from '../diagnostics/index.js';
import type { SourceRef } from './types.js';

export type ImportCode = Extract<DiagnosticCode, `import-${string}`>;

export interface ImportNote extends Diagnostic {
  /** Where in the source: paragraph (DOCX) or line (text) number; absent for the whole file. */
  source?: SourceRef;
}

export class Notes {
  readonly list: ImportNote[] = [];
  readonly counts = new Map<string, number>();
  constructor(readonly file: string) {}

  /** A note; `at` places it in the source, `path` at a value of the plan. */
  add(code: ImportCode, params: Params, at?: SourceRef, path?: string): ImportNote {
    const span: Span = at
      ? { file: this.file, start: { line: at.n, column: at.unit === 'line' ? 1 : 0 }, end: { line: at.n, column: at.unit === 'line' ? 2 : 0 } }
      : { file: this.file, start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    const d: ImportNote = {
      ...diag(code, { ...params, ...(at ? { unit: at.unit, n: at.n } : {}) }, span, path !== undefined ? { path } : {}),
      ...(at ? { source: at } : {}),
    };
    this.list.push(d);
    return d;
  }

  count(kind: string, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
}

/** Short excerpt for a message. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
