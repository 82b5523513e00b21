/**
 * The redline's model: the new plan's document model carrying its differences from the old plan
 * as revision marks (see `Revision` in model/types.ts). An emitter lays it out with tracked
 * changes (the DOCX emitter: <w:ins>/<w:del> runs, inserted and deleted paragraph marks and table
 * rows), so Word's and LibreOffice's Accept All give the new plan and Reject All the old one.
 *
 * Numbering labels are not tracked (they follow positions, and a renumbering is not a change),
 * and neither are edits that only move the plan year unless `showYearChanges` is set.
 */
import { diffArrays } from 'diff';
import type {
  AppendixModel,
  BodyNode,
  DocumentModel,
  MarkedParagraph,
  MarkedRun,
  Revision,
  Run,
  TableModel,
  TaskDetail,
  TaskModel,
  TaskRow,
} from '../model/types.js';
import { runsText } from '../text/inline.js';
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

type Style = Pick<Run, 'bold' | 'italic'>;
const styleOf = (r: Run | undefined): Style => (r ? { ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) } : {});
/** Deleted text is shown inline: a line break inside it reads as a space. */
const oneLine = (s: string) => s.replace(/\n/g, ' ');

const inserted = (text: string, style: Style = {}): MarkedRun => ({ text, ...style, rev: 'ins' });
const deleted = (text: string, style: Style = {}): MarkedRun => ({ text: oneLine(text), ...style, rev: 'del' });
const marked = (runs: Run[], rev: Revision): MarkedRun[] => runs.map((r) => ({ ...r, rev }));

/** A diff as marked runs of one style. */
export function segmentRuns(segments: Segment[], style: Style = {}): MarkedRun[] {
  return segments
    .filter((s) => s.text)
    .map((s) => (s.op === 'equal' ? { text: s.text, ...style } : s.op === 'insert' ? inserted(s.text, style) : deleted(s.text, style)));
}

/**
 * Lay a diff over the new text's paragraphs (or lines), joined by `sep` in the compared text,
 * keeping each run's bold/italic: equal text as is, inserted text marked, deleted text put back
 * at its place. An inserted separator is an inserted paragraph mark; with `breaks`, a separator
 * inside deleted text was a paragraph break of the old text and comes back as a deleted mark
 * (without it, as a space: the separator of wrapped lines is a space, and cannot be told from
 * one). Undefined when the diff's new side is not exactly the joined text.
 */
export function markFlow(paras: Run[][], sep: string, segments: Segment[], breaks = false): MarkedParagraph[] | undefined {
  type Piece = { text: string; style: Style; sep?: true };
  const flat: Piece[] = [];
  paras.forEach((p, i) => {
    if (i > 0) flat.push({ text: sep, style: {}, sep: true });
    for (const r of p) if (r.text) flat.push({ text: r.text, style: styleOf(r) });
  });
  if (flat.map((f) => f.text).join('') !== sides(segments).new) return undefined;
  const out: MarkedParagraph[] = [{ runs: [] }];
  const current = () => out[out.length - 1];
  /** End the current paragraph; `rev` marks its paragraph mark. */
  const breakAfter = (rev?: Revision) => {
    if (rev) current().rev = rev;
    out.push({ runs: [] });
  };
  let fi = 0;
  let off = 0;
  let last: Piece | undefined;
  for (const seg of segments) {
    if (seg.op === 'delete') {
      const at = flat[fi] && !flat[fi].sep ? flat[fi] : last;
      const parts = breaks ? seg.text.split(sep) : [seg.text];
      parts.forEach((part, i) => {
        if (i > 0) breakAfter('del');
        if (part) current().runs.push(deleted(part, at?.style));
      });
      continue;
    }
    let need = seg.text.length;
    while (need > 0) {
      const f = flat[fi];
      const n = Math.min(f.text.length - off, need);
      if (f.sep) {
        // A separator is one paragraph break, whatever its length.
        if (off === 0) breakAfter(seg.op === 'insert' ? 'ins' : undefined);
      } else {
        const text = f.text.slice(off, off + n);
        current().runs.push(seg.op === 'insert' ? inserted(text, f.style) : { text, ...f.style });
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

/**
 * A merged list of elements carrying `rev`: the plain list (the new plan's elements) and, when
 * some were deleted, the whole list for `revised`.
 */
function split<T extends { rev?: Revision }>(all: T[]): { plain: T[]; revised?: T[] } {
  const plain = all.filter((x) => x.rev !== 'del');
  return plain.length === all.length ? { plain } : { plain, revised: all };
}

/** Only the keys whose value is defined, or undefined when there is none (no empty `revised`). */
function defined<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** `{ ...object, revised }` when there is something revised; the object unchanged otherwise. */
function withRevised<T extends { revised?: object }>(object: T, revised: NonNullable<T['revised']>): T {
  const r = defined(revised);
  return r ? { ...object, revised: r } : object;
}

const whole = <T extends object>(element: T, rev: Revision): T => ({ ...element, rev });
const wholeParagraph = (runs: Run[], rev: Revision): MarkedParagraph => ({ runs: marked(runs.length ? runs : [{ text: '' }], rev), rev });

/** Builds the redline model from a comparison. */
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

  /**
   * Paragraphs (or lines) of one text, joined by `sep` in the compared value, marked; undefined
   * when unchanged. `breaks`: a separator in deleted text was a paragraph break (see markFlow).
   */
  flow(paras: Run[][], sep: string, segs: Segment[] | undefined, breaks: boolean): MarkedParagraph[] | undefined {
    if (!segs) return undefined;
    const flow = markFlow(paras, sep, segs, breaks);
    if (flow) return flow;
    // The texts did not line up (should not happen): the old text deleted, the new one inserted.
    const out = paras.map((p, i): MarkedParagraph => ({ runs: marked(p, 'ins'), ...(i < paras.length - 1 ? { rev: 'ins' as const } : {}) }));
    (out[0] ??= { runs: [] }).runs.unshift(deleted(sides(segs).old));
    return out;
  }

  /**
   * Paragraphs of one text (joined by newlines in the compared value), marked; undefined when
   * unchanged. Paired paragraph by paragraph first, so that a paragraph added or removed is
   * inserted or deleted whole (with its mark) rather than word by word across its neighbours;
   * paragraphs that changed are then compared word by word.
   */
  paragraphs(paras: Run[][], segs: Segment[] | undefined): MarkedParagraph[] | undefined {
    if (!segs) return undefined;
    const newTexts = paras.map((p) => clean(runsText(p)));
    if (newTexts.join('\n') !== sides(segs).new) return this.flow(paras, '\n', segs, true);
    const out: MarkedParagraph[] = [];
    let ni = 0;
    let removed: string[] = [];
    let added: number[] = [];
    const flush = () => {
      const paired = Math.min(removed.length, added.length);
      for (let i = 0; i < paired; i++) {
        const p = paras[added[i]];
        out.push(...(this.flow([p], '\n', this.textSegments(removed[i], newTexts[added[i]]), true) ?? [{ runs: p }]));
      }
      for (const text of removed.slice(paired)) out.push({ runs: [deleted(text)], rev: 'del' });
      for (const i of added.slice(paired)) out.push(wholeParagraph(paras[i], 'ins'));
      removed = [];
      added = [];
    };
    for (const part of diffArrays(sides(segs).old.split('\n'), newTexts)) {
      if (part.removed) removed.push(...part.value);
      else if (part.added) part.value.forEach(() => added.push(ni++));
      else {
        flush();
        part.value.forEach(() => out.push({ runs: paras[ni++] }));
      }
    }
    flush();
    return out;
  }

  /** The runs of a one-paragraph text, marked; undefined when unchanged. */
  runs(runs: Run[], segs: Segment[] | undefined): MarkedRun[] | undefined {
    return this.paragraphs([runs], segs)?.flatMap((p) => p.runs);
  }

  /** A plain string, marked; undefined when unchanged. */
  string(value: string, segs: Segment[] | undefined): MarkedRun[] | undefined {
    if (!segs) return undefined;
    if (sides(segs).new === value) return segmentRuns(segs);
    return [deleted(sides(segs).old), inserted(value)].filter((r) => r.text);
  }

  /**
   * Lines of one text joined by `sep` in the compared value: a wrapped title, the place and date
   * (a space: where the old text wrapped is not known), the signature's lines (a newline).
   */
  lines(lines: string[], segs: Segment[] | undefined, sep = ' '): MarkedParagraph[] | undefined {
    return this.flow(lines.map((l) => (l ? [{ text: l }] : [])), sep, segs, sep === '\n');
  }

  /** A string whose compared text is `value` inside decorations ("- " … ";"): mark the inner text. */
  decorated(line: string, value: string, segs: Segment[] | undefined): MarkedRun[] | undefined {
    if (!segs) return undefined;
    const at = value ? line.indexOf(value) : -1;
    if (at < 0 || sides(segs).new !== value) return [deleted(sides(segs).old), inserted(line)].filter((r) => r.text);
    return [{ text: line.slice(0, at) }, ...segmentRuns(segs), { text: line.slice(at + value.length) }].filter((r) => r.text);
  }

  task(task: TaskModel, oldTask: TaskModel, n: DiffItem, o: DiffItem): TaskModel {
    const seg = (name: string) => this.segments(o, n, name);
    const value = (name: 'time' | 'frequency' | 'output'): MarkedRun[] | undefined => {
      const segs = seg(name);
      if (task[name] !== undefined) return this.string(task[name]!, segs);
      return segs ? segmentRuns(segs) : undefined;
    };
    // The detail lines, paired by field; a line only one side has is inserted or deleted whole.
    const details = split(
      mergeList(task.details, oldTask.details, (d) => oldTask.details.find((x) => x.field === d.field), {
        kept: (d): TaskDetail => withRevised(d, { value: this.string(d.value, seg(d.field)) }),
        inserted: (d) => whole(d, 'ins'),
        deleted: (d) => whole(d, 'del'),
      }),
    );
    return withRevised(
      { ...task, details: details.plain },
      {
        content: this.runs(task.content, seg('content')),
        lead: this.string(task.lead, seg('lead')),
        // One paragraph per agency in a table cell; joined by "; " in the compared value.
        coordinating: this.flow(task.coordinating.map((c) => [{ text: c }]), '; ', seg('coordinating'), true),
        time: value('time'),
        frequency: value('frequency'),
        output: value('output'),
        details: details.revised,
      },
    );
  }

  private newItem(node: BodyNode) {
    return this.cmp.new.byNode.get(node);
  }

  node(n: BodyNode, o: BodyNode): BodyNode {
    const ni = this.newItem(n)!;
    const oi = this.cmp.old.byNode.get(o)!;
    const children = this.children(n.children, o.children);
    if (n.task && o.task) {
      const task = this.task(n.task, o.task, ni, oi);
      const content = task.revised?.content;
      return withRevised({ ...n, task, children: children.plain }, { paragraphs: content ? [{ runs: content }] : undefined, children: children.revised });
    }
    return withRevised(
      { ...n, children: children.plain },
      {
        heading: n.heading ? this.runs(n.heading, this.segments(oi, ni, 'heading')) : undefined,
        paragraphs: this.paragraphs(n.paragraphs, this.segments(oi, ni, 'text')),
        children: children.revised,
      },
    );
  }

  children(newKids: BodyNode[], oldKids: BodyNode[]): { plain: BodyNode[]; revised?: BodyNode[] } {
    const { newToOld } = this.cmp.matching;
    return split(
      mergeList(newKids, oldKids, (n) => {
        const o = newToOld.get(this.newItem(n)!);
        // A task pairs only with a task; other kinds may differ (numbering style is not tracked).
        return o?.node && (o.node.kind === 'task') === (n.kind === 'task') ? o.node : undefined;
      }, {
        kept: (n, o) => this.node(n, o),
        inserted: (n) => whole(n, 'ins'),
        deleted: (o) => whole(o, 'del'),
      }),
    );
  }

  /** Runs-lists (grounds, opening, closing): pair through their items; undefined when nothing changed. */
  paragraphList(newList: Run[][], oldList: Run[][]): MarkedParagraph[] | undefined {
    const byRuns = (items: DiffItem[]) => new Map(items.filter((i) => i.runs).map((i) => [i.runs!, i]));
    const newItems = byRuns(this.cmp.new.items);
    const oldItems = byRuns(this.cmp.old.items);
    let changed = false;
    const out = mergeList(newList, oldList, (n) => this.cmp.matching.newToOld.get(newItems.get(n)!)?.runs, {
      kept: (n, o) => {
        const p = this.paragraphs([n], this.segments(oldItems.get(o), newItems.get(n), 'text'));
        if (p) changed = true;
        return p ?? [{ runs: n }];
      },
      inserted: (n) => ((changed = true), [wholeParagraph(n, 'ins')]),
      deleted: (o) => ((changed = true), [wholeParagraph(o, 'del')]),
    }).flat();
    return changed ? out : undefined;
  }

  slot(kind: string, slot: string): [DiffItem | undefined, DiffItem | undefined] {
    const n = this.cmp.new.items.find((i) => i.kind === kind && i.slot === slot);
    return [n ? this.cmp.matching.newToOld.get(n) : undefined, n];
  }

  slotSegments(kind: string, slot: string, field = 'text'): Segment[] | undefined {
    const [o, n] = this.slot(kind, slot);
    return this.segments(o, n, field);
  }

  table(nt: TableModel, ot: TableModel): TableModel {
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
    const rows = split(
      mergeList(nt.rows, ot.rows, counterpart, {
        kept: (n, o) => {
          const ni = itemOf(n, 'new');
          const oi = itemOf(o, 'old');
          if (n.task && o.task && ni && oi) return { ...n, task: this.task(n.task, o.task, ni, oi) };
          if (n.kind === 'group' && ni && oi) return withRevised(n, { group: this.string(n.group ?? '', this.segments(oi, ni, 'text')) });
          return n;
        },
        inserted: (n) => whole(n, 'ins'),
        deleted: (o) => whole(o, 'del'),
      }),
    );
    // Column headers (custom wording in the plan) are tracked like any line.
    const columns = nt.columns.map((c) => {
      const old = ot.columns.find((x) => x.key === c.key);
      return old ? withRevised(c, { header: this.string(c.header, this.textSegments(old.header, c.header)) }) : whole(c, 'ins');
    });
    return withRevised({ ...nt, columns, rows: rows.plain }, { rows: rows.revised });
  }

  appendix(n: AppendixModel, o: AppendixModel, ni: DiffItem | undefined, oi: DiffItem | undefined): AppendixModel {
    const body = this.children(n.body, o.body);
    const table = n.table && o.table ? this.table(n.table, o.table) : n.table ? whole(n.table, 'ins') : undefined;
    const { table: _old, ...rest } = n;
    return withRevised(
      { ...rest, body: body.plain, ...(table ? { table } : {}) },
      {
        title: this.string(n.title, this.segments(oi, ni, 'title')),
        // "(Kèm theo Kế hoạch số … ngày …)" repeats the header: tracked here too, so Reject gives the old line back.
        reference: this.string(n.reference, this.textSegments(o.reference, n.reference)),
        body: body.revised,
        table: !n.table && o.table ? whole(o.table, 'del') : undefined,
      },
    );
  }

  appendices(newList: AppendixModel[], oldList: AppendixModel[]): { plain: AppendixModel[]; revised?: AppendixModel[] } {
    const byAppendix = (items: DiffItem[]) => new Map(items.map((i) => [i.appendix!, i]));
    const newItems = byAppendix(this.cmp.new.appendices);
    const oldItems = byAppendix(this.cmp.old.appendices);
    return split(
      mergeList(newList, oldList, (n) => this.cmp.matching.newToOld.get(newItems.get(n)!)?.appendix, {
        kept: (n, o) => this.appendix(n, o, newItems.get(n), oldItems.get(o)),
        inserted: (n) => whole(n, 'ins'),
        deleted: (o) => whole(o, 'del'),
      }),
    );
  }

  recipients(newModel: DocumentModel, oldModel: DocumentModel): DocumentModel['recipients'] {
    const newItems = this.cmp.new.items.filter((i) => i.kind === 'recipient');
    const oldItems = this.cmp.old.items.filter((i) => i.kind === 'recipient');
    const newIdx = newModel.recipients.items.map((_, i) => i);
    const oldIdx = oldModel.recipients.items.map((_, i) => i);
    const oldPos = new Map(oldItems.map((it, i) => [it, i]));
    let changed = false;
    const items = mergeList(newIdx, oldIdx, (i) => {
      const o = this.cmp.matching.newToOld.get(newItems[i]);
      return o ? oldPos.get(o) : undefined;
    }, {
      kept: (ni, oi): MarkedParagraph => {
        const line = newModel.recipients.items[ni];
        const runs = this.decorated(line, fieldValue(newItems[ni], 'text') ?? '', this.segments(oldItems[oi], newItems[ni], 'text'));
        if (runs) changed = true;
        return { runs: runs ?? [{ text: line }] };
      },
      inserted: (ni) => ((changed = true), wholeParagraph([{ text: newModel.recipients.items[ni] }], 'ins')),
      deleted: (oi) => ((changed = true), wholeParagraph([{ text: oldModel.recipients.items[oi] }], 'del')),
    });
    const [, archive] = this.slot('archive', 'archive');
    return withRevised(newModel.recipients, {
      items: changed ? items : undefined,
      archive: this.decorated(newModel.recipients.archive, archive ? fieldValue(archive, 'text') ?? '' : '', this.slotSegments('archive', 'archive')),
    });
  }

  model(oldModel: DocumentModel, newModel: DocumentModel): DocumentModel {
    const h = newModel.header;
    const sig = newModel.signature;
    const nameSegs = this.slotSegments('signature', 'name');
    const body = this.children(newModel.body, oldModel.body);
    const appendices = this.appendices(newModel.appendices, oldModel.appendices);
    return withRevised(
      {
        ...newModel,
        header: withRevised(h, {
          parent: this.lines(h.parent, this.slotSegments('header', 'parent')),
          issuer: this.lines(h.issuer, this.slotSegments('header', 'issuer')),
          nationalTitle: this.string(h.nationalTitle, this.slotSegments('header', 'nationalTitle')),
          motto: this.string(h.motto, this.slotSegments('header', 'motto')),
          numberLine: this.string(h.numberLine, this.slotSegments('header', 'number')),
          placeDateLines: this.lines(h.placeDateLines, this.slotSegments('header', 'placeDate')),
        }),
        title: withRevised(newModel.title, {
          type: this.string(newModel.title.type, this.slotSegments('header', 'type')),
          summaryLines: this.lines(newModel.title.summaryLines, this.slotSegments('header', 'summary')),
        }),
        body: body.plain,
        signature: withRevised(sig, {
          lines: this.lines(sig.lines, this.slotSegments('signature', 'authority'), '\n'),
          name: sig.name !== undefined ? this.string(sig.name, nameSegs) : nameSegs ? segmentRuns(nameSegs) : undefined,
        }),
        recipients: this.recipients(newModel, oldModel),
        appendices: appendices.plain,
      },
      {
        grounds: this.paragraphList(newModel.grounds, oldModel.grounds),
        opening: this.paragraphList(newModel.opening, oldModel.opening),
        body: body.revised,
        closing: this.paragraphList(newModel.closing, oldModel.closing),
        appendices: appendices.revised,
      },
    );
  }
}

/**
 * The redline model: the new plan's model with its differences from the old plan as revision
 * marks. Its plain fields are exactly the new plan's.
 */
export function redlineModel(oldModel: DocumentModel, newModel: DocumentModel, options: RedlineOptions = {}): DocumentModel {
  const cmp = compareModels(oldModel, newModel, { showYearChanges: !!options.showYearChanges });
  return new Merger(cmp).model(oldModel, newModel);
}
