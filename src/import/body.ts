/**
 * The body: paragraphs with typed labels or Word's list numbering, nested by the kind of label
 * and the order labels come in (not by indentation), labels removed (the tool numbers). Headings
 * (bold, or short lines with content under them in a text) versus paragraphs; tasks (an item with
 * "Cơ quan chủ trì: …" lines under it); task tables in the body become tasks.
 */
import type { PlanItem, PlanNode, PlanTask } from '../plan/types.js';
import { collapse, toInline } from './inline.js';
import { parseAutoLabel, parseLabel, resolveLetter, type Label, type LabelKind } from './labels.js';
import { excerpt, type Notes } from './notes.js';
import { slicePieces, textOf } from './pieces.js';
import { cellInline, cellText, detailsOf, DEFAULT_TASK_LABELS, tableShape, type Detail } from './tasks.js';
import type { Line, SourceRef, TableBlock } from './types.js';

export type NodeKind = 'root' | 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet' | 'subbullet' | 'text' | 'task';

export interface Node {
  kind: NodeKind;
  /** Heading (part, section, clause, subclause) or lead paragraph (point, bullet), in inline syntax. */
  title?: string;
  /** Plain text of the title, to decide headings in a text. */
  titlePlain?: string;
  /** The title was formatted as a heading (bold) in the source, or not: undefined when unknown. */
  titleBold?: boolean;
  /** Part label on a line of its own ("PHẦN I"): its title is the next paragraph. */
  awaitingTitle?: boolean;
  text: string[];
  items: Node[];
  task?: PlanTask;
  src: SourceRef;
  /** YAML comments to print above the item. */
  comments: string[];
  parent?: Node;
}

const RANK: Record<NodeKind, number> = { root: -1, part: 0, section: 1, clause: 2, subclause: 3, point: 4, bullet: 5, subbullet: 6, text: 9, task: 9 };
const ALLOWED: Record<string, NodeKind[]> = {
  root: ['part', 'section', 'clause', 'point', 'bullet', 'text', 'task'],
  part: ['section', 'clause', 'point', 'bullet', 'text', 'task'],
  section: ['clause', 'point', 'bullet', 'text', 'task'],
  clause: ['subclause', 'point', 'bullet', 'text', 'task'],
  subclause: ['point', 'bullet', 'text', 'task'],
  point: ['bullet', 'text', 'task'],
  bullet: ['subbullet', 'text'],
  subbullet: [],
};
const HAS_TEXT: NodeKind[] = ['part', 'section', 'clause', 'subclause', 'point'];
const LEVEL_NAMES: Record<string, string> = { part: 'part', section: 'section', clause: 'clause', subclause: 'subclause', point: 'point', bullet: 'bullet', subbullet: 'bullet' };

export function newRoot(): Node {
  return { kind: 'root', text: [], items: [], src: { unit: 'paragraph', n: 0 }, comments: [] };
}

export type BodyBlock = { kind: 'line'; line: Line } | { kind: 'table'; table: TableBlock };

export class BodyBuilder {
  private stack: Node[];
  private lastPartLetter?: string;
  private lastSection?: number;

  constructor(
    readonly root: Node,
    private readonly notes: Notes,
    private readonly mode: 'docx' | 'text',
  ) {
    this.stack = [root];
  }

  private get top(): Node {
    return this.stack[this.stack.length - 1];
  }

  add(b: BodyBlock): void {
    if (b.kind === 'table') return this.table(b.table);
    const line = b.line;
    if (!line.text) return;
    let label: Label | undefined = line.auto ? parseAutoLabel(line.auto, line.text) : parseLabel(line.text);
    if (label) label = resolveLetter(label, this.lastPartLetter, this.lastSection);
    // A part label alone ("PHẦN I") waits for its title on the next line.
    const waiting = this.top.awaitingTitle ? this.top : undefined;
    if (waiting && !label) {
      waiting.title = toInline(line.pieces, { bold: true });
      waiting.titlePlain = line.text;
      waiting.awaitingTitle = false;
      return;
    }
    if (!label) return this.unlabelled(line);
    this.labelled(line, label);
  }

  private labelled(line: Line, label: Label): void {
    // The pieces of the text after the label (typed labels are cut off the text).
    const pieces = line.auto ? line.pieces : cutLabel(line.pieces, label);
    let kind: NodeKind = label.kind;
    if (kind === 'subbullet') {
      while (this.top.kind === 'subbullet') this.stack.pop();
      if (this.top.kind !== 'bullet') {
        kind = 'bullet';
        this.notes.add('import-guess', { what: 'level', label: label.label, as: 'bullet' }, line.src);
      }
    } else {
      while (RANK[this.top.kind] >= RANK[kind]) this.stack.pop();
    }
    if (!ALLOWED[this.top.kind]?.includes(kind)) {
      // The allowed level nearest to the label's own (the higher one on a tie).
      const alt = (['section', 'clause', 'point', 'bullet'] as NodeKind[])
        .filter((k) => ALLOWED[this.top.kind]?.includes(k))
        .sort((a, b) => Math.abs(RANK[a] - RANK[kind]) - Math.abs(RANK[b] - RANK[kind]) || RANK[a] - RANK[b])[0] ?? 'bullet';
      this.notes.add('import-guess', { what: 'level', label: label.label, as: LEVEL_NAMES[alt] ?? alt }, line.src);
      kind = alt;
    }
    if (kind === 'part') this.lastPartLetter = typeof label.value === 'string' && /^[A-Z]$/.test(label.value) ? label.value : this.lastPartLetter;
    if (kind === 'section' && typeof label.value === 'number') this.lastSection = label.value;
    if (kind === 'part' && typeof label.value !== 'string') this.lastPartLetter = undefined;
    const node: Node = { kind, text: [], items: [], src: line.src, comments: [], parent: this.top };
    const plain = collapse(textOf(pieces));
    const bold = pieces.some((p) => p.text.trim()) && pieces.filter((p) => /[\p{L}\p{N}]/u.test(p.text)).every((p) => p.bold);
    if (kind === 'part' || kind === 'section' || kind === 'clause' || kind === 'subclause') {
      node.titlePlain = plain;
      node.title = toInline(pieces, bold ? { bold: true, italic: kind === 'subclause' } : {});
      node.titleBold = this.mode === 'docx' || line.bold !== 'none' ? bold : undefined;
      if (!plain && kind === 'part') node.awaitingTitle = true;
    } else {
      node.title = toInline(pieces);
      node.titlePlain = plain;
    }
    this.top.items.push(node);
    this.stack.push(node);
  }

  private unlabelled(line: Line): void {
    // A bold line in capitals without a number, standing alone: an unnumbered section heading.
    if (this.mode === 'docx' && line.bold === 'all' && line.text.length <= 120 && line.text === line.text.toLocaleUpperCase('vi') && /\p{L}/u.test(line.text)) {
      while (RANK[this.top.kind] >= RANK.section) this.stack.pop();
      if (ALLOWED[this.top.kind].includes('section')) {
        const node: Node = { kind: 'section', title: toInline(line.pieces, { bold: true }), titlePlain: line.text, titleBold: true, text: [], items: [], src: line.src, comments: [], parent: this.top };
        this.notes.add('import-guess', { what: 'heading', text: excerpt(line.text), as: 'section' }, line.src);
        node.comments.push(`Đoán: dòng in đậm không đánh số "${excerpt(line.text, 50)}" là tiêu đề mục.`);
        this.top.items.push(node);
        this.stack.push(node);
        return;
      }
    }
    const inline = toInline(line.pieces);
    let target = this.top;
    while (target.kind === 'subbullet' || target.kind === 'task') target = target.parent!;
    if (HAS_TEXT.includes(target.kind) && target.items.length === 0) {
      target.text.push(inline);
      return;
    }
    target.items.push({ kind: 'text', text: [inline], items: [], src: line.src, comments: [], parent: target });
  }

  /** The innermost open node that may hold tasks. */
  private taskHolder(): Node {
    let t = this.top;
    while (!ALLOWED[t.kind]?.includes('task')) t = t.parent!;
    return t;
  }

  private table(t: TableBlock): void {
    const shape = tableShape(t.rows);
    const holder = this.taskHolder();
    if (!shape) {
      this.notes.add('import-table-unknown', { rows: t.rows.length }, t.src);
      let first = true;
      for (const row of t.rows) for (const cell of row) for (const l of cell) {
        if (!l.text) continue;
        const node: Node = { kind: 'text', text: [toInline(l.pieces)], items: [], src: l.src, comments: [], parent: holder };
        if (first) node.comments.push('Bảng không phải bảng nhiệm vụ: nội dung các ô được giữ thành đoạn văn (xem báo cáo).');
        first = false;
        holder.items.push(node);
      }
      return;
    }
    let count = 0;
    for (let r = shape.start; r < t.rows.length; r++) {
      const row = t.rows[r];
      const get = (key: string) => row[shape.keys.indexOf(key as never)];
      const content = cellInline(get('content'));
      const lead = cellText(get('lead'));
      const src = row.flat()[0]?.src ?? t.src;
      if (!content && !lead) continue;
      if (!lead || !content) {
        // Kept whole: its text, then the other cells with their column names.
        const others = shape.keys.map((k, c) => (k !== 'stt' && k !== 'content' && cellText(row[c]) ? `${shape.headers[c]}: ${cellText(row[c])}` : '')).filter(Boolean);
        const text = `${content || lead}${others.length ? ` (${others.join('; ')})` : ''}`;
        const node: Node = { kind: 'text', text: [text], items: [], src, comments: ['Dòng bảng không có cơ quan chủ trì (hoặc nội dung): giữ thành đoạn văn.'], parent: holder };
        this.notes.add('import-unplaced', { text: excerpt(content || lead) }, src);
        holder.items.push(node);
        continue;
      }
      const details: Detail[] = [];
      shape.keys.forEach((key, c) => {
        if (!key || key === 'stt' || key === 'content') return;
        const value = key === 'coordinating' ? (row[c] ?? []).map((l) => l.text).filter(Boolean).join('; ') : cellText(row[c]);
        if (value) details.push({ field: key, label: shape.headers[c], value, guessed: false });
      });
      const task: PlanTask = { task: content, lead };
      const labels: Record<string, string> = {};
      for (const d of details) {
        (task as unknown as Record<string, string>)[d.field] = d.value;
        const label = collapse(d.label);
        if (label !== DEFAULT_TASK_LABELS[d.field]) labels[d.field] = label;
      }
      if (Object.keys(labels).length) task.labels = labels;
      const node: Node = { kind: 'task', task, text: [], items: [], src, comments: [], parent: holder };
      shape.keys.forEach((key, c) => {
        if (key || !cellText(row[c])) return;
        node.comments.push(`Cột "${shape.headers[c]}": ${cellText(row[c])}`);
      });
      holder.items.push(node);
      count++;
    }
    shape.keys.forEach((key, c) => {
      if (!key) this.notes.add('import-table-column', { header: shape.headers[c] }, t.src);
    });
    if (count) {
      this.notes.add('import-body-table', { count }, t.src);
      holder.items[holder.items.length - count]?.comments.unshift('Các nhiệm vụ dưới đây lấy từ một bảng trong nội dung của bản gốc.');
    }
  }

  /** Decide headings in a text, turn items with detail lines into tasks. */
  finish(): Node {
    const visit = (n: Node) => {
      n.items.forEach(visit);
      // In a text, an item with task lines under it is a task before it is a heading.
      if ((n.kind === 'clause' || n.kind === 'subclause') && n.titleBold === undefined && n.titlePlain) {
        if (this.maybeTask(n, n.title)) return;
        this.decideHeading(n);
      }
      if (n.kind === 'clause' || n.kind === 'subclause') {
        if (n.titleBold === false && n.title) {
          n.text.unshift(n.title);
          n.title = undefined;
        }
      }
      this.maybeTask(n);
    };
    visit(this.root);
    return this.root;
  }

  private decideHeading(n: Node): void {
    const t = n.titlePlain ?? '';
    const hasContent = n.items.length > 0 || n.text.length > 0;
    const heading = hasContent && t.length <= 150 && !/[;,]$/.test(t) && (n.items.some((c) => c.kind !== 'text') || !/\.$/.test(t));
    n.titleBold = heading;
    if ((heading && /\.$/.test(t)) || (!heading && hasContent && t.length <= 80)) {
      this.notes.add('import-guess', { what: heading ? 'heading' : 'not-heading', text: excerpt(t), as: n.kind }, n.src);
      n.comments.push(heading ? `Đoán: "${excerpt(t, 50)}" là tiêu đề.` : `Đoán: "${excerpt(t, 50)}" là nội dung, không phải tiêu đề.`);
    }
  }

  /** An item whose sub-items (or paragraphs) are all detail lines with a lead agency is a task. */
  private maybeTask(n: Node, heading?: string): boolean {
    if (!['clause', 'subclause', 'point', 'bullet'].includes(n.kind) || !n.parent || !ALLOWED[n.parent.kind]?.includes('task')) return false;
    const content = heading ?? (n.kind === 'clause' || n.kind === 'subclause' ? (n.title ? undefined : n.text[0]) : n.title);
    if (!content) return false;
    const rest = (n.kind === 'clause' || n.kind === 'subclause') && heading === undefined ? n.text.slice(1) : n.text;
    let lines: string[];
    if (n.items.length && !rest.length && n.items.every((c) => (c.kind === 'bullet' || c.kind === 'subbullet') && !c.items.length && c.titlePlain)) lines = n.items.map((c) => c.titlePlain!);
    else if (!n.items.length && rest.length) lines = rest.map(plainOf);
    else return false;
    const details = detailsOf(lines);
    if (!details) return false;
    const task: PlanTask = { task: content, lead: '' };
    const labels: Record<string, string> = {};
    for (const d of details) {
      (task as unknown as Record<string, string>)[d.field] = d.value;
      if (collapse(d.label) !== DEFAULT_TASK_LABELS[d.field]) labels[d.field] = collapse(d.label);
      if (d.guessed) {
        this.notes.add('import-guess', { what: 'task-field', label: d.label, field: d.field }, n.src);
        n.comments.push(`Đoán: dòng "${d.label}" là ${d.field === 'lead' ? 'cơ quan chủ trì (lead)' : 'cơ quan phối hợp (coordinating)'}.`);
      }
    }
    const ordered: PlanTask = { task: task.task, lead: task.lead };
    for (const k of ['coordinating', 'time', 'frequency', 'output'] as const) if (task[k]) (ordered as unknown as Record<string, unknown>)[k] = task[k];
    if (Object.keys(labels).length) ordered.labels = labels;
    n.kind = 'task';
    n.task = ordered;
    n.items = [];
    n.text = [];
    return true;
  }
}

const plainOf = (inline: string) => inline.replace(/\\(.)/g, '$1').replace(/\*+/g, '');

/** The pieces after a typed label. */
function cutLabel(pieces: Line['pieces'], label: Label): Line['pieces'] {
  const text = textOf(pieces);
  const restAt = text.length - label.rest.length;
  const at = text.lastIndexOf(label.rest);
  return slicePieces(pieces, at >= 0 ? at : Math.max(0, restAt));
}

/**
 * Plan items from the tree; the comments of each item go into `comments` under its path
 * ("body[2].items[0]"), counts per kind into `count`.
 */
export function toItems(nodes: Node[], path: string, comments: Map<string, string[]>, count: (kind: string) => void): PlanItem[] {
  return nodes.map((n, i): PlanItem => {
    const here = `${path}[${i}]`;
    if (n.comments.length) comments.set(here, [...(comments.get(here) ?? []), ...n.comments]);
    count(n.kind === 'subbullet' ? 'bullet' : n.kind);
    if (n.kind === 'task') return n.task!;
    if (n.kind === 'text') return n.text.length === 1 ? n.text[0] : { text: n.text };
    const key = n.kind === 'subbullet' ? 'bullet' : n.kind;
    const out: PlanNode = {};
    if (key === 'bullet') {
      out.bullet = n.title ?? '';
      const items = [...n.text.map((t): Node => ({ kind: 'text', text: [t], items: [], src: n.src, comments: [] })), ...n.items];
      if (items.length) out.items = toItems(items, `${here}.items`, comments, count);
      return out;
    }
    (out as Record<string, unknown>)[key] = n.title || null;
    if (n.text.length) out.text = n.text.length === 1 ? n.text[0] : n.text;
    if (n.items.length) out.items = toItems(n.items, `${here}.items`, comments, count);
    return out;
  });
}

export type LabelKindName = LabelKind;
