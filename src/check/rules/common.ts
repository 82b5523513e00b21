/** What every rule group receives, and the shared format check of a text element. */
import type { Lang } from '../../diagnostics/index.js';
import type { TextMeasurer } from '../../text/metrics.js';
import { mmToPt } from '../../decree30/measures.js';
import type { RuleId, Words } from '../catalog.js';
import type { DocModel, Para } from '../../docx-read/document.js';
import type { Elements } from '../elements.js';
import { num, range, type Findings } from '../findings.js';
import { findRuleLine, textWidthPt } from '../measure.js';
import { displayed, isUpper, stats, type Share } from '../text.js';

export interface Ctx {
  doc: DocModel;
  el: Elements;
  measure: TextMeasurer;
  f: Findings;
  lang: Lang;
  w: Words;
}

export const TWIPS_PER_MM = 1440 / 25.4;

/** A value text in the report's language. */
export function say(c: Ctx, vi: string, en: string): string {
  return c.lang === 'vi' ? vi : en;
}

export interface FormatSpec {
  size?: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  /** true: all capitals; false: sentence case (not all capitals). */
  upper?: boolean;
  centred?: boolean;
}

/** Check size, weight, slant, case and alignment of an element; one finding listing every aspect that fails. */
export function checkFormat(c: Ctx, rule: RuleId, paras: Para[], spec: FormatSpec, merge = false): void {
  if (!paras.length) return;
  const { w, lang } = c;
  const st = stats(paras);
  const found: string[] = [];
  const want: string[] = [];
  if (spec.size && st.sizes.some((s) => s < spec.size![0] || s > spec.size![1])) {
    found.push(`${st.sizes.map((s) => num(s, lang)).join(', ')} pt`);
    want.push(range(spec.size[0], spec.size[1], 'pt', lang));
  }
  const share = (s: Share, yes: string, no: string, partly: string) => (s === 'all' ? yes : s === 'none' ? no : partly);
  if (spec.bold !== undefined && st.bold !== (spec.bold ? 'all' : 'none')) {
    found.push(share(st.bold, w.bold, w.notBold, w.partlyBold));
    want.push(spec.bold ? w.bold : w.notBold);
  }
  if (spec.italic !== undefined && st.italic !== (spec.italic ? 'all' : 'none')) {
    found.push(share(st.italic, w.italic, w.upright, w.partlyItalic));
    want.push(spec.italic ? w.italic : w.upright);
  }
  if (spec.upper !== undefined) {
    const upper = isUpper(paras.map(displayed).join(' '));
    if (upper !== spec.upper) {
      found.push(upper ? w.allUpper : w.notUpper);
      want.push(spec.upper ? w.upper : w.lower);
    }
  }
  if (spec.centred && paras.some((p) => p.fmt.jc !== 'center')) {
    found.push(w.aligned(paras.find((p) => p.fmt.jc !== 'center')!.fmt.jc ?? 'left'));
    want.push(w.centred);
  }
  if (found.length) c.f.add(rule, paras[0], found.join(', '), want.join(', '), { merge });
}

/** Tolerance for exactly drawn lines (twip rounding) and for the centring of any line. */
const LENGTH_TOLERANCE_PT = mmToPt(1);
const CENTRE_TOLERANCE_PT = mmToPt(1.5);

/**
 * The solid line under an element: present, `ratio` of the text width (a range), centred under it.
 * Underscore lines can only be estimated, so they pass when their estimated range meets the allowed one.
 */
export function checkRuleLine(c: Ctx, rule: RuleId, owner: Para[], ratio: readonly [number, number]): void {
  if (!owner.length) return;
  const { lang, w } = c;
  const last = owner[owner.length - 1];
  const mm = (pt: number) => num((pt * 25.4) / 72, lang);
  const textPt = Math.max(...owner.map((p) => textWidthPt(c.doc, p, c.measure)));
  const lo = textPt * ratio[0];
  const hi = textPt * ratio[1];
  const expected = `${lo === hi ? `${mm(lo)} mm` : `${mm(lo)}–${mm(hi)} mm`} (${ratio[0] === ratio[1] ? '= ' : ''}${mm(textPt)} mm ${w.ofText}${ratio[0] === ratio[1] ? '' : ` × ${num(ratio[0], lang, 2)}–${num(ratio[1], lang, 2)}`})`;
  const line = findRuleLine(c.doc, last, c.measure);
  if (!line) {
    c.f.add(rule, last, w.missing, expected);
    return;
  }
  const length = line.minPt === line.maxPt ? `${mm(line.minPt)} mm` : `≈ ${mm(line.minPt)}–${mm(line.maxPt)} mm (${w.estimate})`;
  if (line.maxPt < lo - LENGTH_TOLERANCE_PT || line.minPt > hi + LENGTH_TOLERANCE_PT) {
    c.f.add(rule, line.para, length, expected, { text: owner.map((p) => p.text).join(' ') });
  } else if (line.offsetPt !== undefined && Math.abs(line.offsetPt) > CENTRE_TOLERANCE_PT) {
    c.f.add(rule, line.para, `${w.offCentre} ${mm(Math.abs(line.offsetPt))} mm`, w.centred, { text: owner.map((p) => p.text).join(' ') });
  }
}

/** Line spacing as a multiple of single spacing; exact and at-least spacing relative to Times New Roman's single line (1.15 em). */
export function lineMultiple(p: Para, sizePt: number): { value: number; rule: string } {
  const rule = p.fmt.lineRule ?? 'auto';
  const line = p.fmt.line ?? 240;
  if (rule === 'auto') return { value: line / 240, rule };
  const ratio = line / 20 / (sizePt * SINGLE_LINE_EM);
  return { value: rule === 'atLeast' ? Math.max(1, ratio) : ratio, rule };
}

/** Times New Roman's single line: (ascent 1825 + descent 443 + line gap 87) / 2048 units per em. */
export const SINGLE_LINE_EM = 2355 / 2048;
