import { describe, expect, it } from 'vitest';
import { childStyle, labelFor, partLetter, toRoman, vietnameseLetter, VIETNAMESE_LETTERS } from '../src/decree30/numbering.js';

describe('numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 14, 40, 90, 400, 1994].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV']);
    expect(() => toRoman(0)).toThrow();
  });
  it('uses the Vietnamese alphabet for points: đ after d, no f j w z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i + 1));
    expect(letters.slice(0, 7)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
    expect(letters.join('')).toBe('abcdđeghiklmnopqrstuvxy');
    for (const bad of ['f', 'j', 'w', 'z']) expect(letters).not.toContain(bad);
    expect(VIETNAMESE_LETTERS).toHaveLength(23);
    expect(vietnameseLetter(24)).toBe('aa');
  });
  it('letters parts A., B., … E. as seed 002 does', () => {
    expect([1, 2, 3, 4, 5, 6].map(partLetter)).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
  });
  it('labels every level', () => {
    expect(labelFor('part', 2)).toBe('B.');
    expect(labelFor('section', 3)).toBe('III.');
    expect(labelFor('clause', 10)).toBe('10.');
    expect(labelFor('subclause', 2, '3.')).toBe('3.2.');
    expect(labelFor('point', 5)).toBe('đ)');
    expect(labelFor('bullet', 7)).toBe('-');
    expect(labelFor('subbullet', 1)).toBe('+');
  });
  it('numbers a task like the next level below its parent', () => {
    expect(childStyle('section')).toBe('clause');
    expect(childStyle('part')).toBe('clause');
    expect(childStyle('clause')).toBe('point');
    expect(childStyle('point')).toBe('bullet');
    expect(childStyle('bullet')).toBe('subbullet');
  });
});
