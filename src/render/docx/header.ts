/** The header block: a borderless two-row table with the column widths of Phụ lục III, Mẫu 1.4. */
import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { mmToPt, mmToTwip } from '../../decree30/measures.js';
import type { DocumentModel } from '../../model/types.js';
import { cell, lines, NO_BORDERS, rule, text } from './blocks.js';
import { linesOf, textOf, type Revisions } from './revisions.js';

export function headerTable(rv: Revisions, model: DocumentModel): Table {
  const m = model.measures;
  const h = m.headerTable;
  const left = mmToTwip(h.leftColumnMm);
  const right = mmToTwip(h.rightColumnMm);
  const margin = mmToTwip(h.cellMarginMm);
  const leftBox = mmToPt(h.leftColumnMm - 2 * h.cellMarginMm);
  const rightBox = mmToPt(h.rightColumnMm - 2 * h.cellMarginMm);
  const header = model.header;
  const revised = header.revised;
  const leftTop: Paragraph[] = [
    ...linesOf(header.parent, revised?.parent).map((l) => text(rv, 'parent', l)),
    ...linesOf(header.issuer, revised?.issuer).map((l) => text(rv, 'issuer', l)),
    rule(rv, model.rules.issuer, leftBox, m.rules.thicknessPt),
  ];
  const rightTop: Paragraph[] = [
    text(rv, 'nationalTitle', textOf(header.nationalTitle, revised?.nationalTitle)),
    text(rv, 'motto', textOf(header.motto, revised?.motto)),
    rule(rv, model.rules.motto, rightBox, m.rules.thicknessPt),
  ];
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    indent: { size: mmToTwip(h.indentMm), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, leftTop, { marginTwip: margin }), cell(right, rightTop, { marginTwip: margin })] }),
      // A plan promulgated by a decision has no number nor place and date of its own (Phụ lục III's sample).
      ...(!header.numberLine && !header.placeDateLines.length ? [] : [new TableRow({
        cantSplit: true,
        children: [
          cell(left, [text(rv, 'number', textOf(header.numberLine, revised?.numberLine))], { marginTwip: margin }),
          cell(right, [lines(rv, 'placeDate', linesOf(header.placeDateLines, revised?.placeDateLines))], { marginTwip: margin }),
        ],
      })]),
    ],
  });
}
