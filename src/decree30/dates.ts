/** Calendar and Decree-30 date formatting ("ngày 05 tháng 8 năm 2025"). */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function parsePlanDate(value: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const d: PartialDate = { year: Number(m[1]) };
  if (m[2] !== undefined) d.month = Number(m[2]);
  if (m[3] !== undefined) d.day = Number(m[3]);
  return d;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Problems with a partial date, as codes the semantic stage turns into diagnostics. */
export function checkDate(d: PartialDate): { code: 'date-month-invalid' } | { code: 'date-invalid'; days: number } | undefined {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return { code: 'date-month-invalid' };
  if (d.day !== undefined && d.month !== undefined) {
    const days = daysInMonth(d.year, d.month);
    if (d.day < 1 || d.day > days) return { code: 'date-invalid', days };
  }
  return undefined;
}

/** Days below 10 get a leading zero. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Months 1 and 2 get a leading zero ("tháng 01", "tháng 02"); others do not ("tháng 8", "tháng 12"). */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Blank left for the registry clerk in a draft. */
export const DRAFT_BLANK = '\u00a0\u00a0\u00a0\u00a0\u00a0';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function dateParts(d: PartialDate | undefined): DateParts {
  return {
    day: d?.day !== undefined ? formatDay(d.day) : DRAFT_BLANK,
    month: d?.month !== undefined ? formatMonth(d.month) : DRAFT_BLANK,
    year: d ? String(d.year) : DRAFT_BLANK,
  };
}

/** Numbers below 10 get a leading zero ("05"); a draft leaves a blank. */
export function formatDocNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return DRAFT_BLANK + DRAFT_BLANK;
  return n < 10 ? `0${n}` : String(n);
}

/** ISO date (UTC midnight) of a complete date, for document metadata. */
export function isoDate(d: PartialDate | undefined): string | undefined {
  if (!d || d.month === undefined || d.day === undefined) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}T00:00:00Z`;
}
