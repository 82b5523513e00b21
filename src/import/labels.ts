/**
 * Numbering labels as offices type them (or as Word's automatic numbering shows them), recognised
 * and removed: "PHẦN I", "A.", "I.", "1.", "1.1.", "a)", "-", "+", "*", "•". The kind of a label
 * decides its level; where a letter could be a Roman numeral ("I.", "C."), the labels seen before
 * decide (see `resolveLetter`).
 */
export type LabelKind = 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet' | 'subbullet';

export interface Label {
  kind: LabelKind;
  /** The label as written ("II.", "a)", "-"). */
  label: string;
  /** Its value: 2 for "II." or "2.", "b" for "b)", the letter for "B." (before resolution). */
  value: number | string;
  /** The text after the label. */
  rest: string;
  /** A single capital letter that may be a part letter or a Roman numeral ("I.", "V.", "C."…). */
  ambiguous?: boolean;
}

const ROMAN = /^(?=[IVXLCDM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function romanValue(s: string): number | undefined {
  if (!ROMAN.test(s)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

const ORDINALS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** Bullet marks: hyphen and dashes, asterisk, bullets, and the private-use symbols of Symbol/Wingdings lists. */
const BULLET = /^([-–—‒*•·●▪■◦○►➢✓\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf02d\uf0a8])(?:\s+|(?=[\p{Lu}\p{N}"“(]))(.*)$/u;

/** Parse a label at the start of a paragraph's text. */
export function parseLabel(text: string): Label | undefined {
  const t = text.trimStart();
  let m = /^PHẦN\s+(THỨ\s+(\S+?)|[IVXLCDM]+|\d+)[.:]?(?:\s+[-–:.]?\s*(.*))?$/iu.exec(t);
  if (m && /^phần/iu.test(t)) {
    const word = m[2]?.toLocaleLowerCase('vi');
    const value = word ? (ORDINALS[word] ?? word) : (romanValue(m[1].toUpperCase()) ?? Number(m[1]));
    return { kind: 'part', label: t.slice(0, t.length - (m[3] ?? '').length).trim(), value, rest: (m[3] ?? '').trim() };
  }
  m = /^([IVXLCDM]{2,})[.:)]\s*(\S.*)$/u.exec(t);
  if (m && romanValue(m[1])) return { kind: 'section', label: `${m[1]}.`, value: romanValue(m[1])!, rest: m[2] };
  m = /^([A-ZĐ])[.:]\s*(\S.*)$/u.exec(t);
  if (m && !/^[A-ZĐ]\.[A-ZĐ]/u.test(t)) {
    const letter = m[1];
    const roman = romanValue(letter);
    return { kind: roman ? 'section' : 'part', label: `${letter}.`, value: roman ?? letter, rest: m[2], ...(roman ? { ambiguous: true } : {}) };
  }
  m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?\s+(\S.*)$/u.exec(t);
  if (m) return { kind: 'subclause', label: t.slice(0, t.length - m[4].length).trim(), value: Number(m[2]), rest: m[4] };
  m = /^(\d{1,2})[.)]\s*(\S.*)$/u.exec(t);
  if (m && !/^\d{1,2}[.)]\d/u.test(t)) return { kind: 'clause', label: `${m[1]}.`, value: Number(m[1]), rest: m[2] };
  m = /^([a-zđ])[).]\s*(\S.*)$/u.exec(t);
  if (m && !/^[a-zđ]\.[a-zđ]/u.test(t)) return { kind: 'point', label: `${m[1]})`, value: m[1], rest: m[2] };
  m = /^\+\s*(\S.*)$/u.exec(t);
  if (m) return { kind: 'subbullet', label: '+', value: '+', rest: m[1] };
  m = BULLET.exec(t);
  if (m && m[2].trim()) return { kind: 'bullet', label: m[1], value: m[1], rest: m[2].trim() };
  return undefined;
}

/**
 * A label from Word's automatic numbering ("I.", "1.", "a)", a bullet symbol), with the
 * paragraph's own text as the rest.
 */
export function parseAutoLabel(auto: string, text: string): Label | undefined {
  const a = auto.trim();
  if (!a) return undefined;
  if (/^[\p{L}\p{N}]/u.test(a) || /^phần/iu.test(a)) {
    const parsed = parseLabel(`${a} ${text || '.'}`);
    if (parsed) return { ...parsed, rest: text };
  }
  if (a === '+' || a === 'o' || a === '\uf06f') return { kind: 'subbullet', label: '+', value: '+', rest: text };
  return { kind: 'bullet', label: '-', value: '-', rest: text };
}

/** The letter after `prev` among part letters (A, B, C, D, E, G…, as plans use them; F, J, W, Z are kept). */
function nextLetter(prev: string): string {
  return String.fromCharCode(prev.charCodeAt(0) + 1);
}

/**
 * A capital letter label that may be a Roman numeral: a part letter when it continues the part
 * letters seen (A., B., C. …), else a section numeral.
 */
export function resolveLetter(label: Label, lastPartLetter: string | undefined, lastSection: number | undefined): Label {
  if (!label.ambiguous) return label;
  const letter = label.label[0];
  const continuesParts = lastPartLetter !== undefined && nextLetter(lastPartLetter) === letter;
  const continuesSections = lastSection !== undefined && romanValue(letter) === lastSection + 1;
  if (continuesParts && !continuesSections) return { ...label, kind: 'part', value: letter, ambiguous: false };
  return { ...label, kind: 'section', value: romanValue(letter)!, ambiguous: false };
}
