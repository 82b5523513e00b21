/**
 * Collecting findings: plain data, one per failed rule and place. A finding names its rule and
 * holds the measured and expected values as language-neutral phrases; it is put into words only
 * where it is printed (`renderFinding` in src/diagnostics).
 */
import { checkRules, type Finding, type Location, type Phrase, type RuleId, type Severity } from '../diagnostics/index.js';
import type { Para } from '../docx-read/document.js';
import { excerpt } from './text.js';

export type { Finding, Location, Phrase };

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

  /**
   * Record a failed rule. With `merge`, findings of the same rule, measured and expected value
   * collapse into the first one with a count (document-wide formatting such as fonts or indents).
   * `severity` overrides the rule's own for a lesser form of the defect.
   */
  add(rule: RuleId, at: Target, measured: Phrase, expected: Phrase, opts: { merge?: boolean; text?: string; severity?: Severity } = {}): void {
    const def = checkRules[rule];
    // Numbers in phrases are rounded as printed, so equal phrases are equal values in every language.
    const mergeKey = `${rule}|${JSON.stringify(measured)}|${JSON.stringify(expected)}`;
    const prior = opts.merge ? this.merged.get(mergeKey) : undefined;
    if (prior) {
      prior.count = (prior.count ?? 1) + 1;
      return;
    }
    const finding: Finding = {
      rule,
      severity: opts.severity ?? def.severity,
      element: def.element,
      text: opts.text ?? ('index' in at ? excerpt(at.text) : (at.text ?? '')),
      location: locate(at),
      measured,
      expected,
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
