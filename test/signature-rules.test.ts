/** The signature rules of decree30/signature.ts: one definition for plans and for printed blocks. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/diagnostics/catalog/index.js';
import { SIGNATURE_RULES, signatureFactsFromLines, signatureFindings } from '../src/decree30/signature.js';

const UBND = ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'];
const rules = (...args: Parameters<typeof signatureFindings>) => signatureFindings(...args).map((f) => f.rule);

describe('signature rules (Nghị định 30, Điều 13; Phụ lục I, Mục II, khoản 7)', () => {
  it('accepts the blocks the decree describes', () => {
    expect(rules({ authority: 'TM', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', issuer: UBND })).toEqual([]);
    expect(rules({ authority: 'KT', collective: 'Ủy ban nhân dân', head: 'Chủ tịch', title: 'Phó Chủ tịch', issuer: UBND })).toEqual([]);
    expect(rules({ authority: 'KT', head: 'Giám đốc', title: 'Phó Giám đốc', issuer: ['SỞ NỘI VỤ'] })).toEqual([]);
  });
  it('TM signed by a deputy, and KT of a collective body without TM', () => {
    expect(rules({ authority: 'TM', collective: 'Ủy ban nhân dân', head: 'Chủ tịch', title: 'Phó Chủ tịch', issuer: UBND })).toEqual(['signature-tm-deputy']);
    expect(rules({ authority: 'KT', head: 'Chủ tịch', title: 'Phó Chủ tịch', issuer: UBND })).toEqual(['signature-kt-without-tm']);
    expect(rules({ authority: 'Q', head: 'Chủ tịch', title: 'Phó Chủ tịch', issuer: ['UBND TỈNH QUẢNG TRỊ'] })).toEqual(['signature-kt-without-tm']);
    expect(rules({ authority: 'TM', collective: 'Ủy ban nhân dân', head: 'Chủ tịch', title: 'Chủ tịch', issuer: UBND })).toEqual(['signature-head-unused']);
  });
  it('reads the same facts from the printed lines (for the checker)', () => {
    const printed = (lines: string[]) => signatureFindings(signatureFactsFromLines(lines, UBND)).map((f) => f.rule);
    expect(printed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toEqual([]);
    expect(printed(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])).toEqual([]);
    expect(printed(['TM. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'])).toEqual(['signature-tm-deputy']);
    expect(printed(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toEqual(['signature-kt-without-tm']);
  });
  it('every rule has a catalogue entry of the same severity', () => {
    for (const [rule, { severity }] of Object.entries(SIGNATURE_RULES)) expect(catalog[rule as keyof typeof catalog]?.severity, rule).toBe(severity);
  });
});
