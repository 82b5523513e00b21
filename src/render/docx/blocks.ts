/** Paragraph-level building blocks: runs, styled text, exact-length lines, body paragraphs, cells. */
import { BorderStyle, HeadingLevel, Paragraph, TableCell, TextRun, VerticalAlign, WidthType, type Table } from 'docx';
import { ptToTwip } from '../../decree30/measures.js';
import { styleId, type RoleName } from '../../decree30/styles.js';
import type { Para } from '../../model/layout.js';
import type { Run } from '../../model/types.js';

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
/** A solid border of `pt` points (Word counts borders in eighths of a point). */
export const LINE = (pt: number) => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round(pt * 8)), color: '000000', space: 0 });

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

export function runs(rs: Run[]): TextRun[] {
  return rs.map((r) => new TextRun({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));
}

/** A paragraph of one role's style holding one plain run. */
export function text(role: RoleName, value: string, extra: Record<string, unknown> = {}): Paragraph {
  return new Paragraph({ style: styleId(role), children: [new TextRun(value)], ...extra });
}

/** A paragraph of one role's style holding lines separated by line breaks. */
export function lines(role: RoleName, values: string[]): Paragraph {
  return new Paragraph({ style: styleId(role), children: values.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) });
}

/**
 * A solid line of an exact length, centred in a box of `boxPt`: an empty paragraph of a small exact
 * height with a bottom border, its indents trimming the border to the length. A paragraph border
 * runs from the left to the right indent in Word and LibreOffice alike.
 */
export function rule(lengthPt: number, boxPt: number, thicknessPt: number): Paragraph {
  const side = Math.max(0, (boxPt - lengthPt) / 2);
  return new Paragraph({
    style: styleId('rule'),
    indent: { left: ptToTwip(side), right: ptToTwip(side) },
    border: { bottom: LINE(thicknessPt) },
    children: [],
  });
}

export function bodyParas(paras: Para[]): Paragraph[] {
  return paras.map((p) => {
    if (p.role === 'body') return new Paragraph({ style: styleId('body'), children: runs(p.runs) });
    const level = HEADING_LEVELS[Math.min((p.outline ?? 1) - 1, 3)];
    return new Paragraph({ heading: level, keepNext: true, children: runs(p.runs) });
  });
}

export function cell(widthTwip: number, children: (Paragraph | Table)[], opts: { marginTwip?: number; borders?: boolean; columnSpan?: number; vAlign?: typeof VerticalAlign.TOP | typeof VerticalAlign.CENTER } = {}): TableCell {
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
