/**
 * Markdown (GitHub-flavoured): a summary table, then one list entry per change. Deleted words
 * read ~~struck through~~, inserted words **bold**.
 */
import type { Lang } from '../../diagnostics/index.js';
import { excerpt, fieldName, kindName, shorten, TYPE_NAMES, whereText, words } from './present.js';
import type { Change, DiffResult, Segment } from '../types.js';

const PRIMARY = new Set(['text', 'heading', 'content', 'title']);

export interface MarkdownOptions {
  lang?: Lang;
  context?: number;
}

/** Escape characters Markdown would read as syntax. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_~[\]<>|#]/g, (c) => `\\${c}`).replace(/\n/g, ' ¶ ');
}

/** Wrap text in a delimiter, keeping its outer spaces outside (GFM needs the delimiter next to a non-space). */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}` : text;
}

export function segmentsMarkdown(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? escapeMarkdown(s.text) : wrap(s.text, s.op === 'delete' ? '~~' : '**'))).join('');
}

function changeMarkdown(change: Change, lang: Lang, context: number, depth: number): string[] {
  const w = words(lang);
  const pad = '  '.repeat(depth);
  const where = whereText(change);
  const loc = change.new ?? change.old!;
  const title = `**${TYPE_NAMES[change.type][lang]}** ${kindName(change, lang)}${change.moved ? ` (${w.alsoMoved})` : ''}${change.oldKind ? ` (${w.kindChanged}: ${change.oldKind} → ${change.kind})` : ''}${where ? ` — ${escapeMarkdown(where)}` : ''}`;
  const lines = [`${pad}- ${title}`];
  const label = loc.label ? `${escapeMarkdown(loc.label)} ` : '';
  const identity = `${label}${escapeMarkdown(shorten(change.text, 160))}`;
  if (change.type === 'moved') lines.push(`${pad}  ${identity}`);
  else if (change.text && !change.fields.some((f) => PRIMARY.has(f.name))) lines.push(`${pad}  *${identity}*`);
  for (const f of change.fields) {
    const value =
      f.segments !== undefined
        ? segmentsMarkdown(excerpt(f.segments, context))
        : f.new !== undefined
          ? wrap(f.new, change.type === 'added' ? '**' : '')
          : wrap(f.old ?? '', '~~');
    lines.push(`${pad}  - ${fieldName(f.name, lang)}: ${f === change.fields[0] && PRIMARY.has(f.name) ? label : ''}${value}`);
  }
  if (change.type === 'moved' || change.moved) {
    const old = change.old!;
    const at = [...old.context.map((c) => shorten(c, 40)), old.label].filter(Boolean).join(' › ');
    lines.push(`${pad}  - *${w.from}: ${escapeMarkdown(at || old.path)}*`);
  }
  for (const child of change.children ?? []) lines.push(...changeMarkdown(child, lang, context, depth + 1));
  return lines;
}

export function formatMarkdown(result: DiffResult, options: MarkdownOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const context = options.context ?? 80;
  const w = words(lang);
  const s = result.summary;
  const plan = (p: DiffResult['old']) => `\`${p.file || '?'}\` — ${escapeMarkdown(p.title)}${p.year !== undefined ? ` (${p.year})` : ''}`;
  const out = [
    `# ${w.title}`,
    '',
    `- ${w.old}: ${plan(result.old)}`,
    `- ${w.new}: ${plan(result.new)}`,
    '',
    `## ${w.summary}`,
    '',
    `| ${TYPE_NAMES.added[lang]} | ${TYPE_NAMES.removed[lang]} | ${TYPE_NAMES.modified[lang]} | ${TYPE_NAMES.moved[lang]} | ${TYPE_NAMES.year[lang]} | ${w.renumberedShort} | ${w.total} |`,
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${s.added} | ${s.removed} | ${s.modified} | ${s.moved} | ${s.yearUpdated} | ${s.renumbered} | ${s.total} |`,
    '',
  ];
  if (s.total === 0) out.push(w.noChanges, '');
  if (result.year) out.push(`> ${escapeMarkdown(w.year(result.year.from, result.year.to, result.year.count, result.year.shown))}`, '');
  if (s.renumbered) out.push(`> ${escapeMarkdown(w.renumbered(s.renumbered))}`, '');
  if (result.changes.length) {
    out.push(`## ${w.list}`, '');
    for (const c of result.changes) out.push(...changeMarkdown(c, lang, context, 0));
    out.push('');
  }
  if (result.year?.shown && result.year.changes.length) {
    out.push(`## ${w.yearChanges} (${result.year.from} → ${result.year.to})`, '');
    for (const c of result.year.changes) out.push(...changeMarkdown(c, lang, context, 0));
    out.push('');
  }
  return out.join('\n');
}
