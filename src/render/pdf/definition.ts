/**
 * The pdfmake document definition of a model: the same geometry as the DOCX, every number from the
 * one table of Decree-30 measures and every style from the one table of roles.
 */
import type { Content, ContentTable, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import { mmToPt, textWidthMm, type Measures } from '../../decree30/measures.js';
import { CENTRED_HEADING, HEADING, styleId } from '../../decree30/styles.js';
import { fitImage, sealOffset } from '../../model/image.js';
import { braceLayout, flattenBody, outlineLevels, type Para } from '../../model/layout.js';
import type { AppendixModel, DocumentModel, Run, TableModel } from '../../model/types.js';
import { NO_SHAPING, type PdfMetrics } from './fonts.js';
import { justifiedLines, type ParagraphStyle, type Piece } from './lines.js';
import { styles } from './styles.js';

export const PDF_FONT = 'TimesNewRoman';

/**
 * A4 in points as PDF writers round it (pdfmake's 'A4'), written out: justified paragraphs are
 * broken into lines with the width pdfmake computes from it (page width − left − right margin).
 */
const A4_PT = { width: 595.28, height: 841.89 } as const;
const a4 = () => ({ ...A4_PT });

/** Justified paragraphs as finished lines (lines.ts): runs, the paragraph's style, the width pdfmake gives it. */
type Justify = (rs: Run[], style: string, widthPt: number) => Content[];

/** The images of a model by the names the definition gives them. */
export function imageEntries(model: DocumentModel): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  if (model.signature.image) out.push(['signature', model.signature.image.bytes]);
  if (model.signature.seal) out.push(['seal', model.signature.seal.bytes]);
  return out;
}

interface NodeInfo {
  headlineLevel?: number;
  startPosition?: { top: number; pageNumber: number };
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
function vspace(pt: number, metrics: PdfMetrics): Content {
  const own = SPACER_SIZE * metrics.lineHeight * metrics.lineGapFactor;
  return { text: ' ', fontSize: SPACER_SIZE, lineHeight: metrics.lineGapFactor, margin: [0, Math.max(0, pt - own), 0, 0] };
}

/**
 * A solid line of `lengthPt` centred in a box `widthPt` wide, as the DOCX draws it: the bottom
 * border of an empty paragraph `heightPt` high (`Measures.rules.boxPt`), which takes that height
 * and the border's thickness, the line drawn under the box; `spaceBeforePt` above it.
 */
function rule(lengthPt: number, widthPt: number, m: Measures, spaceBeforePt = 0): Content {
  const { boxPt, thicknessPt } = m.rules;
  const x1 = Math.max(0, (widthPt - lengthPt) / 2);
  const y = boxPt + thicknessPt / 2;
  return { canvas: [{ type: 'line', x1, y1: y, x2: x1 + lengthPt, y2: y, lineWidth: thicknessPt, lineColor: '#000000' }], margin: [0, spaceBeforePt, 0, thicknessPt / 2] };
}

/**
 * Tables without drawn lines, their cells' paddings as the DOCX's cell margins: pdfmake's default
 * layout keeps one point for every horizontal and vertical line even when no border is drawn
 * (which put the body of page 1 lower, and the header's columns further right, than a word
 * processor shows the DOCX).
 */
function borderless(padLeftRightPt: number) {
  return { defaultBorder: false, hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => padLeftRightPt, paddingRight: () => padLeftRightPt, paddingTop: () => 0, paddingBottom: () => 0 };
}

function bodyContent(paras: Para[], justify: Justify, widthPt: number): Content[] {
  return paras.map((p) => {
    if (p.role === 'body') return { text: justify(p.runs, styleId('body'), widthPt), style: styleId('body') };
    // "Phần I" on its own line, the title below it: the heading's style, centred, no first-line indent.
    if (p.centred) return { text: runs(p.runs), style: HEADING.id, alignment: CENTRED_HEADING.align, leadingIndent: 0, headlineLevel: p.outline ?? 1 } as Content;
    return { text: justify(p.runs, HEADING.id, widthPt), style: HEADING.id, headlineLevel: p.outline ?? 1 };
  });
}

function headerTable(model: DocumentModel): Content {
  const m = model.measures;
  const h = m.headerTable;
  const pad = mmToPt(h.cellMarginMm);
  const leftW = mmToPt(h.leftColumnMm);
  const rightW = mmToPt(h.rightColumnMm);
  const leftTop: Content[] = [
    ...model.header.parent.map((t) => ({ text: t, style: styleId('parent') })),
    ...model.header.issuer.map((t) => ({ text: t, style: styleId('issuer') })),
    rule(model.rules.issuer, leftW - 2 * pad, m),
  ];
  const rightTop: Content[] = [
    { text: model.header.nationalTitle, style: styleId('nationalTitle') },
    { text: model.header.motto, style: styleId('motto') },
    rule(model.rules.motto, rightW - 2 * pad, m),
  ];
  const table: ContentTable = {
    table: {
      widths: [leftW - 2 * pad, rightW - 2 * pad],
      body: [
        [{ stack: leftTop }, { stack: rightTop }],
        // A plan promulgated by a decision has no number nor place and date of its own.
        ...(!model.header.numberLine && !model.header.placeDateLines.length
          ? []
          : [[{ text: model.header.numberLine, style: styleId('number') }, { text: model.header.placeDateLines.join('\n'), style: styleId('placeDate') }]]),
      ],
      dontBreakRows: true,
    },
    layout: borderless(pad),
    margin: [mmToPt(h.indentMm), 0, 0, 0],
  };
  return table;
}

/**
 * Word's right brace (the preset shape `rightBrace` with its default adjustments, as the DOCX
 * draws it) as a polyline in a box `w` × `h`: quarter ellipses of half the width across and 1/12
 * of the width down at the ends and at the point in the middle.
 */
export function bracePoints(w: number, h: number): { x: number; y: number }[] {
  const ry = (Math.min(w, h) * 8333) / 100000;
  const rx = w / 2;
  const mid = h / 2;
  const points: { x: number; y: number }[] = [{ x: 0, y: 0 }];
  // An arc of the ellipse centred at (cx, cy) from angle `from` by `sweep` degrees (clockwise, y down).
  const arc = (cx: number, cy: number, from: number, sweep: number) => {
    const steps = 6;
    for (let i = 1; i <= steps; i++) {
      const a = ((from + (sweep * i) / steps) * Math.PI) / 180;
      points.push({ x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) });
    }
  };
  arc(0, ry, 270, 90);
  points.push({ x: rx, y: mid - ry });
  arc(w, mid - ry, 180, -90);
  arc(w, mid + ry, 270, -90);
  points.push({ x: rx, y: h - ry });
  arc(0, h - ry, 0, 90);
  return points.map((p) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 }));
}

/** A recipient's line: "- " and, after it, the text, whose wrapped lines continue after "- " (a hanging indent). */
function recipientLine(text: string, hangingPt: number, rightPt = 0): Content {
  const dash = /^-\s+/.exec(text);
  const right = rightPt ? { margin: [0, 0, rightPt, 0] as [number, number, number, number] } : {};
  if (!dash) return { text, style: styleId('recipients'), margin: [hangingPt, 0, rightPt, 0] };
  return { columns: [{ width: hangingPt, text: '- ' }, { width: '*', text: text.slice(dash[0].length) }], columnGap: 0, style: styleId('recipients'), ...right };
}

/**
 * The "Nơi nhận" column as the DOCX has it: the label, one line per recipient hanging after "- ",
 * each group's lines leaving room on their right for a brace as tall as them and the purpose beside
 * it (drawn over the column, anchored to the group's first line), the archive line.
 */
function recipientsColumn(model: DocumentModel, columnPt: number): Content[] {
  const rec = model.recipients;
  if (rec.none) return [{ text: '', style: styleId('recipients') }];
  const m = model.measures;
  const out: Content[] = [{ text: rec.label, style: styleId('recipientsLabel') }];
  rec.items.forEach((item, i) => {
    const g = rec.groups?.find((x) => i >= x.first && i < x.first + x.count);
    if (g && i === g.first) {
      const { brace, purpose } = braceLayout(m, g, columnPt);
      out.push(
        {
          canvas: [{ type: 'polyline', points: bracePoints(brace.width, brace.height), lineWidth: m.rules.thicknessPt, lineColor: '#000000' }],
          relativePosition: { x: brace.x, y: brace.y },
        } as Content,
        { text: g.purposeLines.join('\n'), style: styleId('recipients'), relativePosition: { x: purpose.x, y: purpose.y } } as Content,
      );
    }
    out.push(recipientLine(item, rec.hangingPt, g?.indentRightPt ?? 0));
  });
  out.push(recipientLine(rec.archive, rec.hangingPt));
  return out;
}

function signatureBlock(model: DocumentModel, metrics: PdfMetrics): Content {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m));
  const left = width * m.signature.recipientsColumnRatio;
  const right = width - left;
  const space = mmToPt(m.signature.signatureSpaceMm);
  const sig = model.signature;
  const signatureSpace: Content[] = [];
  let sigBox = { width: 0, height: 0 };
  if (sig.image) {
    sigBox = fitImage(sig.image, right * 0.7, space * 0.7);
    signatureSpace.push({ image: 'signature', width: sigBox.width, height: sigBox.height, alignment: 'center', margin: [0, (space - sigBox.height) / 2, 0, (space - sigBox.height) / 2] });
  } else {
    signatureSpace.push(vspace(space, metrics));
  }
  if (sig.seal) {
    const sealPt = mmToPt(m.signature.sealDiameterMm);
    const box = fitImage(sig.seal, sealPt, sealPt);
    const x = sealOffset(right, sigBox.width, box.width);
    signatureSpace.push({ image: 'seal', width: box.width, height: box.height, relativePosition: { x: Math.max(0, x), y: -(space + box.height) / 2 } });
  }
  const signature: Content[] = [
    ...sig.lines.map((l, i) => ({ text: l, style: styleId('signatureAuthority'), ...(i > 0 ? { margin: [0, 0, 0, 0] as [number, number, number, number] } : {}) })),
    ...signatureSpace,
    ...(sig.name ? [{ text: sig.name, style: styleId('signatureName') }] : []),
  ];
  const recipients = recipientsColumn(model, left);
  return {
    table: { widths: [left, right], body: [[{ stack: recipients }, { stack: signature }]], dontBreakRows: true },
    layout: borderless(0),
  };
}

function taskTable(table: TableModel, widthPt: number, m: Measures, justify: Justify): Content {
  // As the DOCX's cells: text `pad` from the middle of the lines on either side, no margin above or below.
  const pad = mmToPt(m.table.cellMarginMm);
  const border = m.table.borderPt;
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widths = table.columns.map((c) => (widthPt * c.weight) / total - 2 * pad);
  const header: TableCell[] = table.columns.map((c) => ({ text: c.header, style: styleId('tableHeader'), verticalAlignment: 'middle' }) as TableCell);
  const rows: TableCell[][] = table.rows.map((row) => {
    if (row.kind === 'group') {
      return [
        { text: row.number, style: styleId('tableHeader') },
        { text: row.group ?? '', style: styleId('tableBody'), bold: true, colSpan: widths.length - 1 },
        ...Array.from({ length: widths.length - 2 }, () => ({})),
      ];
    }
    const task = row.task!;
    return table.columns.map((c): TableCell => {
      switch (c.key) {
        case 'stt':
          return { text: row.number, style: styleId('tableBody'), alignment: 'center' };
        case 'content':
          return { text: justify(task.content, styleId('tableBody'), widths[table.columns.indexOf(c)]), style: styleId('tableBody'), alignment: 'justify' };
        case 'coordinating':
          // One paragraph, the agencies separated by ";" (as the DOCX).
          return { text: task.coordinating.join('; '), style: styleId('tableBody'), alignment: 'center' };
        default:
          return { text: (task[c.key] as string | undefined) ?? '', style: styleId('tableBody'), alignment: 'center' };
      }
    });
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: {
      hLineWidth: () => border,
      vLineWidth: () => border,
      paddingLeft: () => pad - border / 2,
      paddingRight: () => pad - border / 2,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    // The DOCX's empty paragraph between the appendix's line and the table.
    margin: [0, m.rules.boxPt, 0, 0],
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
    return { text: String(n), style: styleId('pageNumber'), margin: [mmToPt(mg.left), mmToPt(m.page.headerDistanceMm), mmToPt(mg.right), 0] };
  };
}

function appendixSection(model: DocumentModel, a: AppendixModel, levels: Map<string, number>, justify: Justify): Content {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m, a.orientation));
  const page = a.orientation === 'landscape' ? A4_PT.height : A4_PT.width;
  const content: Content[] = [
    { text: a.label, style: styleId('appendixLabel') },
    { text: a.titleLines.join('\n'), style: styleId('appendixTitle') },
    { text: a.reference, style: styleId('appendixRef') },
    rule(mmToPt(m.rules.appendixRuleMm), width, m, m.rules.refGapPt),
    ...bodyContent(flattenBody(a.body, levels), justify, textAreaPt(page, m)),
  ];
  if (a.table) content.push(taskTable(a.table, width, m, justify));
  return { section: content, pageOrientation: a.orientation, pageSize: a4(), header: pageHeader(m) } as unknown as Content;
}

/** The width pdfmake gives a paragraph on a page `pagePt` wide. */
function textAreaPt(pagePt: number, m: Measures): number {
  return pagePt - mmToPt(m.page.margins.left) - mmToPt(m.page.margins.right);
}

export interface DefinitionOptions {
  /**
   * Justified paragraphs as finished lines (lines.ts), for pdfmake as it is (the default); false
   * leaves the breaking to pdfmake, for the renderer's patched copy (patches/justify.ts).
   */
  finishedLines?: boolean;
}

export function buildPdfDefinition(model: DocumentModel, metrics: PdfMetrics, options: DefinitionOptions = {}): TDocumentDefinitions {
  const { lineGapFactor } = metrics;
  const m = model.measures;
  const mg = m.page.margins;
  const width = mmToPt(textWidthMm(m));
  const levels = outlineLevels(model.body);
  const styleTable = styles(m, lineGapFactor) as Record<string, ParagraphStyle>;
  const justify: Justify =
    options.finishedLines === false ? (rs) => runs(rs) : (rs, style, widthPt) => justifiedLines(runs(rs) as Piece[], styleTable[style], widthPt, metrics.textWidth) as Content[];
  const area = textAreaPt(A4_PT.width, m);
  const closing = model.closing.map((p) => ({ text: justify(p, styleId('body'), area), style: styleId('body') }) as Content);
  const lastClosing = closing.pop();
  const main: Content[] = [
    headerTable(model),
    { text: model.title.type, style: styleId('type') },
    { text: model.title.summaryLines.join('\n'), style: styleId('summary') },
    // A plan promulgated by a decision: "(Ban hành kèm theo Quyết định số …)" under the summary, the line under it.
    ...(model.title.promulgationLines ? [{ text: model.title.promulgationLines.join('\n'), style: styleId('appendixRef') }] : []),
    rule(model.rules.summary, width, m, model.title.promulgationLines ? m.rules.refGapPt : 0),
    vspace(m.title.spaceAfterPt, metrics),
    ...model.grounds.map((g) => ({ text: justify(g, styleId('grounds'), area), style: styleId('grounds') }) as Content),
    ...model.opening.map((p) => ({ text: justify(p, styleId('body'), area), style: styleId('body') }) as Content),
    ...bodyContent(flattenBody(model.body, levels), justify, area),
    ...closing,
    // The end of the closing paragraph stays on the page of the signature block and "Nơi nhận".
    { stack: [...(lastClosing ? [lastClosing] : []), signatureBlock(model, metrics)], unbreakable: true },
  ];
  const date = model.meta.date ? new Date(model.meta.date) : new Date(Date.UTC(1980, 0, 1));
  const sections: Content[] = [
    { section: main, pageOrientation: 'portrait', pageSize: a4(), header: pageHeader(m) } as unknown as Content,
    ...model.appendices.map((a) => appendixSection(model, a, levels, justify)),
  ];
  return {
    pageSize: a4(),
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
    // No kerning, no ligatures: Word's default layout (see fonts.ts).
    defaultStyle: { font: PDF_FONT, fontSize: m.size.body, lineHeight: lineGapFactor, fontFeatures: NO_SHAPING },
    styles: styleTable,
    images: Object.fromEntries(imageEntries(model).map(([k]) => [k, k])),
    // A heading never ends a page: it moves to the next page with its first paragraph.
    // (The heading's own inline pieces follow it in pdfmake's node list: only nodes below it count.)
    pageBreakBefore: (node: NodeInfo, queries: { getFollowingNodesOnPage: () => NodeInfo[] }) =>
      !!node.headlineLevel && !queries.getFollowingNodesOnPage().some((n) => (n.startPosition?.top ?? 0) > (node.startPosition?.top ?? 0) + 0.5),
    content: sections,
  } as unknown as TDocumentDefinitions;
}

