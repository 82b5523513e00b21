/** The body tree: plan items → numbered nodes (labels assigned once, here, by plan/labels.ts's levelLabels). */
import type { NumberStyle } from '../../decree30/numbering.js';
import { levelLabels } from '../../plan/labels.js';
import { collapseSpace, parseInline } from '../../text/inline.js';
import type { PathSegment } from '../../plan/load.js';
import { asList, itemKind, type PlanItem, type PlanNode, type PlanTask } from '../../plan/types.js';
import { displayPath } from '../../plan/validate.js';
import type { BodyNode } from '../types.js';
import type { TaskLabels } from './context.js';
import { taskModel, type BodyTask } from './tasks.js';
import { upper } from './text.js';

export type BodyConverter = (items: PlanItem[], path: PathSegment[]) => BodyNode[];

/** A converter that numbers items and collects the body's tasks (for appendix tables) as it goes. */
export function bodyConverter(taskLabels: TaskLabels, bodyTasks: BodyTask[]): BodyConverter {
  const convert = (items: PlanItem[], parentStyle: NumberStyle | 'root', parentLabel: string, path: PathSegment[], group: string | undefined): BodyNode[] => {
    const labels = levelLabels(items, parentStyle, parentLabel);
    return items.map((item, i) => {
      const p = [...path, i];
      const kind = itemKind(item);
      if (kind === 'string' || kind === 'text') {
        const text = typeof item === 'string' ? [item] : asList((item as { text: string | string[] }).text);
        return { kind: 'text', label: '', paragraphs: text.map((s) => parseInline(s).runs), path: displayPath(p), children: [] };
      }
      if (kind === 'task') {
        const task = taskModel(item as PlanTask, taskLabels);
        bodyTasks.push({ task, ...(group ? { group } : {}) });
        return {
          kind: 'task',
          style: labels[i].style!,
          label: labels[i].label,
          paragraphs: [task.content],
          task,
          ...(task.id ? { id: task.id } : {}),
          path: displayPath(p),
          children: [],
        };
      }
      const node = item as PlanNode;
      const { style, label } = labels[i] as { style: NumberStyle; label: string };
      const raw = node[kind as keyof PlanNode] as string | null | undefined;
      const upperTitle = style === 'part' || style === 'section';
      // Parts, sections, clauses and sub-clauses have headings; a point or bullet's value is its first paragraph.
      const isHeading = style === 'part' || style === 'section' || style === 'clause' || style === 'subclause';
      const heading = raw && isHeading ? parseInline(upperTitle ? upper(raw) : raw).runs : undefined;
      const lead = raw && !isHeading ? [parseInline(raw).runs] : [];
      const childGroup = style === 'section' || style === 'part' ? collapseSpace(raw ?? '') : group;
      return {
        kind: style,
        style,
        label,
        ...(heading ? { heading } : {}),
        paragraphs: [...lead, ...asList(node.text).map((s) => parseInline(s).runs)],
        ...(node.id ? { id: node.id } : {}),
        path: displayPath(p),
        children: node.items ? convert(node.items, style, label, [...p, 'items'], childGroup) : [],
      };
    });
  };
  return (items, path) => convert(items, 'root', '', path, undefined);
}
