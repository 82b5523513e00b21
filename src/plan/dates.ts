/** The plan's date on the calendar: one rule for the schema stage and the semantic stage. */
import type { Params } from '../diagnostics/index.js';
import { checkDate, dateForm, parsePlanDate } from '../decree30/dates.js';

export interface DateProblem {
  code: 'date-invalid' | 'date-month-invalid';
  params: Params;
}

/** What is wrong with a date written in a known form ("31/02/2025", "2025-13"), if anything. */
export function dateProblem(value: string): DateProblem | undefined {
  const d = parsePlanDate(value);
  const problem = d && checkDate(d);
  if (!d || !problem) return undefined;
  const form = dateForm(value) ?? 'iso';
  if (problem.code === 'date-invalid') return { code: 'date-invalid', params: { value, day: d.day, month: d.month, year: d.year, days: problem.days, form } };
  return { code: 'date-month-invalid', params: { value, month: d.month, form } };
}
