/** The shape of every text in the catalogue: a function of the parameters, in each language. */
import type { Lang, Params, Severity } from '../types.js';

export type Text<P = Params> = (p: P) => string;

/** A text in both languages. */
export interface Texts<P = Params> {
  vi: Text<P>;
  en: Text<P>;
}

/** A diagnostic: its default severity, its message and an optional hint, in both languages. */
export interface Entry {
  severity: Severity;
  vi: { message: Text; hint?: Text };
  en: { message: Text; hint?: Text };
}

export function entry(severity: Severity, vi: Entry['vi'], en: Entry['en']): Entry {
  return { severity, vi, en };
}

/** A fixed phrase in both languages. */
export const phrase = (vi: string, en: string): Texts<unknown> => ({ vi: () => vi, en: () => en });

/** The text in a language. */
export function say<P>(lang: Lang, texts: Texts<P>, params: P): string {
  return texts[lang](params);
}

/** A parameter as text ("" when absent). */
export const s = (v: unknown): string => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v));
