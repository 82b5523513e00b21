/**
 * DOCX redline: the new plan laid out by the regular DOCX emitter (Decree 30 layout, named
 * styles), with real tracked changes against the old plan — <w:ins>/<w:del> runs, inserted and
 * deleted paragraph marks and table rows — so Word's and LibreOffice's Accept/Reject work.
 *
 * How: a merged document model is built from the new model in which inserted and deleted text
 * carry private-use marker characters; `buildDocxDocument` lays it out unchanged; the markers in
 * word/document.xml are then turned into revision elements. Numbering labels are not tracked
 * (they follow positions, and a renumbering is not a change), and neither are edits that only
 * move the plan year unless `showYearChanges` is set.
 */
import type { AppendixModel, BodyNode, DocumentModel, Run, TableModel, TaskModel, TaskRow } from '../model/types.js';
import { compareModels, sameButNumbering, type Comparison } from './index.js';
import { derivedRows, fieldValue, type DiffItem } from './items.js';
import { clean } from './normalize.js';
import { longestIncreasing } from './match.js';
import type { Segment } from './types.js';
import { hideYearShifts, sides, wordDiff } from './words.js';

export interface RedlineOptions {
  showYearChanges?: boolean;
  /** Revision author; "cchc-plan" by default. */
  author?: string;
  /** Revision date (ISO 8601); by default the new plan's date, so the output is reproducible. */
  date?: string;
}

/** Marker characters (Unicode private use area) carried through the DOCX emitter. */
export const MARK = {
  insStart: '\uE000',
  insEnd: '\uE001',
  delStart: '\uE002',
  delEnd: '\uE003',
  /** The whole paragraph (its text and its mark) is inserted. */
  paraIns: '\uE004',
  /** The whole paragraph is deleted. */
  paraDel: '\uE005',
} as const;
const ANY_MARK = /[\uE000-\uE005]/;
const ANY_MARK_G = /[\uE000-\uE005]/g;

type Whole = typeof MARK.paraIns | typeof MARK.paraDel;

const ins = (s: string) => (s ? `${MARK.insStart}${s}${MARK.insEnd}` : '');
const del = (s: string) => (s ? `${MARK.delStart}${s}${MARK.delEnd}` : '');
const runsText = (runs: Run[]) => runs.map((r) => r.text).join('');

/** A diff as one marked string. */
export function markedString(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'insert' ? ins(s.text) : del(s.text.replace(/\n/g, ' ')))).join('');
}

/**
 * Lay a diff over the new text's paragraphs (or lines), joined by `sep`, keeping each run's
 * bold/italic: equal text as is, inserted text marked, deleted text added in marks at its place.
 * Undefined when the diff's new side is not exactly the joined text.
 */
export function markFlow(paras: Run[][], sep: string, segments: Segment[]): Run[][] | undefined {
  type Piece = { text: string; bold?: boolean; italic?: boolean; sep?: true };
  const flat: Piece[] = [];
  paras.forEach((p, i) => {
    if (i > 0) flat.push({ text: sep, sep: true });
    for (const r of p) if (r.text) flat.push(r);
  });
  if (flat.map((f) => f.text).join('') !== sides(segments).new) return undefined;
  const out: Run[][] = [[]];
  const style = (p: Piece | undefined) => (p && !p.sep ? { ...(p.bold ? { bold: true } : {}), ...(p.italic ? { italic: true } : {}) } : {});
  let fi = 0;
  let off = 0;
  let last: Piece | undefined;
  for (const seg of segments) {
    if (seg.op === 'delete') {
      const at = flat[fi] && !flat[fi].sep ? flat[fi] : last;
      out[out.length - 1].push({ text: del(seg.text.replace(/\n/g, ' ')), ...style(at) });
      continue;
    }
    let need = seg.text.length;
    while (need > 0) {
      const f = flat[fi];
      const n = Math.min(f.text.length - off, need);
      if (f.sep) out.push([]);
      else {
        const text = f.text.slice(off, off + n);
        out[out.length - 1].push({ text: seg.op === 'insert' ? ins(text) : text, ...style(f) });
        last = f;
      }
      off += n;
      need -= n;
      if (off === f.text.length) {
        fi++;
        off = 0;
      }
    }
  }
  return out;
}

/** Mark every paragraph of a whole inserted or deleted element. */
const wholeRuns = (runs: Run[], mark: Whole): Run[] => (runs.length ? [{ ...runs[0], text: mark + runs[0].text }, ...runs.slice(1)] : [{ text: mark }]);
const wholeString = (s: string, mark: Whole) => mark + s;

function wholeTask(task: TaskModel, mark: Whole): TaskModel {
  return {
    ...task,
    content: wholeRuns(task.content, mark),
    lead: wholeString(task.lead, mark),
    coordinating: task.coordinating.map((c) => wholeString(c, mark)),
    ...(task.time !== undefined ? { time: wholeString(task.time, mark) } : {}),
    ...(task.frequency !== undefined ? { frequency: wholeString(task.frequency, mark) } : {}),
    ...(task.output !== undefined ? { output: wholeString(task.output, mark) } : {}),
    details: task.details.map((d) => ({ ...d, value: wholeString(d.value, mark) })),
  };
}

function wholeNode(node: BodyNode, mark: Whole): BodyNode {
  const task = node.task ? wholeTask(node.task, mark) : undefined;
  return {
    ...node,
    label: node.label ? wholeString(node.label, mark) : node.label,
    ...(node.heading ? { heading: wholeRuns(node.heading, mark) } : {}),
    paragraphs: task ? [task.content] : node.paragraphs.map((p) => wholeRuns(p, mark)),
    ...(task ? { task } : {}),
    children: node.children.map((c) => wholeNode(c, mark)),
  };
}

function wholeRow(row: TaskRow, mark: Whole): TaskRow {
  return {
    ...row,
    number: wholeString(row.number, mark),
    ...(row.task ? { task: wholeTask(row.task, mark) } : {}),
    ...(row.group !== undefined ? { group: wholeString(row.group, mark) } : {}),
  };
}

function wholeTable(t: TableModel, mark: Whole): TableModel {
  return { ...t, columns: t.columns.map((c) => ({ ...c, header: wholeString(c.header, mark) })), rows: t.rows.map((r) => wholeRow(r, mark)) };
}

function wholeAppendix(a: AppendixModel, mark: Whole): AppendixModel {
  return {
    ...a,
    label: wholeString(a.label, mark),
    title: wholeString(a.title, mark),
    reference: wholeString(a.reference, mark),
    body: a.body.map((n) => wholeNode(n, mark)),
    ...(a.table ? { table: wholeTable(a.table, mark) } : {}),
  };
}

/**
 * Merge a new list with an old one: elements paired and in the same relative order stay (and are
 * rendered with in-place marks); other new elements are inserted; other old elements are
 * deleted where they stood (after the nearest earlier old element that stayed).
 */
export function mergeList<N, O, R>(
  newList: readonly N[],
  oldList: readonly O[],
  counterpart: (n: N) => O | undefined,
  render: { kept: (n: N, o: O) => R; inserted: (n: N) => R; deleted: (o: O) => R },
): R[] {
  const oldIndex = new Map(oldList.map((o, i) => [o, i]));
  const pairs: { ni: number; oi: number }[] = [];
  newList.forEach((n, ni) => {
    const o = counterpart(n);
    const oi = o === undefined ? undefined : oldIndex.get(o);
    if (oi !== undefined) pairs.push({ ni, oi });
  });
  const keep = longestIncreasing(pairs.map((p) => p.oi));
  const keptOld = new Map<number, number>();
  const keptNew = new Map<number, number>();
  pairs.forEach((p, i) => {
    if (!keep.has(i)) return;
    keptOld.set(p.oi, p.ni);
    keptNew.set(p.ni, p.oi);
  });
  // Deleted old elements, by the new index they follow (-1: at the start).
  const after = new Map<number, O[]>();
  let anchor = -1;
  oldList.forEach((o, oi) => {
    const ni = keptOld.get(oi);
    if (ni !== undefined) {
      anchor = ni;
      return;
    }
    const l = after.get(anchor);
    if (l) l.push(o);
    else after.set(anchor, [o]);
  });
  const out: R[] = [];
  for (const o of after.get(-1) ?? []) out.push(render.deleted(o));
  newList.forEach((n, ni) => {
    const oi = keptNew.get(ni);
    out.push(oi !== undefined ? render.kept(n, oldList[oi]) : render.inserted(n));
    for (const o of after.get(ni) ?? []) out.push(render.deleted(o));
  });
  return out;
}

/** Builds the merged (marked) document model from a comparison. */
class Merger {
  private readonly show: boolean;
  constructor(private readonly cmp: Comparison) {
    this.show = !!cmp.options.showYearChanges;
  }

  /** The diff of one field of a pair, or undefined when it shows no change. */
  segments(o: DiffItem | undefined, n: DiffItem | undefined, name: string): Segment[] | undefined {
    const a = o ? fieldValue(o, name) : undefined;
    const b = n ? fieldValue(n, name) : undefined;
    if (o && n ? sameButNumbering(name, a, b, o.kind, n.kind) : a === b) return undefined;
    if (a === undefined || a === '') return [{ op: 'insert', text: b! }];
    if (b === undefined || b === '') return [{ op: 'delete', text: a }];
    let segs = wordDiff(a, b);
    if (!this.show) segs = hideYearShifts(segs, this.cmp.years);
    return segs.some((s) => s.op !== 'equal') ? segs : undefined;
  }

  /** The diff of two texts that are not compared items (derived lines), or undefined when equal. */
  textSegments(a: string, b: string): Segment[] | undefined {
    if (a === b) return undefined;
    let segs = wordDiff(clean(a), clean(b));
    if (!this.show) segs = hideYearShifts(segs, this.cmp.years);
    return segs.some((s) => s.op !== 'equal') ? segs : undefined;
  }

  paragraphs(paras: Run[][], segs: Segment[] | undefined): Run[][] {
    if (!segs) return paras;
    const marked = markFlow(paras, '\n', segs);
    if (marked) return marked;
    // The texts did not line up (should not happen): replace the whole text.
    const s = sides(segs);
    return [[{ text: del(s.old.replace(/\n/g, ' ')) }, ...paras.flatMap((p) => p.map((r) => ({ ...r, text: ins(r.text) })))]];
  }

  string(value: string, segs: Segment[] | undefined): string {
    if (!segs) return value;
    if (sides(segs).new === clean(value)) return markedString(segs);
    return del(sides(segs).old) + ins(value);
  }

  /** Lines of one text (a wrapped title, the place and date) joined by `sep` in the compared value. */
  lines(lines: string[], segs: Segment[] | undefined, sep = ' '): string[] {
    if (!segs) return lines;
    const marked = markFlow(lines.map((l) => (l ? [{ text: l }] : [])), sep, segs);
    return marked ? marked.map(runsText) : lines.map((l, i) => (i === 0 ? del(sides(segs).old.replace(/\n/g, ' ')) : '') + ins(l));
  }

  /** A string whose cleaned text is `value` inside decorations ("- " … ";"): mark the inner text. */
  decorated(line: string, value: string, segs: Segment[] | undefined): string {
    if (!segs) return line;
    const at = line.indexOf(value);
    if (at < 0) return del(sides(segs).old) + ins(line);
    return line.slice(0, at) + markedString(segs) + line.slice(at + value.length);
  }

  task(task: TaskModel, oldTask: TaskModel, n: DiffItem, o: DiffItem): TaskModel {
    const seg = (name: string) => this.segments(o, n, name);
    const coordinatingSegs = seg('coordinating');
    const out: TaskModel = {
      ...task,
      content: this.paragraphs([task.content], seg('content')).flat(),
      lead: this.string(task.lead, seg('lead')),
      coordinating: coordinatingSegs ? [markedString(coordinatingSegs)] : task.coordinating,
      details: [],
    };
    for (const name of ['time', 'frequency', 'output'] as const) {
      const segs = seg(name);
      if (task[name] !== undefined) out[name] = this.string(task[name]!, segs);
      else if (segs) out[name] = markedString(segs);
    }
    // Detail lines in the emitter's order; a line only one side has is inserted or deleted whole.
    const order = ['frequency', 'lead', 'coordinating', 'time', 'output'] as const;
    for (const field of order) {
      const nd = task.details.find((d) => d.field === field);
      const od = oldTask.details.find((d) => d.field === field);
      if (nd && od) out.details.push({ ...nd, value: dropFinalStop(this.string(nd.value, seg(field))) });
      else if (nd) out.details.push({ ...nd, value: wholeString(nd.value, MARK.paraIns) });
      else if (od) out.details.push({ ...od, value: wholeString(od.value, MARK.paraDel) });
    }
    return out;
  }

  private newItem(node: BodyNode) {
    return this.cmp.new.byNode.get(node);
  }

  node(n: BodyNode, o: BodyNode): BodyNode {
    const ni = this.newItem(n)!;
    const oi = this.cmp.old.byNode.get(o)!;
    if (n.task && o.task) {
      const task = this.task(n.task, o.task, ni, oi);
      return { ...n, task, paragraphs: [task.content], children: this.children(n.children, o.children) };
    }
    const heading = n.heading ? this.paragraphs([n.heading], this.segments(oi, ni, 'heading'))[0] : undefined;
    return {
      ...n,
      ...(heading ? { heading } : {}),
      paragraphs: this.paragraphs(n.paragraphs, this.segments(oi, ni, 'text')),
      children: this.children(n.children, o.children),
    };
  }

  children(newKids: BodyNode[], oldKids: BodyNode[]): BodyNode[] {
    const { newToOld } = this.cmp.matching;
    return mergeList(newKids, oldKids, (n) => {
      const o = newToOld.get(this.newItem(n)!);
      // A task pairs only with a task; other kinds may differ (numbering style is not tracked).
      return o?.node && (o.node.kind === 'task') === (n.kind === 'task') ? o.node : undefined;
    }, {
      kept: (n, o) => this.node(n, o),
      inserted: (n) => wholeNode(n, MARK.paraIns),
      deleted: (o) => wholeNode(o, MARK.paraDel),
    });
  }

  /** Runs-lists (grounds, opening, closing): pair through their items. */
  paragraphList(newList: Run[][], oldList: Run[][]): Run[][] {
    const byRuns = (items: DiffItem[]) => new Map(items.filter((i) => i.runs).map((i) => [i.runs!, i]));
    const newItems = byRuns(this.cmp.new.items);
    const oldItems = byRuns(this.cmp.old.items);
    return mergeList(newList, oldList, (n) => this.cmp.matching.newToOld.get(newItems.get(n)!)?.runs, {
      kept: (n, o) => this.paragraphs([n], this.segments(oldItems.get(o), newItems.get(n), 'text')).flat(),
      inserted: (n) => wholeRuns(n, MARK.paraIns),
      deleted: (o) => wholeRuns(o, MARK.paraDel),
    });
  }

  slot(kind: string, slot: string): [DiffItem | undefined, DiffItem | undefined] {
    const n = this.cmp.new.items.find((i) => i.kind === kind && i.slot === slot);
    return [n ? this.cmp.matching.newToOld.get(n) : undefined, n];
  }

  slotSegments(kind: string, slot: string, field = 'text'): Segment[] | undefined {
    const [o, n] = this.slot(kind, slot);
    return this.segments(o, n, field);
  }

  table(nt: TableModel | undefined, ot: TableModel | undefined): TableModel | undefined {
    if (!nt && !ot) return undefined;
    if (!ot) return wholeTable(nt!, MARK.paraIns);
    if (!nt) return wholeTable(ot, MARK.paraDel);
    const { newToOld } = this.cmp.matching;
    const rowItems = (items: DiffItem[]) => new Map(items.filter((i) => i.row).map((i) => [i.row!, i]));
    const newRows = rowItems(this.cmp.new.items);
    const oldRows = rowItems(this.cmp.old.items);
    const oldRowByTask = new Map(ot.rows.filter((r) => r.task).map((r) => [r.task!, r]));
    const oldDerived = derivedRows(ot.rows, this.cmp.old.byTask);
    const newDerived = derivedRows(nt.rows, this.cmp.new.byTask);
    const usedGroups = new Set<TaskRow>();
    /** The pair of items behind a row: its own (register rows) or its body task's. */
    const itemOf = (row: TaskRow, side: 'new' | 'old') =>
      row.task && (side === 'new' ? this.cmp.new : this.cmp.old).byTask.get(row.task)
        ? (side === 'new' ? this.cmp.new : this.cmp.old).byTask.get(row.task)
        : (side === 'new' ? newRows : oldRows).get(row);
    const counterpart = (row: TaskRow): TaskRow | undefined => {
      if (row.kind === 'group' && newDerived.has(row)) {
        const o = ot.rows.find((r) => r.kind === 'group' && oldDerived.has(r) && !usedGroups.has(r) && clean(r.group ?? '') === clean(row.group ?? ''));
        if (o) usedGroups.add(o);
        return o;
      }
      const ni = itemOf(row, 'new');
      const oi = ni ? newToOld.get(ni) : undefined;
      if (!oi) return undefined;
      if (oi.row) return oi.row;
      return oi.node?.task ? oldRowByTask.get(oi.node.task) : undefined;
    };
    const rows = mergeList(nt.rows, ot.rows, counterpart, {
      kept: (n, o) => {
        const ni = itemOf(n, 'new');
        const oi = itemOf(o, 'old');
        if (n.task && o.task && ni && oi) return { ...n, task: this.task(n.task, o.task, ni, oi) };
        if (n.kind === 'group' && ni && oi) return { ...n, group: this.string(n.group ?? '', this.segments(oi, ni, 'text')) };
        return n;
      },
      inserted: (n) => wholeRow(n, MARK.paraIns),
      deleted: (o) => wholeRow(o, MARK.paraDel),
    });
    // Column headers (custom wording in the plan) are tracked like any line.
    const columns = nt.columns.map((c) => {
      const old = ot.columns.find((x) => x.key === c.key);
      return { ...c, header: old ? this.string(c.header, this.textSegments(old.header, c.header)) : wholeString(c.header, MARK.paraIns) };
    });
    return { ...nt, columns, rows };
  }

  appendices(newList: AppendixModel[], oldList: AppendixModel[]): AppendixModel[] {
    const byAppendix = (items: DiffItem[]) => new Map(items.map((i) => [i.appendix!, i]));
    const newItems = byAppendix(this.cmp.new.appendices);
    const oldItems = byAppendix(this.cmp.old.appendices);
    return mergeList(newList, oldList, (n) => this.cmp.matching.newToOld.get(newItems.get(n)!)?.appendix, {
      kept: (n, o) => {
        const table = this.table(n.table, o.table);
        return {
          ...n,
          title: this.string(n.title, this.segments(oldItems.get(o), newItems.get(n), 'title')),
          // "(Kèm theo Kế hoạch số … ngày …)" repeats the header: tracked here too, so Reject gives the old line back.
          reference: this.string(n.reference, this.textSegments(o.reference, n.reference)),
          body: this.children(n.body, o.body),
          ...(table ? { table } : {}),
        };
      },
      inserted: (n) => wholeAppendix(n, MARK.paraIns),
      deleted: (o) => wholeAppendix(o, MARK.paraDel),
    });
  }

  recipients(newModel: DocumentModel, oldModel: DocumentModel): DocumentModel['recipients'] {
    const newItems = this.cmp.new.items.filter((i) => i.kind === 'recipient');
    const oldItems = this.cmp.old.items.filter((i) => i.kind === 'recipient');
    const newIdx = newModel.recipients.items.map((_, i) => i);
    const oldIdx = oldModel.recipients.items.map((_, i) => i);
    const oldPos = new Map(oldItems.map((it, i) => [it, i]));
    const items = mergeList(newIdx, oldIdx, (i) => {
      const o = this.cmp.matching.newToOld.get(newItems[i]);
      return o ? oldPos.get(o) : undefined;
    }, {
      kept: (ni, oi) => this.decorated(newModel.recipients.items[ni], fieldValue(newItems[ni], 'text') ?? '', this.segments(oldItems[oi], newItems[ni], 'text')),
      inserted: (ni) => wholeString(newModel.recipients.items[ni], MARK.paraIns),
      deleted: (oi) => wholeString(oldModel.recipients.items[oi], MARK.paraDel),
    });
    const [, archive] = this.slot('archive', 'archive');
    return {
      ...newModel.recipients,
      items,
      archive: this.decorated(newModel.recipients.archive, archive ? fieldValue(archive, 'text') ?? '' : '', this.slotSegments('archive', 'archive')),
    };
  }

  model(oldModel: DocumentModel, newModel: DocumentModel): DocumentModel {
    const h = newModel.header;
    const sig = newModel.signature;
    const nameSegs = this.slotSegments('signature', 'name');
    const name = sig.name !== undefined ? this.string(sig.name, nameSegs) : nameSegs ? markedString(nameSegs) : undefined;
    return {
      ...newModel,
      header: {
        ...h,
        parent: this.lines(h.parent, this.slotSegments('header', 'parent')),
        issuer: this.lines(h.issuer, this.slotSegments('header', 'issuer')),
        nationalTitle: this.string(h.nationalTitle, this.slotSegments('header', 'nationalTitle')),
        motto: this.string(h.motto, this.slotSegments('header', 'motto')),
        numberLine: this.string(h.numberLine, this.slotSegments('header', 'number')),
        placeDateLines: this.lines(h.placeDateLines, this.slotSegments('header', 'placeDate')),
      },
      title: {
        ...newModel.title,
        type: this.string(newModel.title.type, this.slotSegments('header', 'type')),
        summaryLines: this.lines(newModel.title.summaryLines, this.slotSegments('header', 'summary')),
      },
      grounds: this.paragraphList(newModel.grounds, oldModel.grounds),
      opening: this.paragraphList(newModel.opening, oldModel.opening),
      body: this.children(newModel.body, oldModel.body),
      closing: this.paragraphList(newModel.closing, oldModel.closing),
      signature: {
        ...sig,
        lines: this.lines(sig.lines, this.slotSegments('signature', 'authority'), '\n'),
        ...(name !== undefined ? { name } : {}),
      },
      recipients: this.recipients(newModel, oldModel),
      appendices: this.appendices(newModel.appendices, oldModel.appendices),
    };
  }
}

/** The emitter drops a final "." or ";" of a detail value before adding its own; keep that working with marks. */
function dropFinalStop(value: string): string {
  return value.replace(/[.;](?=[\uE000-\uE005]+$)/, '');
}

/** The merged document model with marker characters (exported for tests). */
export function redlineModel(oldModel: DocumentModel, newModel: DocumentModel, options: RedlineOptions = {}): DocumentModel {
  let [o, n] = [oldModel, newModel];
  // Text that already holds the marker characters would confuse the tracking: drop them first.
  if (ANY_MARK.test(JSON.stringify(o)) || ANY_MARK.test(JSON.stringify(n))) [o, n] = [stripMarks(o), stripMarks(n)];
  const cmp = compareModels(o, n, { showYearChanges: !!options.showYearChanges });
  return new Merger(cmp).model(o, n);
}

function stripMarks<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? v.replace(ANY_MARK_G, '') : v)) as T;
}

const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Turn marker characters in word/document.xml into revisions: runs split and wrapped in
 * <w:ins>/<w:del> (deleted text as <w:delText>), paragraph marks of wholly inserted or deleted
 * paragraphs marked in their <w:pPr><w:rPr>, and table rows whose every paragraph is inserted
 * (or deleted) marked in <w:trPr>.
 */
export function trackChanges(xml: string, author: string, date: string): string {
  let id = 1000;
  const attrs = () => `w:id="${id++}" w:author="${escapeAttr(author)}" w:date="${escapeAttr(date)}"`;

  // Rows first, while the paragraph marks are still there.
  xml = xml.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g, (row) => {
    // Empty cells (no coordinating agency…) have nothing to mark; the other paragraphs decide.
    const paras = (row.match(/<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g) ?? []).filter((p) => /<w:t(?:\s[^>]*)?>[^<]+<\/w:t>/.test(p));
    if (paras.length === 0) return row;
    const tag = paras.every((p) => p.includes(MARK.paraIns)) ? 'ins' : paras.every((p) => p.includes(MARK.paraDel)) ? 'del' : undefined;
    if (!tag) return row;
    const mark = `<w:${tag} ${attrs()}/>`;
    if (/<w:trPr>/.test(row)) return row.replace(/<\/w:trPr>/, () => `${mark}</w:trPr>`);
    return row.replace(/^(<w:tr(?:\s[^>]*)?>)(<w:tblPrEx>[\s\S]*?<\/w:tblPrEx>)?/, (_m, open: string, ex: string | undefined) => `${open}${ex ?? ''}<w:trPr>${mark}</w:trPr>`);
  });

  return xml.replace(/<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g, (p) => {
    if (!ANY_MARK.test(p)) return p;
    const whole = p.includes(MARK.paraIns) ? 'ins' : p.includes(MARK.paraDel) ? 'del' : undefined;
    let state: 'none' | 'ins' | 'del' = 'none';
    p = p.replace(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g, (run, inner: string) => {
      const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(inner)?.[0] ?? '';
      const rest = inner.slice(rPr.length);
      const t = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/.exec(rest);
      if (whole) {
        const body = t ? rest.replace(t[0], () => textElement(t[1].replace(ANY_MARK_G, ''), whole === 'del')) : rest;
        return `<w:${whole} ${attrs()}><w:r>${rPr}${body}</w:r></w:${whole}>`;
      }
      if (!t || !ANY_MARK.test(t[1])) {
        if (state === 'none' || !t) return run;
        return `<w:${state} ${attrs()}><w:r>${rPr}${rest.replace(t[0], () => textElement(t[1], state === 'del'))}</w:r></w:${state}>`;
      }
      const before = rest.slice(0, t.index);
      const after = rest.slice(t.index + t[0].length);
      const pieces: { state: typeof state; text: string }[] = [];
      let buf = '';
      const flush = () => {
        if (buf) pieces.push({ state, text: buf });
        buf = '';
      };
      for (const ch of t[1]) {
        if (ch === MARK.insStart || ch === MARK.insEnd || ch === MARK.delStart || ch === MARK.delEnd) {
          flush();
          state = ch === MARK.insStart ? 'ins' : ch === MARK.delStart ? 'del' : 'none';
        } else if (ch !== MARK.paraIns && ch !== MARK.paraDel) buf += ch;
      }
      flush();
      if (pieces.length === 0) return before || after ? `<w:r>${rPr}${before}${after}</w:r>` : '';
      return pieces
        .map((piece, i) => {
          const r = `<w:r>${rPr}${i === 0 ? before : ''}${textElement(piece.text, piece.state === 'del')}${i === pieces.length - 1 ? after : ''}</w:r>`;
          return piece.state === 'none' ? r : `<w:${piece.state} ${attrs()}>${r}</w:${piece.state}>`;
        })
        .join('');
    });
    if (whole) p = markParagraph(p, `<w:${whole} ${attrs()}/>`);
    return p.replace(ANY_MARK_G, '');
  });
}

function textElement(text: string, deleted: boolean): string {
  return deleted ? `<w:delText xml:space="preserve">${text}</w:delText>` : `<w:t xml:space="preserve">${text}</w:t>`;
}

/** Mark a paragraph's own mark as inserted or deleted (<w:pPr><w:rPr><w:ins/></w:rPr>, before any <w:sectPr>). */
function markParagraph(p: string, mark: string): string {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p);
  if (pPr) {
    let inner = pPr[1];
    if (/<w:rPr>/.test(inner)) inner = inner.replace('<w:rPr>', () => `<w:rPr>${mark}`);
    else if (inner.includes('<w:sectPr')) inner = inner.replace('<w:sectPr', () => `<w:rPr>${mark}</w:rPr><w:sectPr`);
    else inner = `${inner}<w:rPr>${mark}</w:rPr>`;
    return p.replace(pPr[0], () => `<w:pPr>${inner}</w:pPr>`);
  }
  if (p.endsWith('/>')) return p.replace(/\/>$/, () => `><w:pPr><w:rPr>${mark}</w:rPr></w:pPr></w:p>`);
  return p.replace(/^(<w:p(?:\s[^>]*)?>)/, (open: string) => `${open}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`);
}
