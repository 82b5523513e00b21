/**
 * Terminal text: one block per change, word-level edits inline. With colours, deletions are red
 * and struck through, insertions green and underlined; without, they read [-old-]{+new+} as in
 * `git diff --word-diff`.
 */
import type { Lang } from '../../diagnostics/index.js';
import { excerpt, fieldName, kindName, shorten, TYPE_NAMES, whereText, words } from './present.js';
import type { Change, ChangeType, DiffResult, FieldChange, Segment } from '../types.js';

/** Styling functions (e.g. from chalk); identity functions give plain text. */
export interface TextColors {
  enabled: boolean;
  del: (s: string) => string;
  ins: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
  type: (t: ChangeType, s: string) => string;
}

export const PLAIN: TextColors = {
  enabled: false,
  del: (s) => s,
  ins: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  type: (_t, s) => s,
};

export interface TextOptions {
  lang?: Lang;
  colors?: TextColors;
  /** Characters of unchanged text kept around each edit of a long paragraph. */
  context?: number;
}

const SYMBOL: Record<ChangeType, string> = { added: '+', removed: '-', modified: '~', moved: '↕', year: '≈' };
const PRIMARY = new Set(['text', 'heading', 'content', 'title']);
const oneLine = (s: string) => s.replace(/\n/g, ' ¶ ');

export function segmentsText(segments: Segment[], colors: TextColors): string {
  return segments
    .map((s) => {
      const t = oneLine(s.text);
      if (s.op === 'equal') return t;
      if (colors.enabled) return s.op === 'delete' ? colors.del(t) : colors.ins(t);
      return s.op === 'delete' ? `[-${t}-]` : `{+${t}+}`;
    })
    .join('');
}

function fieldLines(change: Change, colors: TextColors, lang: Lang, context: number): string[] {
  const loc = change.new ?? change.old!;
  const label = loc.label ? `${loc.label} ` : '';
  const single = change.fields.length === 1 && PRIMARY.has(change.fields[0].name);
  return change.fields.map((f: FieldChange, i) => {
    const value =
      f.segments !== undefined
        ? segmentsText(excerpt(f.segments, context), colors)
        : f.new !== undefined
          ? (change.type === 'added' ? colors.ins : (s: string) => s)(oneLine(f.new))
          : colors.del(oneLine(f.old ?? ''));
    if (i === 0 && PRIMARY.has(f.name) && (single || change.type === 'added' || change.type === 'removed')) return `${label}${value}`;
    return `${fieldName(f.name, lang)}: ${value}`;
  });
}

function changeBlock(change: Change, lang: Lang, colors: TextColors, context: number, depth: number): string[] {
  const w = words(lang);
  const pad = '  '.repeat(depth);
  const where = whereText(change);
  const head = [
    colors.type(change.type, `${SYMBOL[change.type]} ${TYPE_NAMES[change.type][lang]}`),
    colors.bold(kindName(change, lang)) + (change.moved ? ` (${w.alsoMoved})` : '') + (change.oldKind ? ` (${w.kindChanged}: ${change.oldKind} → ${change.kind})` : ''),
    where ? colors.dim(where) : '',
  ].filter(Boolean).join(' ');
  const lines = [pad + head];
  const body: string[] = [];
  const loc = change.new ?? change.old!;
  const identity = `${loc.label ? `${loc.label} ` : ''}${shorten(change.text, 120)}`;
  if (change.type === 'moved') body.push(identity);
  else {
    // When only secondary fields changed (a deadline, a lead agency), say which item it is.
    if (change.text && !change.fields.some((f) => PRIMARY.has(f.name))) body.push(colors.dim(identity));
    body.push(...fieldLines(change, colors, lang, context));
  }
  if (change.type === 'moved' || change.moved) {
    const old = change.old!;
    const at = [...old.context.map((c) => shorten(c, 40)), old.label].filter(Boolean).join(' › ');
    body.push(colors.dim(`(${w.from}: ${at || old.path})`));
  }
  if (change.type === 'removed' && change.fields.length) {
    // Removed text reads struck through (colours) or inside [- -] (plain): mark whole lines.
    for (let i = 0; i < body.length; i++) body[i] = colors.enabled ? body[i] : `[-${body[i]}-]`;
  }
  if (change.type === 'added' && !colors.enabled) for (let i = 0; i < body.length; i++) body[i] = `{+${body[i]}+}`;
  lines.push(...body.map((l) => `${pad}    ${l}`));
  for (const child of change.children ?? []) lines.push(...changeBlock(child, lang, colors, context, depth + 1));
  return lines;
}

export function formatText(result: DiffResult, options: TextOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const colors = options.colors ?? PLAIN;
  const context = options.context ?? 60;
  const w = words(lang);
  const name = (p: DiffResult['old']) => `${p.file || '?'}${p.year !== undefined ? ` (${p.year})` : ''}`;
  const out: string[] = [colors.bold(`${w.compare}: ${name(result.old)} → ${name(result.new)}`)];
  const s = result.summary;
  out.push(s.total === 0 ? colors.type('moved', w.noChanges) : `${w.changes(s.total)}: ${[
    s.added ? colors.type('added', `${s.added} ${w.added}`) : '',
    s.removed ? colors.type('removed', `${s.removed} ${w.removed}`) : '',
    s.modified ? colors.type('modified', `${s.modified} ${w.modified}`) : '',
    s.moved ? colors.type('moved', `${s.moved} ${w.moved}`) : '',
    result.year ? colors.type('year', `1 ${w.yearShort}`) : '',
  ].filter(Boolean).join(', ')}`);
  if (result.year) out.push(colors.dim(w.year(result.year.from, result.year.to, result.year.count, result.year.shown)));
  if (s.renumbered) out.push(colors.dim(w.renumbered(s.renumbered)));
  for (const change of result.changes) {
    out.push('');
    out.push(...changeBlock(change, lang, colors, context, 0));
  }
  if (result.year?.shown && result.year.changes.length) {
    out.push('', colors.bold(`${w.yearChanges} (${result.year.from} → ${result.year.to})`));
    for (const change of result.year.changes) out.push('', ...changeBlock(change, lang, colors, context, 0));
  }
  return out.join('\n') + '\n';
}
