/**
 * Numbering labels as the document prints them, and labels typed by hand.
 *
 * The tool numbers every part, section, clause, point, bullet and task ("A.", "I.", "1.", "1.1.",
 * "a)", "-", "+"). A clerk used to Word often types the number too: `clause: 1. Mục đích` would
 * print "1. 1. Mục đích". Such a typed label is removed when it is the label the tool assigns at
 * that place (the clerk is told), and is an error when it is not ("3." where the tool prints
 * "2.", "a)" on a bullet): a document with a doubled label is never written.
 *
 * `levelLabels` is the one definition of how a list is numbered; the model (model/build/body.ts)
 * numbers the document with it, and the check here compares typed labels with it.
 */
import { diag, type Diagnostic, type Span } from '../diagnostics/index.js';
import { childStyle, labelFor, toRoman, type NumberStyle } from '../decree30/numbering.js';
import type { PathSegment, SourceMap } from './load.js';
import { asList, itemKind, type NodeKind, type Plan, type PlanItem, type PlanNode, type PlanTask } from './types.js';
import { displayPath } from './validate.js';

export interface ItemLabel {
  /** The numbering style of the item; absent for unnumbered paragraphs. */
  style?: NumberStyle;
  /** The printed label ("1.", "a)", "-"), '' for unnumbered paragraphs. */
  label: string;
}

/** The style of a node item below a parent: a bullet inside a bullet is a "+" sub-bullet. */
export function nodeStyle(kind: NodeKind, parent: NumberStyle | 'root'): NumberStyle {
  return kind === 'bullet' && (parent === 'bullet' || parent === 'subbullet') ? 'subbullet' : kind;
}

/** The labels of the items of one list, counted per style, as the document prints them. */
export function levelLabels(items: readonly PlanItem[], parentStyle: NumberStyle | 'root', parentLabel: string): ItemLabel[] {
  const counters = new Map<NumberStyle, number>();
  const next = (style: NumberStyle): ItemLabel => {
    const n = (counters.get(style) ?? 0) + 1;
    counters.set(style, n);
    return { style, label: labelFor(style, n, parentLabel) };
  };
  return items.map((item) => {
    const kind = itemKind(item);
    if (kind === 'string' || kind === 'text') return { label: '' };
    if (kind === 'task') return next(childStyle(parentStyle));
    return next(nodeStyle(kind, parentStyle));
  });
}

/**
 * A label typed at the start of a text: "1.", "1)", "1.1.", "1.1", "II.", "A.", "a)", "a.", "-", "+",
 * "•", followed by a space (an en dash "–" is punctuation, not a bullet). Numbers have at most two digits per part, so "1.000 lượt" (a thousand)
 * is not a label.
 */
const TYPED = /^[ \t]*(?<label>\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[IVXLC]{1,6}[.)]|[A-ZĐ]\.|[a-zđ]{1,2}\)|[a-zđ]\.|(?<sign>[-+•]))(?=\s)\s*/u;

export interface TypedLabel {
  /** As typed: "1.", "a)", "-". */
  label: string;
  /** Number or letter without its mark ("1", "a", "II"), or the bullet sign. */
  core: string;
  /** Characters to remove from the start of the text (the label and the spaces after it). */
  length: number;
}

export function typedLabel(text: string): TypedLabel | undefined {
  const m = TYPED.exec(text);
  if (!m) return undefined;
  const label = m.groups!.label;
  const sign = m.groups!.sign;
  const core = sign ? (sign === '+' ? '+' : '-') : label.replace(/[.)]$/, '');
  return { label, core, length: m[0].length };
}

/** The core of an assigned label: "1." → "1", "a)" → "a", "1.1." → "1.1", "-" → "-". */
const coreOf = (label: string): string => label.replace(/[.)]$/, '');

/** Whether a typed label says what the tool prints there ("a." for "a)", "1)" for "1." count). */
export function sameLabel(typed: TypedLabel, assigned: string): boolean {
  return typed.core.toLocaleLowerCase('vi') === coreOf(assigned).toLocaleLowerCase('vi');
}

/**
 * Typed labels in a schema-valid plan: a copy of the plan with the labels that match removed, and
 * a warning for each (number-typed), or an error where a typed label does not match
 * (number-typed-mismatch). `text` is the plan's source, to point at the label itself.
 */
export function checkTypedLabels(plan: Plan, source: SourceMap, text: string): { plan: Plan; diagnostics: Diagnostic[] } {
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];
  const copy = structuredClone(plan);
  /** The span of the label: the start of the value, past an opening quote. */
  const labelSpan = (path: PathSegment[], length: number): Span => {
    const at = source.locate(path);
    const line = lines[at.start.line - 1] ?? '';
    const quoted = line[at.start.column - 1] === '"' || line[at.start.column - 1] === "'";
    const column = at.start.column + (quoted ? 1 : 0);
    return { file: at.file, start: { line: at.start.line, column }, end: { line: at.start.line, column: column + length } };
  };
  /** Check one text that starts a numbered item; returns it without a matching label. */
  const check = (value: string, path: PathSegment[], assigned: string, style: NumberStyle | 'row' | 'group'): string => {
    const typed = typedLabel(value);
    if (!typed) return value;
    const span = labelSpan(path, typed.label.length);
    const where = { path: displayPath(path) };
    if (sameLabel(typed, assigned)) {
      diagnostics.push(diag('number-typed', { label: typed.label, assigned }, span, where));
      return value.slice(typed.length);
    }
    diagnostics.push(diag('number-typed-mismatch', { label: typed.label, assigned, style }, span, where));
    return value;
  };

  const walk = (items: PlanItem[], path: PathSegment[], parentStyle: NumberStyle | 'root', parentLabel: string) => {
    const labels = levelLabels(items, parentStyle, parentLabel);
    items.forEach((item, i) => {
      const { style, label } = labels[i];
      if (!style) return;
      const p = [...path, i];
      const kind = itemKind(item);
      if (kind === 'task') {
        const task = item as PlanTask;
        task.task = check(task.task, [...p, 'task'], label, style);
        return;
      }
      const node = item as PlanNode;
      const key = kind as 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet';
      const title = node[key];
      if (typeof title === 'string' && title.trim()) {
        node[key] = check(title, [...p, key], label, style);
      } else if (node.text !== undefined) {
        // An item without a title starts with its first paragraph: "clause:" + "text: 1. Các cơ quan …".
        const list = asList(node.text);
        if (list.length) {
          const first = check(list[0], Array.isArray(node.text) ? [...p, 'text', 0] : [...p, 'text'], label, style);
          node.text = Array.isArray(node.text) ? [first, ...list.slice(1)] : first;
        }
      }
      if (node.items) walk(node.items, [...p, 'items'], style, label);
    });
  };
  walk(copy.body, ['body'], 'root', '');
  (copy.appendices ?? []).forEach((a, i) => a.items && walk(a.items, ['appendices', i, 'items'], 'root', ''));

  // The register of an appendix table: rows numbered 1, 2, … (again in each group), groups I, II, ….
  let group = 0;
  let row = 0;
  (copy.tasks ?? []).forEach((entry, i) => {
    if ('group' in entry) {
      entry.group = check(entry.group, ['tasks', i, 'group'], `${toRoman(++group)}.`, 'group');
      entry.tasks.forEach((t, k) => (t.task = check(t.task, ['tasks', i, 'tasks', k, 'task'], `${k + 1}.`, 'row')));
      row = 0;
    } else {
      entry.task = check(entry.task, ['tasks', i, 'task'], `${++row}.`, 'row');
    }
  });
  return { plan: copy, diagnostics };
}
