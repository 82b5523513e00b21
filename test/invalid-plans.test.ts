import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile, ROOT, shown } from './helpers.js';

const dir = path.join(ROOT, 'test', 'fixtures', 'invalid');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, [string, number, number][]>;

describe('invalid plans: code, line and column', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  it('has an expectation for every fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(expected).sort()).toEqual(files);
  });
  for (const f of files) {
    it(f, () => {
      const r = compileFile(path.join(dir, f));
      expect(r.value).toBeUndefined();
      const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.start.line, d.span.start.column]);
      expect(errors.sort()).toEqual([...expected[f]].sort());
      for (const lang of ['vi', 'en'] as const) {
        for (const d of r.diagnostics.map((x) => shown(x, lang))) {
          expect(d.file).toContain(f);
          expect(d.message.length).toBeGreaterThan(5);
          expect(d.message).not.toMatch(/undefined|\[object/);
          expect(d.hint, `${d.code} has a hint`).toBeTruthy();
        }
      }
    });
  }
  it('speaks English with --lang en', () => {
    const r = compileFile(path.join(dir, '06-date-not-on-calendar.yaml'));
    expect(shown(r.diagnostics[0], 'en').message).toBe('The date "2026-02-30" does not exist.');
    expect(shown(r.diagnostics[0], 'vi').message).toBe('Ngày "2026-02-30" không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày.');
  });
});
