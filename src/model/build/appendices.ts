/** Appendices: label, title, reference line, body and the task table. */
import { toRoman } from '../../decree30/numbering.js';
import { mmToPt, textWidthMm, type Measures } from '../../decree30/measures.js';
import type { TextMeasurer } from '../../text/metrics.js';
import { collapseSpace } from '../../text/inline.js';
import type { Plan } from '../../plan/types.js';
import type { AppendixModel, TableModel, TaskRow } from '../types.js';
import type { BodyConverter } from './body.js';
import type { TaskLabels, Wording } from './context.js';
import { bodyTasksToRows, registerToRows, type BodyTask } from './tasks.js';
import { balanceLines, upper } from './text.js';

export function appendicesModel(plan: Plan, t: Wording, measures: Measures, measure: TextMeasurer, labels: TaskLabels, convert: BodyConverter, bodyTasks: BodyTask[]): AppendixModel[] {
  const count = plan.appendices?.length ?? 0;
  return (plan.appendices ?? []).map((a, i) => {
    const roman = count > 1 ? toRoman(i + 1) : '';
    const spec = a.table;
    let table: TableModel | undefined;
    if (spec) {
      const source = spec.source ?? 'all';
      const rows: TaskRow[] = [];
      if (source !== 'body') rows.push(...registerToRows(plan.tasks ?? [], labels));
      if (source !== 'register') rows.push(...bodyTasksToRows(bodyTasks, rows));
      const columns = (spec.columns ?? ['stt', 'content', 'lead', 'coordinating', 'time']).map((key) => ({
        key,
        header: collapseSpace(spec.headers?.[key] ?? t(`column-${key}` as const)),
        weight: measures.table.columnWeights[key],
      }));
      table = { columns, rows };
    }
    const orientation = a.orientation ?? (spec ? 'landscape' : 'portrait');
    const title = upper(collapseSpace(a.title));
    return {
      label: t('appendix-label', { roman }),
      title,
      // Balanced lines: the last words ("NĂM 2023") never wrap alone onto a line.
      titleLines: balanceLines(title, mmToPt(textWidthMm(measures, orientation)), (s) => measure.width(s, measures.size.appendixTitle, { bold: true })),
      reference: t('appendix-reference'),
      orientation,
      body: a.items ? convert(a.items, ['appendices', i, 'items']) : [],
      ...(table ? { table } : {}),
    };
  });
}
