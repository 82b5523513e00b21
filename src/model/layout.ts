/**
 * The body tree flattened into paragraphs with roles, labels already in the text.
 * Shared by every emitter so DOCX and PDF print the same words in the same order.
 */
import { FONT_SINGLE_LINE_EM, type Measures } from '../decree30/measures.js';
import type { Run } from '../text/inline.js';
import type { BodyNode, RecipientGroup } from './types.js';

export type ParaRole = 'part' | 'section' | 'clause' | 'subclause' | 'body';

export interface Para {
  role: ParaRole;
  runs: Run[];
  /** Outline level (1 = top) for headings, so Word's navigation pane shows the structure. */
  outline?: number;
  /** Keep with the next paragraph (headings). */
  keepNext?: boolean;
  /**
   * A centred heading without first-line indent: a part whose label stands on its own line
   * ("Phần I", a "\n" run, then its title).
   */
  centred?: boolean;
  /** Source path in the plan, for diffs and diagnostics. */
  path?: string;
}

const HEADING_KINDS = ['part', 'section', 'clause', 'subclause'] as const;

function prefixed(label: string, runs: Run[], labelStyle: { bold?: boolean; italic?: boolean } = {}): Run[] {
  if (!label) return runs;
  return [{ text: `${label} `, ...labelStyle }, ...runs];
}

function headingStyle(role: ParaRole): { bold?: boolean; italic?: boolean } {
  return role === 'subclause' ? { bold: true, italic: true } : role === 'body' ? {} : { bold: true };
}

/** A run-in heading ends with ":" unless it already ends with a mark of its own. */
function runInHeading(runs: Run[], style: { bold?: boolean; italic?: boolean }): Run[] {
  const out = runs.map((r) => ({ ...r, ...style }));
  const text = out.map((r) => r.text).join('').trimEnd();
  if (!/[:.;,!?…]$/.test(text)) out.push({ text: ':', ...style });
  return out;
}

/**
 * The label of an untitled clause, sub-clause or point takes the weight and slant of the words
 * it opens, as a word processor's numbering takes the formatting of the paragraph's first
 * characters ("1. **Đối tượng:** …" prints its number bold).
 */
function labelStyleOf(kind: BodyNode['kind'], first: Run[]): { bold?: boolean; italic?: boolean } {
  if (kind !== 'clause' && kind !== 'subclause' && kind !== 'point') return {};
  const head = first.find((r) => r.text.trim());
  return { ...(head?.bold ? { bold: true } : {}), ...(head?.italic ? { italic: true } : {}) };
}

/** The outline levels in use: parts only count when the plan has parts. */
export function outlineLevels(nodes: BodyNode[]): Map<string, number> {
  const used = new Set<string>();
  const visit = (ns: BodyNode[]) => ns.forEach((n) => {
    if (n.heading && !n.runIn && (HEADING_KINDS as readonly string[]).includes(n.kind)) used.add(n.kind);
    visit(n.children);
  });
  visit(nodes);
  const levels = new Map<string, number>();
  let level = 1;
  for (const k of HEADING_KINDS) if (used.has(k)) levels.set(k, level++);
  return levels;
}

export function flattenBody(nodes: BodyNode[], levels = outlineLevels(nodes)): Para[] {
  const out: Para[] = [];
  const walk = (ns: BodyNode[]) => {
    for (const n of ns) {
      const role: ParaRole = n.heading && (HEADING_KINDS as readonly string[]).includes(n.kind) ? (n.kind as ParaRole) : 'body';
      const paragraphs = [...n.paragraphs];
      if (n.runIn && n.heading) {
        // "3. Đối tượng: Toàn thể cán bộ …": the bold label and heading, then the first paragraph.
        const style = headingStyle(n.kind === 'subclause' ? 'subclause' : 'clause');
        const first = paragraphs.shift() ?? [];
        out.push({ role: 'body', runs: [...prefixed(n.label, runInHeading(n.heading, style), style), ...(first.length ? [{ text: ' ' }, ...first] : [])], path: n.path });
      } else if (role !== 'body' && n.heading) {
        const style = headingStyle(role);
        const heading = n.heading.map((r) => ({ ...r, ...style }));
        out.push({
          role,
          runs: n.ownLine ? [{ text: n.label, ...style }, { text: '\n', ...style }, ...heading] : prefixed(n.label, heading, style),
          outline: levels.get(n.kind),
          keepNext: true,
          ...(n.ownLine ? { centred: true } : {}),
          path: n.path,
        });
      } else if (n.label) {
        const first = paragraphs.shift() ?? [];
        out.push({ role: 'body', runs: prefixed(n.label, first, labelStyleOf(n.kind, first)), path: n.path });
      }
      for (const p of paragraphs) out.push({ role: 'body', runs: p, path: n.path });
      if (n.task) {
        const mark = n.style === 'bullet' || n.style === 'subbullet' ? '+' : '-';
        n.task.details.forEach((d, i, all) => {
          const end = i === all.length - 1 ? '.' : ';';
          out.push({ role: 'body', runs: [{ text: `${mark} ${d.label}: ${d.value.replace(/[.;]$/, '')}${end}` }], path: `${n.path}.${d.field}` });
        });
      }
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** A box in points, from the left of the "Nơi nhận" column and the top of a group's first line. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the brace of a group of recipients and its purpose stand (both emitters draw them here):
 * the brace in the room the group's lines leave on their right, as tall as their printed lines
 * less an inset at each end; the purpose after it, its lines centred on the brace's height.
 */
export function braceLayout(m: Measures, g: RecipientGroup, columnPt: number): { brace: Box; purpose: Box } {
  const { braceWidthPt, braceGapPt, braceInsetPt } = m.signature;
  const line = m.size.recipients * FONT_SINGLE_LINE_EM;
  const height = g.lines * line;
  const braceX = columnPt - g.indentRightPt + braceGapPt;
  const purposeX = braceX + braceWidthPt + braceGapPt;
  const purposeHeight = g.purposeLines.length * line;
  // The purpose's box is a little wider than its longest line, so that it never wraps again.
  const purposeWidth = g.indentRightPt - 2 * braceGapPt - braceWidthPt + 2;
  return {
    brace: { x: braceX, y: braceInsetPt, width: braceWidthPt, height: height - 2 * braceInsetPt },
    purpose: { x: purposeX, y: (height - purposeHeight) / 2, width: purposeWidth, height: purposeHeight },
  };
}
