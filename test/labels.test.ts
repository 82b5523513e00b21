import { describe, expect, it } from 'vitest';
import { levelLabels, sameLabel, typedLabel } from '../src/plan/labels.js';

describe('typed labels', () => {
  it('recognises the labels clerks type', () => {
    const cases: [string, string, string][] = [
      ['1. Mục đích', '1.', '1'], ['1) Mục đích', '1)', '1'], ['1.1. Tiêu đề', '1.1.', '1.1'], ['1.1 Tiêu đề', '1.1', '1.1'],
      ['II. NỘI DUNG', 'II.', 'II'], ['A. MỤC TIÊU', 'A.', 'A'], ['a) Nội dung', 'a)', 'a'], ['đ) Nội dung', 'đ)', 'đ'],
      ['a. Nội dung', 'a.', 'a'], ['- Nội dung', '-', '-'], ['+ Nội dung', '+', '+'], ['• Nội dung', '•', '-'],
    ];
    for (const [text, label, core] of cases) expect(typedLabel(text), text).toMatchObject({ label, core });
  });
  it('leaves text that only starts with a number or a dash', () => {
    for (const text of ['1.000 lượt tiếp cận', '2025 là năm', '50% hồ sơ', 'Ủy ban nhân dân', '– gạch ngang', '12/KH-UBND', 'a&b', 'Tuyên truyền']) {
      expect(typedLabel(text), text).toBeUndefined();
    }
  });
  it('compares a typed label with the assigned one ("." and ")" alike)', () => {
    expect(sameLabel(typedLabel('a. x')!, 'a)')).toBe(true);
    expect(sameLabel(typedLabel('1) x')!, '1.')).toBe(true);
    expect(sameLabel(typedLabel('• x')!, '-')).toBe(true);
    expect(sameLabel(typedLabel('+ x')!, '-')).toBe(false);
    expect(sameLabel(typedLabel('3. x')!, '2.')).toBe(false);
  });
  it('numbers a list as the document does: per kind, tasks as the level below, bullets in bullets as "+"', () => {
    expect(levelLabels([{ clause: 'a' }, 'đoạn', { task: 't', lead: 'l' }, { point: 'p' }], 'section', 'I.').map((l) => l.label)).toEqual(['1.', '', '2.', 'a)']);
    expect(levelLabels([{ bullet: 'a' }, { bullet: 'b' }], 'bullet', '-').map((l) => l.label)).toEqual(['+', '+']);
    expect(levelLabels([{ subclause: 'a' }, { subclause: 'b' }], 'clause', '2.').map((l) => l.label)).toEqual(['2.1.', '2.2.']);
  });
});
