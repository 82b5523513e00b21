/**
 * PDF emitter: document model → pdfmake document definition → PDF bytes. Same geometry as the
 * DOCX, every number from the one table of Decree-30 measures. Fonts are embedded (Tinos, or the
 * office's Times New Roman); metadata dates come from the model, never from the clock.
 */
import { createRequire } from 'node:module';
import type { Content, ContentTable, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { fitImage, imageInfo } from '../../model/image.js';
import { flattenBody, outlineLevels, type Para } from '../../model/layout.js';
import { mmToPt, textWidthMm, type Measures } from '../../model/measures.js';
import type { FontFiles, TextMeasurer } from '../../model/metrics.js';
import { patchJustification } from './justify.js';
import { prepareFontsForPdfkit } from './fast-layout.js';
import { installFastPaths } from './fast-paths.js';
import type { AppendixModel, DocumentModel, Run, TableModel } from '../../model/types.js';

const require = createRequire(import.meta.url);

export const PDF_FONT = 'TimesNewRoman';
export type ImageResolver = (path: string) => Uint8Array | undefined;

export interface PdfOptions {
  fonts: FontFiles;
  /** Metrics of the same fonts: pdfmake lines are made as tall as Word's. */
  measure: TextMeasurer;
  images?: ImageResolver;
}


/**
 * Line-break opportunities inside a word, as Word and LibreOffice (ICU) see them: after a hyphen
 * followed by a letter ("KH-" | "UBND"), never after "/" ("122/KH") nor inside "2022-2025".
 * pdfmake's breaker would also break after "/", so such words go in as unbreakable pieces.
 */
export function breakPieces(text: string): { text: string; noWrap?: boolean }[] {
  const out: { text: string; noWrap?: boolean }[] = [];
  let plain = '';
  for (const word of text.match(/\S+\s*|\s+/g) ?? []) {
    if (!/[/\-]/.test(word)) {
      plain += word;
      continue;
    }
    if (plain) out.push({ text: plain });
    plain = '';
    const pieces = word.split(/(?<=-)(?=\p{L})/u);
    for (const piece of pieces) out.push({ text: piece, noWrap: true });
  }
  if (plain) out.push({ text: plain });
  return out;
}

function runs(rs: Run[]): Content[] {
  return rs.flatMap((r) =>
    breakPieces(r.text).map((p) => ({ ...p, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) })),
  );
}

/**
 * Invisible vertical space of an exact height: a space at a tiny size whose top margin makes up the
 * rest (an empty text node would add a whole body line; a zero-width canvas stroke still shows).
 */
const SPACER_SIZE = 0.5;
function vspace(pt: number, lineFactor: number): Content {
  const own = SPACER_SIZE * 1.107 * lineFactor;
  return { text: ' ', fontSize: SPACER_SIZE, lineHeight: lineFactor, margin: [0, Math.max(0, pt - own), 0, 0] };
}

/** A solid line of `lengthPt` centred in a box of `boxPt`, drawn a few points below the text above. */
function rule(lengthPt: number, boxPt: number, thicknessPt: number): Content {
  const x1 = Math.max(0, (boxPt - lengthPt) / 2);
  return { canvas: [{ type: 'line', x1, y1: 2.5, x2: x1 + lengthPt, y2: 2.5, lineWidth: thicknessPt, lineColor: '#000000' }], margin: [0, 0, 0, 1] };
}

/** `line`: pdfmake line-height multiplier equal to one Word "single" line of the font. */
function styles(m: Measures, line: number): TDocumentDefinitions['styles'] {
  const s = m.size;
  const body = {
    fontSize: s.body,
    alignment: 'justify' as const,
    leadingIndent: mmToPt(m.body.firstLineIndentCm * 10),
    lineHeight: line * m.body.lineSpacing,
    margin: [0, m.body.spaceBeforePt, 0, m.body.spaceAfterPt] as [number, number, number, number],
  };
  const center = { alignment: 'center' as const, lineHeight: line };
  return {
    NoiDung: body,
    CanCu: { ...body, italics: true },
    Heading: { ...body, bold: true },
    QuocHieu: { ...center, fontSize: s.nationalTitle, bold: true },
    TieuNgu: { ...center, fontSize: s.motto, bold: true },
    CoQuanChuQuan: { ...center, fontSize: s.parent },
    CoQuanBanHanh: { ...center, fontSize: s.issuer, bold: true },
    SoKyHieu: { ...center, fontSize: s.number, margin: [0, 6, 0, 0] },
    DiaDanhNgayThang: { ...center, fontSize: s.placeDate, italics: true, margin: [0, 6, 0, 0] },
    TenLoai: { ...center, fontSize: s.type, bold: true, margin: [0, m.title.spaceBeforePt, 0, 0] },
    TrichYeu: { ...center, fontSize: s.summary, bold: true },
    NoiNhan: { fontSize: s.recipientsLabel, bold: true, italics: true, lineHeight: line, margin: [0, m.signature.spaceBeforePt, 0, 0] },
    NoiNhanMuc: { fontSize: s.recipients, lineHeight: line },
    QuyenHanChucVu: { ...center, fontSize: s.signatureAuthority, bold: true },
    HoTenNguoiKy: { ...center, fontSize: s.signatureName, bold: true },
    PhuLucSo: { ...center, fontSize: s.appendixLabel, bold: true },
    PhuLucTen: { ...center, fontSize: s.appendixTitle, bold: true },
    PhuLucKemTheo: { ...center, fontSize: s.appendixRef, italics: true },
    BangTieuDe: { ...center, fontSize: s.table, bold: true },
    BangNoiDung: { fontSize: s.table, lineHeight: line },
    SoTrang: { ...center, fontSize: s.pageNumber },
  };
}

function bodyContent(paras: Para[]): Content[] {
  return paras.map((p) =>
    p.role === 'body'
      ? { text: runs(p.runs), style: 'NoiDung' }
      : { text: runs(p.runs), style: 'Heading', headlineLevel: p.outline ?? 1 },
  );
}

function headerTable(model: DocumentModel): Content {
  const m = model.measures;
  const h = m.headerTable;
  const pad = mmToPt(h.cellMarginMm);
  const leftW = mmToPt(h.leftColumnMm);
  const rightW = mmToPt(h.rightColumnMm);
  const leftTop: Content[] = [
    ...model.header.parent.map((t) => ({ text: t, style: 'CoQuanChuQuan' })),
    ...model.header.issuer.map((t) => ({ text: t, style: 'CoQuanBanHanh' })),
    rule(model.rules.issuer, leftW - 2 * pad, m.rules.thicknessPt),
  ];
  const rightTop: Content[] = [
    { text: model.header.nationalTitle, style: 'QuocHieu' },
    { text: model.header.motto, style: 'TieuNgu' },
    rule(model.rules.motto, rightW - 2 * pad, m.rules.thicknessPt),
  ];
  const table: ContentTable = {
    table: {
      widths: [leftW - 2 * pad, rightW - 2 * pad],
      body: [
        [{ stack: leftTop }, { stack: rightTop }],
        [{ text: model.header.numberLine, style: 'SoKyHieu' }, { text: model.header.placeDateLines.join('\n'), style: 'DiaDanhNgayThang' }],
      ],
      dontBreakRows: true,
    },
    layout: { defaultBorder: false, paddingLeft: () => pad, paddingRight: () => pad, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [mmToPt(h.indentMm), 0, 0, 0],
  };
  return table;
}

function signatureBlock(model: DocumentModel, images: Record<string, Uint8Array>, lineFactor: number): Content {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m));
  const left = width * m.signature.recipientsColumnRatio;
  const right = width - left;
  const space = mmToPt(m.signature.signatureSpaceMm);
  const sig = model.signature;
  const signatureSpace: Content[] = [];
  const sigBytes = sig.image ? images['signature'] : undefined;
  const sigInfo = sigBytes && imageInfo(sigBytes);
  let sigBox = { width: 0, height: 0 };
  if (sigInfo) {
    sigBox = fitImage(sigInfo, right * 0.7, space * 0.7);
    signatureSpace.push({ image: 'signature', width: sigBox.width, height: sigBox.height, alignment: 'center', margin: [0, (space - sigBox.height) / 2, 0, (space - sigBox.height) / 2] });
  } else {
    signatureSpace.push(vspace(space, lineFactor));
  }
  const sealBytes = sig.seal ? images['seal'] : undefined;
  const sealInfo = sealBytes && imageInfo(sealBytes);
  if (sealInfo) {
    const sealPt = mmToPt(m.signature.sealDiameterMm);
    const box = fitImage(sealInfo, sealPt, sealPt);
    // The seal covers about a third of the signature from the left (Phụ lục I, Mục II khoản 8).
    const sigLeft = (right - sigBox.width) / 2;
    const x = sigBox.width ? sigLeft + sigBox.width / 3 - box.width : (right - box.width) / 2 - box.width / 3;
    signatureSpace.push({ image: 'seal', width: box.width, height: box.height, relativePosition: { x: Math.max(0, x), y: -(space + box.height) / 2 } });
  }
  const signature: Content[] = [
    ...sig.lines.map((l, i) => ({ text: l, style: 'QuyenHanChucVu', ...(i === 0 ? { margin: [0, m.signature.spaceBeforePt, 0, 0] as [number, number, number, number] } : {}) })),
    ...signatureSpace,
    ...(sig.name ? [{ text: sig.name, style: 'HoTenNguoiKy' }] : []),
  ];
  const recipients: Content[] = [
    { text: model.recipients.label, style: 'NoiNhan' },
    ...model.recipients.items.map((r) => ({ text: r, style: 'NoiNhanMuc' })),
    { text: model.recipients.archive, style: 'NoiNhanMuc' },
  ];
  return {
    table: { widths: [left, right], body: [[{ stack: recipients }, { stack: signature }]], dontBreakRows: true },
    layout: 'noBorders',
  };
}

function taskTable(table: TableModel, widthPt: number, m: Measures): Content {
  const pad = mmToPt(m.table.cellMarginMm);
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widths = table.columns.map((c) => (widthPt * c.weight) / total - 2 * pad - 0.5);
  const header: TableCell[] = table.columns.map((c) => ({ text: c.header, style: 'BangTieuDe' }));
  const rows: TableCell[][] = table.rows.map((row) => {
    if (row.kind === 'group') {
      return [
        { text: row.number, style: 'BangTieuDe' },
        { text: row.group ?? '', style: 'BangNoiDung', bold: true, colSpan: widths.length - 1 },
        ...Array.from({ length: widths.length - 2 }, () => ({})),
      ];
    }
    const task = row.task!;
    return table.columns.map((c): TableCell => {
      switch (c.key) {
        case 'stt':
          return { text: row.number, style: 'BangNoiDung', alignment: 'center' };
        case 'content':
          return { text: runs(task.content), style: 'BangNoiDung', alignment: 'justify' };
        case 'coordinating':
          return { stack: (task.coordinating.length ? task.coordinating : ['']).map((v) => ({ text: v, style: 'BangNoiDung', alignment: 'center' })) };
        default:
          return { text: (task[c.key] as string | undefined) ?? '', style: 'BangNoiDung', alignment: 'center' };
      }
    });
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => pad,
      paddingRight: () => pad,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    margin: [0, 6, 0, 0],
  };
}

/** Page numbers centred in the top margin, from the second page of each section; sections number from 1. */
function pageHeader(m: Measures): (currentPage: number) => Content | null {
  let first: number | undefined;
  return (currentPage: number) => {
    first ??= currentPage;
    const n = currentPage - first + 1;
    if (n === 1) return null;
    // pdfmake lays the header out across the whole page; the margins centre it on the text area, as Word does.
    const mg = m.page.margins;
    return { text: String(n), style: 'SoTrang', margin: [mmToPt(mg.left), mmToPt(m.page.headerDistanceMm), mmToPt(mg.right), 0] };
  };
}

function appendixSection(model: DocumentModel, a: AppendixModel, levels: Map<string, number>): Content {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m, a.orientation));
  const content: Content[] = [
    { text: a.label, style: 'PhuLucSo' },
    { text: a.title, style: 'PhuLucTen' },
    { text: a.reference, style: 'PhuLucKemTheo' },
    rule(mmToPt(m.rules.appendixRuleMm), width, m.rules.thicknessPt),
    ...bodyContent(flattenBody(a.body, levels)),
  ];
  if (a.table) content.push(taskTable(a.table, width, m));
  return { section: content, pageOrientation: a.orientation, pageSize: 'A4', header: pageHeader(m) } as unknown as Content;
}

export function buildPdfDefinition(model: DocumentModel, images: Record<string, Uint8Array> = {}, lineGapFactor = 1): TDocumentDefinitions {
  const m = model.measures;
  const mg = m.page.margins;
  const width = mmToPt(textWidthMm(m));
  const levels = outlineLevels(model.body);
  const closing = model.closing.map((p) => ({ text: runs(p), style: 'NoiDung' }) as Content);
  const lastClosing = closing.pop();
  const main: Content[] = [
    headerTable(model),
    { text: model.title.type, style: 'TenLoai' },
    { text: model.title.summaryLines.join('\n'), style: 'TrichYeu' },
    rule(model.rules.summary, width, m.rules.thicknessPt),
    vspace(m.title.spaceAfterPt, lineGapFactor),
    ...model.grounds.map((g) => ({ text: runs(g), style: 'CanCu' }) as Content),
    ...model.opening.map((p) => ({ text: runs(p), style: 'NoiDung' }) as Content),
    ...bodyContent(flattenBody(model.body, levels)),
    ...closing,
    // The end of the closing paragraph stays on the page of the signature block and "Nơi nhận".
    { stack: [...(lastClosing ? [lastClosing] : []), signatureBlock(model, images, lineGapFactor)], unbreakable: true },
  ];
  const date = model.meta.date ? new Date(model.meta.date) : new Date(Date.UTC(1980, 0, 1));
  const sections: Content[] = [
    { section: main, pageOrientation: 'portrait', pageSize: 'A4', header: pageHeader(m) } as unknown as Content,
    ...model.appendices.map((a) => appendixSection(model, a, levels)),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(mg.left), mmToPt(mg.top), mmToPt(mg.right), mmToPt(mg.bottom)],
    language: model.meta.language,
    info: {
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      keywords: model.meta.keywords.join(', '),
      creator: 'cchc-plan',
      producer: 'cchc-plan',
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: PDF_FONT, fontSize: m.size.body, lineHeight: lineGapFactor },
    styles: styles(m, lineGapFactor),
    images: Object.fromEntries(Object.keys(images).map((k) => [k, k])),
    // A heading never ends a page: it moves to the next page with its first paragraph.
    // (The heading's own inline pieces follow it in pdfmake's node list: only nodes below it count.)
    pageBreakBefore: (node: NodeInfo, queries: { getFollowingNodesOnPage: () => NodeInfo[] }) =>
      !!node.headlineLevel && !queries.getFollowingNodesOnPage().some((n) => (n.startPosition?.top ?? 0) > (node.startPosition?.top ?? 0) + 0.5),
    content: sections,
  } as unknown as TDocumentDefinitions;
}

/** The same Buffer objects for the same fonts, so fontkit parses each file once per process. */
const buffers = new WeakMap<FontFiles, Record<string, Buffer>>();
function fontBuffers(fonts: FontFiles): Record<string, Buffer> {
  let b = buffers.get(fonts);
  if (!b) {
    b = {
      'font-regular': Buffer.from(fonts.regular),
      'font-bold': Buffer.from(fonts.bold),
      'font-italic': Buffer.from(fonts.italic),
      'font-bolditalic': Buffer.from(fonts.boldItalic),
    };
    buffers.set(fonts, b);
  }
  return b;
}

interface NodeInfo {
  headlineLevel?: number;
  startPosition?: { top: number; pageNumber: number };
}

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
}

/** Render the model to PDF bytes with embedded fonts; no network or file access by pdfmake. */
export async function renderPdf(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const imageBytes: Record<string, Uint8Array> = {};
  if (model.signature.image) {
    const b = options.images?.(model.signature.image);
    if (b) imageBytes.signature = b;
  }
  if (model.signature.seal) {
    const b = options.images?.(model.signature.seal);
    if (b) imageBytes.seal = b;
  }
  const storage: Record<string, Buffer> = {
    ...fontBuffers(options.fonts),
    ...Object.fromEntries(Object.entries(imageBytes).map(([k, v]) => [k, Buffer.from(v)])),
  };
  const vfs: VirtualFs = {
    existsSync: (name) => name in storage,
    readFileSync: (name) => {
      const b = storage[name];
      if (!b) throw new Error(`not in the virtual file system: ${name}`);
      return b;
    },
  };
  patchJustification(require('pdfmake/js/ElementWriter.js').default);
  // Word neither kerns nor ligates by default: lay text out glyph by glyph, as it does; and parse
  // each font file once per process.
  prepareFontsForPdfkit(Object.values(fontBuffers(options.fonts)));
  installFastPaths();
  const Printer = require('pdfmake/js/Printer.js').default;
  const URLResolver = require('pdfmake/js/URLResolver.js').default;
  const resolver = new URLResolver(vfs);
  resolver.setUrlAccessPolicy(() => false);
  const fonts = { [PDF_FONT]: { normal: 'font-regular', bold: 'font-bold', italics: 'font-italic', bolditalics: 'font-bolditalic' } };
  const printer = new Printer(fonts, vfs, resolver, () => false);
  const definition = buildPdfDefinition(model, imageBytes, options.measure.lineGapFactor());
  const doc = await printer.createPdfKitDocument(definition);
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
