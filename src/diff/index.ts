/**
 * Comparing two plans on the document model. Pure: two DocumentModels in, a DiffResult out
 * (see types.ts and docs/diff.md). Formatters and the DOCX redline read the result or the
 * fuller Comparison.
 */
import type { DocumentModel } from '../model/types.js';
import { contextOf, flattenModel, primaryText, SLOT_KINDS, type DiffItem, type Flattened } from './items.js';
import { matchItems, type Matching } from './match.js';
import { stripLabel } from './normalize.js';
import {
  DIFF_FORMAT,
  DIFF_FORMAT_VERSION,
  type Change,
  type DiffOptions,
  type DiffResult,
  type FieldChange,
  type Location,
} from './types.js';
import { hideYearShifts, onlyYearShifts, wordDiff, type Years } from './words.js';

export type { Change, DiffOptions, DiffResult, FieldChange, ItemKind, Segment } from './types.js';
export { DIFF_FORMAT, DIFF_FORMAT_VERSION } from './types.js';

/** How a matched new item compares with its old counterpart. */
export type PairStatus = 'same' | 'renumbered' | 'year' | 'modified';

export interface Comparison {
  old: Flattened;
  new: Flattened;
  matching: Matching;
  years: Years;
  /** Status of every matched new item. */
  status: Map<DiffItem, PairStatus>;
  options: DiffOptions;
  result: DiffResult;
}

export function location(item: DiffItem): Location {
  return { label: item.label, path: item.path, context: contextOf(item), position: item.index };
}

const UPPER_HEADINGS = new Set(['part', 'section']);

/**
 * Whether two values of a field differ only by numbering: a numbering label typed at the start
 * ("1. ", "a) ", "- "), or, for a heading that changed level, the capitals parts and sections
 * are printed in.
 */
export function sameButNumbering(name: string, a: string | undefined, b: string | undefined, oldKind: string, newKind: string): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  let x = stripLabel(a);
  let y = stripLabel(b);
  if (name === 'heading' && oldKind !== newKind && (UPPER_HEADINGS.has(oldKind) || UPPER_HEADINGS.has(newKind))) {
    x = x.toLocaleLowerCase('vi');
    y = y.toLocaleLowerCase('vi');
  }
  return x === y;
}

/** Field-by-field comparison of a matched pair; `segments` only where both sides have the field. */
function compareFields(o: DiffItem, n: DiffItem): FieldChange[] {
  const names = [...new Set([...n.fields.map((f) => f.name), ...o.fields.map((f) => f.name)])];
  const out: FieldChange[] = [];
  for (const name of names) {
    const a = o.fields.find((f) => f.name === name)?.value;
    const b = n.fields.find((f) => f.name === name)?.value;
    if (sameButNumbering(name, a, b, o.kind, n.kind)) continue;
    const change: FieldChange = { name, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}) };
    if (a !== undefined && b !== undefined) change.segments = wordDiff(a, b);
    out.push(change);
  }
  return out;
}

const isYearOnly = (fields: FieldChange[], years: Years) =>
  fields.length > 0 && fields.every((f) => f.segments !== undefined && onlyYearShifts(f.segments, years));

/** Hide year shifts inside edits (unless shown); fields left without a visible edit are dropped. */
function visibleFields(fields: FieldChange[], years: Years, show: boolean): FieldChange[] {
  if (show) return fields;
  const out: FieldChange[] = [];
  for (const f of fields) {
    if (!f.segments) {
      out.push(f);
      continue;
    }
    const segments = hideYearShifts(f.segments, years);
    if (segments.some((s) => s.op !== 'equal')) out.push({ ...f, segments });
  }
  return out;
}

const allFields = (item: DiffItem, side: 'old' | 'new'): FieldChange[] => item.fields.map((f) => ({ name: f.name, [side]: f.value }));

/** An added (or removed) item with its unmatched sub-items nested. */
function subtreeChange(item: DiffItem, type: 'added' | 'removed', matched: ReadonlyMap<DiffItem, DiffItem>): Change {
  const side = type === 'added' ? 'new' : 'old';
  const children = item.children.filter((c) => !matched.has(c)).map((c) => subtreeChange(c, type, matched));
  return {
    type,
    kind: item.kind,
    ...(item.slot ? { slot: item.slot } : {}),
    ...(item.id ? { id: item.id } : {}),
    text: primaryText(item),
    [side]: location(item),
    fields: allFields(item, side),
    ...(children.length ? { children } : {}),
  };
}

/** Compare two document models; the plan years come from `model.meta.year`. */
export function compareModels(oldModel: DocumentModel, newModel: DocumentModel, options: DiffOptions = {}): Comparison {
  const years: Years = { old: oldModel.meta.year, new: newModel.meta.year };
  const show = !!options.showYearChanges;
  const oldF = flattenModel(oldModel);
  const newF = flattenModel(newModel);
  const matching = matchItems(oldF, newF, years);
  const { oldToNew, newToOld, moved } = matching;
  const status = new Map<DiffItem, PairStatus>();

  type Keyed = { change: Change; key: [number, number, number] };
  const keyed: Keyed[] = [];
  const yearChanges: Change[] = [];
  let renumbered = 0;
  let yearCount = 0;

  for (const n of newF.items) {
    const o = newToOld.get(n);
    if (!o) {
      // Sub-items of an added item are listed inside it.
      if (n.parent && !newToOld.has(n.parent)) continue;
      keyed.push({ change: subtreeChange(n, 'added', newToOld), key: [n.index, 0, 0] });
      continue;
    }
    const fields = compareFields(o, n);
    const kindChanged = o.kind !== n.kind;
    const isMoved = moved.has(n);
    const base = {
      kind: n.kind,
      ...(n.slot ? { slot: n.slot } : {}),
      ...(n.id ?? o.id ? { id: (n.id ?? o.id)! } : {}),
      text: primaryText(n) || primaryText(o),
      old: location(o),
      new: location(n),
    };
    // Same content: a different label, kind (numbering style) or typed number is only numbering.
    if (fields.length === 0) {
      const numbering = o.label !== n.label || kindChanged || o.fields.some((f, i) => f.value !== n.fields[i]?.value);
      status.set(n, numbering ? 'renumbered' : 'same');
      if (isMoved) keyed.push({ change: { type: 'moved', ...base, fields: [] }, key: [n.index, 0, 0] });
      else if (numbering) renumbered++;
      continue;
    }
    // A fixed slot that was empty (or is now empty) reads as added (or removed).
    if (SLOT_KINDS.has(n.kind) && (o.fields.length === 0 || n.fields.length === 0)) {
      status.set(n, 'modified');
      const type = o.fields.length === 0 ? 'added' : 'removed';
      keyed.push({ change: { type, ...base, fields }, key: [n.index, 0, 0] });
      continue;
    }
    if (isYearOnly(fields, years)) {
      status.set(n, 'year');
      const change: Change = { type: isMoved ? 'moved' : 'year', ...base, fields: show ? fields : [] };
      if (isMoved) keyed.push({ change, key: [n.index, 0, 0] });
      else {
        yearCount++;
        if (show) yearChanges.push(change);
      }
      continue;
    }
    status.set(n, 'modified');
    keyed.push({
      change: {
        type: 'modified',
        ...base,
        ...(isMoved ? { moved: true } : {}),
        ...(kindChanged ? { oldKind: o.kind } : {}),
        fields: visibleFields(fields, years, show),
      },
      key: [n.index, 0, 0],
    });
  }

  // Removed items stand after the nearest earlier old item that kept its place.
  for (const o of oldF.items) {
    if (oldToNew.has(o)) continue;
    if (o.parent && !oldToNew.has(o.parent)) continue;
    let anchor = -1;
    for (let i = o.index - 1; i >= 0; i--) {
      const counterpart = oldToNew.get(oldF.items[i]);
      if (counterpart && !moved.has(counterpart)) {
        anchor = counterpart.index;
        break;
      }
    }
    keyed.push({ change: subtreeChange(o, 'removed', oldToNew), key: [anchor, 1, o.index] });
  }
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  const changes = keyed.map((k) => k.change);

  const count = (t: Change['type']) => changes.filter((c) => c.type === t).length;
  const year = yearCount > 0 && years.old !== undefined && years.new !== undefined
    ? { from: years.old, to: years.new, count: yearCount, shown: show, changes: yearChanges }
    : null;
  const result: DiffResult = {
    format: DIFF_FORMAT,
    version: DIFF_FORMAT_VERSION,
    old: { file: options.oldFile ?? '', title: oldModel.title.summary, ...(years.old !== undefined ? { year: years.old } : {}) },
    new: { file: options.newFile ?? '', title: newModel.title.summary, ...(years.new !== undefined ? { year: years.new } : {}) },
    summary: {
      added: count('added'),
      removed: count('removed'),
      modified: count('modified'),
      moved: changes.filter((c) => c.type === 'moved' || c.moved).length,
      renumbered,
      yearUpdated: yearCount,
      total: changes.length + (year ? 1 : 0),
    },
    year,
    changes,
  };
  return { old: oldF, new: newF, matching, years, status, options, result };
}

/** Compare two document models. */
export function diffModels(oldModel: DocumentModel, newModel: DocumentModel, options: DiffOptions = {}): DiffResult {
  return compareModels(oldModel, newModel, options).result;
}

/** Exit status of `cchc-plan diff`: 0 when nothing changed, 1 when something did. */
export function hasChanges(result: DiffResult): boolean {
  return result.summary.total > 0;
}
