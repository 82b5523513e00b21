/** What every rule group receives, and the shared format check of a text element. */
import type { TextMeasurer } from '../../text/metrics.js';
import { mmToPt, RANGES } from '../../decree30/measures.js';
import { ROLES, type Requirement, type RoleName } from '../../decree30/styles.js';
import { lit, list, num, range, word, type Phrase, type RuleId } from '../../diagnostics/index.js';
import type { DocModel, Para } from '../../docx-read/document.js';
import type { Elements } from '../elements.js';
import type { Findings } from '../findings.js';
import { findRuleLine, textWidthPt } from '../measure.js';
import { displayed, isUpper, stats, type Share } from '../text.js';

export interface Ctx {
  doc: DocModel;
  el: Elements;
  measure: TextMeasurer;
  f: Findings;
}

export const TWIPS_PER_MM = 1440 / 25.4;

/** OOXML alignments that mean the same ("start" is "left" in a left-to-right text). */
const SAME_ALIGNMENT: Record<string, string> = { start: 'left', end: 'right', distribute: 'both' };

/** A paragraph's alignment as found ("căn trái" / "aligned left"). */
export const aligned = (jc: string | undefined): Phrase => word('aligned', { jc: lit(SAME_ALIGNMENT[jc ?? 'left'] ?? jc ?? 'left') });

/** The roles of src/decree30/styles.ts for which the decree states a requirement. */
export type DecreeRole = { [R in RoleName]: (typeof ROLES)[R] extends { decree: Requirement } ? R : never }[RoleName];

/**
 * Check size, weight, slant, case and alignment of an element against what the decree requires of
 * its role (`ROLES[role].decree`); one finding listing every aspect that fails.
 */
export function checkFormat(c: Ctx, rule: RuleId, paras: Para[], role: DecreeRole): void {
  if (!paras.length) return;
  const spec: Requirement = ROLES[role].decree;
  const st = stats(paras);
  const found: Phrase[] = [];
  const want: Phrase[] = [];
  if (st.sizes.some((s) => s < spec.size[0] || s > spec.size[1])) {
    found.push(num(st.sizes, 'pt'));
    want.push(range(spec.size[0], spec.size[1], 'pt'));
  }
  const share = (s: Share, yes: Phrase, no: Phrase, partly: Phrase) => (s === 'all' ? yes : s === 'none' ? no : partly);
  if (spec.bold !== undefined && st.bold !== (spec.bold ? 'all' : 'none')) {
    found.push(share(st.bold, word('bold'), word('notBold'), word('partlyBold')));
    want.push(word(spec.bold ? 'bold' : 'notBold'));
  }
  if (spec.italic !== undefined && st.italic !== (spec.italic ? 'all' : 'none')) {
    found.push(share(st.italic, word('italic'), word('upright'), word('partlyItalic')));
    want.push(word(spec.italic ? 'italic' : 'upright'));
  }
  if (spec.upper !== undefined) {
    const upper = isUpper(paras.map(displayed).join(' '));
    if (upper !== spec.upper) {
      found.push(word(upper ? 'allUpper' : 'notUpper'));
      want.push(word(spec.upper ? 'upper' : 'lower'));
    }
  }
  if (spec.centred && paras.some((p) => p.fmt.jc !== 'center')) {
    found.push(aligned(paras.find((p) => p.fmt.jc !== 'center')!.fmt.jc));
    want.push(word('centred'));
  }
  if (found.length) c.f.add(rule, paras[0], list(found), list(want));
}

/** Tolerance for exactly drawn lines (twip rounding) and for the centring of any line. */
const LENGTH_TOLERANCE_PT = mmToPt(1);
const CENTRE_TOLERANCE_PT = mmToPt(1.5);

const ptToMm = (pt: number) => (pt * 25.4) / 72;

/**
 * The solid line under an element: present, `ratio` of the text width (a range), centred under it.
 * Underscore lines can only be estimated, so they pass when their estimated range meets the allowed one.
 */
export function checkRuleLine(c: Ctx, rule: RuleId, owner: Para[], ratio: readonly [number, number], below: Para[] = owner): void {
  if (!owner.length) return;
  const last = below[below.length - 1];
  const textPt = Math.max(...owner.map((p) => textWidthPt(c.doc, p, c.measure)));
  const lo = textPt * ratio[0];
  const hi = textPt * ratio[1];
  const length = range(ptToMm(lo), ptToMm(hi), 'mm');
  const expected =
    ratio[0] === ratio[1]
      ? word('ruleLengthOfText', { length, text: num(ptToMm(textPt), 'mm') })
      : word('ruleLengthRatio', { length, text: num(ptToMm(textPt), 'mm'), ratio: range(ratio[0], ratio[1], undefined, 2) });
  const line = findRuleLine(c.doc, last, c.measure);
  if (!line) {
    c.f.add(rule, last, word('missing'), expected);
    return;
  }
  const measured = line.minPt === line.maxPt ? num(ptToMm(line.minPt), 'mm') : word('estimate', { length: range(ptToMm(line.minPt), ptToMm(line.maxPt), 'mm') });
  const params = { text: owner.map((p) => p.text).join(' ') };
  if (line.shape && !line.shape.stroked) {
    c.f.add(rule, line.para, word('ruleNotStroked'), word('solidLine'), params);
  } else if (line.maxPt < lo - LENGTH_TOLERANCE_PT || line.minPt > hi + LENGTH_TOLERANCE_PT) {
    c.f.add(rule, line.para, measured, expected, params);
  } else if (line.onText) {
    c.f.add(rule, line.para, word('ruleOnText'), word('ruleUnderText'), params);
  } else if (line.offsetPt !== undefined && Math.abs(line.offsetPt) > CENTRE_TOLERANCE_PT) {
    c.f.add(rule, line.para, word('offCentre', { by: num(ptToMm(Math.abs(line.offsetPt)), 'mm') }), word('centred'), params);
  } else if (line.shape?.dash) {
    c.f.add(rule, line.para, word('ruleDashed', { dash: lit(line.shape.dash) }), word('solidLine'), params);
  } else if (line.shape?.weightPt !== undefined && line.shape.weightPt > RANGES.ruleWeightMaxPt) {
    c.f.add(rule, line.para, word('ruleWeight', { weight: num(line.shape.weightPt, 'pt', { digits: 2 }) }), word('thinSolidLine', { max: num(RANGES.ruleWeightMaxPt, 'pt') }), params);
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
