/**
 * A document model flattened into comparable items, in document order: header fields, grounds,
 * opening, body nodes (a tree), closing, signature, recipients, appendices with their bodies and
 * table rows. Each item keeps its source object so the redline can rebuild the document.
 */
import { runsText } from '../text/inline.js';
import type { AppendixModel, BodyNode, DocumentModel, Run, TaskModel, TaskRow } from '../model/types.js';
import { clean } from './normalize.js';
import type { ItemKind } from './types.js';

export interface ItemField {
  name: string;
  value: string;
}

export interface DiffItem {
  /** Position in document order. */
  index: number;
  kind: ItemKind;
  /** Fixed slot of a header, signature or archive item ("summary", "name"…): such items pair by slot. */
  slot?: string;
  label: string;
  id?: string;
  path: string;
  fields: ItemField[];
  /** Enclosing item (a body node, or an appendix). */
  parent?: DiffItem;
  /** For items without a parent: the list they belong to ("body", "grounds", "recipients", "appendices"…). */
  container: string;
  children: DiffItem[];
  /** Source objects, for the redline. */
  node?: BodyNode;
  row?: TaskRow;
  appendix?: AppendixModel;
  runs?: Run[];
}

export interface Flattened {
  items: DiffItem[];
  /** Body-node items by their task, so appendix rows derived from body tasks can follow them. */
  byTask: Map<TaskModel, DiffItem>;
  /** Body nodes by identity. */
  byNode: Map<BodyNode, DiffItem>;
  /** Appendix items, in order. */
  appendices: DiffItem[];
}

export const SLOT_KINDS: ReadonlySet<ItemKind> = new Set(['header', 'signature', 'archive']);

const text = (runs: Run[]) => clean(runsText(runs));
const recipientText = (line: string) => clean(line).replace(/^-\s*/, '').replace(/[;.]\s*$/, '');

/** The item's identifying text: heading, text or task content. */
export function primaryText(item: DiffItem): string {
  const f = item.fields;
  return (f.find((x) => x.name === 'heading') ?? f.find((x) => x.name === 'content') ?? f.find((x) => x.name === 'title') ?? f[0])?.value ?? '';
}

export function fieldValue(item: DiffItem, name: string): string | undefined {
  return item.fields.find((f) => f.name === name)?.value;
}

/** How an item is shown as context for its children: "II. NỘI DUNG". */
export function contextLine(item: DiffItem, max = 80): string {
  const t = primaryText(item);
  const short = t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
  return [item.label, short].filter(Boolean).join(' ');
}

export function contextOf(item: DiffItem): string[] {
  const out: string[] = [];
  for (let p = item.parent; p; p = p.parent) out.unshift(contextLine(p));
  return out;
}

function taskFields(task: TaskModel): ItemField[] {
  const fields: ItemField[] = [{ name: 'content', value: text(task.content) }, { name: 'lead', value: clean(task.lead) }];
  if (task.coordinating.length) fields.push({ name: 'coordinating', value: task.coordinating.map(clean).join('; ') });
  for (const name of ['time', 'frequency', 'output'] as const) {
    const v = task[name];
    if (v) fields.push({ name, value: clean(v) });
  }
  return fields;
}

function nodeFields(node: BodyNode): ItemField[] {
  if (node.kind === 'task' && node.task) return taskFields(node.task);
  const fields: ItemField[] = [];
  if (node.heading) fields.push({ name: 'heading', value: text(node.heading) });
  if (node.paragraphs.length) fields.push({ name: 'text', value: node.paragraphs.map(text).join('\n') });
  return fields;
}

const nodeKind = (n: BodyNode): ItemKind => (n.kind === 'subbullet' ? 'bullet' : n.kind);

/** Flatten a document model into items in document order. */
export function flattenModel(model: DocumentModel): Flattened {
  const items: DiffItem[] = [];
  const byTask = new Map<TaskModel, DiffItem>();
  const byNode = new Map<BodyNode, DiffItem>();
  const add = (item: Omit<DiffItem, 'index' | 'children'>): DiffItem => {
    const full: DiffItem = { ...item, index: items.length, children: [] };
    items.push(full);
    full.parent?.children.push(full);
    return full;
  };

  const h = model.header;
  const slot = (kind: ItemKind, name: string, value: string, path: string) =>
    add({ kind, slot: name, label: '', path, fields: value ? [{ name: 'text', value }] : [], container: kind });
  slot('header', 'parent', clean(h.parent.join(' ')), 'issuer.parent');
  slot('header', 'issuer', clean(h.issuer.join(' ')), 'issuer.name');
  slot('header', 'nationalTitle', clean(h.nationalTitle), 'header.nationalTitle');
  slot('header', 'motto', clean(h.motto), 'header.motto');
  slot('header', 'number', clean(h.numberLine), 'number');
  slot('header', 'placeDate', clean(h.placeDate), 'date');
  slot('header', 'type', clean(model.title.type), 'type');
  slot('header', 'summary', clean(model.title.summary), 'summary');

  const paragraphs = (kind: ItemKind, list: Run[][], path: string) =>
    list.forEach((runs, i) => add({ kind, label: '', path: `${path}[${i}]`, fields: [{ name: 'text', value: text(runs) }], container: kind, runs }));
  paragraphs('ground', model.grounds, 'grounds');
  paragraphs('opening', model.opening, 'opening');

  const walk = (nodes: BodyNode[], parent: DiffItem | undefined, container: string) => {
    for (const node of nodes) {
      const item = add({
        kind: nodeKind(node),
        label: node.label,
        ...(node.id ? { id: node.id } : {}),
        path: node.path,
        fields: nodeFields(node),
        ...(parent ? { parent } : {}),
        container,
        node,
      });
      byNode.set(node, item);
      if (node.task) byTask.set(node.task, item);
      walk(node.children, item, container);
    }
  };
  walk(model.body, undefined, 'body');

  paragraphs('closing', model.closing, 'closing');
  const sig = model.signature;
  slot('signature', 'authority', sig.lines.map(clean).join('\n'), 'signature');
  slot('signature', 'name', clean(sig.name ?? ''), 'signature.name');
  slot('signature', 'image', sig.image?.path ?? '', 'signature.image');
  slot('signature', 'seal', sig.seal?.path ?? '', 'signature.seal');
  model.recipients.items.forEach((line, i) =>
    add({ kind: 'recipient', label: '', path: `recipients[${i}]`, fields: [{ name: 'text', value: recipientText(line) }], container: 'recipients' }),
  );
  slot('archive', 'archive', recipientText(model.recipients.archive), 'archive');

  const appendices: DiffItem[] = [];
  model.appendices.forEach((a, i) => {
    const item = add({ kind: 'appendix', label: a.label, path: `appendices[${i}]`, fields: [{ name: 'title', value: clean(a.title) }], container: 'appendices', appendix: a });
    appendices.push(item);
    walk(a.body, item, `appendices[${i}]`);
    if (!a.table) return;
    // Rows that repeat body tasks (and their section groups) are compared in the body, not twice.
    const derived = derivedRows(a.table.rows, byTask);
    a.table.rows.forEach((row, r) => {
      if (derived.has(row)) return;
      const fields = row.kind === 'task' && row.task ? taskFields(row.task) : [{ name: 'text', value: clean(row.group ?? '') }];
      add({
        kind: row.kind === 'task' ? 'row' : 'group',
        label: row.number,
        ...(row.id ? { id: row.id } : {}),
        path: `appendices[${i}].table.rows[${r}]`,
        fields,
        parent: item,
        container: `appendices[${i}]`,
        row,
      });
    });
  });
  return { items, byTask, byNode, appendices };
}

/** Table rows that come from body tasks: their task is a body task, and a group row heading only such rows. */
export function derivedRows(rows: TaskRow[], byTask: ReadonlyMap<TaskModel, unknown>): Set<TaskRow> {
  const out = new Set<TaskRow>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'task') {
      if (row.task && byTask.has(row.task)) out.add(row);
      continue;
    }
    let j = i + 1;
    let all = true;
    for (; j < rows.length && rows[j].kind === 'task'; j++) if (!rows[j].task || !byTask.has(rows[j].task!)) all = false;
    if (all && j > i + 1) out.add(row);
  }
  return out;
}
