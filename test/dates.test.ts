import { describe, expect, it } from 'vitest';
import { checkDate, DATE_PATTERN, dateParts, DRAFT_BLANK, formatDay, formatDocNumber, formatMonth, isLeapYear, parsePlanDate } from '../src/decree30/dates.js';
import { planSchema } from '../src/plan/validate.js';

describe('dates (Decree 30 leading-zero rule)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatDay(5)).toBe('05');
    expect(formatDay(10)).toBe('10');
    expect(formatMonth(1)).toBe('01');
    expect(formatMonth(2)).toBe('02');
    expect(formatMonth(3)).toBe('3');
    expect(formatMonth(8)).toBe('8');
    expect(formatMonth(12)).toBe('12');
  });
  it('formats the example of the decree', () => {
    expect(dateParts(parsePlanDate('2022-02-08'))).toEqual({ day: '08', month: '02', year: '2022' });
    expect(dateParts(parsePlanDate('2025-08-05'))).toEqual({ day: '05', month: '8', year: '2025' });
  });
  it('leaves blanks in a draft', () => {
    expect(dateParts(parsePlanDate('2025'))).toEqual({ day: DRAFT_BLANK, month: DRAFT_BLANK, year: '2025' });
    expect(dateParts(parsePlanDate('2025-07')).month).toBe('7');
  });
  it('checks the calendar', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(checkDate({ year: 2024, month: 2, day: 29 })).toBeUndefined();
    expect(checkDate({ year: 2025, month: 2, day: 29 })).toEqual({ code: 'date-invalid', days: 28 });
    expect(checkDate({ year: 2025, month: 4, day: 31 })).toEqual({ code: 'date-invalid', days: 30 });
    expect(checkDate({ year: 2025, month: 13 })).toEqual({ code: 'date-month-invalid' });
  });
  it('pads document numbers below 10', () => {
    expect(formatDocNumber(5)).toBe('05');
    expect(formatDocNumber(12)).toBe('12');
    expect(formatDocNumber(undefined)).toMatch(/^\u00a0+$/);
  });
  it('reads dates day first, as clerks write them', () => {
    expect(parsePlanDate('08/01/2026')).toEqual({ year: 2026, month: 1, day: 8 });
    expect(parsePlanDate('8/1/2026')).toEqual({ year: 2026, month: 1, day: 8 });
    expect(dateParts(parsePlanDate('8/1/2026'))).toEqual({ day: '08', month: '01', year: '2026' });
    expect(parsePlanDate('31/02/2025')).toEqual({ year: 2025, month: 2, day: 31 });
    expect(checkDate(parsePlanDate('31/02/2025')!)).toEqual({ code: 'date-invalid', days: 28 });
    expect(parsePlanDate('2026/01/08')).toBeUndefined();
  });
  it("the schema's date pattern is the calendar: it accepts exactly the days that exist, in both forms", () => {
    expect((planSchema.properties as Record<string, { pattern: string }>).date.pattern).toBe(DATE_PATTERN);
    const re = new RegExp(DATE_PATTERN, 'u');
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const year of [1900, 1999, 2000, 2023, 2024, 2025, 2026, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const exists = month >= 1 && month <= 12 && day >= 1 && !checkDate({ year, month, day });
          for (const written of [`${year}-${pad(month)}-${pad(day)}`, `${pad(day)}/${pad(month)}/${year}`, `${day}/${month}/${year}`]) {
            expect(re.test(written), written).toBe(exists);
          }
        }
        expect(re.test(`${year}-${pad(month)}`), `${year}-${pad(month)}`).toBe(month >= 1 && month <= 12);
      }
      expect(re.test(String(year))).toBe(true);
    }
  });
});
