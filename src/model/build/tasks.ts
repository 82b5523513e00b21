/** Tasks: their model, and the rows of an appendix task table (from the register or the body). */
import { toRoman } from '../../decree30/numbering.js';
import { collapseSpace, parseInline } from '../../text/inline.js';
import { asList, type PlanTask, type PlanTaskGroup, type TaskField } from '../../plan/types.js';
import type { TaskModel, TaskRow } from '../types.js';
import type { TaskLabels } from './context.js';

/** A body task with the part or section it stands in (the group of its table row). */
export interface BodyTask {
  task: TaskModel;
  group?: string;
}

export function taskModel(task: PlanTask, labels: TaskLabels): TaskModel {
  const coordinating = asList(task.coordinating).map(collapseSpace);
  const model: TaskModel = {
    ...(task.id ? { id: task.id } : {}),
    content: parseInline(task.task).runs,
    lead: collapseSpace(task.lead),
    coordinating,
    ...(task.time ? { time: collapseSpace(task.time) } : {}),
    ...(task.frequency ? { frequency: collapseSpace(task.frequency) } : {}),
    ...(task.output ? { output: collapseSpace(task.output) } : {}),
    details: [],
  };
  // Inline order follows seed 002: frequency, lead, coordinating, time, output.
  const order: TaskField[] = ['frequency', 'lead', 'coordinating', 'time', 'output'];
  for (const field of order) {
    const value = field === 'coordinating' ? coordinating.join('; ') : (model[field] as string | undefined);
    if (!value) continue;
    model.details.push({ field, label: collapseSpace(task.labels?.[field] ?? labels[field]), value });
  }
  return model;
}

export function registerToRows(entries: (PlanTask | PlanTaskGroup)[], labels: TaskLabels): TaskRow[] {
  const rows: TaskRow[] = [];
  let groupNo = 0;
  let taskNo = 0;
  for (const e of entries) {
    if ('group' in e) {
      rows.push({ kind: 'group', number: toRoman(++groupNo), group: collapseSpace(e.group), ...(e.id ? { id: e.id } : {}) });
      e.tasks.forEach((task, i) => rows.push({ kind: 'task', number: String(i + 1), task: taskModel(task, labels), ...(task.id ? { id: task.id } : {}) }));
      taskNo = 0;
    } else {
      rows.push({ kind: 'task', number: String(++taskNo), task: taskModel(e, labels), ...(e.id ? { id: e.id } : {}) });
    }
  }
  return rows;
}

/** Body tasks in the appendix table, grouped by their part or section title. */
export function bodyTasksToRows(tasks: BodyTask[], existing: TaskRow[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const grouped = tasks.some((t) => t.group);
  let groupNo = existing.filter((r) => r.kind === 'group').length;
  let taskNo = grouped ? 0 : existing.filter((r) => r.kind === 'task').length;
  let current: string | undefined;
  for (const { task, group } of tasks) {
    if (grouped && group !== current) {
      current = group;
      rows.push({ kind: 'group', number: toRoman(++groupNo), group: group ?? '' });
      taskNo = 0;
    }
    rows.push({ kind: 'task', number: String(++taskNo), task, ...(task.id ? { id: task.id } : {}) });
  }
  return rows;
}
