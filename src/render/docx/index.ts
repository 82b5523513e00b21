/**
 * DOCX emitter: document model → Office Open XML with named styles (headings mapped to Word's
 * heading levels), every measure from the one Decree-30 table. Output is byte-reproducible:
 * fixed core.xml dates, fixed zip timestamps, no random ids.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { flattenBody, outlineLevels, type Para } from '../../model/layout.js';
import { mmToPt, mmToTwip, ptToTwip, textWidthMm, type Measures } from '../../model/measures.js';
import type { AppendixModel, DocumentModel, Run, TableModel } from '../../model/types.js';
import { strFromU8, unzipSync } from 'fflate';
import { zipParts } from './zip.js';
import { imageRuns, type ImageResolver } from './images.js';

export interface DocxOptions {
  /** Image bytes for the signature and seal paths of the model (already checked to exist). */
  images?: ImageResolver;
}

const HALF = (pt: number) => Math.round(pt * 2);
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = (pt: number) => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round(pt * 8)), color: '000000', space: 0 });

/** Named paragraph styles: a clerk editing the DOCX in Word keeps the decree's formatting. */
function paragraphStyles(m: Measures): IParagraphStyleOptions[] {
  const s = m.size;
  const single = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
  const center = AlignmentType.CENTER;
  const style = (id: string, name: string, size: number, run: { bold?: boolean; italics?: boolean; allCaps?: boolean } = {}, paragraph: Record<string, unknown> = {}): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'NoiDung',
    quickFormat: true,
    run: { font: m.font, size: HALF(size), ...run },
    paragraph: { alignment: center, spacing: single, ...paragraph },
  });
  const body = bodyParagraph(m);
  return [
    style('NoiDung', 'Nội dung', s.body, {}, body),
    style('CanCu', 'Căn cứ', s.body, { italics: true }, body),
    style('QuocHieu', 'Quốc hiệu', s.nationalTitle, { bold: true }),
    style('TieuNgu', 'Tiêu ngữ', s.motto, { bold: true }),
    style('CoQuanChuQuan', 'Cơ quan chủ quản', s.parent),
    style('CoQuanBanHanh', 'Cơ quan ban hành', s.issuer, { bold: true }),
    style('SoKyHieu', 'Số, ký hiệu', s.number, {}, { spacing: { ...single, before: 120 } }),
    style('DiaDanhNgayThang', 'Địa danh, ngày tháng', s.placeDate, { italics: true }, { spacing: { ...single, before: 120 } }),
    style('TenLoai', 'Tên loại văn bản', s.type, { bold: true }, { spacing: { ...single, before: ptToTwip(m.title.spaceBeforePt) }, keepNext: true }),
    style('TrichYeu', 'Trích yếu', s.summary, { bold: true }, { keepNext: true }),
    style('DuongKe', 'Đường kẻ', 1, {}, { spacing: { before: 0, after: 0, line: ptToTwip(3), lineRule: LineRuleType.EXACT } }),
    style('NoiNhan', 'Nơi nhận', s.recipientsLabel, { bold: true, italics: true }, { alignment: AlignmentType.LEFT, spacing: { ...single, before: ptToTwip(m.signature.spaceBeforePt) } }),
    style('NoiNhanMuc', 'Nơi nhận - mục', s.recipients, {}, { alignment: AlignmentType.LEFT }),
    style('QuyenHanChucVu', 'Quyền hạn, chức vụ', s.signatureAuthority, { bold: true }, { spacing: { ...single, before: ptToTwip(m.signature.spaceBeforePt) }, keepNext: true }),
    style('HoTenNguoiKy', 'Họ tên người ký', s.signatureName, { bold: true }),
    style('PhuLucSo', 'Phụ lục - số', s.appendixLabel, { bold: true }),
    style('PhuLucTen', 'Phụ lục - tên', s.appendixTitle, { bold: true }),
    style('PhuLucKemTheo', 'Phụ lục - kèm theo', s.appendixRef, { italics: true }),
    style('BangTieuDe', 'Bảng - tiêu đề', s.table, { bold: true }),
    style('BangNoiDung', 'Bảng - nội dung', s.table, {}, { alignment: AlignmentType.LEFT }),
    style('SoTrang', 'Số trang', s.pageNumber),
  ];
}

/**
 * Widow/orphan control is off: a heading keeps with the first line of the next paragraph, exactly
 * what the PDF emitter does, so Word, LibreOffice and our PDF break pages at the same lines.
 */
function bodyParagraph(m: Measures) {
  return {
    widowControl: false,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(m.body.firstLineIndentCm * 10) },
    spacing: { before: ptToTwip(m.body.spaceBeforePt), after: ptToTwip(m.body.spaceAfterPt), line: Math.round(240 * m.body.lineSpacing), lineRule: LineRuleType.AUTO },
  };
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function runs(rs: Run[]): TextRun[] {
  return rs.map((r) => new TextRun({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));
}

function text(style: string, value: string, extra: Record<string, unknown> = {}): Paragraph {
  return new Paragraph({ style, children: [new TextRun(value)], ...extra });
}

/**
 * A solid line of an exact length, centred in a box of `boxPt`: an empty paragraph of a small exact
 * height with a bottom border, its indents trimming the border to the length. A paragraph border
 * runs from the left to the right indent in Word and LibreOffice alike.
 */
function rule(lengthPt: number, boxPt: number, thicknessPt: number): Paragraph {
  const side = Math.max(0, (boxPt - lengthPt) / 2);
  return new Paragraph({
    style: 'DuongKe',
    indent: { left: ptToTwip(side), right: ptToTwip(side) },
    border: { bottom: LINE(thicknessPt) },
    children: [],
  });
}

function bodyParas(paras: Para[]): Paragraph[] {
  return paras.map((p) => {
    if (p.role === 'body') return new Paragraph({ style: 'NoiDung', children: runs(p.runs) });
    const level = HEADING_LEVELS[Math.min((p.outline ?? 1) - 1, 3)];
    return new Paragraph({ heading: level, keepNext: true, children: runs(p.runs) });
  });
}

function cell(widthTwip: number, children: (Paragraph | Table)[], opts: { marginTwip?: number; borders?: boolean; columnSpan?: number; vAlign?: typeof VerticalAlign.TOP | typeof VerticalAlign.CENTER } = {}): TableCell {
  const margin = opts.marginTwip ?? 0;
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    ...(opts.borders ? {} : { borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } }),
    ...(opts.columnSpan ? { columnSpan: opts.columnSpan } : {}),
    verticalAlign: opts.vAlign ?? VerticalAlign.TOP,
    children,
  });
}

function headerTable(model: DocumentModel): Table {
  const m = model.measures;
  const h = m.headerTable;
  const left = mmToTwip(h.leftColumnMm);
  const right = mmToTwip(h.rightColumnMm);
  const margin = mmToTwip(h.cellMarginMm);
  const leftBox = mmToPt(h.leftColumnMm - 2 * h.cellMarginMm);
  const rightBox = mmToPt(h.rightColumnMm - 2 * h.cellMarginMm);
  const leftTop: Paragraph[] = [
    ...model.header.parent.map((l) => text('CoQuanChuQuan', l)),
    ...model.header.issuer.map((l) => text('CoQuanBanHanh', l)),
    rule(model.rules.issuer, leftBox, m.rules.thicknessPt),
  ];
  const rightTop: Paragraph[] = [
    text('QuocHieu', model.header.nationalTitle),
    text('TieuNgu', model.header.motto),
    rule(model.rules.motto, rightBox, m.rules.thicknessPt),
  ];
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    indent: { size: mmToTwip(h.indentMm), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, leftTop, { marginTwip: margin }), cell(right, rightTop, { marginTwip: margin })] }),
      new TableRow({
        cantSplit: true,
        children: [cell(left, [text('SoKyHieu', model.header.numberLine)], { marginTwip: margin }), cell(right, [new Paragraph({ style: 'DiaDanhNgayThang', children: model.header.placeDateLines.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) })], { marginTwip: margin })],
      }),
    ],
  });
}

function signatureTable(model: DocumentModel, images?: ImageResolver): Table {
  const m = model.measures;
  const width = mmToTwip(textWidthMm(m));
  const left = Math.round(width * m.signature.recipientsColumnRatio);
  const right = width - left;
  const recipients = [
    text('NoiNhan', model.recipients.label),
    ...model.recipients.items.map((r) => text('NoiNhanMuc', r)),
    text('NoiNhanMuc', model.recipients.archive),
  ];
  const sig = model.signature;
  const space = imageRuns(model, images, mmToPt(m.signature.signatureSpaceMm), right / 20);
  const signature: Paragraph[] = [
    ...sig.lines.map((l, i) => text('QuyenHanChucVu', l, i > 0 ? { spacing: { before: 0 } } : {})),
    new Paragraph({
      style: 'HoTenNguoiKy',
      keepNext: true,
      spacing: { before: 0, after: 0, line: ptToTwip(mmToPt(m.signature.signatureSpaceMm)), lineRule: LineRuleType.EXACT },
      children: space as ParagraphChild[],
    }),
    ...(sig.name ? [text('HoTenNguoiKy', sig.name)] : []),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signature)] })],
  });
}

function taskTable(table: TableModel, widthMm: number, m: Measures): Table {
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widthTwip = mmToTwip(widthMm);
  const widths = table.columns.map((c) => Math.round((widthTwip * c.weight) / total));
  widths[widths.length - 1] += widthTwip - widths.reduce((a, b) => a + b, 0);
  const margin = mmToTwip(m.table.cellMarginMm);
  const border = LINE(0.5);
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(widths[i], [text('BangTieuDe', c.header)], { marginTwip: margin, borders: true, vAlign: VerticalAlign.CENTER })),
  });
  const rows = table.rows.map((row) => {
    if (row.kind === 'group') {
      return new TableRow({
        cantSplit: true,
        children: [
          cell(widths[0], [text('BangTieuDe', row.number)], { marginTwip: margin, borders: true }),
          cell(widths.slice(1).reduce((a, b) => a + b, 0), [new Paragraph({ style: 'BangNoiDung', children: [new TextRun({ text: row.group ?? '', bold: true })] })], { marginTwip: margin, borders: true, columnSpan: widths.length - 1 }),
        ],
      });
    }
    const task = row.task!;
    return new TableRow({
      cantSplit: true,
      children: table.columns.map((c, i) => {
        let content: Paragraph[];
        switch (c.key) {
          case 'stt':
            content = [new Paragraph({ style: 'BangNoiDung', alignment: AlignmentType.CENTER, children: [new TextRun(row.number)] })];
            break;
          case 'content':
            content = [new Paragraph({ style: 'BangNoiDung', alignment: AlignmentType.JUSTIFIED, children: runs(task.content) })];
            break;
          case 'coordinating':
            content = (task.coordinating.length ? task.coordinating : ['']).map((v) => new Paragraph({ style: 'BangNoiDung', alignment: AlignmentType.CENTER, children: [new TextRun(v)] }));
            break;
          default:
            content = [new Paragraph({ style: 'BangNoiDung', alignment: AlignmentType.CENTER, children: [new TextRun((task[c.key] as string | undefined) ?? '')] })];
        }
        return cell(widths[i], content, { marginTwip: margin, borders: true });
      }),
    });
  });
  return new Table({
    width: { size: widthTwip, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [headerRow, ...rows],
  });
}

function pageProps(m: Measures, orientation: 'portrait' | 'landscape') {
  const mg = m.page.margins;
  return {
    titlePage: true,
    page: {
      size: { width: mmToTwip(m.page.widthMm), height: mmToTwip(m.page.heightMm), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: mmToTwip(mg.top), bottom: mmToTwip(mg.bottom), left: mmToTwip(mg.left), right: mmToTwip(mg.right), header: mmToTwip(m.page.headerDistanceMm), footer: mmToTwip(m.page.headerDistanceMm), gutter: 0 },
      pageNumbers: { start: 1 },
    },
  };
}

/** Page number centred at the top from page 2; nothing on the first page of each section. */
function headers() {
  return {
    default: new Header({ children: [new Paragraph({ style: 'SoTrang', children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
    first: new Header({ children: [new Paragraph({ style: 'SoTrang', children: [] })] }),
  };
}

function appendixSection(model: DocumentModel, a: AppendixModel, levels: Map<string, number>): ISectionOptions {
  const m = model.measures;
  const width = textWidthMm(m, a.orientation);
  const children: (Paragraph | Table)[] = [
    text('PhuLucSo', a.label, { keepNext: true }),
    text('PhuLucTen', a.title, { keepNext: true }),
    text('PhuLucKemTheo', a.reference, { keepNext: true }),
    rule(mmToPt(m.rules.appendixRuleMm), mmToPt(width), m.rules.thicknessPt),
    ...bodyParas(flattenBody(a.body, levels)),
  ];
  if (a.table) children.push(new Paragraph({ style: 'DuongKe', children: [] }), taskTable(a.table, width, m));
  return { properties: { ...pageProps(m, a.orientation), type: SectionType.NEXT_PAGE }, headers: headers(), children };
}

/** The styles part: the same for every plan with the same measures (see `formatOnce`). */
function documentStyles(m: Measures) {
  const headingStyle = { run: { font: m.font, size: HALF(m.size.body), bold: true, color: '000000' }, paragraph: { ...bodyParagraph(m), keepNext: true } };
  return {
    default: {
      document: { run: { font: m.font, size: HALF(m.size.body) }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      heading1: headingStyle,
      heading2: headingStyle,
      heading3: headingStyle,
      heading4: { run: { ...headingStyle.run, italics: true }, paragraph: headingStyle.paragraph },
    },
    paragraphStyles: paragraphStyles(m),
  };
}

export function buildDocxDocument(model: DocumentModel, options: DocxOptions = {}): Document {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m));
  const levels = outlineLevels(model.body);
  const main: (Paragraph | Table)[] = [
    headerTable(model),
    text('TenLoai', model.title.type),
    new Paragraph({ style: 'TrichYeu', children: model.title.summaryLines.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) }),
    rule(model.rules.summary, width, m.rules.thicknessPt),
    new Paragraph({ style: 'DuongKe', spacing: { before: 0, after: 0, line: ptToTwip(m.title.spaceAfterPt), lineRule: LineRuleType.EXACT }, children: [] }),
    ...model.grounds.map((g) => new Paragraph({ style: 'CanCu', children: runs(g) })),
    ...model.opening.map((p) => new Paragraph({ style: 'NoiDung', children: runs(p) })),
    ...bodyParas(flattenBody(model.body, levels)),
    ...model.closing.map((p, i, all) => new Paragraph({ style: 'NoiDung', keepNext: i === all.length - 1, keepLines: i === all.length - 1, children: runs(p) })),
    signatureTable(model, options.images),
  ];
  const styles = documentStyles(m);
  const doc = new Document({
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(', '),
    description: `${model.title.type} ${model.title.summary}`,
    revision: 1,
    styles,
    sections: [
      { properties: pageProps(m, 'portrait'), headers: headers(), children: main },
      ...model.appendices.map((a) => appendixSection(model, a, levels)),
    ],
  });
  formatOnce(doc.Styles, `styles:${JSON.stringify(styles)}`);
  formatOnce(doc.Theme, 'theme');
  return doc;
}

/**
 * Parts that are the same in every plan (the theme; the styles, which depend only on the
 * measures) are formatted by the `docx` package once per process instead of once per document:
 * its formatter walks them through the same generic code as the body, which was a third of the
 * time of a one-page plan. The key says what the part's content depends on.
 */
const onceKeys = new WeakMap<object, string>();
const formatted = new Map<string, unknown>();
function formatOnce(part: object, key: string): void {
  onceKeys.set(part, key);
}

interface Formatter {
  format(input: unknown, context: { stack: unknown[] }): unknown;
  __cchcOnce?: boolean;
}
function installFormatOnce(compiler: PackageCompiler): void {
  const formatter = (compiler as unknown as { formatter?: Formatter }).formatter;
  if (!formatter || formatter.__cchcOnce) return;
  const format = formatter.format.bind(formatter);
  formatter.format = (input, context) => {
    const key = context.stack.length === 0 && input && typeof input === 'object' ? onceKeys.get(input) : undefined;
    if (key === undefined) return format(input, context);
    if (!formatted.has(key)) {
      if (formatted.size > 32) formatted.clear();
      formatted.set(key, format(input, context));
    }
    return formatted.get(key);
  };
  formatter.__cchcOnce = true;
}

interface PackageCompiler {
  compile(doc: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array>;
}

/**
 * A built document as reproducible DOCX bytes. The package parts come straight from the `docx`
 * compiler and are zipped once with fixed dates (instead of zipping, unzipping and zipping again).
 * `documentXml` may rewrite word/document.xml first (the redline adds its tracked changes there).
 */
export async function packDocx(doc: Document, model: DocumentModel, documentXml?: (xml: string) => string): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  let parts: Map<string, string | Uint8Array>;
  if (compiler && typeof compiler.compile === 'function') {
    installFormatOnce(compiler);
    parts = compiler.compile(doc, undefined, []);
  } else {
    parts = new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))));
  }
  if (documentXml) {
    const xml = parts.get('word/document.xml')!;
    parts.set('word/document.xml', documentXml(typeof xml === 'string' ? xml : strFromU8(xml)));
  }
  return zipParts(parts, model);
}

/** Render the model to DOCX bytes, reproducibly. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocxDocument(model, options), model);
}
