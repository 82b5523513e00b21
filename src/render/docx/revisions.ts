/**
 * Tracked changes: the revision marks of a redline model (see `Revision` in model/types.ts) as
 * docx's public classes — InsertedTextRun / DeletedTextRun for marked text, the paragraph mark's
 * run properties (`run: { insertion | deletion }`) for an inserted or deleted paragraph, and a
 * table row's `insertion | deletion`. A model without marks makes none of them.
 */
import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { MarkedParagraph, MarkedRun, Revision } from '../../model/types.js';

export interface RevisionOptions {
  /** Revision author; "cchc-plan" by default. */
  author?: string;
  /** Revision date (ISO 8601); by default the plan's own date, so the output is reproducible. */
  date?: string;
}

type Attributes = { id: number; author: string; date: string };

/** Makes the runs, paragraph marks and rows of one document, numbering its revisions in order. */
export class Revisions {
  private last = 0;
  readonly author: string;
  readonly date: string;

  constructor(options: RevisionOptions = {}, planDate?: string) {
    this.author = options.author ?? 'cchc-plan';
    this.date = options.date ?? planDate ?? '1980-01-01T00:00:00Z';
  }

  private next(): Attributes {
    return { id: ++this.last, author: this.author, date: this.date };
  }

  /**
   * The runs of a paragraph. `whole`, the mark of the element they belong to, overrides their
   * own. Unmarked runs are plain TextRuns, exactly as in an ordinary document.
   */
  runs(runs: readonly MarkedRun[], whole?: Revision): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const r of runs) {
      const rev = whole ?? r.rev;
      // An empty marked run would be an empty <w:ins>/<w:del>.
      if (rev && !r.text) continue;
      out.push(this.run(r, rev));
    }
    return out;
  }

  run(r: MarkedRun, rev: Revision | undefined, lineBreak = false): ParagraphChild {
    const options = { text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}), ...(lineBreak ? { break: 1 } : {}) };
    if (rev === 'ins') return new InsertedTextRun({ ...this.next(), ...options });
    if (rev === 'del') return new DeletedTextRun({ ...this.next(), ...options });
    return new TextRun(options);
  }

  /** A line break (in a paragraph of lines) on its own, inserted or deleted with `rev`. */
  lineBreak(rev: Revision | undefined): ParagraphChild {
    if (rev === 'ins') return new InsertedTextRun({ ...this.next(), break: 1 });
    if (rev === 'del') return new DeletedTextRun({ ...this.next(), break: 1 });
    return new TextRun({ break: 1 });
  }

  /** Paragraph options marking the paragraph mark inserted or deleted. */
  mark(rev: Revision | undefined): { run?: { insertion: Attributes } | { deletion: Attributes } } {
    if (!rev) return {};
    return { run: rev === 'ins' ? { insertion: this.next() } : { deletion: this.next() } };
  }

  /** Table-row options marking the row inserted or deleted. */
  row(rev: Revision | undefined): { insertion?: Attributes; deletion?: Attributes } {
    if (!rev) return {};
    return rev === 'ins' ? { insertion: this.next() } : { deletion: this.next() };
  }
}

/** What to print for a plain string: its marked runs in a redline, the string itself otherwise. */
export const textOf = (value: string, revised: MarkedRun[] | undefined): MarkedParagraph => ({ runs: revised ?? [{ text: value }] });

/** Paragraphs (or lines) of a list of strings: the marked ones in a redline. */
export const linesOf = (values: readonly string[], revised: MarkedParagraph[] | undefined): MarkedParagraph[] => revised ?? values.map((v) => ({ runs: [{ text: v }] }));

/** The text of the runs after Accept All (`ins`) or Reject All (`del`). */
export function sideText(runs: readonly MarkedRun[], side: 'ins' | 'del'): string {
  return runs.filter((r) => r.rev !== (side === 'ins' ? 'del' : 'ins')).map((r) => r.text).join('');
}

/**
 * Marked runs whose Accept text is `accepted` and Reject text `rejected`, when these are the
 * two sides of `runs` cut short at their ends (a printed line drops a final stop of its value):
 * the runs cut to fit. When they are not, the rejected text deleted and the accepted inserted.
 */
export function fitMarks(runs: readonly MarkedRun[], accepted: string, rejected: string): MarkedRun[] {
  let a = accepted.length;
  let r = rejected.length;
  const out: MarkedRun[] = [];
  for (const run of runs) {
    const n = run.rev === 'ins' ? Math.min(run.text.length, a) : run.rev === 'del' ? Math.min(run.text.length, r) : Math.min(run.text.length, a, r);
    if (n > 0) out.push({ ...run, text: run.text.slice(0, n) });
    if (run.rev !== 'del') a -= n;
    if (run.rev !== 'ins') r -= n;
  }
  if (sideText(out, 'ins') === accepted && sideText(out, 'del') === rejected) return out;
  return replaced(accepted, rejected);
}

/** `accepted` in place of `rejected`: nothing marked when they are the same. */
export function replaced(accepted: string, rejected: string): MarkedRun[] {
  if (accepted === rejected) return accepted ? [{ text: accepted }] : [];
  return [
    ...(rejected ? [{ text: rejected, rev: 'del' as const }] : []),
    ...(accepted ? [{ text: accepted, rev: 'ins' as const }] : []),
  ];
}

/** Adjacent runs of the same style and mark as one. */
export function joinRuns(runs: readonly MarkedRun[]): MarkedRun[] {
  const out: MarkedRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic && last.rev === r.rev) out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push(r);
  }
  return out;
}
