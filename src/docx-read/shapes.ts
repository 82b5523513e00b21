/** Straight lines drawn as shapes (DrawingML, VML) rather than as borders or underscores. */
import { attr, child, elements, intAttr, type El } from './xml.js';

/** Horizontal straight lines drawn as DrawingML shapes or VML lines, in points. */
export function lineShapes(e: El): number[] {
  const out: number[] = [];
  const walk = (n: El) => {
    if (n.name === 'mc:AlternateContent') {
      const choice = child(n, 'mc:Choice');
      if (choice) return walk(choice);
    }
    if (n.name === 'wp:inline' || n.name === 'wp:anchor') {
      const geom = n.descendantsNamed('a:prstGeom').map((g) => attr(g, 'prst'));
      const extent = child(n, 'wp:extent');
      const cx = intAttr(extent, 'cx') ?? 0;
      const cy = intAttr(extent, 'cy') ?? 0;
      if (geom.some((g) => g === 'line' || g === 'straightConnector1') && cx > cy) out.push(cx / 12700);
      return;
    }
    if (n.name === 'v:line') {
      const from = pointsOf(attr(n, 'from'));
      const to = pointsOf(attr(n, 'to'));
      if (from && to && Math.abs(to[1] - from[1]) < Math.abs(to[0] - from[0])) out.push(Math.abs(to[0] - from[0]));
      return;
    }
    for (const c of elements(n)) walk(c);
  };
  walk(e);
  return out;
}

/** VML coordinates "x,y" in pt, in, mm, cm or px (Word writes units; a bare number is taken as points). */
function pointsOf(v: string | undefined): [number, number] | undefined {
  if (!v) return undefined;
  const parts = v.split(',').map((s) => {
    const m = /^\s*(-?[\d.]+)\s*(pt|in|mm|cm|px)?\s*$/.exec(s);
    if (!m) return NaN;
    const n = Number(m[1]);
    const k = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54, px: 0.75 }[m[2] ?? 'pt'] ?? 1;
    return n * k;
  });
  return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0], parts[1]] : undefined;
}
