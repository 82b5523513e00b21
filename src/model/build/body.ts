/** The body tree: plan items → numbered nodes (labels assigned once, here, by plan/labels.ts's levelLabels). */
import { partLabelOwnLine, type NumberStyle } from '../../decree30/numbering.js';
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

/**
 * A converter that numbers items and collects the body's tasks (for appendix tables) as it goes.
 * `partLabel` prints the n-th part's label ("A.", "Phần I", "PHẦN I."): a label that does not end
 * in "." or ")" stands on its own centred line, its title centred below it.
 */
export function bodyConverter(taskLabels: TaskLabels, bodyTasks: BodyTask[], partLabel?: (n: number) => string): BodyConverter {
  const convert = (items: PlanItem[], parentStyle: NumberStyle | 'root', parentLabel: string, path: PathSegment[], group: string | undefined): BodyNode[] => {
    const labels = levelLabels(items, parentStyle, parentLabel);
    let parts = 0;
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
      const { style } = labels[i] as { style: NumberStyle; label: string };
      let { label } = labels[i];
      if (style === 'part' && partLabel) label = partLabel(++parts);
      const raw = node[kind as keyof PlanNode] as string | null | undefined;
      const upperTitle = style === 'part' || style === 'section';
      // A run-in heading: a titled clause, sub-clause or point printed "3. Đối tượng: …" on one line.
      const runIn = !!node.runIn && !!raw && (style === 'clause' || style === 'subclause' || style === 'point');
      const ownLine = style === 'part' && partLabelOwnLine(label);
      // Parts, sections, clauses and sub-clauses have headings; a point or bullet's value is its first paragraph.
      const isHeading = style === 'part' || style === 'section' || style === 'clause' || style === 'subclause' || runIn;
      const heading = raw && isHeading ? parseInline(upperTitle ? upper(raw) : raw).runs : undefined;
      const lead = raw && !isHeading ? [parseInline(raw).runs] : [];
      const childGroup = style === 'section' || style === 'part' ? collapseSpace(raw ?? '') : group;
      return {
        kind: style,
        style,
        label,
        ...(heading ? { heading } : {}),
        ...(runIn ? { runIn } : {}),
        ...(ownLine ? { ownLine } : {}),
        paragraphs: [...lead, ...asList(node.text).map((s) => parseInline(s).runs)],
        ...(node.id ? { id: node.id } : {}),
        path: displayPath(p),
        children: node.items ? convert(node.items, style, label, [...p, 'items'], childGroup) : [],
      };
    });
  };
  return (items, path) => convert(items, 'root', '', path, undefined);
}
