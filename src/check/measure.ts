/**
 * Lengths on the page: text widths from font metrics (Tinos is metric-compatible with Times New
 * Roman) and the solid lines under the motto, issuer and summary, drawn in any of three ways:
 * an empty paragraph with a bottom border trimmed by its indents (our DOCX), a paragraph of
 * underscores (the official files, usually superscript) or a DrawingML/VML line shape.
 */
import type { TextMeasurer } from '../text/metrics.js';
import { boxTw, type DocModel, type Para } from '../docx-read/document.js';
import { isRuleParagraph } from './elements.js';
import { isEmpty } from './text.js';

/**
 * Superscript shrinks an underscore line; renderers differ (LibreOffice draws it at 58 %, Word at
 * about 2/3), so the length of such a line is a range, not a number.
 */
export const SUPERSCRIPT_SCALE: readonly [number, number] = [0.58, 0.667];

export interface RuleLine {
  para: Para;
  kind: 'border' | 'underscore' | 'shape';
  /** Length in points; min < max when it can only be estimated (underscores). */
  minPt: number;
  maxPt: number;
  /** Horizontal offset in points of the line's centre from the text's centre, when known. */
  offsetPt?: number;
}

/** Width in points of the widest line of a paragraph, capped at its box (longer text wraps). */
export function textWidthPt(doc: DocModel, p: Para, measure: TextMeasurer): number {
  const widths = [0];
  if (p.label) widths[0] = measure.width(p.label, p.runs[0]?.fmt.sizePt ?? 12, { bold: p.runs[0]?.fmt.bold, italic: p.runs[0]?.fmt.italic });
  for (const r of p.runs) {
    const parts = r.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) widths.push(0);
      const t = (r.fmt.caps ? part.toLocaleUpperCase('vi') : part).replace(/\t/g, ' ');
      const scale = r.fmt.vertAlign ? SUPERSCRIPT_SCALE[1] : 1;
      widths[widths.length - 1] += measure.width(t, r.fmt.sizePt, { bold: r.fmt.bold, italic: r.fmt.italic }) * scale;
    });
  }
  return Math.min(Math.max(...widths), usableTw(doc, p) / 20);
}

function usableTw(doc: DocModel, p: Para): number {
  return Math.max(0, boxTw(doc, p) - (p.fmt.indLeft ?? 0) - (p.fmt.indRight ?? 0));
}

/** Centre of a line of a given width in a paragraph, in points from the box's left edge. */
function centrePt(doc: DocModel, p: Para, widthPt: number): number {
  const left = (p.fmt.indLeft ?? 0) / 20;
  const usable = usableTw(doc, p) / 20;
  switch (p.fmt.jc) {
    case 'center':
      return left + usable / 2;
    case 'right':
    case 'end':
      return left + usable - widthPt / 2;
    case 'both':
    case 'distribute':
      return widthPt >= usable ? left + usable / 2 : left + Math.max(0, (p.fmt.indFirst ?? 0) / 20) + widthPt / 2;
    default:
      return left + Math.max(0, (p.fmt.indFirst ?? 0) / 20) + widthPt / 2;
  }
}

/** The line drawn by a paragraph itself, if it draws one. */
function lineOf(doc: DocModel, p: Para, measure: TextMeasurer, owner: boolean): Omit<RuleLine, 'offsetPt'> | undefined {
  const text = p.text.replace(/\s/g, '');
  if (!owner && /^_{3,}$/.test(text)) {
    let min = 0;
    let max = 0;
    for (const r of p.runs) {
      const n = (r.text.match(/_/g) ?? []).length;
      if (!n) continue;
      const w = measure.width('_'.repeat(n), r.fmt.sizePt, { bold: r.fmt.bold, italic: r.fmt.italic });
      const [lo, hi] = r.fmt.vertAlign ? SUPERSCRIPT_SCALE : [1, 1];
      min += w * lo;
      max += w * hi;
    }
    return { para: p, kind: 'underscore', minPt: min, maxPt: max };
  }
  if ((owner || text === '') && p.lines.length) {
    const len = Math.max(...p.lines);
    return { para: p, kind: 'shape', minPt: len, maxPt: len };
  }
  if ((owner || text === '') && p.fmt.borderBottom) {
    const len = usableTw(doc, p) / 20;
    return { para: p, kind: 'border', minPt: len, maxPt: len };
  }
  return undefined;
}

/**
 * The solid line under an element: drawn by the element's last paragraph itself (bottom border or
 * anchored shape) or by one of the next paragraphs in the same cell or text flow (at most one empty
 * paragraph in between).
 */
export function findRuleLine(doc: DocModel, owner: Para, measure: TextMeasurer): RuleLine | undefined {
  const textWidth = textWidthPt(doc, owner, measure);
  const withOffset = (l: Omit<RuleLine, 'offsetPt'>): RuleLine =>
    l.kind === 'shape' ? l : { ...l, offsetPt: centrePt(doc, l.para, (l.minPt + l.maxPt) / 2) - centrePt(doc, owner, textWidth) };
  const own = lineOf(doc, owner, measure, true);
  if (own) return withOffset(own);
  const siblings = owner.cell ? owner.cell.paras : doc.paras.filter((p) => !p.cell && p.part === owner.part);
  let empties = 0;
  for (const p of siblings.slice(siblings.indexOf(owner) + 1)) {
    if (isRuleParagraph(p)) {
      const l = lineOf(doc, p, measure, false);
      return l && withOffset(l);
    }
    if (!isEmpty(p) || ++empties > 1) break;
  }
  return undefined;
}
