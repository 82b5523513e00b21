/**
 * Wording shared by the diff formatters (Vietnamese and English) and small presentation helpers:
 * item names, where a change is, excerpts of long edited paragraphs.
 */
import type { Lang } from '../../diagnostics/index.js';
import type { Change, ChangeType, DiffResult, ItemKind, Segment } from '../types.js';

export const KIND_NAMES: Record<ItemKind, { vi: string; en: string }> = {
  header: { vi: 'phần đầu văn bản', en: 'header' },
  ground: { vi: 'căn cứ', en: 'legal basis' },
  opening: { vi: 'đoạn mở đầu', en: 'opening' },
  part: { vi: 'phần', en: 'part' },
  section: { vi: 'mục', en: 'section' },
  clause: { vi: 'khoản', en: 'clause' },
  subclause: { vi: 'tiểu mục', en: 'sub-clause' },
  point: { vi: 'điểm', en: 'point' },
  bullet: { vi: 'ý', en: 'bullet' },
  text: { vi: 'đoạn văn', en: 'paragraph' },
  task: { vi: 'nhiệm vụ', en: 'task' },
  closing: { vi: 'đoạn kết', en: 'closing' },
  signature: { vi: 'chữ ký', en: 'signature' },
  recipient: { vi: 'nơi nhận', en: 'recipient' },
  archive: { vi: 'nơi lưu', en: 'archive line' },
  appendix: { vi: 'phụ lục', en: 'appendix' },
  row: { vi: 'nhiệm vụ trong bảng', en: 'table task' },
  group: { vi: 'nhóm trong bảng', en: 'table group' },
};

export const SLOT_NAMES: Record<string, { vi: string; en: string }> = {
  parent: { vi: 'cơ quan chủ quản', en: 'parent agency' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuing agency' },
  nationalTitle: { vi: 'quốc hiệu', en: 'national title' },
  motto: { vi: 'tiêu ngữ', en: 'motto' },
  number: { vi: 'số, ký hiệu', en: 'number and symbol' },
  placeDate: { vi: 'địa danh, ngày tháng', en: 'place and date' },
  type: { vi: 'tên loại', en: 'document type' },
  summary: { vi: 'trích yếu', en: 'summary' },
  authority: { vi: 'quyền hạn, chức vụ người ký', en: 'signing authority and position' },
  name: { vi: 'họ tên người ký', en: 'signer name' },
  image: { vi: 'ảnh chữ ký', en: 'signature image' },
  seal: { vi: 'ảnh con dấu', en: 'seal image' },
  archive: { vi: 'nơi lưu', en: 'archive line' },
};

export const FIELD_NAMES: Record<string, { vi: string; en: string }> = {
  heading: { vi: 'tiêu đề', en: 'heading' },
  text: { vi: 'nội dung', en: 'text' },
  content: { vi: 'nội dung', en: 'content' },
  lead: { vi: 'chủ trì', en: 'lead' },
  coordinating: { vi: 'phối hợp', en: 'coordinating' },
  time: { vi: 'thời gian', en: 'deadline' },
  frequency: { vi: 'tần suất', en: 'frequency' },
  output: { vi: 'sản phẩm', en: 'output' },
  title: { vi: 'tên', en: 'title' },
};

export const TYPE_NAMES: Record<ChangeType, { vi: string; en: string }> = {
  added: { vi: 'Thêm', en: 'Added' },
  removed: { vi: 'Bỏ', en: 'Removed' },
  modified: { vi: 'Sửa', en: 'Modified' },
  moved: { vi: 'Đổi chỗ', en: 'Moved' },
  year: { vi: 'Cập nhật năm', en: 'Year updated' },
};

const WORDS = {
  vi: {
    compare: 'So sánh',
    noChanges: 'Không có thay đổi.',
    changes: (n: number) => `${n} thay đổi`,
    added: 'thêm',
    removed: 'bỏ',
    modified: 'sửa',
    moved: 'đổi chỗ',
    renumbered: (n: number) => `${n} mục chỉ đổi số thứ tự (không tính là thay đổi)`,
    year: (from: number, to: number, n: number, shown: boolean) =>
      `Năm kế hoạch ${from} → ${to}: ${n} chỗ chỉ đổi năm, gộp thành một thay đổi${shown ? '' : ' (thêm --show-year-changes để xem từng chỗ)'}`,
    alsoMoved: 'và đổi chỗ',
    from: 'trước ở',
    subItems: (n: number) => `${n} mục con`,
    kindChanged: 'đổi loại',
    title: 'So sánh kế hoạch',
    old: 'Bản cũ',
    new: 'Bản mới',
    summary: 'Tóm tắt',
    list: 'Các thay đổi',
    yearChanges: 'Các chỗ chỉ đổi năm',
    total: 'tổng',
    renumberedShort: 'đổi số thứ tự',
    yearShort: 'chỉ đổi năm',
  },
  en: {
    compare: 'Comparing',
    noChanges: 'No changes.',
    changes: (n: number) => `${n} change${n === 1 ? '' : 's'}`,
    added: 'added',
    removed: 'removed',
    modified: 'modified',
    moved: 'moved',
    renumbered: (n: number) => `${n} item${n === 1 ? '' : 's'} only renumbered (not counted as changes)`,
    year: (from: number, to: number, n: number, shown: boolean) =>
      `Plan year ${from} → ${to}: ${n} place${n === 1 ? '' : 's'} changed only by the year, grouped as one change${shown ? '' : ' (add --show-year-changes to list them)'}`,
    alsoMoved: 'and moved',
    from: 'was at',
    subItems: (n: number) => `${n} sub-item${n === 1 ? '' : 's'}`,
    kindChanged: 'kind changed',
    title: 'Plan comparison',
    old: 'Old',
    new: 'New',
    summary: 'Summary',
    list: 'Changes',
    yearChanges: 'Year-only edits',
    total: 'total',
    renumberedShort: 'renumbered',
    yearShort: 'year only',
  },
} as const;

export function words(lang: Lang) {
  return WORDS[lang];
}

export function kindName(change: Pick<Change, 'kind' | 'slot'>, lang: Lang): string {
  if (change.slot && SLOT_NAMES[change.slot] && change.kind !== 'archive') return `${KIND_NAMES[change.kind][lang]} › ${SLOT_NAMES[change.slot][lang]}`;
  return KIND_NAMES[change.kind][lang];
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
