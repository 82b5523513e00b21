/**
 * Warnings about how a plan lays out what it says: grounds written as an opening paragraph, an
 * archive line without its drafting unit (the same rule `check` applies to any DOCX), a run-in
 * heading without a heading. Runs on schema-valid plans; never an error.
 */
import { ARCHIVE_WITHOUT_UNIT, archiveWithoutUnit } from '../decree30/archive.js';
import { groundsIn } from '../decree30/wording.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { PathSegment, SourceMap } from './load.js';
import { asList, itemKind, type Plan, type PlanItem, type PlanNode } from './types.js';
import { displayPath } from './validate.js';

export function checkLayout(plan: Plan, source: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: Parameters<typeof diag>[0], params: Parameters<typeof diag>[1], path: PathSegment[], on: 'key' | 'value' = 'value', severity?: Diagnostic['severity']) =>
    out.push(diag(code, params, source.locate(path, on), { path: displayPath(path), ...(severity ? { severity } : {}) }));

  // Grounds typed as an opening paragraph (example 002 did): they would print upright.
  const opening = asList(plan.opening);
  opening.forEach((p, i) => {
    const count = groundsIn(p);
    if (count) push('opening-grounds', { paragraph: i + 1, count }, Array.isArray(plan.opening) ? ['opening', i] : ['opening']);
  });

  // "- Lưu: VT." without the drafting unit: what `check` warns about in a DOCX.
  if (plan.archive && archiveWithoutUnit(asList(plan.archive.units))) push('archive-unit-missing', {}, ['archive'], 'value', ARCHIVE_WITHOUT_UNIT);

  // A run-in heading needs a heading to run in.
  const walk = (items: PlanItem[], path: PathSegment[]) =>
    items.forEach((item, i) => {
      const kind = itemKind(item);
      if (typeof item !== 'object' || kind === 'task' || kind === 'text' || kind === 'string') return;
      const node = item as PlanNode;
      if (node.runIn && !node[kind as 'clause']) push('run-in-no-heading', { kind }, [...path, i, 'runIn'], 'key');
      if (node.items) walk(node.items, [...path, i, 'items']);
    });
  walk(plan.body, ['body']);
  (plan.appendices ?? []).forEach((a, i) => a.items && walk(a.items, ['appendices', i, 'items']));
  return out;
}
