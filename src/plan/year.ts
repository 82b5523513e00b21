/** The year a plan is for: from its date, else from "năm 2025" in its summary. */
import { parsePlanDate } from '../decree30/dates.js';
import { asList, type Plan } from './types.js';

export function planYear(plan: Pick<Plan, 'date' | 'summary'>): number | undefined {
  const d = plan.date ? parsePlanDate(plan.date) : undefined;
  if (d) return d.year;
  const m = /năm (\d{4})/.exec(asList(plan.summary).join(' '));
  return m ? Number(m[1]) : undefined;
}
