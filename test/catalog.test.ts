/** The one catalogue of texts: every entry speaks both languages, with no hole in its sentences. */
import { describe, expect, it } from 'vitest';
import { catalog, CLI, DIFF_WORDS, FIELD_NAMES, KIND_NAMES, SLOT_NAMES, TYPE_NAMES } from '../src/diagnostics/catalog/index.js';
import { renderDiagnostic, diag, pointSpan, type DiagnosticCode } from '../src/diagnostics/index.js';
import type { ChangeType, ItemKind } from '../src/diff/types.js';

const HOLE = /undefined|\[object|NaN|\$\{/;
/** Parameters of every name any entry reads, with plausible values. */
const SAMPLE = {
  key: 'summary', value: 'x', where: 'body[0]', allowed: 'a, b', suggestion: 'b', found: 'clause', about: 'trích yếu',
  types: ['string', 'array'], quoteHint: true, field: 'date', detail: 'bad', yamlCode: 'BAD_INDENT', problem: 'duplicate-items',
  missing: ['number', 'date'], what: 'depth', limit: 7, size: 3, offset: 4, encoding: 'TCVN3', sample: 'Céng', month: 2, year: 2025, days: 28,
  authority: 'KT', head: 'CHỦ TỊCH', title: 'Chủ tịch', id: 'a', firstLine: 3, label: 'Phụ lục', marker: '**', codepoint: '0007',
  source: 'register', dir: 'mau', name: 'closing.hbs', reason: 'EACCES',
  width: 20000, height: 20000, side: 8000, pixels: 4000000, kind: 'fifo', type: 'png', link: true, rendered: true,
};

describe('catalogue', () => {
  it('renders every diagnostic in Vietnamese and English, message and hint', () => {
    for (const code of Object.keys(catalog) as DiagnosticCode[]) {
      for (const lang of ['vi', 'en'] as const) {
        const r = renderDiagnostic(diag(code, SAMPLE, pointSpan('p.yaml', 1, 1)), lang);
        expect(r.message, `${code} ${lang}`).not.toMatch(HOLE);
        expect(r.message.length, `${code} ${lang}`).toBeGreaterThan(5);
        if (r.hint) expect(r.hint, `${code} ${lang}`).not.toMatch(HOLE);
      }
    }
  });
  it('has the command-line words in both languages', () => {
    for (const [k, t] of Object.entries(CLI)) {
      for (const lang of ['vi', 'en'] as const) expect(t[lang]({ ...SAMPLE, count: 2, files: 3, failed: 1, errors: 1, warnings: 0, output: 'a.yaml', from: 'b.yaml', changes: 4, old: 2025, level: 'xa' }), k).not.toMatch(HOLE);
    }
    expect(CLI.summary.en({ mode: 'write', files: 1, ok: 1, failed: 0, errors: 1, warnings: 2 })).toBe('1 file: 1 built, 0 failed; 1 error, 2 warnings');
    expect(CLI.summary.en({ mode: 'check', files: 3, ok: 1, stale: 1, failed: 1, errors: 0, warnings: 1 })).toBe('3 files: 1 up to date, 1 stale, 1 failed; 0 errors, 1 warning');
    expect(CLI.summary.vi({ mode: 'check', files: 3, ok: 1, stale: 1, failed: 1, errors: 0, warnings: 1 })).toBe('3 tệp: 1 khớp, 1 cũ, 1 không dựng được; 0 lỗi, 1 cảnh báo');
  });
  it('names every diff item kind, slot, field and change type', () => {
    const kinds: ItemKind[] = ['header', 'ground', 'opening', 'part', 'section', 'clause', 'subclause', 'point', 'bullet', 'text', 'task', 'closing', 'signature', 'recipient', 'archive', 'appendix', 'row', 'group'];
    const types: ChangeType[] = ['added', 'removed', 'modified', 'moved', 'year'];
    for (const k of kinds) expect(KIND_NAMES[k]?.vi && KIND_NAMES[k]?.en, k).toBeTruthy();
    for (const t of types) expect(TYPE_NAMES[t]?.vi && TYPE_NAMES[t]?.en, t).toBeTruthy();
    for (const table of [SLOT_NAMES, FIELD_NAMES]) for (const [k, v] of Object.entries(table)) expect(v.vi && v.en, k).toBeTruthy();
    expect(Object.keys(DIFF_WORDS.vi).sort()).toEqual(Object.keys(DIFF_WORDS.en).sort());
  });
});
