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
  date: { vi: 'Viết NĂM-THÁNG-NGÀY, ví dụ 2025-08-05 (dự thảo: "2025" hoặc "2025-08").', en: 'Write YEAR-MONTH-DAY, e.g. 2025-08-05 (draft: "2025" or "2025-08").' },
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
const REASONS: Record<string, { vi: string; en: string }> = {
  ENOTDIR: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  EACCES: { vi: 'không có quyền ghi', en: 'no permission to write there' },
  EPERM: { vi: 'không có quyền ghi', en: 'no permission to write there' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  EBUSY: { vi: 'tệp đang được chương trình khác mở', en: 'the file is open in another program' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EISDIR: { vi: 'đã có một thư mục trùng tên', en: 'a folder of that name exists' },
  ENOENT: { vi: 'không tìm thấy đường dẫn', en: 'the path does not exist' },
};
export function reasonText(code: Params[string], lang: 'vi' | 'en'): string {
  const c = s(code);
  const words = REASONS[c]?.[lang];
  return words ? `${words}, ${c}` : c;
}

function listOf(values: Params[string], names: Record<string, string>, and: string): string {
  return (Array.isArray(values) ? values : [values]).map((v) => names[s(v)] ?? s(v)).join(and);
}

export const planMessages = {
  // ---- reading the file -------------------------------------------------------------------
  'file-unreadable': entry(
    'error',
    { message: (p) => `Không đọc được tệp: ${s(p.reason)}`, hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.' },
    { message: (p) => `Cannot read the file: ${s(p.reason)}`, hint: () => 'Check the path and read permission.' },
  ),
  'file-empty': entry(
    'error',
    { message: () => 'Tệp kế hoạch rỗng.', hint: () => 'Bắt đầu từ một tệp mẫu: cchc-plan init --level xa, hoặc sao chép examples/minimal.yaml.' },
    { message: () => 'The plan file is empty.', hint: () => 'Start from a template: cchc-plan init --level xa, or copy examples/minimal.yaml.' },
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
    { message: (p) => `Ngày "${s(p.value)}" không có trên lịch.`, hint: (p) => `Tháng ${s(p.month)} năm ${s(p.year)} có ${s(p.days)} ngày; sửa lại ngày hoặc tháng.` },
    { message: (p) => `The date "${s(p.value)}" does not exist.`, hint: (p) => `Month ${s(p.month)} of ${s(p.year)} has ${s(p.days)} days; fix the day or the month.` },
  ),
  'date-month-invalid': entry(
    'error',
    { message: (p) => `Tháng "${s(p.value)}" không hợp lệ.`, hint: () => 'Tháng từ 01 đến 12, viết dạng NĂM-THÁNG-NGÀY, ví dụ 2025-08-05.' },
    { message: (p) => `The month in "${s(p.value)}" is invalid.`, hint: () => 'Months run from 01 to 12; write YEAR-MONTH-DAY, e.g. 2025-08-05.' },
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
    { message: (p) => `Đoạn văn bắt đầu bằng số thứ tự gõ tay "${s(p.label)}".`, hint: () => 'Xóa số thứ tự; công cụ tự đánh số theo cấu trúc (section, clause, point…).' },
    { message: (p) => `The text starts with a hand-typed number "${s(p.label)}".`, hint: () => 'Remove it; the tool numbers items from the structure (section, clause, point…).' },
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
    { message: (p) => `Đường dẫn "${s(p.value)}" nằm ngoài thư mục của tệp kế hoạch.`, hint: () => 'Đặt tệp vào thư mục của kế hoạch (hoặc thư mục con), hoặc chạy với --allow-outside nếu chắc chắn.' },
    { message: (p) => `The path "${s(p.value)}" is outside the plan's folder.`, hint: () => "Move the file into the plan's folder (or below it), or pass --allow-outside if you are sure." },
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
} satisfies Record<string, ReturnType<typeof entry>>;
