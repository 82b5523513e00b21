/**
 * Presentation helpers shared by the diff formatters: item names (words from the catalogue),
 * where a change is, excerpts of long edited paragraphs.
 */
import { DIFF_WORDS, FIELD_NAMES, KIND_NAMES, SLOT_NAMES } from '../../diagnostics/catalog/index.js';
import type { Lang } from '../../diagnostics/index.js';
import { TYPE_NAMES as TYPES } from '../../diagnostics/catalog/index.js';
import type { Change, ChangeType, DiffResult, ItemKind, Segment } from '../types.js';

/** Every change type and item kind has its name in the catalogue (test/catalog.test.ts). */
export const TYPE_NAMES: Record<ChangeType, { vi: string; en: string }> = TYPES as Record<ChangeType, { vi: string; en: string }>;
const kinds = KIND_NAMES as Record<ItemKind, { vi: string; en: string }>;

export function words(lang: Lang) {
  return DIFF_WORDS[lang];
}

export function kindName(change: Pick<Change, 'kind' | 'slot'>, lang: Lang): string {
  if (change.slot && SLOT_NAMES[change.slot] && change.kind !== 'archive') return `${kinds[change.kind][lang]} › ${SLOT_NAMES[change.slot][lang]}`;
  return kinds[change.kind][lang];
}

export function fieldName(name: string, lang: Lang): string {
  return FIELD_NAMES[name]?.[lang] ?? name;
}

/** "C. NHIỆM VỤ… › I. VỀ CẢI CÁCH HÀNH CHÍNH": where a change is (its new place, else its old one). */
export function whereText(change: Change, max = 48): string {
  const loc = change.new ?? change.old;
  if (!loc) return '';
  return loc.context.map((c) => shorten(c, max)).join(' › ');
}

export function shorten(s: string, max: number): string {
  const one = s.replace(/\n/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** The one-line summary: "17 thay đổi: 3 thêm, 2 bỏ, 9 sửa, 2 đổi chỗ". */
export function summaryText(result: DiffResult, lang: Lang): string {
  const w = words(lang);
  const s = result.summary;
  if (s.total === 0) return w.noChanges;
  const parts = [
    s.added ? `${s.added} ${w.added}` : '',
    s.removed ? `${s.removed} ${w.removed}` : '',
    s.modified ? `${s.modified} ${w.modified}` : '',
    s.moved ? `${s.moved} ${w.moved}` : '',
    result.year ? `1 ${w.yearShort}` : '',
  ].filter(Boolean);
  return `${w.changes(s.total)}: ${parts.join(', ')}`;
}

/**
 * Shorten the unchanged stretches of a long edited text to `keep` characters around each edit,
 * so a one-word change in a long paragraph shows as one line.
 */
export function excerpt(segments: Segment[], keep = 60): Segment[] {
  return segments.map((s, i) => {
    if (s.op !== 'equal' || s.text.length <= keep * 2 + 10) return s;
    const first = i === 0;
    const last = i === segments.length - 1;
    const head = first ? '' : headOf(s.text, keep);
    const tail = last ? '' : tailOf(s.text, keep);
    return { op: 'equal', text: `${head}…${tail}` };
  });
}

/** The first words of a text, up to about `n` characters, ending on a space. */
function headOf(s: string, n: number): string {
  const cut = s.slice(0, n);
  const i = cut.lastIndexOf(' ');
  return i > 0 ? cut.slice(0, i + 1) : cut;
}

/** The last words of a text, from about `n` characters before its end, starting on a space. */
function tailOf(s: string, n: number): string {
  const cut = s.slice(-n);
  const i = cut.indexOf(' ');
  return i >= 0 ? cut.slice(i) : cut;
}

/** Flatten nested added/removed changes with their depth, for list-like outputs. */
export function withChildren(changes: Change[], depth = 0): { change: Change; depth: number }[] {
  return changes.flatMap((c) => [{ change: c, depth }, ...withChildren(c.children ?? [], depth + 1)]);
}

export function countDescendants(change: Change): number {
  return (change.children ?? []).reduce((a, c) => a + 1 + countDescendants(c), 0);
}
