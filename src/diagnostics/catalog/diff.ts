/**
 * The words of the diff reports (text, Markdown, HTML) in Vietnamese and English: names of item
 * kinds, slots and fields, change types, and the report's own phrases.
 */
/** A name in both languages. */
type Name = { vi: string; en: string };

export const KIND_NAMES: Record<string, Name> = {
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

export const SLOT_NAMES: Record<string, Name> = {
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

export const FIELD_NAMES: Record<string, Name> = {
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

export const TYPE_NAMES: Record<string, Name> = {
  added: { vi: 'Thêm', en: 'Added' },
  removed: { vi: 'Bỏ', en: 'Removed' },
  modified: { vi: 'Sửa', en: 'Modified' },
  moved: { vi: 'Đổi chỗ', en: 'Moved' },
  year: { vi: 'Cập nhật năm', en: 'Year updated' },
};

export const DIFF_WORDS = {
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

