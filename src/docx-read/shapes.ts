/**
 * Straight lines drawn as shapes rather than as borders or underscores, as offices draw the short
 * lines under the issuer and the motto (Insert › Shapes › Line):
 * - DrawingML (Word 2010 and later, LibreOffice): `w:drawing` with `wp:inline` or `wp:anchor` holding
 *   a `wps:wsp` whose geometry is `line` or `straightConnector1`; length from `wp:extent`, weight from
 *   `a:ln w` (or the theme's line style the shape refers to), position from `wp:positionH/V`;
 * - VML (Word 2003/2007, and the fallback of `mc:AlternateContent`): `v:line from/to`, or a straight
 *   connector `v:shape` (type `#_x0000_t32`, `o:connectortype="straight"`) placed by its style.
 * Only horizontal lines are kept (a diagonal or vertical line is not a rule line).
 */
import type { LineShape, ShapeOffset } from './types.js';
import { attr, child, elements, intAttr, type El } from './xml.js';

const EMU_PER_PT = 12700;
/** A line counts as horizontal when its ends differ by at most this much in height. */
const MAX_RISE_PT = 2;
/** VML's default stroke: 1 px = 0.75 pt. */
const VML_DEFAULT_WEIGHT_PT = 0.75;

/** Widths in points of the theme's line styles (a:lnStyleLst), which `a:lnRef idx` 1, 2, 3 refer to. */
export function themeLineWidths(theme: El | undefined): number[] {
  const list = theme?.descendantWithPath('a:themeElements.a:fmtScheme.a:lnStyleLst');
  return elements(list, 'a:ln').map((ln) => (intAttr(ln, 'w') ?? 9525) / EMU_PER_PT);
}

/** Horizontal straight lines drawn as DrawingML shapes or VML lines inside a run's content. */
export function lineShapes(e: El, themeLines: readonly number[] = []): LineShape[] {
  const out: LineShape[] = [];
  const walk = (n: El) => {
    if (n.name === 'mc:AlternateContent') {
      // The choice; its fallback when the choice draws no line we read.
      const before = out.length;
      const choice = child(n, 'mc:Choice');
      if (choice) walk(choice);
      const fallback = child(n, 'mc:Fallback');
      if (out.length === before && fallback) walk(fallback);
      return;
    }
    if (n.name === 'wp:inline' || n.name === 'wp:anchor') {
      const l = drawingLine(n, themeLines);
      if (l) out.push(l);
      return;
    }
    if (n.name === 'v:line' || n.name === 'v:shape') {
      const l = vmlLine(n);
      if (l) out.push(l);
      return;
    }
    if (n.name === 'v:group' || n.name === 'wpg:wgp') return; // groups have their own coordinates
    for (const c of elements(n)) walk(c);
  };
  walk(e);
  return out;
}

function drawingLine(n: El, themeLines: readonly number[]): LineShape | undefined {
  const wsp = n.descendantsNamed('wps:wsp')[0];
  const geom = attr(wsp?.descendantsNamed('a:prstGeom')[0], 'prst');
  if (!wsp || (geom !== 'line' && geom !== 'straightConnector1')) return undefined;
  const extent = child(n, 'wp:extent');
  const cx = (intAttr(extent, 'cx') ?? 0) / EMU_PER_PT;
  const cy = (intAttr(extent, 'cy') ?? 0) / EMU_PER_PT;
  const spPr = child(wsp, 'wps:spPr');
  const rot = (((intAttr(child(spPr, 'a:xfrm'), 'rot') ?? 0) / 60000) % 180 + 180) % 180;
  const [w, h] = Math.abs(rot - 90) < 45 ? [cy, cx] : [cx, cy];
  if (w <= h || (h > MAX_RISE_PT && rot % 90 === 0)) return undefined;
  if (rot % 90 !== 0 && Math.sin((rot * Math.PI) / 180) * Math.hypot(cx, cy) > MAX_RISE_PT) return undefined;

  const ln = child(spPr, 'a:ln');
  const lnRef = intAttr(child(child(wsp, 'wps:style'), 'a:lnRef'), 'idx') ?? 0;
  // An outline switched off prints nothing; without a:ln the shape's style (or Word's default) draws one.
  const stroked = !child(ln, 'a:noFill');
  const w_ = intAttr(ln, 'w');
  const weightPt = w_ !== undefined ? w_ / EMU_PER_PT : lnRef > 0 ? (themeLines[lnRef - 1] ?? themeLines[themeLines.length - 1]) : undefined;
  const dashVal = attr(child(ln, 'a:prstDash'), 'val') ?? (child(ln, 'a:custDash') ? 'custom' : undefined);
  const hidden = attr(child(n, 'wp:docPr'), 'hidden');
  const line: LineShape = {
    kind: 'drawingml',
    inline: n.name === 'wp:inline',
    lengthPt: w,
    ...(weightPt !== undefined ? { weightPt } : {}),
    stroked: stroked && hidden !== '1' && hidden !== 'true',
    ...(dashVal && dashVal !== 'solid' ? { dash: dashVal } : {}),
  };
  if (n.name === 'wp:anchor') {
    const simple = attr(n, 'simplePos') === '1' || attr(n, 'simplePos') === 'true';
    const sp = child(n, 'wp:simplePos');
    line.x = simple ? { from: 'page', centrePt: (intAttr(sp, 'x') ?? 0) / EMU_PER_PT + cx / 2 } : drawingOffset(child(n, 'wp:positionH'), cx);
    line.y = simple ? { from: 'page', centrePt: (intAttr(sp, 'y') ?? 0) / EMU_PER_PT + cy / 2 } : drawingOffset(child(n, 'wp:positionV'), cy);
    line.inCell = attr(n, 'layoutInCell') !== '0' && attr(n, 'layoutInCell') !== 'false';
  }
  return line;
}

/** A position of a DrawingML anchor: the shape's centre from its reference, or an alignment. */
function drawingOffset(pos: El | undefined, size: number): ShapeOffset {
  const from = attr(pos, 'relativeFrom') ?? 'column';
  const align = child(pos, 'wp:align')?.val.trim();
  if (align) return { from, align };
  const off = child(pos, 'wp:posOffset')?.val.trim();
  const n = off ? Number(off) : NaN;
  return Number.isFinite(n) ? { from, centrePt: n / EMU_PER_PT + size / 2 } : { from };
}

/** The properties of a VML style attribute ("position:absolute;margin-left:57pt;…"). */
function vmlStyle(n: El): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (attr(n, 'style') ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim();
  }
  return out;
}

const VML_H: Record<string, string> = { text: 'column', char: 'character', margin: 'margin', page: 'page' };
const VML_V: Record<string, string> = { text: 'paragraph', line: 'line', margin: 'margin', page: 'page' };

/** A straight connector or a line as a VML shape (the path of a horizontal line: "m,l21600,e"). */
const VML_STRAIGHT = /^\s*m\s*0?\s*,\s*0?\s*l\s*21600\s*,\s*0?\s*e\s*$/i;

function vmlLine(n: El): LineShape | undefined {
  const style = vmlStyle(n);
  let left: number;
  let centreY: number;
  let length: number;
  if (n.name === 'v:line') {
    const from = pointsOf(attr(n, 'from') ?? '0,0');
    const to = pointsOf(attr(n, 'to') ?? '0,0');
    if (!from || !to) return undefined;
    length = Math.abs(to[0] - from[0]);
    if (Math.abs(to[1] - from[1]) > MAX_RISE_PT || length <= Math.abs(to[1] - from[1])) return undefined;
    left = Math.min(from[0], to[0]) + (lengthPt(style['margin-left'] ?? style.left) ?? 0);
    centreY = (from[1] + to[1]) / 2 + (lengthPt(style['margin-top'] ?? style.top) ?? 0);
  } else {
    const type = attr(n, 'type') ?? '';
    const straight = /_x0000_t(32|20)$/.test(type) || attr(n, 'o:connectortype') === 'straight' || VML_STRAIGHT.test(attr(n, 'path') ?? '');
    if (!straight) return undefined;
    const w = lengthPt(style.width) ?? 0;
    const h = lengthPt(style.height) ?? 0;
    const rot = (((Number.parseFloat(style.rotation ?? '0') || 0) % 180) + 180) % 180;
    const [lw, lh] = Math.abs(rot - 90) < 45 ? [h, w] : [w, h];
    if (lw <= lh || lh > MAX_RISE_PT) return undefined;
    length = lw;
    left = (lengthPt(style['margin-left'] ?? style.left) ?? 0) + w / 2 - lw / 2;
    centreY = (lengthPt(style['margin-top'] ?? style.top) ?? 0) + h / 2;
  }
  const stroke = child(n, 'v:stroke');
  const off = (v: string | undefined) => v === 'f' || v === 'false' || v === 'off' || v === '0';
  const dash = attr(stroke, 'dashstyle');
  const weight = strokeWeight(attr(n, 'strokeweight'));
  const hAlign = style['mso-position-horizontal'];
  const vAlign = style['mso-position-vertical'];
  return {
    kind: 'vml',
    inline: (style.position ?? 'static') !== 'absolute',
    lengthPt: length,
    weightPt: weight ?? VML_DEFAULT_WEIGHT_PT,
    stroked: !off(attr(n, 'stroked')) && !off(attr(stroke, 'on')) && style.visibility !== 'hidden',
    ...(dash && dash !== 'solid' ? { dash } : {}),
    x: { from: VML_H[style['mso-position-horizontal-relative'] ?? 'text'] ?? 'column', ...(hAlign && hAlign !== 'absolute' ? { align: hAlign } : { centrePt: left + length / 2 }) },
    y: { from: VML_V[style['mso-position-vertical-relative'] ?? 'text'] ?? 'paragraph', ...(vAlign && vAlign !== 'absolute' ? { align: vAlign } : { centrePt: centreY }) },
    inCell: true,
  };
}

/** A VML stroke weight: with a unit, or a bare number of EMU (Word writes "1pt", ".5pt", "12700"). */
function strokeWeight(v: string | undefined): number | undefined {
  if (!v) return undefined;
  if (/^\s*[\d.]+\s*$/.test(v)) return Number(v) / EMU_PER_PT;
  return lengthPt(v);
}

const UNITS: Record<string, number> = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54, px: 0.75, pc: 12, emu: 1 / EMU_PER_PT };

/** A VML length in pt, in, mm, cm, px or pc (a bare number is taken as points). */
function lengthPt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*(pt|in|mm|cm|px|pc|emu)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]) * (UNITS[(m[2] ?? 'pt').toLowerCase()] ?? 1);
  return Number.isFinite(n) ? n : undefined;
}

/** VML coordinates "x,y" (Word writes units; a bare number is taken as points). */
function pointsOf(v: string): [number, number] | undefined {
  const parts = v.split(',').map((s) => (s.trim() === '' ? 0 : lengthPt(s)));
  return parts.length === 2 && parts.every((p): p is number => p !== undefined) ? [parts[0], parts[1]] : undefined;
}
