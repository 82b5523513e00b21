/**
 * The body's paragraphs, as the model's layout flattens them, with a redline's revision marks: a
 * node's marked heading and paragraphs, its deleted children put back, its task's detail lines.
 */
import { HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import { CENTRED_HEADING, styleId } from '../../decree30/styles.js';
import { flattenBody, type Para } from '../../model/layout.js';
import type { BodyNode, MarkedParagraph, MarkedRun, Revision, TaskDetail } from '../../model/types.js';
import { fitMarks, joinRuns, replaced, sideText, type Revisions } from './revisions.js';
import { ALIGNMENT } from './styles.js';

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** Runs with a line break where the layout puts a "\n" run (a part's label over its title). */
function runsWithBreaks(rv: Revisions, runs: MarkedRun[], whole: Revision | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let brk = false;
  for (const r of runs) {
    if (r.text === '\n') brk = true;
    else if (brk) {
      out.push(rv.run(r, whole ?? r.rev, true));
      brk = false;
    } else out.push(...rv.runs([r], whole));
  }
  return out;
}

function bodyPara(rv: Revisions, p: Para, runs: MarkedRun[], whole: Revision | undefined, mark: Revision | undefined): Paragraph {
  const children = runsWithBreaks(rv, runs, whole);
  if (p.role === 'body') return new Paragraph({ style: styleId('body'), children, ...rv.mark(mark) });
  const level = HEADING_LEVELS[Math.min((p.outline ?? 1) - 1, 3)];
  // "Phần I" on its own line, the title below it: centred, no first-line indent (Phụ lục I, Mục II, khoản 6, điểm đ).
  const centred = p.centred ? { alignment: ALIGNMENT[CENTRED_HEADING.align], indent: { firstLine: 0 } } : {};
  return new Paragraph({ heading: level, keepNext: true, children, ...centred, ...rv.mark(mark) });
}

/**
 * The body's paragraphs, as the model's layout flattens it (one node at a time, so that each
 * paragraph is known by its node). In a redline: a node's marked heading and paragraphs, its
 * children with the deleted ones, `whole` for an inserted or deleted node and all under it.
 */
export function bodyParagraphs(rv: Revisions, nodes: readonly BodyNode[], levels: Map<string, number>, whole?: Revision): Paragraph[] {
  const out: Paragraph[] = [];
  for (const n of nodes) {
    const rev = whole ?? n.rev;
    const r = n.revised;
    const task = n.task?.revised?.details ? { ...n.task, details: n.task.revised.details } : n.task;
    const view: BodyNode = {
      ...n,
      ...(r?.heading ? { heading: r.heading } : {}),
      ...(r?.paragraphs ? { paragraphs: r.paragraphs.map((p) => p.runs) } : {}),
      ...(task ? { task } : {}),
      children: [],
    };
    const details = task ? detailLines(view, levels, rev) : undefined;
    // The node's own paragraphs: the heading, its paragraphs (the first after the label), then its task's detail lines.
    let k = 0;
    for (const p of flattenBody([view], levels)) {
      if (p.path !== n.path) {
        const line = details?.get(p.path!.slice(n.path.length + 1));
        out.push(bodyPara(rv, p, line?.runs ?? p.runs, rev, rev ?? line?.rev));
      } else if (p.role !== 'body') out.push(bodyPara(rv, p, p.runs, rev, rev));
      else out.push(bodyPara(rv, p, p.runs, rev, rev ?? r?.paragraphs?.[k++]?.rev));
    }
    out.push(...bodyParagraphs(rv, r?.children ?? n.children, levels, rev));
  }
  return out;
}

/** The printed detail lines of a task node (by field) for some detail values. */
function printedDetails(node: BodyNode, details: TaskDetail[], levels: Map<string, number>): Map<string, string> {
  const view: BodyNode = { ...node, heading: undefined, paragraphs: [], label: '', task: { ...node.task!, details }, children: [] };
  return new Map(flattenBody([view], levels).filter((p) => p.path !== node.path).map((p) => [p.path!.slice(node.path.length + 1), p.runs.map((x) => x.text).join('')]));
}

/**
 * The detail lines of a task node in a redline, by field: each as the layout prints it after
 * Accept All and after Reject All (a line frames its value with the label before it and a stop
 * after it that depends on whether the line is the last), the value's marks laid between the
 * two, the framing marked where it differs. Undefined for a node without marked details (its
 * lines are printed as laid out).
 */
function detailLines(node: BodyNode, levels: Map<string, number>, whole: Revision | undefined): Map<string, MarkedParagraph> | undefined {
  const all = node.task!.details;
  if (whole || !all.some((d) => d.rev || d.revised)) return undefined;
  const accepted = all.filter((d) => d.rev !== 'del');
  const rejected = all.filter((d) => d.rev !== 'ins').map((d) => (d.revised?.value ? { ...d, value: sideText(d.revised.value, 'del') } : d));
  /** Each line split into the text before its value, the value as printed, and the text after. */
  const parts = (details: TaskDetail[]) => {
    const lines = printedDetails(node, details, levels);
    // Printing one-letter values shows where a value stands in its line.
    const a = printedDetails(node, details.map((d) => ({ ...d, value: 'a' })), levels);
    const b = printedDetails(node, details.map((d) => ({ ...d, value: 'b' })), levels);
    const out = new Map<string, { before: string; value: string; after: string }>();
    for (const [field, line] of lines) {
      const la = a.get(field)!;
      const lb = b.get(field)!;
      let at = 0;
      while (at < la.length && la[at] === lb[at]) at++;
      const after = la.slice(at + 1);
      out.set(field, { before: line.slice(0, at), value: line.slice(at, line.length - after.length), after });
    }
    return out;
  };
  const acc = parts(accepted);
  const rej = parts(rejected);
  const out = new Map<string, MarkedParagraph>();
  for (const d of all) {
    if (d.rev) {
      const p = (d.rev === 'ins' ? acc : rej).get(d.field)!;
      out.set(d.field, { runs: [{ text: p.before + p.value + p.after, rev: d.rev }], rev: d.rev });
      continue;
    }
    const x = acc.get(d.field)!;
    const y = rej.get(d.field)!;
    const value = d.revised?.value ? fitMarks(d.revised.value, x.value, y.value) : replaced(x.value, y.value);
    out.set(d.field, { runs: joinRuns([...replaced(x.before, y.before), ...value, ...replaced(x.after, y.after)]) });
  }
  return out;
}
