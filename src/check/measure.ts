/**
 * Lengths on the page: text widths from font metrics (Tinos is metric-compatible with Times New
 * Roman) and the solid lines under the motto, issuer and summary, drawn in any of these ways:
 * an empty paragraph with a bottom border trimmed by its indents (our DOCX), a paragraph of
 * underscores (the official files, usually superscript), a line shape set in the text (inline), or
 * a line shape floating at an offset from the paragraph it is anchored in (Insert › Shapes › Line
 * in Word or LibreOffice, DrawingML or VML), placed on the estimated layout (layout.ts).
 */
import type { TextMeasurer } from '../text/metrics.js';
import { boxTw, type DocModel, type LineShape, type Para } from '../docx-read/document.js';
import { isRuleParagraph } from './elements.js';
import { isPlaced, layoutOf, lineWidthsPt, SUPERSCRIPT_SCALE, type PlacedLine } from './layout.js';
import { isEmpty } from './text.js';

export { SUPERSCRIPT_SCALE };

export interface RuleLine {
  para: Para;
  kind: 'border' | 'underscore' | 'shape';
  /** Length in points; min < max when it can only be estimated (underscores). */
  minPt: number;
  maxPt: number;
  /** Horizontal offset in points of the line's centre from the text's centre, when known. */
  offsetPt?: number;
  /** Drawn as a shape: its stroke (weight, dash, whether it prints). */
  shape?: LineShape;
  /** A floating line placed over the text it should stand under (estimated layout). */
  onText?: boolean;
}

/** Width in points of the widest line of a paragraph, capped at its box (longer text wraps). */
export function textWidthPt(doc: DocModel, p: Para, measure: TextMeasurer): number {
  return Math.min(Math.max(...lineWidthsPt(p, measure)), usableTw(doc, p) / 20);
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
  // Lines set in the text, or anchored with a position we cannot work out: they belong to their paragraph.
  const own = p.lines.filter((l) => !isPlaced(l));
  if ((owner || text === '') && own.length) {
    const shape = own.reduce((a, b) => (b.lengthPt > a.lengthPt ? b : a));
    return { para: p, kind: 'shape', minPt: shape.lengthPt, maxPt: shape.lengthPt, shape };
  }
  if ((owner || text === '') && p.fmt.borderBottom) {
    const len = usableTw(doc, p) / 20;
    return { para: p, kind: 'border', minPt: len, maxPt: len };
  }
  return undefined;
}

/**
 * The solid line under an element: drawn by the element's last paragraph itself (bottom border or
 * inline shape) or by one of the next paragraphs in the same cell or text flow (at most one empty
 * paragraph in between); else a floating line shape placed under it (drawnLineUnder).
 */
export function findRuleLine(doc: DocModel, owner: Para, measure: TextMeasurer): RuleLine | undefined {
  const textWidth = textWidthPt(doc, owner, measure);
  const withOffset = (l: Omit<RuleLine, 'offsetPt'>): RuleLine =>
    l.shape && !l.shape.inline ? l : { ...l, offsetPt: centrePt(doc, l.para, (l.minPt + l.maxPt) / 2) - centrePt(doc, owner, textWidth) };
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
  return drawnLineUnder(doc, owner, measure, textWidth);
}

/** How far into its last line of text a line may stand and still be under it (the descenders' band). */
const UNDER_TEXT_BAND = 0.2;

/**
 * A floating line shape under a paragraph: its centre lies within the paragraph's column (cell),
 * below the middle of the paragraph's last line and above the next text in that column; the nearest
 * one. A line higher than the foot of the text is reported as standing on the text.
 */
function drawnLineUnder(doc: DocModel, owner: Para, measure: TextMeasurer, textWidth: number): RuleLine | undefined {
  const layout = layoutOf(doc, measure);
  const ob = layout.boxes.get(owner);
  if (!ob) return undefined;
  const holds = (b: { x0: number; x1: number }, x: number) => x >= b.x0 - 1 && x <= b.x1 + 1;
  let best: PlacedLine | undefined;
  for (const l of layout.lines) {
    if (!holds(ob, l.x) || l.y < ob.textBottom - ob.lineHeight) continue;
    // The next text below the owner in the column the line is in.
    let limit = ob.textBottom + 2 * ob.lineHeight;
    for (const [p, b] of layout.boxes) {
      if (p === owner || isEmpty(p) || !holds(b, l.x) || b.textTop < ob.textBottom - 0.5) continue;
      limit = Math.min(limit, b.textTop + UNDER_TEXT_BAND * b.lineHeight);
    }
    if (l.y > limit) continue;
    if (!best || Math.abs(l.y - ob.textBottom) < Math.abs(best.y - ob.textBottom)) best = l;
  }
  if (!best) return undefined;
  const centre = ob.x0 + centrePt(doc, owner, textWidth);
  return {
    para: best.anchor,
    kind: 'shape',
    minPt: best.shape.lengthPt,
    maxPt: best.shape.lengthPt,
    offsetPt: best.x - centre,
    shape: best.shape,
    ...(best.y < ob.textBottom - UNDER_TEXT_BAND * ob.lineHeight ? { onText: true } : {}),
  };
}
