/**
 * Findings of the Decree-30 checker as data: a rule id, where in the DOCX, and what was measured
 * and expected as language-neutral phrases. The words come from the catalogue
 * (catalog/check.ts) only where a finding is printed (`renderFinding` in render.ts).
 *
 * A phrase is a small tree, as JSON:
 *
 *   { "text": "Calibri" }                      text of the document or of the decree, as it is
 *   { "quote": "Số: 3/KH-UBND" }               the same in quotation marks: "Số: 3/KH-UBND"
 *   { "num": 24.99, "unit": "mm" }              a number, already rounded: 24,99 mm / 24.99 mm
 *   { "num": [11, 14], "unit": "pt" }           numbers, joined by ", " (or "/", " × " with "sep")
 *   { "range": [13, 14], "unit": "pt" }         an interval: 13–14 pt
 *   { "word": "bold" }                          a word of the catalogue, by key: đậm / bold
 *   { "word": "aligned", "params": { "jc": { "text": "left" } } }   a word with phrases in it
 *   { "list": [ …phrases ] }                    phrases joined by ", "
 *
 * Units: pt, mm, cm, lines (dòng). Numbers carry no language: the decimal comma of Vietnamese is
 * chosen when they are printed.
 */
import type { Severity } from './types.js';
import type { checkWords, ElementId, RuleId, Unit, WordKey } from './catalog/check.js';

export type { ElementId, RuleId, Unit, WordKey } from './catalog/check.js';

/** How the numbers of one phrase are joined: ", " (a list), "/" (13/14/14 pt), "×" (210 × 297 mm). */
export type NumberSep = ',' | '/' | '×';

export type Phrase =
  | { text: string }
  | { quote: string }
  | { num: number | readonly number[]; unit?: Unit; sep?: NumberSep }
  | { range: readonly [number, number]; unit?: Unit }
  | { word: WordKey; params?: Readonly<Record<string, Phrase>> }
  | { list: readonly Phrase[] };

/** Where a finding is in the DOCX package. */
export interface Location {
  /** Package part, e.g. "word/document.xml" or "word/header1.xml". */
  part: string;
  /** 1-based paragraph number within the part (table cells included). */
  paragraph?: number;
  /** Page, only when the file records Word's layout. */
  page?: number;
  /** 1-based section. */
  section?: number;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  element: ElementId;
  /** Excerpt of the element's text, as in the document (never translated). */
  text: string;
  location: Location;
  measured: Phrase;
  expected: Phrase;
  /** How many places share this finding (same rule, measured and expected value); the location is the first. */
  count?: number;
}

// ---- making phrases -------------------------------------------------------------------------

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/** Text of the document or of the decree, printed as it is. */
export const lit = (text: string): Phrase => ({ text });

/** Text of the document or of the decree, in quotation marks. */
export const quote = (text: string): Phrase => ({ quote: text });

/** A number (or several) with a unit, rounded to `digits` decimals (1 unless told). */
export function num(value: number | readonly number[], unit?: Unit, opts: { digits?: number; sep?: NumberSep } = {}): Phrase {
  const digits = opts.digits ?? 1;
  return {
    num: typeof value === 'number' ? round(value, digits) : value.map((v) => round(v, digits)),
    ...(unit ? { unit } : {}),
    ...(opts.sep && opts.sep !== ',' ? { sep: opts.sep } : {}),
  };
}

/** An interval "lo–hi unit"; one number when both ends are equal. */
export function range(lo: number, hi: number, unit?: Unit, digits = 1): Phrase {
  if (lo === hi) return num(lo, unit, { digits });
  return { range: [round(lo, digits), round(hi, digits)], ...(unit ? { unit } : {}) };
}

/** The parameters a word of the catalogue takes (none for a fixed word). */
type WordParams<W extends WordKey> = Parameters<(typeof checkWords)[W]['vi']>[0];
type ParamsArg<W extends WordKey> = unknown extends WordParams<W> ? [] : [params: { [K in keyof WordParams<W>]: Phrase }];

/** A word of the catalogue, by key, with its parameters as phrases. */
export function word<W extends WordKey>(key: W, ...params: ParamsArg<W>): Phrase {
  return params[0] ? { word: key, params: params[0] } : { word: key };
}

/** Phrases joined by ", ". */
export const list = (items: readonly Phrase[]): Phrase => ({ list: items });
