/**
 * The body tree flattened into paragraphs with roles, labels already in the text.
 * Shared by every emitter so DOCX and PDF print the same words in the same order.
 */
import type { Run } from '../text/inline.js';
import type { BodyNode } from './types.js';

export type ParaRole = 'part' | 'section' | 'clause' | 'subclause' | 'body';

export interface Para {
  role: ParaRole;
  runs: Run[];
  /** Outline level (1 = top) for headings, so Word's navigation pane shows the structure. */
  outline?: number;
  /** Keep with the next paragraph (headings). */
  keepNext?: boolean;
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

/** The outline levels in use: parts only count when the plan has parts. */
export function outlineLevels(nodes: BodyNode[]): Map<string, number> {
  const used = new Set<string>();
  const visit = (ns: BodyNode[]) => ns.forEach((n) => {
    if (n.heading && (HEADING_KINDS as readonly string[]).includes(n.kind)) used.add(n.kind);
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
      if (role !== 'body' && n.heading) {
        const style = headingStyle(role);
        out.push({
          role,
          runs: prefixed(n.label, n.heading.map((r) => ({ ...r, ...style })), style),
          outline: levels.get(n.kind),
          keepNext: true,
          path: n.path,
        });
      } else if (n.label) {
        const first = paragraphs.shift() ?? [];
        out.push({ role: 'body', runs: prefixed(n.label, first), path: n.path });
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
