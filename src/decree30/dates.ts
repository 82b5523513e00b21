/** Calendar and Decree-30 date formatting ("ngày 05 tháng 8 năm 2025"). */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * A plan's date as clerks write it: ISO "2026-01-08" (drafts "2026", "2026-01"), or day first as in
 * Vietnamese, "08/01/2026" or "8/1/2026". The parts are returned even when the day is not on the
 * calendar ("31/02/2025"): `checkDate` says what is wrong. Anything else is not a date.
 */
export function parsePlanDate(value: string): PartialDate | undefined {
  const v = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (iso) {
    const d: PartialDate = { year: Number(iso[1]) };
    if (iso[2] !== undefined) d.month = Number(iso[2]);
    if (iso[3] !== undefined) d.day = Number(iso[3]);
    return d;
  }
  const dmy = DAY_FIRST.exec(v);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
  return undefined;
}

/** "08/01/2026", "8/1/2026": day, month, year (Vietnamese order). */
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Which written form a date uses: the hints and messages quote the clerk's own form. */
export function dateForm(value: string): 'iso' | 'day-first' | undefined {
  const v = value.trim();
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)) return 'iso';
  if (DAY_FIRST.test(v)) return 'day-first';
  return undefined;
}

/**
 * The schema's pattern for `date`: the forms above, and only days that exist (30 days in April,
 * 28 in February except in leap years), so an editor marks "31/02/2025" as it is typed. The CLI
 * reports an impossible date with its own words (date-invalid), not as a pattern error.
 */
export const DATE_PATTERN = (() => {
  const y = '[0-9]{4}';
  const leap = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
  const iso = [
    `${y}`,
    `${y}-(?:0[1-9]|1[0-2])`,
    `${y}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))`,
    `${leap}-02-29`,
  ];
  const dmy = [
    `(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[13578]|1[02])/${y}`,
    `(?:0?[1-9]|[12][0-9]|30)/(?:0?[469]|11)/${y}`,
    `(?:0?[1-9]|1[0-9]|2[0-8])/0?2/${y}`,
    `29/0?2/${leap}`,
  ];
  return `^(?:${[...iso, ...dmy].join('|')})$`;
})();

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
