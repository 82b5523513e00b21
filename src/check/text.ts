/** Text helpers: normalised keys for matching, letter case, character-weighted run statistics. */
import type { Para } from '../docx-read/document.js';

/** NFC, all white space (tabs, NBSP, line breaks) collapsed to one space, trimmed. */
export function norm(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

export const isEmpty = (p: Para): boolean => norm(p.text) === '';

/** Text as displayed: runs with caps formatting upper-cased. */
export function displayed(p: Para): string {
  return p.label + p.runs.map((r) => (r.fmt.caps ? r.text.toLocaleUpperCase('vi') : r.text)).join('');
}

const LETTER = /\p{L}/u;

export function hasLetters(text: string): boolean {
  return LETTER.test(text);
}

/** Every letter upper-case (and at least one letter). */
export function isUpper(text: string): boolean {
  return hasLetters(text) && text === text.toLocaleUpperCase('vi');
}

export function excerpt(text: string, max = 80): string {
  const t = norm(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export type Share = 'all' | 'none' | 'mixed';

export interface TextStats {
  /** Distinct font sizes of the letters and digits (superscript and subscript runs left out). */
  sizes: number[];
  bold: Share;
  italic: Share;
}

/** Character-weighted formatting of one or more paragraphs, over letters and digits only. */
export function stats(paras: Para[]): TextStats {
  let total = 0;
  let bold = 0;
  let italic = 0;
  const sizes = new Set<number>();
  for (const p of paras) {
    for (const r of p.runs) {
      const n = [...r.text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
      if (!n || (r.fmt.vertAlign && !allSuperscript(p))) continue;
      total += n;
      if (r.fmt.bold) bold += n;
      if (r.fmt.italic) italic += n;
      sizes.add(r.fmt.sizePt);
    }
  }
  const share = (k: number): Share => (k === 0 ? 'none' : k === total ? 'all' : 'mixed');
  return { sizes: [...sizes].sort((a, b) => a - b), bold: share(bold), italic: share(italic) };
}

function allSuperscript(p: Para): boolean {
  return p.runs.every((r) => !r.text.trim() || r.fmt.vertAlign);
}
