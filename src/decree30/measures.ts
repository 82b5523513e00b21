/**
 * The one table of Decree-30 measures. Every emitter (DOCX, PDF) and the checker read these
 * numbers; none of them writes a size or a margin of its own.
 *
 * Sources: Nghị định 30/2020/NĐ-CP, Phụ lục I (ranges) and Phụ lục III Mẫu 1.4 (the model for a
 * Kế hoạch: Quốc hiệu 13, Tiêu ngữ 14, issuer 13, date 14; authority 13, name 14), measured from
 * the official DOCX files in ../shared/reference/nd30.
 */

/** A4 in millimetres (Phụ lục I, Mục I, khoản 1). */
export const A4 = { widthMm: 210, heightMm: 297 } as const;

/** Allowed ranges (inclusive) — the schema is checked against these; the checker tests documents against them. */
export const RANGES = {
  marginTop: [20, 25],
  marginBottom: [20, 25],
  marginLeft: [30, 35],
  marginRight: [15, 20],
  nationalTitle: [12, 13],
  motto: [13, 14],
  issuer: [12, 13],
  number: [13, 13],
  placeDate: [13, 14],
  type: [13, 14],
  summary: [13, 14],
  body: [13, 14],
  pageNumber: [13, 14],
  signature: [13, 14],
  recipientsLabel: [12, 12],
  recipients: [11, 11],
  appendixLabel: [14, 14],
  appendixTitle: [13, 14],
  appendixRef: [13, 14],
  firstLineIndentCm: [1, 1.27],
  paragraphSpacingMin: 6,
  /** Not the decree's: the most space between paragraphs a plan may choose (`format.paragraphSpacing`). */
  paragraphSpacingMax: 12,
  lineSpacing: [1, 1.5],
  issuerRuleRatio: [1 / 3, 1 / 2],
  summaryRuleRatio: [1 / 3, 1 / 2],
  /**
   * Not the decree's number: it asks for a solid line ("nét liền") and its samples draw a thin one.
   * A line drawn as a shape heavier than this reads as a bar, not a rule line.
   */
  ruleWeightMaxPt: 1.5,
} as const;

export interface Measures {
  font: string;
  page: {
    widthMm: number;
    heightMm: number;
    margins: { top: number; bottom: number; left: number; right: number };
    /** Distance from the page edge to the page-number header. */
    headerDistanceMm: number;
  };
  size: {
    nationalTitle: number;
    motto: number;
    parent: number;
    issuer: number;
    number: number;
    placeDate: number;
    type: number;
    summary: number;
    body: number;
    pageNumber: number;
    signatureAuthority: number;
    signatureName: number;
    recipientsLabel: number;
    recipients: number;
    appendixLabel: number;
    appendixTitle: number;
    appendixRef: number;
    table: number;
  };
  headerTable: {
    /** Column widths and left indent from Mẫu 1.4 (3829 / 5670 twips, indent −199). */
    leftColumnMm: number;
    rightColumnMm: number;
    indentMm: number;
    cellMarginMm: number;
    /** Space above the number line and the place and date (second row of the header table). */
    secondRowSpaceBeforePt: number;
  };
  rules: {
    /** Line under the motto: exactly the text width. */
    mottoRatio: number;
    /** Lines under the issuer and the summary: 1/3–1/2 of the text width. */
    issuerRatio: number;
    summaryRatio: number;
    /** Short line under the appendix reference, as in the samples. */
    appendixRuleMm: number;
    /**
     * Space between a "(Kèm theo …)" line and the short line under it, so the line stands apart
     * as in the decree's samples rather than underlining the words above it.
     */
    refGapPt: number;
    thicknessPt: number;
    /** Height of the empty paragraph that carries a line; the line is drawn under it. */
    boxPt: number;
  };
  body: {
    firstLineIndentCm: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
    /** Multiple of single line spacing. */
    lineSpacing: number;
  };
  title: {
    /** Space between the header table and the document type (≈ two empty 14-pt lines in Mẫu 1.4). */
    spaceBeforePt: number;
    /** Space after the summary's line, before the body. */
    spaceAfterPt: number;
  };
  signature: {
    /** Width of the "Nơi nhận" column; the signature column takes the rest of the text width. */
    recipientsColumnRatio: number;
    /** Room left for the handwritten or digital signature and seal. */
    signatureSpaceMm: number;
    spaceBeforePt: number;
    /** A seal image is printed at the seal's real size (Phụ lục I, Mục II khoản 8); UBND seals are 35–36 mm. */
    sealDiameterMm: number;
    /** The right brace drawn beside recipients that share one purpose: its width and the gaps on either side. */
    braceWidthPt: number;
    braceGapPt: number;
    /** How far the brace's ends stand inside the group's first and last lines. */
    braceInsetPt: number;
  };
  table: {
    /** Left and right cell margin (none above or below); the width of the table's lines. */
    cellMarginMm: number;
    borderPt: number;
    /** Relative widths of the agency-task table columns. */
    columnWeights: Record<'stt' | 'content' | 'lead' | 'coordinating' | 'time' | 'frequency' | 'output', number>;
  };
}

export const DEFAULT_MEASURES: Measures = {
  font: 'Times New Roman',
  page: {
    widthMm: A4.widthMm,
    heightMm: A4.heightMm,
    margins: { top: 25, bottom: 20, left: 35, right: 20 },
    headerDistanceMm: 10,
  },
  size: {
    nationalTitle: 13,
    motto: 14,
    parent: 13,
    issuer: 13,
    number: 13,
    placeDate: 14,
    type: 14,
    summary: 14,
    body: 14,
    pageNumber: 14,
    signatureAuthority: 13,
    signatureName: 14,
    recipientsLabel: 12,
    recipients: 11,
    appendixLabel: 14,
    appendixTitle: 14,
    appendixRef: 13,
    table: 13,
  },
  headerTable: { leftColumnMm: 67.5, rightColumnMm: 100, indentMm: -3.5, cellMarginMm: 1.5, secondRowSpaceBeforePt: 6 },
  rules: { mottoRatio: 1, issuerRatio: 0.4, summaryRatio: 0.4, appendixRuleMm: 20, refGapPt: 4, thicknessPt: 0.75, boxPt: 3 },
  body: { firstLineIndentCm: 1, spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: 1 },
  title: { spaceBeforePt: 24, spaceAfterPt: 12 },
  signature: { recipientsColumnRatio: 0.5, signatureSpaceMm: 25, spaceBeforePt: 6, sealDiameterMm: 35, braceWidthPt: 5, braceGapPt: 2, braceInsetPt: 1 },
  table: {
    cellMarginMm: 1.5,
    borderPt: 0.5,
    columnWeights: { stt: 0.9, content: 6, lead: 3, coordinating: 3.6, time: 2.2, frequency: 2.2, output: 2.8 },
  },
};

/** The layout choices a plan may make (`format:` in the plan), each within the ranges above. */
export interface FormatChoices {
  bodySize?: 13 | 14;
  lineSpacing?: number;
  paragraphSpacing?: number;
  firstLineIndent?: 1 | 1.27;
  headerSize?: 12 | 13;
  pageNumberSize?: 13 | 14;
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
}

/** Apply the plan's `format:` choices (already range-checked by the schema) to the defaults. */
export function resolveMeasures(format: FormatChoices | undefined): Measures {
  const m: Measures = structuredClone(DEFAULT_MEASURES);
  if (!format) return m;
  if (format.bodySize) {
    m.size.body = format.bodySize;
    m.size.table = format.bodySize - 1;
  }
  if (format.headerSize) {
    // Decree 30 footnote: the header sizes rise and fall together (13/14/14 or 12/13/13).
    m.size.nationalTitle = format.headerSize;
    m.size.issuer = format.headerSize;
    m.size.parent = format.headerSize;
    m.size.motto = format.headerSize + 1;
    m.size.placeDate = format.headerSize + 1;
  }
  if (format.pageNumberSize) m.size.pageNumber = format.pageNumberSize;
  if (format.lineSpacing) m.body.lineSpacing = format.lineSpacing;
  if (format.paragraphSpacing) m.body.spaceBeforePt = format.paragraphSpacing;
  if (format.firstLineIndent) m.body.firstLineIndentCm = format.firstLineIndent;
  if (format.margins) Object.assign(m.page.margins, format.margins);
  return m;
}

/**
 * Times New Roman's single line (ascent 1825 + descent 443 + line gap 87 over 2048 units per em;
 * Tinos has the same metrics): the height of one line of text at single spacing, per point of size.
 */
export const FONT_SINGLE_LINE_EM = 2355 / 2048;

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);

/** Width of the text area in mm for an orientation. */
export function textWidthMm(m: Measures, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const w = orientation === 'portrait' ? m.page.widthMm : m.page.heightMm;
  return w - m.page.margins.left - m.page.margins.right;
}
