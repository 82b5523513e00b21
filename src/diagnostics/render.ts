/** Diagnostics into words, only where they are printed: the CLI, JSON output, a web page. */
import { catalog } from './catalog/index.js';
import { checkNumber, checkRules, checkUnits, checkWords } from './catalog/check.js';
import type { Texts } from './catalog/entry.js';
import type { Finding, NumberSep, Phrase, Unit } from './finding.js';
import type { Diagnostic, Lang } from './types.js';

export interface Rendered {
  message: string;
  hint?: string;
}

/** The message and hint of a diagnostic in a language. */
export function renderDiagnostic(d: Diagnostic, lang: Lang): Rendered {
  const entry = (catalog as Record<string, (typeof catalog)[keyof typeof catalog]>)[d.code];
  if (!entry) return { message: d.code };
  const t = entry[lang];
  const hint = t.hint?.(d.params);
  return { message: t.message(d.params), ...(hint ? { hint } : {}) };
}

/**
 * A diagnostic as JSON for machines: code, severity, parameters, span and path as data, the
 * rendered message and hint, and the flat file/line/column of format version 1.
 */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = renderDiagnostic(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    message,
    ...(hint ? { hint } : {}),
    file: d.span.file,
    line: d.span.start.line,
    column: d.span.start.column,
    ...(d.path !== undefined ? { path: d.path } : {}),
    params: d.params,
    span: d.span,
  };
}

// ---- findings of the Decree-30 checker --------------------------------------------------------

const SEPARATORS: Record<NumberSep, string> = { ',': ', ', '/': '/', '×': ' × ' };

/** A phrase of a finding (a measured or expected value) in a language. */
export function renderPhrase(p: Phrase, lang: Lang): string {
  const n = (v: number) => checkNumber[lang](v);
  const unit = (u: Unit | undefined) => (u ? ` ${checkUnits[u][lang](undefined)}` : '');
  if ('text' in p) return p.text;
  if ('quote' in p) return `"${p.quote}"`;
  if ('num' in p) return `${(typeof p.num === 'number' ? [p.num] : p.num).map(n).join(SEPARATORS[p.sep ?? ','])}${unit(p.unit)}`;
  if ('range' in p) return `${n(p.range[0])}–${n(p.range[1])}${unit(p.unit)}`;
  if ('word' in p) {
    const texts = checkWords[p.word] as Texts<Record<string, string>> | undefined;
    if (!texts) return p.word;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {})) params[k] = renderPhrase(v, lang);
    return texts[lang](params);
  }
  return p.list.map((item) => renderPhrase(item, lang)).join(', ');
}

export interface RenderedFinding {
  message: string;
  hint: string;
  /** The paragraph of the decree the rule comes from. */
  source: string;
  measured: string;
  expected: string;
}

/** A finding's texts in a language: its message (requirement, measured and expected values), hint and decree paragraph. */
export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  const rule = checkRules[f.rule];
  const measured = renderPhrase(f.measured, lang);
  const expected = renderPhrase(f.expected, lang);
  const t = rule[lang];
  return { message: t.message({ measured, expected }), hint: t.hint({}), source: rule.source[lang](undefined), measured, expected };
}

/**
 * A finding as JSON for machines: the data (rule, severity, element, text, location, count) with
 * `measured`, `expected`, `source`, `message` and `hint` rendered in a language, and `params` holding
 * the measured and expected values as language-neutral phrases (./finding.ts).
 */
export function findingJson(f: Finding, lang: Lang) {
  const r = renderFinding(f, lang);
  return {
    rule: f.rule,
    severity: f.severity,
    element: f.element,
    text: f.text,
    location: f.location,
    measured: r.measured,
    expected: r.expected,
    source: r.source,
    message: r.message,
    hint: r.hint,
    ...(f.count !== undefined ? { count: f.count } : {}),
    params: { measured: f.measured, expected: f.expected },
  };
}
