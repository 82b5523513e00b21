/**
 * Paragraph-level building blocks: styled text, lines, exact-length rules, cells.
 * Text comes as marked runs and paragraphs (see revisions.ts): in an ordinary model nothing is
 * marked and every run is a plain TextRun.
 */
import { BorderStyle, Paragraph, TableCell, VerticalAlign, WidthType, type ParagraphChild, type Table } from 'docx';
import { ptToTwip } from '../../decree30/measures.js';
import { styleId, type RoleName } from '../../decree30/styles.js';
import type { MarkedParagraph, Revision } from '../../model/types.js';
import type { Revisions } from './revisions.js';

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
/** A solid border of `pt` points (Word counts borders in eighths of a point). */
export const LINE = (pt: number) => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round(pt * 8)), color: '000000', space: 0 });

/**
 * A paragraph of one role's style holding the paragraph's runs. `whole`: the paragraph belongs to
 * an inserted or deleted element (its text and its mark); otherwise its runs and its mark carry
 * their own marks.
 */
export function text(rv: Revisions, role: RoleName, p: MarkedParagraph, extra: Record<string, unknown> = {}, whole?: Revision): Paragraph {
  return new Paragraph({ style: styleId(role), children: rv.runs(p.runs, whole), ...extra, ...rv.mark(whole ?? p.rev) });
}

/**
 * A paragraph of one role's style holding lines separated by line breaks; a line's `rev` marks
 * the break after it.
 */
export function lines(rv: Revisions, role: RoleName, ps: MarkedParagraph[], whole?: Revision, extra: Record<string, unknown> = {}): Paragraph {
  const children: ParagraphChild[] = [];
  ps.forEach((p, i) => {
    const brk = i > 0 ? whole ?? ps[i - 1].rev : undefined;
    const [only] = p.runs;
    // A plain line: one run starting with its break, as in an ordinary document.
    if (i > 0 && !brk && p.runs.length === 1 && !only.rev && !whole) children.push(rv.run(only, undefined, true));
    else {
      if (i > 0) children.push(rv.lineBreak(brk));
      children.push(...rv.runs(p.runs, whole));
    }
  });
  return new Paragraph({ style: styleId(role), children, ...extra, ...rv.mark(whole) });
}

/**
 * A solid line of an exact length, centred in a box of `boxPt`: an empty paragraph of a small exact
 * height with a bottom border, its indents trimming the border to the length. A paragraph border
 * runs from the left to the right indent in Word and LibreOffice alike.
 */
export function rule(rv: Revisions, lengthPt: number, boxPt: number, thicknessPt: number, whole?: Revision, spaceBeforePt = 0): Paragraph {
  const side = Math.max(0, (boxPt - lengthPt) / 2);
  return new Paragraph({
    style: styleId('rule'),
    ...(spaceBeforePt ? { spacing: { before: ptToTwip(spaceBeforePt) } } : {}),
    indent: { left: ptToTwip(side), right: ptToTwip(side) },
    border: { bottom: LINE(thicknessPt) },
    children: [],
    ...rv.mark(whole),
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
