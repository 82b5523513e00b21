/**
 * The named styles, by role: what the decree requires of each element (read by the checker and
 * tested against what we print) and how we print it (read by the DOCX and the PDF emitter alike).
 *
 * Requirements: Nghị định 30/2020/NĐ-CP, Phụ lục I (sizes as ranges in `RANGES`); the sizes we
 * print come from `Measures.size` (Phụ lục III, Mẫu 1.4).
 */
import { RANGES, type Measures } from './measures.js';

/** What Phụ lục I requires of an element's text: size range, weight, slant, case, alignment. */
export interface Requirement {
  size: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  /** true: all capitals; false: sentence case (not all capitals). */
  upper?: boolean;
  centred?: boolean;
}

export type Align = 'center' | 'justify' | 'left';

/** How we print a role: the Word style (id and the name a clerk sees) and its formatting. */
export interface PrintStyle {
  id: string;
  name: string;
  /** The size from `Measures.size`, or an exact size in points. */
  size: keyof Measures['size'] | { pt: number };
  bold?: boolean;
  italic?: boolean;
  align: Align;
  /** A body paragraph: first-line indent, the plan's line and paragraph spacing. */
  body?: boolean;
  /** Space before the paragraph, in points, from the measures. */
  before?: (m: Measures) => number;
  /** Exact line height in points (the empty paragraphs that carry a line). */
  exactLine?: (m: Measures) => number;
  keepNext?: boolean;
}

export interface Role {
  print: PrintStyle;
  decree?: Requirement;
}

/** Every role, in the order the DOCX styles part lists them. */
export const ROLES = {
  body: { print: { id: 'NoiDung', name: 'Nội dung', size: 'body', align: 'justify', body: true }, decree: { size: RANGES.body } },
  grounds: { print: { id: 'CanCu', name: 'Căn cứ', size: 'body', italic: true, align: 'justify', body: true }, decree: { size: RANGES.body, italic: true } },
  nationalTitle: { print: { id: 'QuocHieu', name: 'Quốc hiệu', size: 'nationalTitle', bold: true, align: 'center' }, decree: { size: RANGES.nationalTitle, bold: true, italic: false, upper: true } },
  motto: { print: { id: 'TieuNgu', name: 'Tiêu ngữ', size: 'motto', bold: true, align: 'center' }, decree: { size: RANGES.motto, bold: true, italic: false, centred: true } },
  parent: { print: { id: 'CoQuanChuQuan', name: 'Cơ quan chủ quản', size: 'parent', align: 'center' }, decree: { size: RANGES.issuer, bold: false, italic: false, upper: true } },
  issuer: { print: { id: 'CoQuanBanHanh', name: 'Cơ quan ban hành', size: 'issuer', bold: true, align: 'center' }, decree: { size: RANGES.issuer, bold: true, italic: false, upper: true } },
  number: { print: { id: 'SoKyHieu', name: 'Số, ký hiệu', size: 'number', align: 'center', before: (m) => m.headerTable.secondRowSpaceBeforePt }, decree: { size: RANGES.number, bold: false, italic: false, centred: true } },
  placeDate: { print: { id: 'DiaDanhNgayThang', name: 'Địa danh, ngày tháng', size: 'placeDate', italic: true, align: 'center', before: (m) => m.headerTable.secondRowSpaceBeforePt }, decree: { size: RANGES.placeDate, bold: false, italic: true, upper: false, centred: true } },
  type: { print: { id: 'TenLoai', name: 'Tên loại văn bản', size: 'type', bold: true, align: 'center', before: (m) => m.title.spaceBeforePt, keepNext: true }, decree: { size: RANGES.type, bold: true, italic: false, upper: true, centred: true } },
  summary: { print: { id: 'TrichYeu', name: 'Trích yếu', size: 'summary', bold: true, align: 'center', keepNext: true }, decree: { size: RANGES.summary, bold: true, italic: false, upper: false, centred: true } },
  rule: { print: { id: 'DuongKe', name: 'Đường kẻ', size: { pt: 1 }, align: 'center', exactLine: (m) => m.rules.boxPt } },
  recipientsLabel: { print: { id: 'NoiNhan', name: 'Nơi nhận', size: 'recipientsLabel', bold: true, italic: true, align: 'left', before: (m) => m.signature.spaceBeforePt }, decree: { size: RANGES.recipientsLabel, bold: true, italic: true } },
  recipients: { print: { id: 'NoiNhanMuc', name: 'Nơi nhận - mục', size: 'recipients', align: 'left' }, decree: { size: RANGES.recipients, italic: false } },
  signatureAuthority: { print: { id: 'QuyenHanChucVu', name: 'Quyền hạn, chức vụ', size: 'signatureAuthority', bold: true, align: 'center', before: (m) => m.signature.spaceBeforePt, keepNext: true }, decree: { size: RANGES.signature, bold: true, italic: false, upper: true } },
  signatureName: { print: { id: 'HoTenNguoiKy', name: 'Họ tên người ký', size: 'signatureName', bold: true, align: 'center' }, decree: { size: RANGES.signature, bold: true, italic: false, upper: false } },
  appendixLabel: { print: { id: 'PhuLucSo', name: 'Phụ lục - số', size: 'appendixLabel', bold: true, align: 'center' }, decree: { size: RANGES.appendixLabel, bold: true, italic: false, centred: true } },
  appendixTitle: { print: { id: 'PhuLucTen', name: 'Phụ lục - tên', size: 'appendixTitle', bold: true, align: 'center' }, decree: { size: RANGES.appendixTitle, bold: true, italic: false, upper: true, centred: true } },
  appendixRef: { print: { id: 'PhuLucKemTheo', name: 'Phụ lục - kèm theo', size: 'appendixRef', italic: true, align: 'center' }, decree: { size: RANGES.appendixRef, italic: true, centred: true } },
  tableHeader: { print: { id: 'BangTieuDe', name: 'Bảng - tiêu đề', size: 'table', bold: true, align: 'center' } },
  tableBody: { print: { id: 'BangNoiDung', name: 'Bảng - nội dung', size: 'table', align: 'left' } },
  pageNumber: { print: { id: 'SoTrang', name: 'Số trang', size: 'pageNumber', align: 'center' } },
} as const satisfies Record<string, Role>;

export type RoleName = keyof typeof ROLES;

/** Headings (parts, sections, clauses, sub-clauses): body paragraphs in bold, kept with the next. */
export const HEADING: PrintStyle = { id: 'Heading', name: 'Heading', size: 'body', bold: true, align: 'justify', body: true, keepNext: true };

/**
 * A part whose label stands on its own line ("Phần I") over its title: both centred, bold, at the
 * body's size, no first-line indent (Phụ lục I, Mục II, khoản 6, điểm đ).
 */
export const CENTRED_HEADING: PrintStyle = { id: 'HeadingCentred', name: 'Heading (centred)', size: 'body', bold: true, align: 'center', keepNext: true, before: (m) => m.body.spaceBeforePt };

/** The size in points a print style has under these measures. */
export function sizeOf(style: PrintStyle, m: Measures): number {
  return typeof style.size === 'object' ? style.size.pt : m.size[style.size];
}

/** The Word style id of a role, as emitters write it. */
export const styleId = (role: RoleName): string => ROLES[role].print.id;
