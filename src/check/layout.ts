/**
 * Where things are on the page, estimated: a DOCX stores no layout, yet a line drawn as a floating
 * shape is placed by an offset from its anchor (a column or cell, a paragraph, the page), and the
 * checker must know which text it stands under. The body is laid out once, top to bottom, without
 * page breaks: each paragraph (top level or in a table cell) gets a box — its horizontal extent
 * and the top and bottom of its text — from its spacing, line height and the number of lines its
 * text wraps into (font metrics). Table cells sit side by side from the table's indent and the
 * widths of the cells before them; a row is as tall as its tallest cell. Each anchored line shape is
 * then put into the same coordinates (points; x from the left margin, y from the top of the text
 * area of the first page).
 *
 * It is an estimate (Word's own line breaking and spacing rules differ in details), good to a
 * point or two on the short header and title lines it is used for; it covers the first two pages'
 * worth of text, where those lines are.
 */
import type { TextMeasurer } from '../text/metrics.js';
import { boxTw, textWidthTw, type DocModel, type LineShape, type Para, type Section, type Table } from '../docx-read/document.js';
import { FONT_SINGLE_LINE_EM as SINGLE_LINE_EM } from '../decree30/measures.js';

/**
 * Superscript shrinks an underscore line; renderers differ (LibreOffice draws it at 58 %, Word at
 * about 2/3), so the length of such a line is a range, not a number.
 */
export const SUPERSCRIPT_SCALE: readonly [number, number] = [0.58, 0.667];

/** Widths in points of the lines of a paragraph as its line breaks cut them (no wrapping). */
export function lineWidthsPt(p: Para, measure: TextMeasurer): number[] {
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
  return widths;
}

export interface ParaBox {
  /** Horizontal extent of the paragraph's box (cell text area or column), from the left margin. */
  x0: number;
  x1: number;
  /** Top of the paragraph (space before included), top of its first line, bottom of its last line. */
  top: number;
  textTop: number;
  textBottom: number;
  bottom: number;
  /** Height of one line. */
  lineHeight: number;
}

export interface PlacedLine {
  shape: LineShape;
  /** The paragraph it is anchored in. */
  anchor: Para;
  /** Centre of the line and its height on the page, in the coordinates of the boxes. */
  x: number;
  y: number;
}

export interface Layout {
  boxes: Map<Para, ParaBox>;
  /** Anchored line shapes of the body whose place could be worked out. */
  lines: PlacedLine[];
}

const cache = new WeakMap<DocModel, Layout>();

/** The layout of the body of a document (computed once per document). */
export function layoutOf(doc: DocModel, measure: TextMeasurer): Layout {
  let l = cache.get(doc);
  if (!l) cache.set(doc, (l = computeLayout(doc, measure)));
  return l;
}

/** An anchored shape that has a place we can work out (an offset or an alignment on both axes). */
export function isPlaced(s: LineShape): boolean {
  const known = (o: LineShape['x']) => !!o && (o.centrePt !== undefined || !!o.align);
  return !s.inline && known(s.x) && known(s.y);
}

function lineHeightPt(p: Para): number {
  const sizes = p.runs.filter((r) => r.text.trim()).map((r) => r.fmt.sizePt);
  const size = sizes.length ? Math.max(...sizes) : p.markSizePt;
  const single = size * SINGLE_LINE_EM;
  const line = p.fmt.line ?? 240;
  switch (p.fmt.lineRule ?? 'auto') {
    case 'exact':
      return line / 20;
    case 'atLeast':
      return Math.max(line / 20, single);
    default:
      return (single * line) / 240;
  }
}

function paraBox(doc: DocModel, p: Para, measure: TextMeasurer, x0: number, x1: number, top: number): ParaBox {
  const lh = lineHeightPt(p);
  const usable = Math.max(1, (boxTw(doc, p) - (p.fmt.indLeft ?? 0) - (p.fmt.indRight ?? 0)) / 20);
  const lines = lineWidthsPt(p, measure).reduce((n, w) => n + Math.max(1, Math.ceil(w / usable - 0.01)), 0);
  const before = p.fmt.beforeAuto ? 14 : (p.fmt.before ?? 0) / 20;
  const after = p.fmt.afterAuto ? 14 : (p.fmt.after ?? 0) / 20;
  const textTop = top + before;
  const textBottom = textTop + Math.max(1, lines) * lh;
  return { x0, x1, top, textTop, textBottom, bottom: textBottom + after, lineHeight: lh };
}

function computeLayout(doc: DocModel, measure: TextMeasurer): Layout {
  const boxes = new Map<Para, ParaBox>();
  const section = (i: number): Section => doc.sections[Math.min(i, doc.sections.length - 1)];

  const layTable = (t: Table, x: number, top: number): number => {
    let y = top;
    for (const row of t.rows) {
      let cx = x + t.indentTw / 20;
      let rowHeight = 0;
      for (const cell of row.cells) {
        const x0 = cx + cell.marginLeftTw / 20;
        const x1 = cx + (cell.widthTw - cell.marginRightTw) / 20;
        let cy = y;
        for (const p of cell.paras) {
          const b = paraBox(doc, p, measure, x0, x1, cy);
          boxes.set(p, b);
          cy = b.bottom;
        }
        for (const nested of cell.tables ?? []) cy = layTable(nested, x0, cy);
        rowHeight = Math.max(rowHeight, cy - y);
        cx += cell.widthTw / 20;
      }
      y += rowHeight;
    }
    return y;
  };

  // The lines judged stand in the header and title block of the first page: the layout stops two
  // pages down, which keeps the cost of a long document to its first pages.
  const first = section(0);
  const limit = (2 * first.heightTw) / 20;
  let y = 0;
  for (const b of doc.blocks) {
    if (y > limit) break;
    if (b.kind === 'p') {
      const box = paraBox(doc, b.para, measure, 0, textWidthTw(section(b.para.section)) / 20, y);
      boxes.set(b.para, box);
      y = box.bottom;
    } else y = layTable(b.table, 0, y);
  }

  const lines: PlacedLine[] = [];
  for (const p of doc.paras) {
    const box = boxes.get(p);
    if (!box) continue;
    for (const shape of p.lines) {
      if (!isPlaced(shape)) continue;
      const at = place(p, box, shape, section(p.section));
      if (at) lines.push({ shape, anchor: p, ...at });
    }
  }
  return { boxes, lines };
}

/** The centre of an anchored line in layout coordinates, from its offsets and their references. */
function place(p: Para, box: ParaBox, s: LineShape, sec: Section): { x: number; y: number } | undefined {
  const m = { left: sec.margin.left / 20, right: sec.margin.right / 20, top: sec.margin.top / 20, bottom: sec.margin.bottom / 20 };
  const pageW = sec.widthTw / 20;
  const pageH = sec.heightTw / 20;
  const textW = textWidthTw(sec) / 20;
  // Word 2013 and later lay a floating shape out in the cell of its anchor whatever layoutInCell
  // says, and LibreOffice does the same (it even writes layoutInCell="0"): offsets from the column
  // are taken from the cell.
  const inCell = !!p.cell;
  // Horizontal reference: [left, right] in layout coordinates.
  const hRef = (from: string): [number, number] | undefined => {
    switch (from) {
      case 'column':
        return inCell ? [box.x0, box.x1] : [0, textW];
      case 'character':
        return [box.x0 + (p.fmt.indLeft ?? 0) / 20, box.x1];
      case 'margin':
        return [0, textW];
      case 'page':
        return [-m.left, pageW - m.left];
      case 'leftMargin':
      case 'insideMargin':
        return [-m.left, 0];
      case 'rightMargin':
      case 'outsideMargin':
        return [textW, textW + m.right];
      default:
        return undefined;
    }
  };
  // The page the anchor is on, counted without breaks: enough for the first page's header block.
  const pageTop = -m.top + Math.max(0, Math.floor(box.top / Math.max(1, pageH - m.top - m.bottom))) * pageH;
  const vRef = (from: string): [number, number] | undefined => {
    switch (from) {
      case 'paragraph':
        return [box.top, box.bottom];
      case 'line':
        return [box.textTop, box.textTop + box.lineHeight];
      case 'page':
        return [pageTop, pageTop + pageH];
      case 'margin':
        return [pageTop + m.top, pageTop + pageH - m.bottom];
      case 'topMargin':
        return [pageTop, pageTop + m.top];
      case 'bottomMargin':
        return [pageTop + pageH - m.bottom, pageTop + pageH];
      default:
        return undefined;
    }
  };
  const at = (o: NonNullable<LineShape['x']>, ref: [number, number] | undefined, size: number): number | undefined => {
    if (!ref) return undefined;
    if (o.centrePt !== undefined) return ref[0] + o.centrePt;
    switch (o.align) {
      case 'left':
      case 'top':
      case 'inside':
        return ref[0] + size / 2;
      case 'right':
      case 'bottom':
      case 'outside':
        return ref[1] - size / 2;
      case 'center':
        return (ref[0] + ref[1]) / 2;
      default:
        return undefined;
    }
  };
  const x = at(s.x!, hRef(s.x!.from), s.lengthPt);
  const y = at(s.y!, vRef(s.y!.from), 0);
  return x === undefined || y === undefined ? undefined : { x, y };
}
