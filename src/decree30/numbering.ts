/** Numbering labels, computed once in the model as plain text so every emitter agrees. */

/** Vietnamese point letters: đ after d; no f, j, w, z (Decree 30, Phụ lục I). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;
/** Part letters as plans use them ("A.", "B.", … "E." in seed 002): the alphabet without Đ, F, J, W, Z. */
export const PART_LETTERS = ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'Y'] as const;

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Roman numerals cover 1–3999, not ${n}`);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** 1 → "a", 5 → "đ", 23 → "y"; beyond 23 the letters double ("aa", "bb"…), never f/j/w/z. */
export function vietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`letters start at 1, not ${n}`);
  const count = VIETNAMESE_LETTERS.length;
  const letter = VIETNAMESE_LETTERS[(n - 1) % count];
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

export function partLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`letters start at 1, not ${n}`);
  const count = PART_LETTERS.length;
  return PART_LETTERS[(n - 1) % count].repeat(Math.floor((n - 1) / count) + 1);
}

/**
 * How a plan numbers its parts (Phụ lục I, Mục II, khoản 6, điểm đ: the word "Phần" and a Roman
 * numeral on a line of their own, centred, the title centred below in capitals; plans also write
 * "A.", "B." or "PHẦN I." before the title on one line).
 */
export const PART_STYLES = ['A.', 'Phần I', 'PHẦN I.'] as const;
export type PartStyle = (typeof PART_STYLES)[number];

/** The label of the n-th part in a part style. */
export function partLabel(style: PartStyle, n: number): string {
  switch (style) {
    case 'A.':
      return `${partLetter(n)}.`;
    case 'Phần I':
      return `Phần ${toRoman(n)}`;
    case 'PHẦN I.':
      return `PHẦN ${toRoman(n)}.`;
  }
}

/** A part label that does not end in "." or ")" ("Phần I") stands on its own line over its title. */
export const partLabelOwnLine = (label: string): boolean => !/[.)]$/.test(label);

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** "thứ nhất", "thứ hai", "thứ tư" … ("Phần thứ nhất"); beyond ten, "thứ 11". */
export function vietnameseOrdinal(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? n}`;
}

export type NumberStyle = 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet' | 'subbullet';

/** The printed label of the n-th item (1-based) of a style; `parentLabel` is used by sub-clauses ("2." → "2.1."). */
export function labelFor(style: NumberStyle, n: number, parentLabel = ''): string {
  switch (style) {
    case 'part':
      return `${partLetter(n)}.`;
    case 'section':
      return `${toRoman(n)}.`;
    case 'clause':
      return `${n}.`;
    case 'subclause':
      return `${parentLabel.replace(/\.$/, '')}.${n}.`;
    case 'point':
      return `${vietnameseLetter(n)})`;
    case 'bullet':
      return '-';
    case 'subbullet':
      return '+';
  }
}

/** The style a numbered child (clause-like item or task) takes below a parent of a given style. */
export function childStyle(parent: NumberStyle | 'root'): NumberStyle {
  switch (parent) {
    case 'root':
    case 'part':
    case 'section':
      return 'clause';
    case 'clause':
    case 'subclause':
      return 'point';
    case 'point':
      return 'bullet';
    case 'bullet':
    case 'subbullet':
      return 'subbullet';
  }
}
