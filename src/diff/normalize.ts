/**
 * Text normalisation for matching: numbering labels removed, the plan year replaced by a
 * placeholder, case and spacing folded. Used only to pair items; reports show the real text.
 */

/**
 * NFC and trimmed. Inner spaces stay as printed: plan text is already collapsed by the model,
 * and the runs of spaces a draft leaves for its number and date ("Số:      /KH-UBND") are
 * part of the document.
 */
export function clean(s: string): string {
  return s.normalize('NFC').trim();
}

/**
 * A numbering label typed at the start of a text ("1. ", "1.2. ", "II. ", "A. ", "a) ", "đ) ",
 * "- ", "+ "), which the tool prints itself and a comparison must ignore.
 */
const TYPED_LABEL = /^(?:\d+(?:\.\d+)*[.)]|[IVXLCDM]+\.|[A-ZĐ]\.|[a-zđ]{1,2}\)|[-+•–])\s+/u;

export function stripLabel(s: string): string {
  return s.replace(TYPED_LABEL, '');
}

const YEAR = /(?<!\d)(\d{4})(?!\d)/g;

/** How far from the plan year a year may be and still count as "the plan year" (last year's results, next year's plan). */
export const YEAR_WINDOW = 1;

/** Years near the plan year become placeholders relative to it: "năm 2025" in a 2025 plan → "năm {Y+0}". */
export function yearNeutral(s: string, planYear: number | undefined): string {
  if (planYear === undefined) return s;
  return s.replace(YEAR, (m) => {
    const d = Number(m) - planYear;
    return Math.abs(d) <= YEAR_WINDOW ? `{Y${d >= 0 ? '+' : ''}${d}}` : m;
  });
}

/**
 * The key under which two texts count as "the same text": label-, year-, case- and space-neutral.
 * `s` is already clean (item fields are).
 */
export function matchKey(s: string, planYear: number | undefined): string {
  return yearNeutral(stripLabel(s), planYear)
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('vi')
    .replace(/[\s.;,:]+$/u, '');
}

/** Words of a key, for similarity. */
export function tokens(key: string): string[] {
  return key.match(/[\p{L}\p{N}{}+-]+/gu) ?? [];
}

/** Sørensen–Dice coefficient of two token sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}
