/**
 * The checker's texts (`cchc-plan check`), Vietnamese and English: every rule with its stable id,
 * severity, the element it concerns, the paragraph of Nghị định 30/2020/NĐ-CP it comes from, its
 * requirement and hint; the words its measured and expected values are made of; the words of the
 * command's report. Rule ids are stable (tests and scripts rely on them); the wording may be improved.
 *
 * The checker (src/check) produces findings as data (src/diagnostics/finding.ts): a rule id and
 * language-neutral values. They are put into words here, only where a report is printed.
 */
import type { Params, Severity } from '../types.js';
import { phrase, type Entry, type Text, type Texts } from './entry.js';

/** The elements of a document a rule concerns. */
export type ElementId =
  | 'page'
  | 'font'
  | 'text'
  | 'page-number'
  | 'national-title'
  | 'motto'
  | 'parent'
  | 'issuer'
  | 'number'
  | 'place-date'
  | 'type'
  | 'summary'
  | 'grounds'
  | 'body'
  | 'heading'
  | 'signature'
  | 'recipients'
  | 'appendix'
  | 'table';

/** A text with named parameters (already rendered in the language). */
const texts = <K extends string>(vi: Text<Record<K, string>>, en: Text<Record<K, string>>): Texts<Record<K, string>> => ({ vi, en });

/** "Phụ lục I, Mục II, khoản 1, điểm b" — the paragraph of Appendix I a rule comes from. */
function appendixI(muc: string, khoan?: number, diem?: string): Texts<unknown> {
  return phrase(
    ['Phụ lục I', `Mục ${muc}`, khoan && `khoản ${khoan}`, diem && `điểm ${diem}`].filter(Boolean).join(', '),
    ['Appendix I', `Section ${muc}`, khoan && `item ${khoan}`, diem && `point ${diem}`].filter(Boolean).join(', '),
  );
}

/** "<requirement> — thực tế: <measured>; yêu cầu: <expected>." */
const FINDING = texts<'title' | 'measured' | 'expected'>(
  (p) => `${p.title} — thực tế: ${p.measured}; yêu cầu: ${p.expected}.`,
  (p) => `${p.title} — found: ${p.measured}; expected: ${p.expected}.`,
);

/**
 * A rule: an entry of the catalogue like every diagnostic (severity, message and hint in each
 * language; the message takes the rendered `measured` and `expected` values), with the element it
 * concerns, the decree paragraph it comes from and its requirement (`title`) on its own.
 */
export interface RuleEntry extends Entry {
  vi: { message: Text; hint: Text };
  en: { message: Text; hint: Text };
  element: ElementId;
  source: Texts<unknown>;
  title: Texts<unknown>;
}

interface RuleTexts {
  /** What the rule requires, as a short sentence. */
  title: string;
  hint: string;
}

function rule(severity: Severity, element: ElementId, source: Texts<unknown>, vi: RuleTexts, en: RuleTexts): RuleEntry {
  const message = (lang: 'vi' | 'en', t: RuleTexts) => (p: Params) => FINDING[lang]({ title: t.title, measured: String(p.measured), expected: String(p.expected) });
  return {
    severity,
    element,
    source,
    title: phrase(vi.title, en.title),
    vi: { message: message('vi', vi), hint: () => vi.hint },
    en: { message: message('en', en), hint: () => en.hint },
  };
}

export const checkRules = {
  // ---- page and text (Mục I) ----------------------------------------------------------------
  'page-size': rule('error', 'page', appendixI('I', 1),
    { title: 'Khổ giấy phải là A4 (210 mm × 297 mm)', hint: 'Layout › Size › A4.' },
    { title: 'Paper must be A4 (210 mm × 297 mm)', hint: 'Layout › Size › A4.' }),
  'page-orientation': rule('error', 'page', appendixI('I', 2),
    { title: 'Trình bày theo chiều dài khổ A4; chỉ trang có bảng, biểu mới được xoay ngang', hint: 'Đặt hướng trang dọc (Portrait) cho các phần không có bảng.' },
    { title: 'Pages are portrait; only a section holding tables may be landscape', hint: 'Set the section without tables to Portrait.' }),
  'page-margins': rule('error', 'page', appendixI('I', 3),
    { title: 'Lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm', hint: 'Layout › Margins › Custom Margins (mẫu của Nghị định: 25/20/35/20 mm).' },
    { title: 'Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm', hint: 'Layout › Margins › Custom Margins (the decree uses 25/20/35/20 mm).' }),
  'font-family': rule('error', 'font', appendixI('I', 4),
    { title: 'Phông chữ phải là Times New Roman (Unicode)', hint: 'Chọn toàn bộ văn bản và đặt phông Times New Roman; phông TCVN3 (.Vn…) hoặc VNI phải chuyển sang Unicode.' },
    { title: 'The font must be Times New Roman (Unicode)', hint: 'Select all and set Times New Roman; TCVN3 (.Vn…) or VNI fonts must be converted to Unicode.' }),
  'font-color': rule('error', 'font', appendixI('I', 4),
    { title: 'Chữ phải màu đen', hint: 'Đặt màu chữ Automatic hoặc đen.' },
    { title: 'Text must be black', hint: 'Set the font colour to Automatic or black.' }),
  'text-nfc': rule('error', 'text', appendixI('I', 4),
    { title: 'Ký tự phải theo chuẩn Unicode dựng sẵn (NFC, TCVN 6909:2001)', hint: 'Văn bản gõ bằng Unicode tổ hợp; chuyển sang Unicode dựng sẵn (ví dụ bằng công cụ chuyển mã của Unikey).' },
    { title: 'Characters must be precomposed Unicode (NFC, TCVN 6909:2001)', hint: 'The text uses combining marks; convert it to precomposed Unicode (e.g. with Unikey\'s converter).' }),
  'page-number-first': rule('error', 'page-number', appendixI('I', 7),
    { title: 'Không hiển thị số trang ở trang thứ nhất', hint: 'Header › Different First Page, để trống đầu trang của trang đầu.' },
    { title: 'No page number on the first page', hint: 'Header › Different First Page, and leave the first-page header empty.' }),
  'page-number-missing': rule('warning', 'page-number', appendixI('I', 7),
    { title: 'Văn bản nhiều trang phải đánh số trang từ trang 2', hint: 'Insert › Page Number › Top of Page › Plain Number 2.' },
    { title: 'A document of several pages numbers its pages from page 2', hint: 'Insert › Page Number › Top of Page › Plain Number 2.' }),
  'page-number-position': rule('error', 'page-number', appendixI('I', 7),
    { title: 'Số trang đặt canh giữa trong phần lề trên (đầu trang)', hint: 'Đưa số trang lên đầu trang (Header) và căn giữa.' },
    { title: 'The page number is centred in the top margin (the header)', hint: 'Move the page number to the header and centre it.' }),
  'page-number-format': rule('error', 'page-number', appendixI('I', 7),
    { title: 'Số trang bằng chữ số Ả Rập, cỡ chữ 13–14, kiểu chữ đứng', hint: 'Định dạng số trang 1, 2, 3; cỡ 14; bỏ nghiêng.' },
    { title: 'Page numbers in Arabic digits, 13–14 pt, upright', hint: 'Number format 1, 2, 3; size 14; not italic.' }),
  // ---- header (Mục II, khoản 1–4) ---------------------------------------------------------------
  'national-title': rule('error', 'national-title', appendixI('II', 1, 'a'),
    { title: 'Phải có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở đầu trang thứ nhất', hint: 'Thêm Quốc hiệu ở ô số 1 (bên phải, trên cùng).' },
    { title: 'The national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" heads the first page', hint: 'Add the national title in box 1 (top right).' }),
  'national-title-format': rule('error', 'national-title', appendixI('II', 1, 'a'),
    { title: 'Quốc hiệu: chữ in hoa, cỡ chữ 12–13, kiểu chữ đứng, đậm', hint: 'Đặt cỡ 13 (cùng Tiêu ngữ 14) hoặc 12 (cùng Tiêu ngữ 13), đậm, không nghiêng.' },
    { title: 'National title: capitals, 12–13 pt, upright, bold', hint: 'Use 13 pt (with a 14-pt motto) or 12 pt (with a 13-pt motto), bold, not italic.' }),
  motto: rule('error', 'motto', appendixI('II', 1, 'b'),
    { title: 'Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" ngay dưới Quốc hiệu, gạch nối (-) có cách chữ', hint: 'Viết đúng "Độc lập - Tự do - Hạnh phúc" (dấu gạch nối thường, có dấu cách hai bên).' },
    { title: 'The motto "Độc lập - Tự do - Hạnh phúc" under the national title, spaced hyphens', hint: 'Write exactly "Độc lập - Tự do - Hạnh phúc" (plain hyphens with a space on each side).' }),
  'motto-format': rule('error', 'motto', appendixI('II', 1, 'b'),
    { title: 'Tiêu ngữ: cỡ chữ 13–14, kiểu chữ đứng, đậm, canh giữa dưới Quốc hiệu', hint: 'Đặt cỡ 14 (hoặc 13), đậm, căn giữa.' },
    { title: 'Motto: 13–14 pt, upright, bold, centred under the national title', hint: 'Use 14 (or 13) pt, bold, centred.' }),
  'motto-rule': rule('error', 'motto', appendixI('II', 1, 'b'),
    { title: 'Dưới Tiêu ngữ có đường kẻ ngang, nét liền, dài bằng dòng chữ', hint: 'Kẻ một đường liền ngay dưới Tiêu ngữ, dài đúng bằng dòng chữ Tiêu ngữ, căn giữa.' },
    { title: 'A solid line under the motto, as long as the motto', hint: 'Draw a solid line right under the motto, exactly as long as its text, centred.' }),
  'header-sizes': rule('warning', 'national-title', phrase('Phụ lục I, Mục V, chú thích của bảng', 'Appendix I, Section V, table footnote'),
    { title: 'Cỡ chữ phần đầu tăng, giảm thống nhất: Quốc hiệu 13, Tiêu ngữ 14, ngày tháng 14 (hoặc 12/13/13)', hint: 'Chú thích bảng Mục V: Tiêu ngữ và địa danh, ngày tháng lớn hơn Quốc hiệu 1 cỡ.' },
    { title: 'Header sizes move together: national title 13, motto 14, date 14 (or 12/13/13)', hint: 'Footnote of the Section V table: motto and date one size above the national title.' }),
  issuer: rule('error', 'issuer', appendixI('II', 2, 'c'),
    { title: 'Phải có tên cơ quan, tổ chức ban hành văn bản (ô số 2)', hint: 'Thêm tên cơ quan ban hành ở bên trái phần đầu, ngang hàng Quốc hiệu.' },
    { title: 'The issuing agency is named (box 2)', hint: 'Add the issuer at the top left, level with the national title.' }),
  'issuer-format': rule('error', 'issuer', appendixI('II', 2, 'b'),
    { title: 'Tên cơ quan ban hành: chữ in hoa, cỡ chữ 12–13, kiểu chữ đứng, đậm', hint: 'In hoa, cỡ 13 (hoặc 12), đậm.' },
    { title: 'Issuing agency: capitals, 12–13 pt, upright, bold', hint: 'Capitals, 13 (or 12) pt, bold.' }),
  'parent-format': rule('error', 'parent', appendixI('II', 2, 'b'),
    { title: 'Tên cơ quan chủ quản: chữ in hoa, cỡ chữ 12–13, kiểu chữ đứng (không đậm)', hint: 'In hoa, cỡ 13 (hoặc 12), bỏ chữ đậm.' },
    { title: 'Parent agency: capitals, 12–13 pt, upright (not bold)', hint: 'Capitals, 13 (or 12) pt, not bold.' }),
  'issuer-rule': rule('error', 'issuer', appendixI('II', 2, 'b'),
    { title: 'Dưới tên cơ quan ban hành có đường kẻ ngang, nét liền, dài 1/3–1/2 dòng chữ, đặt cân đối', hint: 'Kẻ một đường liền ngắn, căn giữa, dài khoảng 40 % dòng chữ dài nhất của tên cơ quan.' },
    { title: 'A solid line under the issuer, 1/3–1/2 of the text width, centred', hint: 'Draw a short solid line, centred, about 40 % of the issuer\'s longest line.' }),
  number: rule('error', 'number', appendixI('II', 3, 'c'),
    { title: 'Số, ký hiệu dạng "Số: 05/KH-UBND": chữ "Số" in thường, dấu hai chấm, gạch chéo (/) giữa số và ký hiệu, gạch nối (-) trong ký hiệu in hoa, không cách chữ', hint: 'Ví dụ "Số: 05/KH-UBND"; bản dự thảo để trống số: "Số:     /KH-UBND".' },
    { title: 'Number and symbol as "Số: 05/KH-UBND": "Số" lower case, a colon, "/" between number and symbol, "-" inside the upper-case symbol, no spaces', hint: 'For example "Số: 05/KH-UBND"; a draft leaves the number blank: "Số:     /KH-UBND".' }),
  'number-leading-zero': rule('error', 'number', appendixI('II', 3, 'c'),
    { title: 'Số nhỏ hơn 10 phải ghi thêm số 0 phía trước', hint: 'Viết "Số: 05/…" thay vì "Số: 5/…".' },
    { title: 'Numbers below 10 take a leading zero', hint: 'Write "Số: 05/…" rather than "Số: 5/…".' }),
  'number-format': rule('error', 'number', appendixI('II', 3, 'c'),
    { title: 'Số, ký hiệu: cỡ chữ 13, kiểu chữ đứng, không đậm, canh giữa dưới tên cơ quan', hint: 'Cỡ 13, bỏ đậm và nghiêng, căn giữa.' },
    { title: 'Number and symbol: 13 pt, upright, not bold, centred under the issuer', hint: '13 pt, neither bold nor italic, centred.' }),
  'place-date': rule('error', 'place-date', appendixI('II', 4, 'c'),
    { title: 'Địa danh và thời gian dạng "Sơn Mai, ngày 05 tháng 8 năm 2025": chữ cái đầu địa danh viết hoa, sau địa danh có dấu phẩy', hint: 'Viết "<Địa danh>, ngày … tháng … năm …".' },
    { title: 'Place and date as "Sơn Mai, ngày 05 tháng 8 năm 2025": place capitalised, a comma after it', hint: 'Write "<Place>, ngày … tháng … năm …".' }),
  'date-leading-zero': rule('error', 'place-date', appendixI('II', 4, 'b'),
    { title: 'Ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước', hint: 'Viết "ngày 05 tháng 02 năm 2025".' },
    { title: 'Days below 10 and months 1 and 2 take a leading zero', hint: 'Write "ngày 05 tháng 02 năm 2025".' }),
  'place-date-format': rule('error', 'place-date', appendixI('II', 4, 'c'),
    { title: 'Địa danh, ngày tháng: chữ in thường, cỡ chữ 13–14, kiểu chữ nghiêng, canh giữa dưới Quốc hiệu', hint: 'Cỡ 14 (hoặc 13), nghiêng, không đậm, căn giữa.' },
    { title: 'Place and date: 13–14 pt, italic, centred under the national title', hint: '14 (or 13) pt, italic, not bold, centred.' }),
  // ---- title (Mục II, khoản 5) --------------------------------------------------------------
  type: rule('error', 'type', appendixI('II', 5, 'b'),
    { title: 'Phải có tên loại văn bản (ví dụ "KẾ HOẠCH") dưới phần đầu, trừ công văn', hint: 'Thêm tên loại văn bản ở ô số 5a, căn giữa.' },
    { title: 'The document type (e.g. "KẾ HOẠCH") follows the header, except in an official letter', hint: 'Add the document type in box 5a, centred.' }),
  'type-format': rule('error', 'type', appendixI('II', 5, 'b'),
    { title: 'Tên loại văn bản: chữ in hoa, cỡ chữ 13–14, kiểu chữ đứng, đậm, canh giữa', hint: 'In hoa, cỡ 14, đậm, căn giữa.' },
    { title: 'Document type: capitals, 13–14 pt, upright, bold, centred', hint: 'Capitals, 14 pt, bold, centred.' }),
  summary: rule('error', 'summary', appendixI('II', 5, 'b'),
    { title: 'Trích yếu nội dung đặt ngay dưới tên loại văn bản', hint: 'Thêm dòng trích yếu ngay dưới tên loại.' },
    { title: 'The summary follows the document type', hint: 'Add the summary line right under the type.' }),
  'summary-format': rule('error', 'summary', appendixI('II', 5, 'b'),
    { title: 'Trích yếu: chữ in thường, cỡ chữ 13–14, kiểu chữ đứng, đậm, canh giữa', hint: 'Chữ thường (không in hoa toàn bộ), cỡ 14, đậm, căn giữa.' },
    { title: 'Summary: sentence case, 13–14 pt, upright, bold, centred', hint: 'Sentence case (not all capitals), 14 pt, bold, centred.' }),
  'summary-rule': rule('error', 'summary', appendixI('II', 5, 'b'),
    { title: 'Dưới trích yếu có đường kẻ ngang, nét liền, dài 1/3–1/2 dòng chữ, đặt cân đối', hint: 'Kẻ một đường liền ngắn, căn giữa, dài khoảng 40 % dòng trích yếu dài nhất.' },
    { title: 'A solid line under the summary, 1/3–1/2 of the text width, centred', hint: 'Draw a short solid line, centred, about 40 % of the summary\'s longest line.' }),
  // ---- body (Mục II, khoản 6) ---------------------------------------------------------------
  'grounds-format': rule('error', 'grounds', appendixI('II', 6, 'a'),
    { title: 'Căn cứ: chữ in thường, nghiêng, cỡ chữ 13–14; mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối kết thúc bằng dấu chấm (.)', hint: 'Đặt nghiêng; kết thúc mỗi căn cứ bằng ";" và căn cứ cuối bằng ".".' },
    { title: 'Grounds: italic, 13–14 pt; one per line ending with ";", the last with "."', hint: 'Make them italic; end each with ";" and the last with ".".' }),
  'body-size': rule('error', 'body', appendixI('II', 6, 'e'),
    { title: 'Nội dung: cỡ chữ 13–14', hint: 'Đặt cỡ chữ nội dung 14 (hoặc 13) cho toàn văn bản.' },
    { title: 'Body text: 13–14 pt', hint: 'Set the body text to 14 (or 13) pt throughout.' }),
  'body-justify': rule('error', 'body', appendixI('II', 6, 'e'),
    { title: 'Nội dung được canh đều cả hai lề', hint: 'Home › Justify (Ctrl+J).' },
    { title: 'Body text is justified', hint: 'Home › Justify (Ctrl+J).' }),
  'body-indent': rule('error', 'body', appendixI('II', 6, 'e'),
    { title: 'Đầu dòng lùi vào 1 cm hoặc 1,27 cm', hint: 'Paragraph › Special: First line 1 cm (hoặc 1,27 cm), lề trái 0.' },
    { title: 'First-line indent of 1 cm or 1.27 cm', hint: 'Paragraph › Special: First line 1 cm (or 1.27 cm), left indent 0.' }),
  'body-spacing': rule('error', 'body', appendixI('II', 6, 'e'),
    { title: 'Khoảng cách giữa các đoạn văn tối thiểu 6 pt', hint: 'Paragraph › Spacing Before 6 pt (hoặc lớn hơn).' },
    { title: 'At least 6 pt between paragraphs', hint: 'Paragraph › Spacing Before 6 pt (or more).' }),
  'body-line-spacing': rule('error', 'body', appendixI('II', 6, 'e'),
    { title: 'Khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng', hint: 'Paragraph › Line spacing: Single … 1.5 lines.' },
    { title: 'Line spacing from single to 1.5 lines', hint: 'Paragraph › Line spacing: Single … 1.5 lines.' }),
  'heading-format': rule('error', 'heading', appendixI('II', 6, 'đ'),
    { title: 'Phần, chương, mục (I, II…) và điều trình bày đậm; tên phần, chương, mục La Mã in hoa; từ "Phần", "Chương" canh giữa', hint: 'Đặt đậm cho dòng đề mục; tiêu đề mục La Mã in hoa.' },
    { title: 'Parts, chapters, Roman sections and articles are bold; their titles in capitals; "Phần"/"Chương" lines centred', hint: 'Make heading lines bold; Roman section titles in capitals.' }),
  'numbering-sections': rule('error', 'heading', appendixI('II', 6, 'đ'),
    { title: 'Phần, chương, mục đánh số La Mã liên tục (I, II, III…)', hint: 'Đánh số lại các mục theo thứ tự I, II, III…' },
    { title: 'Parts, chapters and sections are numbered I, II, III… in sequence', hint: 'Renumber the sections I, II, III…' }),
  'numbering-clauses': rule('error', 'heading', appendixI('II', 6, 'đ'),
    { title: 'Điều, khoản đánh số Ả Rập liên tục (1., 2., 3.…), khoản bắt đầu lại từ 1 trong mỗi mục', hint: 'Đánh số lại các khoản 1., 2., 3.…' },
    { title: 'Articles and clauses are numbered 1., 2., 3.… in sequence, clauses restarting in each section', hint: 'Renumber the clauses 1., 2., 3.…' }),
  'numbering-points': rule('error', 'heading', appendixI('II', 6, 'đ'),
    { title: 'Điểm đánh theo bảng chữ cái tiếng Việt a) b) c) d) đ) e) g)…, sau có dấu đóng ngoặc đơn', hint: 'Dùng a) b) c) d) đ) e) g) h) i) k)… (có đ, không có f, j, w, z); danh sách tự động a, b, c của Word không đúng bảng chữ cái tiếng Việt.' },
    { title: 'Points use the Vietnamese alphabet a) b) c) d) đ) e) g)… followed by ")"', hint: 'Use a) b) c) d) đ) e) g) h) i) k)… (with đ, without f, j, w, z); Word\'s a, b, c lists do not follow the Vietnamese alphabet.' }),
  'body-end-mark': rule('warning', 'body', phrase('Phụ lục III, Mẫu 1.4', 'Appendix III, Form 1.4'),
    { title: 'Nội dung kết thúc bằng dấu "./."', hint: 'Thêm "./." sau câu cuối cùng của nội dung.' },
    { title: 'The body ends with "./."', hint: 'Add "./." after the last sentence of the body.' }),
  // ---- signature and recipients (Mục II, khoản 7 và 9) ----------------------------------------
  signature: rule('error', 'signature', appendixI('II', 7, 'đ'),
    { title: 'Phải có quyền hạn, chức vụ và họ tên người ký (ô số 7a, 7b)', hint: 'Thêm khối chữ ký ở cuối văn bản, bên phải.' },
    { title: 'The signer\'s authority, position and name are present (boxes 7a, 7b)', hint: 'Add the signature block at the end, on the right.' }),
  'signature-authority': rule('error', 'signature', appendixI('II', 7, 'b, đ'),
    { title: 'Quyền hạn, chức vụ người ký: "TM.", "Q.", "KT.", "TL.", "TUQ." và chức vụ in hoa, cỡ chữ 13–14, kiểu chữ đứng, đậm', hint: 'Viết đúng chữ viết tắt có dấu chấm ("KT. CHỦ TỊCH"), in hoa, đậm; sau "KT." phải có dòng chức vụ của người ký.' },
    { title: 'Authority and position: "TM.", "Q.", "KT.", "TL.", "TUQ." and the position in capitals, 13–14 pt, upright, bold', hint: 'Write the abbreviation with its full stop ("KT. CHỦ TỊCH"), capitals, bold; "KT." is followed by the signer\'s own position.' }),
  'signature-name': rule('error', 'signature', appendixI('II', 7, 'c, đ'),
    { title: 'Họ tên người ký: chữ in thường, cỡ chữ 13–14, kiểu chữ đứng, đậm; không ghi học hàm, học vị', hint: 'Ví dụ "Nguyễn Văn An", đậm, cỡ 14; bỏ "TS.", "ThS."…' },
    { title: 'Signer\'s name: sentence case, 13–14 pt, upright, bold; no academic titles', hint: 'E.g. "Nguyễn Văn An", bold, 14 pt; drop "TS.", "ThS."…' }),
  'signature-name-missing': rule('warning', 'signature', appendixI('II', 7, 'c, đ'),
    { title: 'Dưới chữ ký có họ và tên người ký (họ, tên đệm, tên), canh giữa dưới quyền hạn, chức vụ', hint: 'Thêm dòng họ tên người ký, ví dụ "Nguyễn Văn An", đậm, cỡ 14; bản dự thảo chưa có họ tên thì bổ sung trước khi trình ký.' },
    { title: 'The signer\'s full name (family, middle and given name) under the signature, centred under the authority and position', hint: 'Add the signer\'s name, e.g. "Nguyễn Văn An", bold, 14 pt; a draft without it gets it before signing.' }),
  'recipients-label': rule('error', 'recipients', appendixI('II', 9, 'd'),
    { title: '"Nơi nhận:" trên một dòng riêng, có dấu hai chấm, cỡ chữ 12, nghiêng, đậm, sát lề trái', hint: 'Viết "Nơi nhận:" cỡ 12, đậm nghiêng, căn trái.' },
    { title: '"Nơi nhận:" on its own line with a colon, 12 pt, bold italic, flush left', hint: 'Write "Nơi nhận:" in 12 pt bold italic, left aligned.' }),
  'recipients-items': rule('error', 'recipients', appendixI('II', 9, 'd'),
    { title: 'Mỗi nơi nhận một dòng, cỡ chữ 11, kiểu chữ đứng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy (;)', hint: 'Cỡ 11, không nghiêng; bắt đầu bằng "- " và kết thúc bằng ";".' },
    { title: 'One recipient per line, 11 pt, upright, starting with "-" and ending with ";"', hint: '11 pt, not italic; start with "- " and end with ";".' }),
  'recipients-archive': rule('error', 'recipients', appendixI('II', 9, 'd'),
    { title: 'Dòng cuối của nơi nhận là "- Lưu: VT, <đơn vị soạn thảo> (<số bản>)." kết thúc bằng dấu chấm', hint: 'Ví dụ "- Lưu: VT, VP."' },
    { title: 'The last recipient line is "- Lưu: VT, <drafting unit> (<copies>)." ending with "."', hint: 'For example "- Lưu: VT, VP."' }),
  // ---- appendices (Mục III, khoản 1) --------------------------------------------------------
  'appendix-reference': rule('error', 'appendix', appendixI('III', 1, 'a'),
    { title: 'Văn bản có phụ lục phải có chỉ dẫn về phụ lục trong nội dung', hint: 'Ghi trong nội dung, ví dụ "… tại Phụ lục kèm theo Kế hoạch này".' },
    { title: 'A document with appendices refers to them in its body', hint: 'Mention it in the body, e.g. "… tại Phụ lục kèm theo Kế hoạch này".' }),
  'appendix-label': rule('error', 'appendix', appendixI('III', 1, 'a, b'),
    { title: 'Từ "Phụ lục" và số thứ tự (La Mã khi có từ hai phụ lục) trên một dòng riêng, canh giữa, chữ in thường, cỡ chữ 14, đứng, đậm', hint: 'Ví dụ "Phụ lục I", cỡ 14, đậm, căn giữa.' },
    { title: '"Phụ lục" and its number (Roman when there are two or more) on their own line, centred, 14 pt, upright, bold', hint: 'E.g. "Phụ lục I", 14 pt, bold, centred.' }),
  'appendix-title': rule('error', 'appendix', appendixI('III', 1, 'b'),
    { title: 'Tên phụ lục: canh giữa, chữ in hoa, cỡ chữ 13–14, kiểu chữ đứng, đậm', hint: 'In hoa, cỡ 14, đậm, căn giữa.' },
    { title: 'Appendix title: centred, capitals, 13–14 pt, upright, bold', hint: 'Capitals, 14 pt, bold, centred.' }),
  'appendix-ref-line': rule('error', 'appendix', appendixI('III', 1, 'c'),
    { title: 'Dưới tên phụ lục là dòng "(Kèm theo …)": canh giữa, chữ in thường, cỡ chữ 13–14, nghiêng', hint: 'Viết "(Kèm theo Kế hoạch số …/KH-… ngày … của …)" nghiêng, căn giữa.' },
    { title: 'Under the appendix title, the "(Kèm theo …)" line: centred, 13–14 pt, italic', hint: 'Write "(Kèm theo Kế hoạch số …/KH-… ngày … của …)" in italic, centred.' }),
  'page-number-restart': rule('error', 'page-number', appendixI('III', 1, 'đ'),
    { title: 'Số trang của phụ lục được đánh riêng theo từng phụ lục', hint: 'Đặt mỗi phụ lục trong một section riêng (Section Break – Next Page) với Page Number › Start at 1.' },
    { title: 'Each appendix is paginated on its own', hint: 'Put each appendix in its own section (Section Break – Next Page) with Page Number › Start at 1.' }),
  'table-header-repeat': rule('warning', 'table', phrase('Không quy định trong Phụ lục I (thực hành trình bày bảng)', 'Not in Appendix I (table layout practice)'),
    { title: 'Dòng tiêu đề của bảng được lặp lại ở đầu mỗi trang', hint: 'Chọn dòng tiêu đề › Table Properties › Row › Repeat as header row at the top of each page.' },
    { title: 'The table\'s header row repeats at the top of every page', hint: 'Select the header row › Table Properties › Row › Repeat as header row at the top of each page.' }),
} satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof checkRules;

/** OOXML paragraph alignments (`w:jc`) in words; another value is printed as it is. */
const ALIGN: Record<'vi' | 'en', Record<string, string>> = {
  vi: { left: 'trái', start: 'trái', right: 'phải', end: 'phải', center: 'giữa', both: 'đều', distribute: 'đều' },
  en: { left: 'left', start: 'left', right: 'right', end: 'right', center: 'centre', both: 'justified', distribute: 'justified' },
};

/**
 * The words measured and expected values are made of, by key. A word with parameters receives
 * them already rendered (numbers with their units, quoted document text, other words).
 */
export const checkWords = {
  // formatting of a text
  bold: phrase('đậm', 'bold'),
  notBold: phrase('không đậm', 'not bold'),
  partlyBold: phrase('đậm một phần', 'partly bold'),
  italic: phrase('nghiêng', 'italic'),
  upright: phrase('đứng', 'upright'),
  partlyItalic: phrase('nghiêng một phần', 'partly italic'),
  upper: phrase('in hoa', 'capitals'),
  notUpper: phrase('không in hoa hết', 'not all capitals'),
  lower: phrase('chữ thường', 'sentence case'),
  allUpper: phrase('in hoa toàn bộ', 'all capitals'),
  centred: phrase('canh giữa', 'centred'),
  justified: phrase('canh đều hai lề', 'justified'),
  /** `jc`: the paragraph's OOXML alignment ("left", "both" …). */
  aligned: texts<'jc'>((p) => `căn ${ALIGN.vi[p.jc] ?? p.jc}`, (p) => `aligned ${ALIGN.en[p.jc] ?? p.jc}`),
  flushLeft: phrase('sát lề trái', 'flush left'),
  black: phrase('đen', 'black'),
  nfc: phrase('Unicode dựng sẵn (NFC)', 'precomposed Unicode (NFC)'),
  combining: texts<'code' | 'word'>((p) => `dấu tổ hợp ${p.code} trong ${p.word}`, (p) => `combining ${p.code} in ${p.word}`),
  // presence
  missing: phrase('không có', 'missing'),
  present: phrase('có', 'present'),
  none: phrase('không có', 'none'),
  presentWithoutTitlePg: phrase('có (titlePg: không có)', 'present (titlePg: none)'),
  // page
  portrait: phrase('dọc', 'portrait'),
  landscape: phrase('ngang', 'landscape'),
  withoutTable: phrase('không có bảng', 'no table'),
  marginTop: texts<'value'>((p) => `trên ${p.value}`, (p) => `top ${p.value}`),
  marginBottom: texts<'value'>((p) => `dưới ${p.value}`, (p) => `bottom ${p.value}`),
  marginLeft: texts<'value'>((p) => `trái ${p.value}`, (p) => `left ${p.value}`),
  marginRight: texts<'value'>((p) => `phải ${p.value}`, (p) => `right ${p.value}`),
  // page numbers
  header: phrase('đầu trang', 'header'),
  footer: phrase('chân trang', 'footer'),
  /** `field`: the field code, e.g. PAGE. */
  inHeader: texts<'field'>((p) => `đầu trang: ${p.field}`, (p) => `header: ${p.field}`),
  sharesSection: phrase('cùng section với phần trước', 'shares a section with the text before'),
  ownSection: phrase('section riêng, đánh số từ 1', 'own section numbered from 1'),
  continuesNumbering: phrase('đánh số tiếp', 'continues the numbering'),
  startsAt1: phrase('bắt đầu từ 1', 'starts at 1'),
  // header and title
  leftColumn: phrase('cột trái', 'left column'),
  rightColumn: phrase('cột phải (ô số 1)', 'right column (box 1)'),
  issuerExpected: phrase('tên cơ quan ban hành (ô số 2)', 'issuing agency (box 2)'),
  /** `sizes`: the sizes of the national title, the motto and the date. */
  headerSizes: texts<'sizes'>((p) => `Quốc hiệu / Tiêu ngữ / ngày tháng: ${p.sizes}`, (p) => `national title / motto / date: ${p.sizes}`),
  placeDateForm: phrase('"<Địa danh>, ngày … tháng … năm …"', '"<Place>, ngày … tháng … năm …"'),
  placeDateCapitalised: phrase('"<Địa danh viết hoa>, ngày … tháng … năm …"', '"<Capitalised place>, ngày … tháng … năm …"'),
  typeExpected: phrase('tên loại văn bản in hoa, ví dụ "KẾ HOẠCH"', 'document type in capitals, e.g. "KẾ HOẠCH"'),
  summaryExpected: phrase('trích yếu ngay dưới tên loại', 'a summary under the type'),
  // lines under the motto, the issuer and the summary
  /** `length`: the allowed length; `text`: the width of the text it must equal. */
  ruleLengthOfText: texts<'length' | 'text'>((p) => `${p.length} (= ${p.text} dòng chữ)`, (p) => `${p.length} (= ${p.text} of the text)`),
  /** `length`: the allowed lengths; `text`: the width of the text; `ratio`: the allowed fractions of it. */
  ruleLengthRatio: texts<'length' | 'text' | 'ratio'>((p) => `${p.length} (${p.text} dòng chữ × ${p.ratio})`, (p) => `${p.length} (${p.text} of the text × ${p.ratio})`),
  /** `length`: a length that can only be estimated (underscores in superscript). */
  estimate: texts<'length'>((p) => `≈ ${p.length} (ước tính)`, (p) => `≈ ${p.length} (estimate)`),
  offCentre: texts<'by'>((p) => `lệch tâm ${p.by}`, (p) => `off centre ${p.by}`),
  /** A floating line (shape) placed over the text instead of under it. */
  ruleOnText: phrase('đường kẻ đè lên dòng chữ', 'the line is over the text'),
  ruleUnderText: phrase('ngay dưới dòng chữ', 'right under the text'),
  /** A line shape whose outline is switched off: nothing is printed. */
  ruleNotStroked: phrase('hình đường kẻ không có nét (không in ra)', 'a line shape with no outline (not printed)'),
  /** `dash`: the dash style as the file names it (dash, sysDot …). */
  ruleDashed: texts<'dash'>((p) => `nét đứt (${p.dash})`, (p) => `dashed (${p.dash})`),
  /** `weight`: the line's weight. */
  ruleWeight: texts<'weight'>((p) => `nét dày ${p.weight}`, (p) => `${p.weight} thick`),
  solidLine: phrase('nét liền', 'a solid line'),
  /** `max`: the heaviest weight accepted. */
  thinSolidLine: texts<'max'>((p) => `nét liền, mảnh (không quá ${p.max})`, (p) => `a thin solid line (at most ${p.max})`),
  // body
  /** `left`: the left indent; `first`: where the first line starts. */
  indentLeft: texts<'left' | 'first'>((p) => `lề trái ${p.left}, dòng đầu ${p.first}`, (p) => `left ${p.left}, first line ${p.first}`),
  /** `a`, `b`: the two first-line indents the decree allows. */
  indentExpected: texts<'a' | 'b'>((p) => `${p.a} hoặc ${p.b}, lề trái 0`, (p) => `${p.a} or ${p.b}, left indent 0`),
  /** `rule`: the OOXML line rule ("exact", "atLeast"); `pt`: the line height; `lines`: as a multiple of single spacing. */
  lineRule: texts<'rule' | 'pt' | 'lines'>((p) => `${p.rule} ${p.pt} ≈ ${p.lines}`, (p) => `${p.rule} ${p.pt} ≈ ${p.lines}`),
  atLeast: texts<'value'>((p) => `≥ ${p.value}`, (p) => `≥ ${p.value}`),
  // signature, recipients, appendices, tables
  signerExpected: phrase('quyền hạn, chức vụ, họ tên người ký', 'authority, position and name of the signer'),
  /** `marks`: the signing authorities ("TM.", "KT." …), followed by the position. */
  authorityMarks: texts<'marks'>((p) => `${p.marks} + …`, (p) => `${p.marks} + …`),
  /** `text`: the line. */
  isLastLine: texts<'text'>((p) => `${p.text} là dòng cuối`, (p) => `${p.text} is the last line`),
  positionAfterKt: phrase('sau "KT." có dòng chức vụ người ký', 'the signer\'s position after "KT."'),
  nameWithoutTitles: phrase('họ tên, không có học hàm, học vị', 'the name without academic titles'),
  /** `count`: how many grounds the paragraph holds. */
  groundsAsParagraph: texts<'count'>((p) => `${p.count} căn cứ viết liền trong một đoạn chữ đứng`, (p) => `${p.count} grounds run together in an upright paragraph`),
  groundsAsLines: phrase('mỗi căn cứ một dòng, in nghiêng', 'one ground per line, in italics'),
  signerNameExpected: phrase('họ và tên người ký (ô số 7b)', 'the signer\'s full name (box 7b)'),
  archiveForm: phrase('"- Lưu: VT, <đơn vị soạn thảo> (<số bản>)."', '"- Lưu: VT, <drafting unit> (<copies>)."'),
  appendixReference: phrase('chỉ dẫn "… Phụ lục …" trong nội dung', 'a reference "… Phụ lục …" in the body'),
  headerRowNotRepeated: phrase('dòng đầu không lặp lại', 'first row not repeated'),
  headerRowRepeated: phrase('lặp lại dòng tiêu đề ở mỗi trang', 'header row repeated on every page'),
} satisfies Record<string, Texts<never>>;

export type WordKey = keyof typeof checkWords;

/** Units of measured and expected numbers. */
export const checkUnits = {
  pt: phrase('pt', 'pt'),
  mm: phrase('mm', 'mm'),
  cm: phrase('cm', 'cm'),
  lines: phrase('dòng', 'lines'),
} satisfies Record<string, Texts<unknown>>;

export type Unit = keyof typeof checkUnits;

/** Numbers as people write them: "24,99" in Vietnamese, "24.99" in English. */
export const checkNumber: Texts<number> = {
  vi: (n) => String(n).replace('.', ','),
  en: (n) => String(n),
};

/** The words of `cchc-plan check`'s report and options. */
export const checkReport = {
  ok: phrase('đạt thể thức Nghị định 30', 'conforms to Decree 30'),
  bad: {
    vi: (p: { errors: number; warnings: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    en: (p: { errors: number; warnings: number }) => `${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,
  },
  okWarn: {
    vi: (p: { warnings: number }) => `đạt thể thức (${p.warnings} cảnh báo)`,
    en: (p: { warnings: number }) => `conforms (${p.warnings} warning${p.warnings === 1 ? '' : 's'})`,
  },
  appendix: phrase('phụ lục độc lập', 'stand-alone appendix'),
  unreadable: {
    vi: (p: { reason: string; detail: string }) => `không đọc được tệp DOCX: ${p.reason} (${p.detail})`,
    en: (p: { reason: string; detail: string }) => `not a readable DOCX: ${p.reason} (${p.detail})`,
  },
  notFound: phrase('không tìm thấy tệp', 'file not found'),
  error: phrase('lỗi', 'error'),
  warning: phrase('cảnh báo', 'warning'),
  page: phrase('trang', 'page'),
  para: phrase('đoạn', '¶'),
  times: { vi: (n: number) => `(${n} chỗ)`, en: (n: number) => `(${n} places)` },
  summary: {
    vi: (p: { files: number; ok: number; bad: number; unreadable: number }) => `${p.files} tệp: ${p.ok} đạt, ${p.bad} không đạt, ${p.unreadable} không đọc được`,
    en: (p: { files: number; ok: number; bad: number; unreadable: number }) => `${p.files} files: ${p.ok} conform, ${p.bad} do not, ${p.unreadable} unreadable`,
  },
  /** Why a file is not a readable DOCX (`DocxReadError.reason`). */
  reasons: {
    'not-zip': phrase('không phải tệp ZIP/DOCX', 'not a ZIP/DOCX file'),
    'legacy-or-encrypted': phrase('tệp Word 97–2003 (.doc) hoặc DOCX có mật khẩu', 'a Word 97–2003 .doc or a password-protected DOCX'),
    'no-document': phrase('không có văn bản chính (word/document.xml) hoặc quan hệ của gói trỏ tới phần khác', 'no main document (word/document.xml), or the package points at another part'),
    'bad-xml': phrase('XML hỏng', 'broken XML'),
    'bad-encoding': phrase('phần XML không phải mã hóa UTF-8 (có byte sai)', 'an XML part is not UTF-8 (invalid bytes)'),
    'too-large': phrase('phần XML quá lớn', 'an XML part is too large'),
  },
  /** The command's help, printed in both languages. */
  help: {
    command: phrase('kiểm tra thể thức Nghị định 30 của tệp DOCX bất kỳ', 'check any DOCX against the Decree 30 layout rules'),
    files: phrase('tệp .docx', '.docx files'),
    lang: phrase('ngôn ngữ thông báo', 'message language'),
    json: phrase('in kết quả dạng JSON', 'print results as JSON'),
    quiet: phrase('chỉ in lỗi', 'print errors only'),
  },
} satisfies Record<string, Texts<never> | Record<string, Texts<unknown>>>;
