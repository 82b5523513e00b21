/** Findings: plain data, one per failed rule and place, with texts from the checker's catalogue. */
import type { Lang } from '../diagnostics/index.js';
import { RULES, WORDS, type ElementId, type RuleId, type Severity } from './catalog.js';
import type { Para } from '../docx-read/document.js';
import { excerpt } from './text.js';

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
  /** Excerpt of the element's text. */
  text: string;
  location: Location;
  measured: string;
  expected: string;
  /** The paragraph of the decree the rule comes from. */
  source: string;
  message: string;
  hint: string;
  /** How many places share this finding (same rule, measured and expected value); the location is the first. */
  count?: number;
}

/** Where a finding points: a paragraph, or a part/section when no paragraph applies. */
export type Target = Para | { part: string; section?: number; text?: string };

export function locate(t: Target): Location {
  if ('index' in t) {
    return { part: t.part, paragraph: t.index, ...(t.page !== undefined ? { page: t.page } : {}), section: t.section + 1 };
  }
  return { part: t.part, ...(t.section !== undefined ? { section: t.section + 1 } : {}) };
}

export class Findings {
  private readonly list: Finding[] = [];
  private readonly merged = new Map<string, Finding>();

  constructor(readonly lang: Lang) {}

  get words() {
    return WORDS[this.lang];
  }

  /**
   * Record a failed rule. With `merge`, findings of the same rule, measured and expected value
   * collapse into the first one with a count (document-wide formatting such as fonts or indents).
   * `severity` overrides the rule's own for a lesser form of the defect.
   */
  add(rule: RuleId, at: Target, measured: string, expected: string, opts: { merge?: boolean; text?: string; severity?: Severity } = {}): void {
    const def = RULES[rule];
    const mergeKey = `${rule}|${measured}|${expected}`;
    const prior = opts.merge ? this.merged.get(mergeKey) : undefined;
    if (prior) {
      prior.count = (prior.count ?? 1) + 1;
      return;
    }
    const t = def[this.lang];
    const text = opts.text ?? ('index' in at ? excerpt(at.text) : (at.text ?? ''));
    const finding: Finding = {
      rule,
      severity: opts.severity ?? def.severity,
      element: def.element,
      text,
      location: locate(at),
      measured,
      expected,
      source: def.source[this.lang],
      message: `${t.title} — ${this.words.found}: ${measured}; ${this.words.expected}: ${expected}.`,
      hint: t.hint,
    };
    this.list.push(finding);
    if (opts.merge) this.merged.set(mergeKey, finding);
  }

  all(): Finding[] {
    const order = (l: Location) => [l.part === 'word/document.xml' ? 0 : 1, l.paragraph ?? 0];
    return this.list.slice().sort((a, b) => {
      const [pa, ia] = order(a.location);
      const [pb, ib] = order(b.location);
      return pa - pb || ia - ib || a.rule.localeCompare(b.rule);
    });
  }
}

/** Numbers as people write them: "13 pt", "24,99 mm" in Vietnamese, "24.99 mm" in English. */
export function num(n: number, lang: Lang, digits = 1): string {
  const r = Number(n.toFixed(digits));
  const s = String(r);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

export function range(lo: number, hi: number, unit: string, lang: Lang): string {
  return lo === hi ? `${num(lo, lang)} ${unit}` : `${num(lo, lang)}–${num(hi, lang)} ${unit}`;
}
