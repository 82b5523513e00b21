/**
 * The beginning of a document, for drawing page 1 before the whole PDF is made.
 *
 * Layout runs from the top: what page 1 shows depends only on the text before its end and a
 * line or two after it (a heading keeps with its next line). So a model cut well past page 1 —
 * the same header and title, the grounds, the opening and the first items of the body up to a
 * budget of about two and a half pages of text, then the closing and signature, no appendices — lays out
 * page 1 exactly as the whole model does, in a fraction of the time for a long plan. The preview
 * shows that page first, then the whole PDF. (test/preview-server.test.ts compares page 1 of
 * both, pixel for pixel.)
 */
import type { BodyNode, DocumentModel, Run } from '../model/types.js';

/** Characters of text that fill well over two A4 pages at 13–14 pt. */
export const FIRST_PAGES_CHARS = 6000;

const runs = (rs: readonly Run[]) => rs.reduce((n, r) => n + r.text.length, 0);
const paragraphs = (ps: readonly (readonly Run[])[]) => ps.reduce((n, p) => n + runs(p), 0);

function nodeChars(n: BodyNode): number {
  let c = n.label.length + (n.heading ? runs(n.heading) : 0) + paragraphs(n.paragraphs);
  if (n.task) c += runs(n.task.content) + n.task.details.reduce((s, d) => s + d.label.length + d.value.length, 0);
  return c;
}

/** The body nodes, in reading order, until the budget is spent (ancestors kept whole). */
function cut(nodes: readonly BodyNode[], budget: { left: number; cut: boolean }): BodyNode[] {
  const out: BodyNode[] = [];
  for (const n of nodes) {
    if (budget.left <= 0) {
      budget.cut = true;
      break;
    }
    budget.left -= nodeChars(n);
    out.push({ ...n, children: cut(n.children, budget) });
  }
  return out;
}

/**
 * The model of the document's first pages, or undefined when that would be the whole document
 * (a short plan without appendices: then the whole PDF is as quick).
 */
export function firstPagesModel(model: DocumentModel, budget = FIRST_PAGES_CHARS): DocumentModel | undefined {
  const b = { left: budget - paragraphs(model.grounds) - paragraphs(model.opening), cut: false };
  const body = cut(model.body, b);
  if (!b.cut && !model.appendices.length) return undefined;
  // Appendices start on pages of their own; the closing and signature, after a body cut past
  // page 1, cannot reach back to it.
  return { ...model, body, appendices: [] };
}
