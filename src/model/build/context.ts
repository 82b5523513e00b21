/** What every part of the model builder shares: the plan's wording renderer and task labels. */
import type { TaskField } from '../../plan/types.js';
import type { TemplateData, TemplateName } from '../templates.js';

/** Render a template with the plan's common data, plus `extra`. */
export type Wording = (name: TemplateName, extra?: TemplateData) => string;

export type TaskLabels = Record<TaskField, string>;

export function taskLabels(t: Wording): TaskLabels {
  return {
    lead: t('task-label-lead'),
    coordinating: t('task-label-coordinating'),
    time: t('task-label-time'),
    frequency: t('task-label-frequency'),
    output: t('task-label-output'),
  };
}
