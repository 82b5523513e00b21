/**
 * Diagnostics of reading, validating and compiling a plan (build, validate, diff), Vietnamese
 * first, English second. Each code is stable and documented in the README; tests assert codes
 * and parameters, not wording. Parameters are language-neutral: the words are chosen here.
 */
import type { Params } from '../types.js';
import { entry, s } from './entry.js';
const didYouMeanVi = (p: Params) => (p.suggestion ? `Có phải ý bạn là "${s(p.suggestion)}"? ` : '');
const didYouMeanEn = (p: Params) => (p.suggestion ? `Did you mean "${s(p.suggestion)}"? ` : '');

/** Words for YAML parser error codes where a plainer explanation helps. */
const YAML_ERRORS: Record<string, { vi: { detail: string; hint: string }; en: { hint: string } }> = {
  MISSING_CHAR: {
    vi: { detail: 'thiếu dấu đóng chuỗi hoặc ngoặc', hint: 'Thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn); kiểm tra chuỗi mở ở dòng này.' },
    en: { hint: 'A closing quote or bracket is missing; check the string or list opened on this line.' },
  },
  BAD_INDENT: {
    vi: { detail: 'thụt lề không đúng', hint: 'Thụt lề không khớp: các trường cùng cấp phải thẳng cột; dòng con lùi vào 2 dấu cách.' },
    en: { hint: 'Indentation does not line up: sibling keys start in the same column; children are indented by 2 spaces.' },
  },
  MULTILINE_IMPLICIT_KEY: {
    vi: { detail: 'tên trường kéo dài nhiều dòng', hint: 'Có thể thiếu dấu ":" sau tên trường, hoặc đoạn văn nhiều dòng cần dấu ">" hoặc để trong ngoặc kép.' },
    en: { hint: 'A ":" may be missing after a key, or a multi-line text needs ">" or quotes.' },
  },
};
YAML_ERRORS.MISSING_FLOW_END = YAML_ERRORS.MISSING_CHAR;
YAML_ERRORS.BLOCK_AS_IMPLICIT_KEY = YAML_ERRORS.BAD_INDENT;
// Every other error code of the YAML parser, so no English detail reaches a Vietnamese reader.
const more = (viDetail: string, viHint: string, enHint: string) => ({ vi: { detail: viDetail, hint: viHint }, en: { hint: enHint } });
const QUOTE_IT = { vi: 'Đặt cả giá trị trong ngoặc kép.', en: 'Put the whole value in quotes.' };
Object.assign(YAML_ERRORS, {
  UNEXPECTED_TOKEN: more('có chữ ở chỗ không mong đợi', 'Thường do ngoặc kép đóng giữa chừng rồi còn chữ phía sau, thiếu dấu ":" sau tên trường, hoặc thụt lề sai. ' + QUOTE_IT.vi, 'Usually a quoted value followed by more text, a missing ":" after a key, or wrong indentation. ' + QUOTE_IT.en),
  BAD_SCALAR_START: more('giá trị bắt đầu bằng ký tự đặc biệt', 'Giá trị bắt đầu bằng @ ` | > % ! & * [ ] { } , hoặc # phải đặt trong ngoặc kép.', 'A value starting with @ ` | > % ! & * [ ] { } , or # must be quoted.'),
  BAD_DQ_ESCAPE: more('dấu "\\" trong ngoặc kép không hợp lệ', 'Trong ngoặc kép, viết "\\\\" cho một dấu "\\", hoặc dùng ngoặc đơn \'…\'.', 'Inside double quotes write "\\\\" for a backslash, or use single quotes.'),
  BLOCK_IN_FLOW: more('đoạn nhiều dòng nằm trong ngoặc [ ] hoặc { }', 'Trong [ ] và { } mỗi phần tử viết trên một dòng hoặc đặt trong ngoặc kép; danh sách dài nên viết mỗi mục một dòng "- ".', 'Inside [ ] and { } keep each item on one line or quote it; write long lists with one "- " line per item.'),
  KEY_OVER_1024_CHARS: more('tên trường dài quá 1024 ký tự', 'Có thể thiếu dấu ":" sau tên trường, hoặc một đoạn văn dài bị hiểu là tên trường.', 'A ":" may be missing, or a long text is read as a key.'),
  MULTIPLE_DOCS: more('tệp có nhiều tài liệu YAML (dòng "---")', 'Mỗi tệp chỉ chứa một kế hoạch: xóa dòng "---" thứ hai hoặc tách thành tệp riêng.', 'One plan per file: remove the second "---" line or split the file.'),
  BAD_DIRECTIVE: more('chỉ thị YAML (dòng bắt đầu bằng "%") không hợp lệ', 'Xóa dòng bắt đầu bằng "%".', 'Remove the line starting with "%".'),
  TAG_RESOLVE_FAILED: more('không hiểu thẻ "!"', 'Xóa thẻ bắt đầu bằng "!" hoặc đặt giá trị trong ngoặc kép.', 'Remove the "!" tag or quote the value.'),
  MULTIPLE_TAGS: more('một giá trị có nhiều thẻ "!"', 'Xóa các thẻ "!"; kế hoạch không cần thẻ.', 'Remove the "!" tags; a plan needs none.'),
  MULTIPLE_ANCHORS: more('một giá trị có nhiều neo "&"', 'Xóa các neo "&"; kế hoạch không cần neo.', 'Remove the "&" anchors; a plan needs none.'),
  BAD_PROP_ORDER: more('neo "&" và thẻ "!" sai thứ tự', 'Xóa neo và thẻ; kế hoạch không cần chúng.', 'Remove the anchor and tag; a plan needs neither.'),
  ALIAS_PROPS: more('tham chiếu "*" không được có neo hay thẻ', 'Viết trực tiếp nội dung thay cho tham chiếu "*".', 'Write the content instead of the "*" alias.'),
  BAD_ALIAS: more('tham chiếu "*" không hợp lệ', 'Viết trực tiếp nội dung thay cho tham chiếu "*".', 'Write the content instead of the "*" alias.'),
  NON_STRING_KEY: more('tên trường không phải là chữ', 'Tên trường là một từ như summary, body…; xem README.', 'Keys are words such as summary, body…; see the README.'),
  BAD_COLLECTION_TYPE: more('kiểu danh sách hoặc khối không đúng', 'Kiểm tra dấu "- " của danh sách và dấu ":" của các trường.', 'Check the "- " of list items and the ":" of keys.'),
  RESOURCE_EXHAUSTION: more('tệp quá phức tạp', 'Viết trực tiếp nội dung thay cho các tham chiếu "*".', 'Write the content out instead of "*" aliases.'),
  IMPOSSIBLE: more('không phân tích được tệp', 'Kiểm tra cú pháp quanh dòng này.', 'Check the syntax around this line.'),
});

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'một chuỗi văn bản', en: 'a text' },
  array: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một khối các trường', en: 'a mapping of fields' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  number: { vi: 'một số', en: 'a number' },
  null: { vi: 'để trống', en: 'empty' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
};
function typeList(types: Params[string], lang: 'vi' | 'en'): string {
  const list = Array.isArray(types) ? types.map(String) : [s(types)];
  return [...new Set(list)].map((t) => TYPE_NAMES[t]?.[lang] ?? t).join(lang === 'vi' ? ' hoặc ' : ' or ');
}

/** Hints for values that must match a pattern, by field name. */
const PATTERN_HINTS: Record<string, { vi: string; en: string }> = {
  date: { vi: 'Viết NGÀY/THÁNG/NĂM, ví dụ 08/01/2026, hoặc NĂM-THÁNG-NGÀY, ví dụ 2026-01-08 (dự thảo: "2026" hoặc "2026-01").', en: 'Write DAY/MONTH/YEAR, e.g. 08/01/2026, or YEAR-MONTH-DAY, e.g. 2026-01-08 (draft: "2026" or "2026-01").' },
  abbreviation: { vi: 'Chữ in hoa không dấu cách, ví dụ "UBND".', en: 'Capital letters without spaces, e.g. "UBND".' },
  symbol: { vi: 'Dạng "KH-UBND": chữ in hoa, các phần nối bằng "-", không dấu cách.', en: 'Like "KH-UBND": capitals joined by "-", no spaces.' },
  id: { vi: 'Chỉ dùng chữ không dấu, số, "-", "_", ".", ví dụ "bao-chi-1".', en: 'Use ASCII letters, digits, "-", "_", ".", e.g. "press-1".' },
  other: { vi: 'Xem mô tả trường trong README.', en: 'See the field description in the README.' },
};

/** Names of the limits (src/plan/limits.ts); a plan path is printed as it is. */
const LIMIT_NAMES: Record<string, { vi: string; en: string }> = {
  'yaml-depth': { vi: 'độ sâu lồng nhau của YAML', en: 'YAML nesting depth' },
  depth: { vi: 'độ sâu nội dung', en: 'nesting depth' },
  items: { vi: 'số mục', en: 'number of items' },
};

/** System error codes in words, the code kept after them: "không có quyền ghi, EACCES". */
const REASONS: Record<string, { vi: string; en: string; viRead?: string; enRead?: string }> = {
  ENOTDIR: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  EACCES: { vi: 'không có quyền ghi', en: 'no permission to write there', viRead: 'không có quyền đọc', enRead: 'no permission to read it' },
  EPERM: { vi: 'không có quyền ghi', en: 'no permission to write there', viRead: 'không có quyền đọc', enRead: 'no permission to read it' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  EBUSY: { vi: 'tệp đang được chương trình khác mở', en: 'the file is open in another program' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EISDIR: { vi: 'đã có một thư mục trùng tên', en: 'a folder of that name exists', viRead: 'đây là thư mục, không phải tệp', enRead: 'it is a folder, not a file' },
  ENOENT: { vi: 'không tìm thấy đường dẫn', en: 'the path does not exist', viRead: 'không tìm thấy tệp', enRead: 'no such file' },
  EEXIST: { vi: 'đã có tệp trùng tên', en: 'a file of that name exists' },
  EMFILE: { vi: 'mở quá nhiều tệp cùng lúc', en: 'too many open files' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
  ELOOP: { vi: 'liên kết tượng trưng vòng lặp', en: 'a loop of symbolic links' },
  EFBIG: { vi: 'tệp vượt giới hạn kích thước cho phép', en: 'the file exceeds the allowed size' },
  EDQUOT: { vi: 'đã hết hạn mức ổ đĩa', en: 'the disk quota is exhausted' },
};
/** A system error code in words; `read` for errors while reading (EACCES: no permission to read). */
export function reasonText(code: Params[string], lang: 'vi' | 'en', op: 'read' | 'write' = 'write'): string {
  const c = s(code);
  const r = REASONS[c];
  const words = r && (op === 'read' ? (lang === 'vi' ? r.viRead : r.enRead) : undefined) || r?.[lang];
  return words ? `${words}, ${c}` : c;
}

/** The last day of the month, written in the clerk's own form: "28/02/2025" or "2025-02-28". */
function lastDay(p: Params): string {
  const mm = String(s(p.month)).padStart(2, '0');
  return p.form === 'day-first' ? `${s(p.days)}/${mm}/${s(p.year)}` : `${s(p.year)}-${mm}-${s(p.days)}`;
}

/** The legal basis of a rule, from language-neutral parameters: article, clause, item, point. */
function basisVi(p: Params): string {
  const article = p.article ? `Điều ${s(p.article)}${p.clause ? ` khoản ${s(p.clause)}` : ''}; ` : '';
  return `Nghị định 30/2020/NĐ-CP, ${article}Phụ lục I, Mục II, khoản ${s(p.item)}${p.point ? `, điểm ${s(p.point)}` : ''}`;
}
function basisEn(p: Params): string {
  const article = p.article ? `Article ${s(p.article)}${p.clause ? `(${s(p.clause)})` : ''}; ` : '';
  return `Decree 30/2020/NĐ-CP, ${article}Appendix I, Section II, item ${s(p.item)}${p.point ? `, point ${s(p.point)}` : ''}`;
}
/** "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân". */
const sentence = (v: Params[string]): string => {
  const t = s(v).toLocaleLowerCase('vi');
  return t ? t[0].toLocaleUpperCase('vi') + t.slice(1) : t;
};

function listOf(values: Params[string], names: Record<string, string>, and: string): string {
  return (Array.isArray(values) ? values : [values]).map((v) => names[s(v)] ?? s(v)).join(and);
}

// ---- untrusted files: links, special files, sizes, images, templates, outputs ----------------
// (issue 14: every file a plan names is resolved, checked and read with a cap; one block to merge.)

/** A size in bytes, in words people read: "2,3 MB", "640 KB", "12 byte". */
function size(v: Params[string], lang: 'vi' | 'en'): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return s(v);
  const fmt = (x: number) => (lang === 'vi' ? x.toFixed(1).replace('.', ',').replace(/,0$/, '') : x.toFixed(1).replace(/\.0$/, ''));
  if (n >= 1024 * 1024) return `${fmt(n / 1024 / 1024)} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} KB`;
  return `${n} ${lang === 'vi' ? 'byte' : n === 1 ? 'byte' : 'bytes'}`;
}

const FILE_KINDS: Record<string, { vi: string; en: string }> = {
  directory: { vi: 'một thư mục', en: 'a folder' },
  fifo: { vi: 'một ống dẫn (FIFO)', en: 'a pipe (FIFO)' },
  device: { vi: 'một thiết bị (như /dev/zero)', en: 'a device (such as /dev/zero)' },
  socket: { vi: 'một socket', en: 'a socket' },
  other: { vi: 'không phải tệp thông thường', en: 'not a regular file' },
};
const kindText = (k: Params[string], lang: 'vi' | 'en') => (FILE_KINDS[s(k)] ?? FILE_KINDS.other)[lang];

/** A system error met while reading, in words, the code kept after them. */
function readReasonText(code: Params[string], lang: 'vi' | 'en'): string {
  const c = s(code);
  if (c === 'EACCES' || c === 'EPERM') return lang === 'vi' ? `không có quyền đọc, ${c}` : `no permission to read it, ${c}`;
  return reasonText(code, lang);
}

Object.assign(LIMIT_NAMES, {
  'yaml-values': { vi: 'số giá trị YAML', en: 'number of YAML values' },
  'mapping-keys': { vi: 'số trường trong một khối', en: 'keys in one mapping' },
  'template-files': { vi: 'số tệp mẫu .hbs trong thư mục', en: 'number of .hbs files in the folder' },
});

const safetyMessages = {
  'path-hidden': entry(
    'error',
    { message: (p) => `"${s(p.value)}" dẫn tới một tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm, như .git, .env); không đọc.`, hint: () => 'Tệp ẩn có thể chứa mật khẩu, mã truy cập; đặt ảnh, mẫu vào một thư mục thường cạnh tệp kế hoạch.' },
    { message: (p) => `"${s(p.value)}" leads to a hidden file or folder (a name starting with a dot, such as .git or .env); not read.`, hint: () => 'Hidden files may hold passwords or tokens; put images and templates in an ordinary folder beside the plan.' },
  ),
  'path-not-file': entry(
    'error',
    { message: (p) => `"${s(p.value)}" là ${kindText(p.kind, 'vi')}, không phải tệp thông thường; không đọc.`, hint: (p) => (s(p.kind) === 'directory' ? 'Ghi đường dẫn tới một tệp trong thư mục đó, hoặc đổi tên thư mục.' : 'Chỉ tệp thông thường được đọc (không đọc ống dẫn, thiết bị); thay bằng một tệp thật.') },
    { message: (p) => `"${s(p.value)}" is ${kindText(p.kind, 'en')}, not a regular file; not read.`, hint: (p) => (s(p.kind) === 'directory' ? 'Name a file inside that folder, or rename the folder.' : 'Only regular files are read (never pipes or devices); put a real file there.') },
  ),
  'path-broken-link': entry(
    'error',
    { message: (p) => `"${s(p.value)}" là liên kết (symlink) tới một tệp không tồn tại.`, hint: () => 'Sửa hoặc xóa liên kết, rồi đặt tệp thật vào thư mục của kế hoạch.' },
    { message: (p) => `"${s(p.value)}" is a link (symlink) to a file that does not exist.`, hint: () => "Fix or remove the link, and put the real file in the plan's folder." },
  ),
  'image-too-large': entry(
    'error',
    { message: (p) => `Ảnh "${s(p.value)}" quá lớn (${size(p.size, 'vi')}, tối đa ${size(p.limit, 'vi')}).`, hint: () => 'Ảnh chữ ký, con dấu chỉ cần 300–600 dpi: xuất lại ảnh nhỏ hơn (PNG hoặc JPEG).' },
    { message: (p) => `Image "${s(p.value)}" is too large (${size(p.size, 'en')}, limit ${size(p.limit, 'en')}).`, hint: () => 'A signature or seal needs 300–600 dpi: export a smaller PNG or JPEG.' },
  ),
  'image-empty': entry(
    'error',
    { message: (p) => `Ảnh "${s(p.value)}" có kích thước ${s(p.width)} × ${s(p.height)} điểm ảnh: ảnh rỗng.`, hint: () => 'Xuất lại ảnh chữ ký hoặc con dấu từ tệp gốc.' },
    { message: (p) => `Image "${s(p.value)}" is ${s(p.width)} × ${s(p.height)} pixels: empty.`, hint: () => 'Export the signature or seal again from the original.' },
  ),
  'image-dimensions': entry(
    'error',
    { message: (p) => `Ảnh "${s(p.value)}" quá lớn: ${s(p.width)} × ${s(p.height)} điểm ảnh (tối đa ${s(p.side)} mỗi chiều và ${Number(p.pixels) / 1e6} triệu điểm ảnh).`, hint: () => 'Thu nhỏ ảnh: con dấu rộng 4 cm quét ở 600 dpi chỉ khoảng 950 × 950 điểm ảnh.' },
    { message: (p) => `Image "${s(p.value)}" is too large: ${s(p.width)} × ${s(p.height)} pixels (at most ${s(p.side)} per side and ${Number(p.pixels) / 1e6} megapixels).`, hint: () => 'Scale it down: a 4 cm seal scanned at 600 dpi is about 950 × 950 pixels.' },
  ),
  'image-corrupt': entry(
    'error',
    { message: (p) => `Ảnh "${s(p.value)}" bị hỏng: phần đầu là ${s(p.type) === 'png' ? 'PNG' : 'JPEG'} nhưng phần sau không đọc được (${s(p.detail)}).`, hint: () => 'Tệp có thể bị cắt cụt hoặc đổi đuôi; mở ảnh bằng trình xem ảnh rồi xuất lại sang PNG hoặc JPEG.' },
    { message: (p) => `Image "${s(p.value)}" is damaged: it starts as ${s(p.type) === 'png' ? 'PNG' : 'JPEG'} but the rest cannot be read (${s(p.detail)}).`, hint: () => 'The file may be truncated or renamed; open it in an image viewer and export it again as PNG or JPEG.' },
  ),
  'template-too-large': entry(
    'error',
    { message: (p) => `Mẫu "${s(p.name)}" quá lớn (${size(p.size, 'vi')}, tối đa ${size(p.limit, 'vi')}).`, hint: () => 'Một mẫu lời văn chỉ là một câu hoặc một dòng; kiểm tra xem có chép nhầm tệp khác vào không.' },
    { message: (p) => `Template "${s(p.name)}" is too large (${size(p.size, 'en')}, limit ${size(p.limit, 'en')}).`, hint: () => 'A wording template is a sentence or a line; check that no other file was copied in.' },
  ),
  'template-nesting': entry(
    'error',
    { message: (p) => `Mẫu "${s(p.name)}" lồng quá ${s(p.limit)} khối {{#…}} vào nhau.`, hint: () => 'Đơn giản hóa mẫu: tách các điều kiện lồng nhau thành các khối nối tiếp.' },
    { message: (p) => `Template "${s(p.name)}" nests more than ${s(p.limit)} {{#…}} blocks.`, hint: () => 'Simplify it: turn nested conditions into blocks one after another.' },
  ),
  'template-control-char': entry(
    'error',
    { message: (p) => `Mẫu "${s(p.name)}" ${p.rendered ? 'sinh ra' : 'chứa'} ký tự U+${s(p.codepoint)}, ký tự không được phép trong văn bản Word (XML).`, hint: () => 'Xóa ký tự điều khiển khỏi tệp .hbs (thường lẫn vào khi dán từ Word hoặc trang web) rồi lưu lại.' },
    { message: (p) => `Template "${s(p.name)}" ${p.rendered ? 'produces' : 'contains'} U+${s(p.codepoint)}, a character a Word document (XML) may not contain.`, hint: () => 'Remove the control character from the .hbs file (it usually comes from pasting) and save it.' },
  ),
  'template-encoding': entry(
    'error',
    { message: (p) => `Mẫu "${s(p.name)}" không phải UTF-8 (byte không hợp lệ ở vị trí ${s(p.offset)}).`, hint: () => 'Lưu lại tệp .hbs với mã hóa UTF-8.' },
    { message: (p) => `Template "${s(p.name)}" is not UTF-8 (invalid byte at offset ${s(p.offset)}).`, hint: () => 'Save the .hbs file as UTF-8.' },
  ),
  'output-read-only': entry(
    'error',
    { message: (p) => `Tệp kết quả "${s(p.value)}" đang được đặt chỉ đọc; không ghi đè.`, hint: () => 'Có thể ai đó đã khóa bản đã ban hành: dùng --out-dir để ghi chỗ khác, hoặc --force nếu chắc chắn muốn thay.' },
    { message: (p) => `The output "${s(p.value)}" is read-only; not replaced.`, hint: () => 'Someone may have locked an issued copy: use --out-dir to write elsewhere, or --force to replace it.' },
  ),
  'output-foreign': entry(
    'error',
    {
      message: (p) => `Đã có tệp "${s(p.value)}" không do cchc-plan tạo ra${p.app && p.app !== '?' ? ` (do ${s(p.app)} lưu)` : ''}: có thể là bản Word gốc, hoặc bản đã sửa trong Word; không ghi đè.`,
      hint: () => 'Dựng vào chỗ khác (--out-dir moi, hoặc -o ten-khac.pdf), đổi tên tệp cũ, hoặc dùng --force nếu chắc chắn muốn thay.',
    },
    {
      message: (p) => `"${s(p.value)}" exists and was not written by cchc-plan${p.app && p.app !== '?' ? ` (saved by ${s(p.app)})` : ''}: it may be the original Word file or a copy edited in Word; not replaced.`,
      hint: () => 'Build elsewhere (--out-dir new, or -o other-name.pdf), rename the old file, or pass --force if you are sure.',
    },
  ),
  'output-not-file': entry(
    'error',
    { message: (p) => `Chỗ ghi tệp kết quả "${s(p.value)}" đang là ${kindText(p.kind, 'vi')}; không ghi.`, hint: () => 'Đổi tên hoặc dời thứ đang chiếm chỗ, hoặc dùng --out-dir.' },
    { message: (p) => `The output "${s(p.value)}" is taken by ${kindText(p.kind, 'en')}; not written.`, hint: () => 'Rename or move what is in the way, or use --out-dir.' },
  ),
  'build-failed': entry(
    'error',
    { message: (p) => `Lỗi nội bộ khi dựng tệp này: ${s(p.detail)}`, hint: () => 'Đây là lỗi của công cụ, không phải của kế hoạch; các tệp khác vẫn được dựng. Vui lòng báo lỗi kèm tệp kế hoạch (chạy lại với --debug để có chi tiết).' },
    { message: (p) => `Internal error while building this file: ${s(p.detail)}`, hint: () => 'This is a bug in the tool, not in the plan; the other files were still built. Please report it with the plan (rerun with --debug for details).' },
  ),
} satisfies Record<string, ReturnType<typeof entry>>;
// ---- end of the untrusted-files block ---------------------------------------------------------


export const planMessages = {
  // ---- reading the file -------------------------------------------------------------------
  'file-unreadable': entry(
    'error',
    { message: (p) => `Không đọc được tệp (${reasonText(p.reason, 'vi', 'read')}).`, hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.' },
    { message: (p) => `Cannot read the file (${reasonText(p.reason, 'en', 'read')}).`, hint: () => 'Check the path and read permission.' },

  ),
  'file-empty': entry(
    'error',
    { message: () => 'Tệp kế hoạch rỗng.', hint: () => 'Bắt đầu từ một tệp mẫu: cchc-plan init ke-hoach.yaml --level xã --name "Tên xã", hoặc sao chép examples/minimal.yaml.' },
    { message: () => 'The plan file is empty.', hint: () => 'Start from a template: cchc-plan init plan.yaml --level xa --name "Name", or copy examples/minimal.yaml.' },
  ),
  'file-too-large': entry(
    'error',
    { message: (p) => `Tệp quá lớn (${s(p.size)} byte, tối đa ${s(p.limit)} byte).`, hint: () => 'Một kế hoạch thường nhỏ hơn 200 KB; kiểm tra xem có dán nhầm dữ liệu nhị phân hay không.' },
    { message: (p) => `The file is too large (${s(p.size)} bytes, limit ${s(p.limit)}).`, hint: () => 'A plan is usually under 200 KB; check for pasted binary data.' },
  ),
  'encoding-not-utf8': entry(
    'error',
    { message: (p) => `Tệp không phải UTF-8 (byte không hợp lệ ở vị trí ${s(p.offset)}).`, hint: () => 'Lưu lại tệp với mã hóa UTF-8 (Notepad: Lưu thành… → Mã hóa UTF-8; VS Code: "Save with Encoding" → UTF-8).' },
    { message: (p) => `The file is not UTF-8 (invalid byte at offset ${s(p.offset)}).`, hint: () => 'Save the file as UTF-8 (VS Code: "Save with Encoding" → UTF-8).' },
  ),
  'encoding-legacy-vietnamese': entry(
    'error',
    { message: (p) => `Văn bản có vẻ gõ bằng bảng mã cũ ${s(p.encoding)} ("${s(p.sample)}"), không phải Unicode.`, hint: () => 'Chuyển sang Unicode bằng Unikey: Công cụ (Ctrl+Shift+F6) → Nguồn: ' + 'TCVN3 (ABC) hoặc VNI Windows, Đích: Unicode → Chuyển mã, rồi dán lại.' },
    { message: (p) => `The text looks typed in the legacy ${s(p.encoding)} encoding ("${s(p.sample)}"), not Unicode.`, hint: () => 'Convert it with Unikey: Tools (Ctrl+Shift+F6) → source TCVN3 (ABC) or VNI Windows, target Unicode → Convert, then paste again.' },
  ),
  // ---- YAML ---------------------------------------------------------------------------------
  'yaml-syntax': entry(
    'error',
    { message: (p) => `Lỗi cú pháp YAML: ${YAML_ERRORS[s(p.yamlCode)]?.vi.detail ?? s(p.detail)}`, hint: (p) => YAML_ERRORS[s(p.yamlCode)]?.vi.hint ?? 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau tên trường và dấu ngoặc kép đóng mở.' },
    { message: (p) => `YAML syntax error: ${s(p.detail)}`, hint: (p) => YAML_ERRORS[s(p.yamlCode)]?.en.hint ?? 'Check the indentation (spaces, not tabs), the colon after each key and matching quotes.' },
  ),
  'yaml-tab': entry(
    'error',
    { message: () => 'Dùng ký tự Tab để thụt lề.', hint: () => 'YAML chỉ chấp nhận dấu cách để thụt lề; thay Tab bằng 2 dấu cách.' },
    { message: () => 'A tab character is used for indentation.', hint: () => 'YAML indents with spaces only; replace each tab with 2 spaces.' },
  ),
  'yaml-duplicate-key': entry(
    'error',
    { message: (p) => `Trường "${s(p.key)}" bị lặp lại trong cùng một khối.`, hint: () => 'Xóa hoặc đổi tên một trong hai trường; mỗi trường chỉ được khai báo một lần.' },
    { message: (p) => `The key "${s(p.key)}" appears twice in the same mapping.`, hint: () => 'Remove or rename one of them; each key may appear once.' },
  ),
  'yaml-alias-limit': entry(
    'error',
    { message: (p) => `Quá nhiều tham chiếu YAML (alias "*"): ${s(p.detail)}`, hint: () => 'Kế hoạch không cần alias; viết trực tiếp nội dung.' },
    { message: (p) => `Too many YAML aliases ("*"): ${s(p.detail)}`, hint: () => 'A plan does not need aliases; write the content out.' },
  ),
  'yaml-not-mapping': entry(
    'error',
    { message: () => 'Tệp kế hoạch phải là một khối các trường (issuer:, place:, summary:, body: …).', hint: () => 'Xem examples/minimal.yaml để biết cấu trúc tối thiểu.' },
    { message: () => 'A plan must be a mapping of fields (issuer:, place:, summary:, body: …).', hint: () => 'See examples/minimal.yaml for the minimal structure.' },
  ),
  // ---- schema -------------------------------------------------------------------------------
  'schema-required': entry(
    'error',
    { message: (p) => `Thiếu trường bắt buộc "${s(p.key)}"${p.where ? ` trong ${s(p.where)}` : ''}.`, hint: (p) => `Thêm "${s(p.key)}:" (${s(p.about)}).` },
    { message: (p) => `Missing required field "${s(p.key)}"${p.where ? ` in ${s(p.where)}` : ''}.`, hint: (p) => `Add "${s(p.key)}:" (${s(p.about)}).` },
  ),
  'schema-unknown-key': entry(
    'error',
    { message: (p) => `Trường không hợp lệ "${s(p.key)}"${p.where ? ` trong ${s(p.where)}` : ''}.`, hint: (p) => `${didYouMeanVi(p)}Các trường được phép: ${s(p.allowed)}.` },
    { message: (p) => `Unknown field "${s(p.key)}"${p.where ? ` in ${s(p.where)}` : ''}.`, hint: (p) => `${didYouMeanEn(p)}Allowed fields: ${s(p.allowed)}.` },
  ),
  'schema-type': entry(
    'error',
    { message: (p) => `"${s(p.key)}" phải là ${typeList(p.types, 'vi')}.`, hint: (p) => (p.quoteHint ? 'Đặt văn bản trong ngoặc kép nếu nó bắt đầu bằng số hoặc ký tự đặc biệt.' : `Sửa giá trị của "${s(p.key)}".`) },
    { message: (p) => `"${s(p.key)}" must be ${typeList(p.types, 'en')}.`, hint: (p) => (p.quoteHint ? 'Quote the text if it starts with a number or a special character.' : `Fix the value of "${s(p.key)}".`) },
  ),
  'schema-enum': entry(
    'error',
    { message: (p) => `Giá trị "${s(p.value)}" của "${s(p.key)}" không hợp lệ.`, hint: (p) => `${didYouMeanVi(p)}Giá trị được phép: ${s(p.allowed)}.` },
    { message: (p) => `The value "${s(p.value)}" of "${s(p.key)}" is not allowed.`, hint: (p) => `${didYouMeanEn(p)}Allowed values: ${s(p.allowed)}.` },
  ),
  'schema-range': entry(
    'error',
    { message: (p) => `"${s(p.key)}" = ${s(p.value)} nằm ngoài phạm vi Nghị định 30 cho phép (${s(p.range)}).`, hint: (p) => `Chọn giá trị trong khoảng ${s(p.range)}.` },
    { message: (p) => `"${s(p.key)}" = ${s(p.value)} is outside the range Decree 30 allows (${s(p.range)}).`, hint: (p) => `Use a value within ${s(p.range)}.` },
  ),
  'schema-format': entry(
    'error',
    { message: (p) => `"${s(p.key)}" không đúng định dạng: "${s(p.value)}".`, hint: (p) => (PATTERN_HINTS[s(p.field)] ?? PATTERN_HINTS.other).vi },
    { message: (p) => `"${s(p.key)}" is not in the expected form: "${s(p.value)}".`, hint: (p) => (PATTERN_HINTS[s(p.field)] ?? PATTERN_HINTS.other).en },
  ),
  'schema-empty': entry(
    'error',
    { message: (p) => `"${s(p.key)}" không được để trống.`, hint: () => 'Điền nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc.' },
    { message: (p) => `"${s(p.key)}" must not be empty.`, hint: () => 'Fill it in, or remove the line if the field is optional.' },
  ),
  'schema-item-kind': entry(
    'error',
    { message: (p) => `Mục này phải có đúng một loại: ${s(p.allowed)}${p.found ? ` (đang có: ${s(p.found)})` : ''}.`, hint: (p) => `${didYouMeanVi(p)}Ở cấp này được dùng: ${s(p.allowed)}, hoặc một chuỗi là đoạn văn.` },
    { message: (p) => `This item must have exactly one kind: ${s(p.allowed)}${p.found ? ` (found: ${s(p.found)})` : ''}.`, hint: (p) => `${didYouMeanEn(p)}Allowed at this level: ${s(p.allowed)}, or a string for a paragraph.` },
  ),
  'schema-other': entry(
    'error',
    { message: (p) => `"${s(p.key)}" không hợp lệ: ${p.problem === 'duplicate-items' ? 'có mục bị lặp' : s(p.detail)}.`, hint: () => 'Xem mô tả trường trong README hoặc trong trình soạn thảo (di chuột lên tên trường).' },
    { message: (p) => `"${s(p.key)}" is invalid: ${p.problem === 'duplicate-items' ? 'an item is repeated' : s(p.detail)}.`, hint: () => 'See the field description in the README or in your editor (hover the key).' },
  ),
  // ---- semantic rules -----------------------------------------------------------------------
  'date-invalid': entry(
    'error',
    { message: (p) => `Ngày "${s(p.value)}" không tồn tại: tháng ${s(p.month)} năm ${s(p.year)} chỉ có ${s(p.days)} ngày.`, hint: (p) => `Sửa lại ngày hoặc tháng, ví dụ ${lastDay(p)}.` },
    { message: (p) => `The date "${s(p.value)}" does not exist.`, hint: (p) => `Month ${s(p.month)} of ${s(p.year)} has ${s(p.days)} days; fix the day or the month, e.g. ${lastDay(p)}.` },
  ),
  'date-month-invalid': entry(
    'error',
    { message: (p) => `Ngày "${s(p.value)}" không tồn tại: không có tháng ${s(p.month)}.`, hint: (p) => (p.form === 'day-first' ? 'Tháng từ 1 đến 12; ngày viết trước tháng: NGÀY/THÁNG/NĂM, ví dụ 08/01/2026.' : 'Tháng từ 01 đến 12: NĂM-THÁNG-NGÀY, ví dụ 2026-01-08.') },
    { message: (p) => `The month in "${s(p.value)}" is invalid.`, hint: (p) => (p.form === 'day-first' ? 'Months run from 1 to 12; the day comes first: DAY/MONTH/YEAR, e.g. 08/01/2026.' : 'Months run from 01 to 12: YEAR-MONTH-DAY, e.g. 2026-01-08.') },
  ),
  'draft-incomplete': entry(
    'warning',
    { message: (p) => `Văn bản là dự thảo: ${listOf(p.missing, { number: 'số văn bản', date: 'ngày ban hành' }, ' và ')} để trống.`, hint: () => 'Văn thư sẽ điền khi ban hành; bổ sung "number" và "date" để có bản chính thức.' },
    { message: (p) => `The document is a draft: ${listOf(p.missing, { number: 'number', date: 'date' }, ' and ')} left blank.`, hint: () => 'The registry clerk fills it in on issue; add "number" and "date" for the final copy.' },
  ),
  'place-unit-type': entry(
    'error',
    { message: (p) => `Địa danh "${s(p.value)}" đặt theo tên người, số hoặc sự kiện nên phải giữ loại đơn vị hành chính.`, hint: (p) => `Viết "${s(p.suggestion)}" (Nghị định 30, Phụ lục I).` },
    { message: (p) => `The place "${s(p.value)}" is named after a person, a number or an event, so it must keep its unit type.`, hint: (p) => `Write "${s(p.suggestion)}" (Decree 30, Appendix I).` },
  ),
  'signature-tm-collective': entry(
    'error',
    { message: () => 'Ký "TM." (thay mặt) cần tên tập thể lãnh đạo.', hint: () => 'Thêm signature.collective, ví dụ "ỦY BAN NHÂN DÂN".' },
    { message: () => 'Signing "TM." (on behalf of) needs the collective body.', hint: () => 'Add signature.collective, e.g. "ỦY BAN NHÂN DÂN".' },
  ),
  'signature-head-missing': entry(
    'error',
    { message: (p) => `Ký "${s(p.authority)}." cần chức vụ của người đứng đầu.`, hint: (p) => `Thêm signature.head, ví dụ "CHỦ TỊCH" để in "${s(p.authority)}. CHỦ TỊCH".` },
    { message: (p) => `Signing "${s(p.authority)}." needs the head's title.`, hint: (p) => `Add signature.head, e.g. "CHỦ TỊCH" to print "${s(p.authority)}. CHỦ TỊCH".` },
  ),
  'signature-kt-deputy': entry(
    'error',
    { message: (p) => `Ký thay (KT.) là cấp phó ký thay cấp trưởng, nhưng chức vụ người ký là "${s(p.title)}".`, hint: (p) => `Ghi chức vụ cấp phó, ví dụ "PHÓ ${s(p.head)}".` },
    { message: (p) => `KT. means a deputy signs for the head, but the signer's title is "${s(p.title)}".`, hint: (p) => `Use a deputy's title, e.g. "PHÓ ${s(p.head)}".` },
  ),
  'signature-name-missing': entry(
    'warning',
    { message: () => 'Chưa có họ tên người ký.', hint: () => 'Thêm signature.name (không ghi học hàm, học vị).' },
    { message: () => "The signer's name is missing.", hint: () => 'Add signature.name (no titles or degrees).' },
  ),
  'signature-collective-unused': entry(
    'warning',
    { message: () => 'Có "collective" nhưng quyền hạn ký không phải TM. hoặc KT. nên tên tập thể không được in.', hint: () => 'Đặt authority: TM hoặc KT, hoặc xóa "collective".' },
    { message: () => '"collective" is set but the authority is neither TM nor KT, so it is not printed.', hint: () => 'Set authority: TM or KT, or remove "collective".' },
  ),
  'task-no-lead': entry(
    'error',
    { message: () => 'Nhiệm vụ chưa có cơ quan chủ trì.', hint: () => 'Thêm "lead:" với tên cơ quan, đơn vị chủ trì.' },
    { message: () => 'The task has no lead agency.', hint: () => 'Add "lead:" with the lead agency.' },
  ),
  'id-duplicate': entry(
    'error',
    { message: (p) => `Mã "${s(p.id)}" đã dùng ở dòng ${s(p.firstLine)}.`, hint: () => 'Mỗi mục, nhiệm vụ phải có mã riêng; đổi một trong hai mã.' },
    { message: (p) => `The id "${s(p.id)}" is already used on line ${s(p.firstLine)}.`, hint: () => 'Each item or task needs its own id; rename one of them.' },
  ),
  'number-typed': entry(
    'warning',
    { message: (p) => `Đã bỏ số thứ tự gõ tay "${s(p.label)}": công cụ tự đánh số "${s(p.assigned)}" cho mục này.`, hint: (p) => `Xóa "${s(p.label)}" trong tệp kế hoạch; công cụ tự đánh số theo cấu trúc (section, clause, point…).` },
    { message: (p) => `The hand-typed label "${s(p.label)}" was removed: the tool numbers this item "${s(p.assigned)}".`, hint: (p) => `Delete "${s(p.label)}" from the plan; the tool numbers items from the structure (section, clause, point…).` },
  ),
  'appendix-not-referenced': entry(
    'warning',
    { message: (p) => `Nội dung kế hoạch không nhắc tới ${s(p.label)}.`, hint: (p) => `Nghị định 30 yêu cầu văn bản chính dẫn chiếu phụ lục, ví dụ "… tại ${s(p.label)} kèm theo Kế hoạch này".` },
    { message: (p) => `The plan text does not refer to ${s(p.label)}.`, hint: (p) => `Decree 30 requires the body to refer to each appendix, e.g. "… tại ${s(p.label)} kèm theo Kế hoạch này".` },
  ),
  'appendix-table-empty': entry(
    'error',
    { message: (p) => `Bảng phân công của phụ lục không có nhiệm vụ nào (nguồn: ${s(p.source)}).`, hint: () => 'Thêm nhiệm vụ vào "tasks:" hoặc các mục "task:" trong nội dung, hoặc đổi table.source.' },
    { message: (p) => `The appendix task table has no task (source: ${s(p.source)}).`, hint: () => 'Add tasks under "tasks:" or "task:" items in the body, or change table.source.' },
  ),
  'text-control-char': entry(
    'error',
    { message: (p) => `Văn bản chứa ký tự điều khiển không in được (U+${s(p.codepoint)}).`, hint: () => 'Ký tự này thường lẫn vào khi dán từ Word hoặc trang web; xóa và gõ lại đoạn đó.' },
    { message: (p) => `The text contains a non-printable control character (U+${s(p.codepoint)}).`, hint: () => 'It usually comes from pasting out of Word or a web page; delete it and retype that part.' },
  ),
  'text-typed-punctuation': entry(
    'warning',
    { message: () => 'Đoạn kết đã có "./." ở cuối; công cụ tự thêm dấu này.', hint: () => 'Xóa "./." ở cuối đoạn kết.' },
    { message: () => 'The closing already ends with "./."; the tool adds it.', hint: () => 'Remove the trailing "./.".' },
  ),
  'inline-unclosed': entry(
    'warning',
    { message: (p) => `Dấu định dạng "${s(p.marker)}" chưa được đóng; in nguyên văn.`, hint: (p) => `Thêm "${s(p.marker)}" để đóng, hoặc viết "\\${s(p.marker)}" nếu muốn in dấu này.` },
    { message: (p) => `The formatting marker "${s(p.marker)}" is not closed; printed literally.`, hint: (p) => `Close it with "${s(p.marker)}", or write "\\${s(p.marker)}" to print the character.` },
  ),
  // ---- layout of what the plan says (src/plan/layout-rules.ts) ---------------------------------
  'opening-grounds': entry(
    'warning',
    { message: (p) => `Đoạn mở đầu thứ ${s(p.paragraph)} gồm ${s(p.count)} căn cứ ("Căn cứ …;") viết liền thành một đoạn chữ đứng; Nghị định 30 trình bày căn cứ in nghiêng, mỗi căn cứ một dòng.`, hint: () => 'Chuyển các căn cứ sang "grounds:" (mỗi căn cứ một mục, không cần gõ ";" hay "."); giữ ở "opening:" đoạn "Thực hiện …, UBND … ban hành Kế hoạch … như sau:".' },
    { message: (p) => `Opening paragraph ${s(p.paragraph)} is made of ${s(p.count)} legal grounds ("Căn cứ …;") run together upright; Decree 30 sets grounds in italics, one per line.`, hint: () => 'Move them to "grounds:" (one item each, no ";" or "." needed); keep in "opening:" the paragraph that issues the plan ("… ban hành Kế hoạch … như sau:").' },
  ),
  'archive-unit-missing': entry(
    'warning',
    { message: () => 'Dòng "Lưu" không ghi đơn vị soạn thảo: sẽ in "- Lưu: VT.".', hint: () => 'Phụ lục I, Mục II, khoản 9, điểm d: "- Lưu: VT, <chữ viết tắt đơn vị soạn thảo> (<số bản lưu>)."; thêm archive.units, ví dụ units: VP.' },
    { message: () => 'The archive line names no drafting unit: "- Lưu: VT." will be printed.', hint: () => 'Appendix I, Section II, item 9, point d: "- Lưu: VT, <drafting unit> (<copies>)."; add archive.units, e.g. units: VP.' },
  ),
  'run-in-no-heading': entry(
    'warning',
    { message: (p) => `"runIn" không có tác dụng: mục ${s(p.kind)} này không có tiêu đề.`, hint: (p) => `Ghi tiêu đề ngắn sau "${s(p.kind)}:" (ví dụ "${s(p.kind)}: Đối tượng") và nội dung ở "text:", hoặc xóa "runIn".` },
    { message: (p) => `"runIn" has no effect: this ${s(p.kind)} has no heading.`, hint: (p) => `Give a short heading after "${s(p.kind)}:" (e.g. "${s(p.kind)}: Đối tượng") and the text under "text:", or remove "runIn".` },
  ),
  // ---- templates ----------------------------------------------------------------------------
  'template-missing': entry(
    'error',
    { message: (p) => `Không tìm thấy thư mục mẫu "${s(p.dir)}".`, hint: () => 'Sửa "templates:" trong kế hoạch hoặc --templates; đường dẫn tính từ thư mục của tệp kế hoạch.' },
    { message: (p) => `Template directory "${s(p.dir)}" not found.`, hint: () => 'Fix "templates:" in the plan or --templates; the path is relative to the plan file.' },
  ),
  'template-error': entry(
    'error',
    { message: (p) => `Mẫu "${s(p.name)}" bị lỗi: ${p.missing ? 'thiếu tệp mẫu' : s(p.detail)}`, hint: () => 'Sửa tệp .hbs (cú pháp Handlebars), hoặc xóa để dùng mẫu mặc định.' },
    { message: (p) => `Template "${s(p.name)}" is broken: ${p.missing ? 'template file missing' : s(p.detail)}`, hint: () => 'Fix the .hbs file (Handlebars syntax), or delete it to use the default.' },
  ),
  'template-unknown': entry(
    'warning',
    { message: (p) => `Tệp mẫu "${s(p.name)}" không được dùng.`, hint: (p) => `${didYouMeanVi(p)}Tên mẫu hợp lệ: ${s(p.allowed)}.` },
    { message: (p) => `Template file "${s(p.name)}" is not used.`, hint: (p) => `${didYouMeanEn(p)}Valid template names: ${s(p.allowed)}.` },
  ),
  'path-outside': entry(
    'error',
    { message: (p) => (p.link ? `"${s(p.value)}" là liên kết (symlink) trỏ ra ngoài thư mục của tệp kế hoạch; không đọc.` : `Đường dẫn "${s(p.value)}" nằm ngoài thư mục của tệp kế hoạch.`), hint: () => 'Đặt tệp thật (không phải liên kết) vào thư mục của kế hoạch hoặc thư mục con, hoặc chạy với --allow-outside THƯ_MỤC để cho phép đọc thư mục đó.' },
    { message: (p) => (p.link ? `"${s(p.value)}" is a link (symlink) that leads outside the plan's folder; not read.` : `The path "${s(p.value)}" is outside the plan's folder.`), hint: () => "Put the real file (not a link) in the plan's folder or below it, or pass --allow-outside DIR to allow that folder." },
  ),
  'image-missing': entry(
    'error',
    { message: (p) => `Không tìm thấy ảnh "${s(p.value)}".`, hint: () => 'Kiểm tra tên tệp (phân biệt hoa thường) và đường dẫn tính từ thư mục của tệp kế hoạch.' },
    { message: (p) => `Image "${s(p.value)}" not found.`, hint: () => "Check the file name (case-sensitive) and that the path is relative to the plan's folder." },
  ),
  'image-format': entry(
    'error',
    { message: (p) => `Ảnh "${s(p.value)}" không phải PNG hoặc JPEG.`, hint: () => 'Xuất ảnh chữ ký, con dấu sang PNG (nền trong suốt) hoặc JPEG.' },
    { message: (p) => `Image "${s(p.value)}" is neither PNG nor JPEG.`, hint: () => 'Export the signature or seal as PNG (transparent) or JPEG.' },
  ),
  'limit-exceeded': entry(
    'error',
    { message: (p) => `Vượt giới hạn: ${LIMIT_NAMES[s(p.what)]?.vi ?? s(p.what)} (${s(p.value)} > ${s(p.limit)}).`, hint: () => 'Chia kế hoạch thành nhiều phần nhỏ hơn hoặc giảm độ sâu của cây nội dung.' },
    { message: (p) => `Limit exceeded: ${LIMIT_NAMES[s(p.what)]?.en ?? s(p.what)} (${s(p.value)} > ${s(p.limit)}).`, hint: () => 'Split the plan or reduce the nesting depth.' },
  ),
  'output-is-input': entry(
    'error',
    { message: (p) => `Tệp kết quả trùng với tệp đầu vào "${s(p.value)}"; không ghi đè.`, hint: () => 'Đổi phần mở rộng của tệp kế hoạch thành .yaml, hoặc dùng --out-dir.' },
    { message: (p) => `The output would overwrite the input "${s(p.value)}"; refused.`, hint: () => 'Give the plan a .yaml extension, or use --out-dir.' },
  ),
  'output-unwritable': entry(
    'error',
    { message: (p) => `Không ghi được "${s(p.value)}" (${reasonText(p.reason, 'vi')}).`, hint: (p) => (s(p.reason) === 'EBUSY' || s(p.reason) === 'EPERM' || s(p.reason) === 'EACCES' ? 'Tệp có thể đang mở trong Word hoặc thư mục không cho phép ghi: đóng tệp rồi chạy lại, hoặc dùng --out-dir.' : 'Kiểm tra quyền ghi của thư mục, hoặc dùng --out-dir.') },
    { message: (p) => `Cannot write "${s(p.value)}" (${reasonText(p.reason, 'en')}).`, hint: (p) => (s(p.reason) === 'EBUSY' || s(p.reason) === 'EPERM' || s(p.reason) === 'EACCES' ? 'The file may be open in Word or the folder is read-only: close it and retry, or use --out-dir.' : 'Check the folder is writable, or use --out-dir.') },
  ),
  // ---- what the clerk wrote, kept whole: text lost to " #", typed labels, signature rules ----
  'text-hash-comment': entry(
    'error',
    {
      message: (p) => `YAML đọc "${s(p.lost)}" là chú thích: phần chữ này sẽ bị mất, văn bản chỉ in "${s(p.kept)}".`,
      hint: (p) => `Nếu đó là nội dung (kể cả hashtag như #CCHC), đặt cả đoạn trong ngoặc: ${s(p.quoted)}. Nếu đó là chú thích, cách nó với chữ ít nhất hai dấu cách và để một dấu cách sau "#", hoặc đặt chú thích trên một dòng riêng.`,
    },
    {
      message: (p) => `YAML reads "${s(p.lost)}" as a comment: that text would be lost, the document would print only "${s(p.kept)}".`,
      hint: (p) => `If it is part of the text (hashtags such as #CCHC too), quote the whole value: ${s(p.quoted)}. If it is a comment, set it apart with at least two spaces before "#" and a space after it, or put it on its own line.`,
    },
  ),
  'number-typed-mismatch': entry(
    'error',
    {
      message: (p) => `Mục này được đánh số "${s(p.assigned)}" nhưng nội dung bắt đầu bằng số gõ tay "${s(p.label)}": văn bản sẽ in hai số ("${s(p.assigned)} ${s(p.label)} …").`,
      hint: (p) => `Xóa "${s(p.label)}": công cụ tự đánh số theo thứ tự và theo loại mục — part (A.), section (I.), clause (1.), subclause (1.1.), point (a)), bullet (-, +); nếu số khác vì thiếu hay thừa mục phía trước, sắp xếp lại các mục.`,
    },
    {
      message: (p) => `This item is numbered "${s(p.assigned)}" but its text starts with the hand-typed label "${s(p.label)}": the document would print both ("${s(p.assigned)} ${s(p.label)} …").`,
      hint: (p) => `Delete "${s(p.label)}": the tool numbers items in order and by kind — part (A.), section (I.), clause (1.), subclause (1.1.), point (a)), bullet (-, +); if the numbers differ because an item is missing or extra, reorder the items.`,
    },
  ),
  'signature-tm-deputy': entry(
    'error',
    {
      message: (p) => `Ký "TM." (thay mặt tập thể) là việc của người đứng đầu, nhưng chức vụ người ký là "${s(p.title)}": văn bản sẽ in "TM. ${s(p.collective)} / ${s(p.title)}".`,
      hint: (p) => `Cấp phó ký thay người đứng đầu: đặt authority: KT, giữ collective và ghi head: ${s(p.head)} để in "TM. ${s(p.collective)} / KT. ${s(p.head)} / ${s(p.title)}"; nếu người đứng đầu ký, sửa title. Căn cứ: ${basisVi(p)}.`,
    },
    {
      message: (p) => `"TM." (on behalf of the collective) is signed by the head, but the signer's title is "${s(p.title)}": the document would print "TM. ${s(p.collective)} / ${s(p.title)}".`,
      hint: (p) => `A deputy signs for the head: set authority: KT, keep collective and set head: ${s(p.head)} to print "TM. ${s(p.collective)} / KT. ${s(p.head)} / ${s(p.title)}"; if the head signs, fix the title. Basis: ${basisEn(p)}.`,
    },
  ),
  'signature-kt-without-tm': entry(
    'error',
    {
      message: (p) => `${sentence(p.collective)} làm việc theo chế độ tập thể: cấp phó ký "${s(p.authority)}. ${s(p.head)}" phải có dòng "TM. ${s(p.collective)}" ở trên.`,
      hint: (p) => `Thêm collective: ${sentence(p.collective)} để in "TM. ${s(p.collective)} / ${s(p.authority)}. ${s(p.head)} / …". Căn cứ: ${basisVi(p)}.`,
    },
    {
      message: (p) => `${sentence(p.collective)} works as a collective: a deputy signing "${s(p.authority)}. ${s(p.head)}" needs the line "TM. ${s(p.collective)}" above it.`,
      hint: (p) => `Add collective: ${sentence(p.collective)} to print "TM. ${s(p.collective)} / ${s(p.authority)}. ${s(p.head)} / …". Basis: ${basisEn(p)}.`,
    },
  ),
  'signature-head-unused': entry(
    'warning',
    {
      message: (p) => `"head: ${s(p.head)}" không được in: ${p.authority === 'TM' ? 'ký "TM." không có dòng chức vụ người đứng đầu' : 'quyền hạn ký không phải KT, Q, TL hoặc TUQ'}.`,
      hint: () => 'Xóa "head", hoặc đặt authority: KT nếu cấp phó ký thay người đứng đầu.',
    },
    {
      message: (p) => `"head: ${s(p.head)}" is not printed: ${p.authority === 'TM' ? 'a "TM." block has no line for the head\'s title' : 'the authority is not KT, Q, TL or TUQ'}.`,
      hint: () => 'Remove "head", or set authority: KT if a deputy signs for the head.',
    },
  ),
  ...safetyMessages,
} satisfies Record<string, ReturnType<typeof entry>>;
