import { describe, expect, it } from 'vitest';
import { parseInline } from '../src/text/inline.js';
import { endWithSlashDot, issuerFullName } from '../src/model/build/index.js';

describe('inline syntax', () => {
  it('parses bold, italic and both', () => {
    expect(parseInline('a **b** *c* ***d***').runs).toEqual([
      { text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italic: true }, { text: ' ' }, { text: 'd', bold: true, italic: true },
    ]);
  });
  it('turns straight quotes into typographic quotes', () => {
    expect(parseInline('thực hiện "một cửa" và "một cửa liên thông"').runs[0].text).toBe('thực hiện “một cửa” và “một cửa liên thông”');
  });
  it('prints escaped and unclosed markers literally', () => {
    expect(parseInline('5 \\* 3').runs).toEqual([{ text: '5 * 3' }]);
    const r = parseInline('a **b');
    expect(r.runs).toEqual([{ text: 'a **b' }]);
    expect(r.unclosed).toEqual(['**']);
  });
  it('never evaluates Handlebars in plan text', () => {
    expect(parseInline('{{issuer}} {{#each x}}').runs[0].text).toBe('{{issuer}} {{#each x}}');
  });
  it('collapses whitespace and line breaks', () => {
    expect(parseInline('  a\n   b\tc  ').runs[0].text).toBe('a b c');
  });
});

describe('closing and names', () => {
  it('ends the body with ./.', () => {
    expect(endWithSlashDot('triển khai thực hiện.')).toBe('triển khai thực hiện./.');
    expect(endWithSlashDot('triển khai thực hiện')).toBe('triển khai thực hiện./.');
    expect(endWithSlashDot('triển khai thực hiện./.')).toBe('triển khai thực hiện./.');
  });
  it('derives the issuer name used in sentences', () => {
    expect(issuerFullName(['ỦY BAN NHÂN DÂN', 'XÃ SƠN MAI'])).toBe('Ủy ban nhân dân xã Sơn Mai');
    expect(issuerFullName(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'])).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
    expect(issuerFullName(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRƯƠNG QUANG TRỌNG'])).toBe('Ủy ban nhân dân phường Trương Quang Trọng');
  });
});
