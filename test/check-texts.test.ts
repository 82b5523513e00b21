/**
 * The checker's texts live in the one catalogue (src/diagnostics/catalog/check.ts) and are chosen
 * only where a finding is printed: every rule, value word and report text renders in both
 * languages; phrases render numbers, units, quotes, lists and words; the checker itself takes no
 * language and its findings hold no words (type-level tests, checked by `tsc` in `npm test`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkDocx, RULE_IDS, RULES, type CheckOptions, type Finding } from '../src/check/index.js';
import { MOTTO, NATIONAL_TITLE, RECIPIENTS_LABEL } from '../src/decree30/wording.js';
import { checkReport, checkUnits, checkWords, type WordKey } from '../src/diagnostics/catalog/index.js';
import { list, lit, num, quote, range, renderFinding, renderPhrase, word, type Lang, type Phrase } from '../src/diagnostics/index.js';
import { ROOT } from './helpers.js';

const LANGS: Lang[] = ['vi', 'en'];
const BROKEN = /undefined|\[object|NaN|null/;

/** Parameters that answer every name with a recognisable sample, and record the names asked for. */
function sampleParams(): { params: Record<string, string>; asked: Set<string> } {
  const asked = new Set<string>();
  const params = new Proxy({} as Record<string, string>, {
    get: (_, k) => {
      asked.add(String(k));
      return `‹${String(k)}›`;
    },
  });
  return { params, asked };
}

const finding = (rule: Finding['rule'], measured: Phrase, expected: Phrase): Finding => ({
  rule,
  severity: RULES[rule].severity,
  element: RULES[rule].element,
  text: 'Số: 3/KH-UBND',
  location: { part: 'word/document.xml', paragraph: 8, section: 1 },
  measured,
  expected,
});

describe('check texts: every text of the catalogue in both languages', () => {
  it.each(RULE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))('rule %s (%s)', (id, lang) => {
    const r = renderFinding(finding(id, num([11, 13.5], 'pt'), range(13, 14, 'pt')), lang);
    for (const [field, text] of Object.entries(r)) {
      expect(text, field).not.toMatch(BROKEN);
      expect(text.trim(), field).not.toBe('');
    }
    expect(r.measured).toBe(lang === 'vi' ? '11, 13,5 pt' : '11, 13.5 pt');
    expect(r.expected).toBe('13–14 pt');
    expect(r.message).toContain(` — ${lang === 'vi' ? 'thực tế' : 'found'}: ${r.measured}; ${lang === 'vi' ? 'yêu cầu' : 'expected'}: 13–14 pt.`);
    expect(r.source).toMatch(lang === 'vi' ? /^(Phụ lục I(II)?, M|Không quy định)/ : /^(Appendix I(II)?, |Not in Appendix I)/);
  });

  it('Vietnamese and English differ in each rule\'s requirement and decree paragraph', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].title.vi(undefined), id).not.toBe(RULES[id].title.en(undefined));
      expect(RULES[id].source.vi(undefined), id).not.toBe(RULES[id].source.en(undefined));
    }
  });

  it.each(Object.keys(checkWords) as WordKey[])('word %s: both languages, the same parameters', (key) => {
    const asked: Record<Lang, string[]> = { vi: [], en: [] };
    for (const lang of LANGS) {
      const sample = sampleParams();
      const text = (checkWords[key][lang] as (p: Record<string, string>) => string)(sample.params);
      expect(text).not.toMatch(BROKEN);
      expect(text.trim()).not.toBe('');
      for (const name of sample.asked) expect(text, `${lang}: parameter ${name} is printed`).toContain(`‹${name}›`);
      asked[lang] = [...sample.asked].sort();
    }
    expect(asked.vi).toEqual(asked.en);
  });

  it('units and the report words of the command line', () => {
    const texts = [
      ...Object.values(checkUnits),
      checkReport.ok, checkReport.appendix, checkReport.notFound, checkReport.error, checkReport.warning, checkReport.page, checkReport.para,
      ...Object.values(checkReport.reasons),
      ...Object.values(checkReport.help),
    ];
    for (const t of texts) for (const lang of LANGS) expect(t[lang](undefined)).not.toMatch(BROKEN);
    for (const lang of LANGS) {
      const lines = [
        checkReport.bad[lang]({ errors: 1, warnings: 2 }),
        checkReport.okWarn[lang]({ warnings: 1 }),
        checkReport.unreadable[lang]({ reason: 'r', detail: 'd' }),
        checkReport.times[lang](3),
        checkReport.summary[lang]({ files: 3, ok: 1, bad: 1, unreadable: 1 }),
      ];
      for (const line of lines) expect(line).not.toMatch(BROKEN);
    }
    expect(checkReport.bad.en({ errors: 1, warnings: 2 })).toBe('1 error, 2 warnings');
    expect(checkReport.bad.vi({ errors: 1, warnings: 2 })).toBe('1 lỗi, 2 cảnh báo');
  });
});

describe('check texts: phrases', () => {
  const both = (p: Phrase) => [renderPhrase(p, 'vi'), renderPhrase(p, 'en')];

  it('numbers: rounded when made, a decimal comma in Vietnamese', () => {
    expect(num(24.9944, 'mm')).toEqual({ num: 25, unit: 'mm' });
    expect(num(24.9944, 'mm', { digits: 2 })).toEqual({ num: 24.99, unit: 'mm' });
    expect(both(num(24.9944, 'mm', { digits: 2 }))).toEqual(['24,99 mm', '24.99 mm']);
    expect(both(num([215.9, 279.4], 'mm', { sep: '×' }))).toEqual(['215,9 × 279,4 mm', '215.9 × 279.4 mm']);
    expect(both(num([13, 15, 14], 'pt', { sep: '/' }))).toEqual(['13/15/14 pt', '13/15/14 pt']);
    expect(both(num(1.5, 'lines'))).toEqual(['1,5 dòng', '1.5 lines']);
    expect(both(num(3))).toEqual(['3', '3']);
  });

  it('ranges: one number when both ends are equal', () => {
    expect(both(range(1, 1.5, 'lines'))).toEqual(['1–1,5 dòng', '1–1.5 lines']);
    expect(range(11, 11, 'pt')).toEqual({ num: 11, unit: 'pt' });
    expect(both(range(1 / 3, 1 / 2, undefined, 2))).toEqual(['0,33–0,5', '0.33–0.5']);
  });

  it('document text as it is, quotes, lists and words with phrases inside', () => {
    expect(both(lit('Calibri'))).toEqual(['Calibri', 'Calibri']);
    expect(both(quote('Số: 3/KH-UBND'))).toEqual(['"Số: 3/KH-UBND"', '"Số: 3/KH-UBND"']);
    expect(both(list([word('notBold'), word('aligned', { jc: lit('both') })]))).toEqual(['không đậm, căn đều', 'not bold, aligned justified']);
    expect(both(word('marginLeft', { value: num(25.02, 'mm') }))).toEqual(['trái 25 mm', 'left 25 mm']);
    expect(both(word('combining', { code: lit('U+0301'), word: quote('kết') }))).toEqual(['dấu tổ hợp U+0301 trong "kết"', 'combining U+0301 in "kết"']);
    expect(both(word('estimate', { length: range(57.04, 66.01, 'mm') }))).toEqual(['≈ 57–66 mm (ước tính)', '≈ 57–66 mm (estimate)']);
  });

  it('an unknown word key (e.g. JSON from a newer version) prints the key', () => {
    expect(renderPhrase({ word: 'no-such-word' } as unknown as Phrase, 'vi')).toBe('no-such-word');
  });
});

describe('check texts: no language below the command line', () => {
  it('the checker takes no language and its findings hold no words (types)', () => {
    expectTypeOf<CheckOptions>().not.toHaveProperty('lang');
    expectTypeOf<Finding>().not.toHaveProperty('message');
    expectTypeOf<Finding>().not.toHaveProperty('hint');
    expectTypeOf<Finding>().not.toHaveProperty('source');
    expectTypeOf<Finding['measured']>().toEqualTypeOf<Phrase>();
    expectTypeOf<Finding['measured']>().not.toBeString();
    // @ts-expect-error -- checkDocx has no language option.
    expect(() => checkDocx(new Uint8Array(0), { measure: undefined!, lang: 'en' })).toThrow();
  });

  it('a phrase survives JSON: findings can be stored and rendered later', () => {
    const f = finding('body-indent', word('indentLeft', { left: num(1, 'cm', { digits: 2 }), first: num(2, 'cm', { digits: 2 }) }), word('indentExpected', { a: num(1, 'cm'), b: num(1.27, 'cm', { digits: 2 }) }));
    const back = JSON.parse(JSON.stringify(f)) as Finding;
    expect(renderFinding(back, 'vi')).toEqual(renderFinding(f, 'vi'));
    expect(renderFinding(back, 'vi').message).toBe('Đầu dòng lùi vào 1 cm hoặc 1,27 cm — thực tế: lề trái 1 cm, dòng đầu 2 cm; yêu cầu: 1 cm hoặc 1,27 cm, lề trái 0.');
    expect(renderFinding(back, 'en').measured).toBe('left 1 cm, first line 2 cm');
  });
});

describe('check texts: the decree\'s own wording', () => {
  it('the default templates print the national title, the motto and "Nơi nhận:" the checker looks for', () => {
    const template = (name: string) => readFileSync(path.join(ROOT, 'templates', 'default', `${name}.hbs`), 'utf8').trim();
    expect(template('national-title')).toBe(NATIONAL_TITLE);
    expect(template('motto')).toBe(MOTTO);
    expect(template('recipients-label')).toBe(RECIPIENTS_LABEL);
  });
});
