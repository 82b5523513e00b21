/** The header block: a borderless two-row table with the column widths of Phụ lục III, Mẫu 1.4. */
import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { mmToPt, mmToTwip } from '../../decree30/measures.js';
import type { DocumentModel } from '../../model/types.js';
import { cell, lines, NO_BORDERS, rule, text } from './blocks.js';

export function headerTable(model: DocumentModel): Table {
  const m = model.measures;
  const h = m.headerTable;
  const left = mmToTwip(h.leftColumnMm);
  const right = mmToTwip(h.rightColumnMm);
  const margin = mmToTwip(h.cellMarginMm);
  const leftBox = mmToPt(h.leftColumnMm - 2 * h.cellMarginMm);
  const rightBox = mmToPt(h.rightColumnMm - 2 * h.cellMarginMm);
  const leftTop: Paragraph[] = [
    ...model.header.parent.map((l) => text('parent', l)),
    ...model.header.issuer.map((l) => text('issuer', l)),
    rule(model.rules.issuer, leftBox, m.rules.thicknessPt),
  ];
  const rightTop: Paragraph[] = [
    text('nationalTitle', model.header.nationalTitle),
    text('motto', model.header.motto),
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
        children: [cell(left, [text('number', model.header.numberLine)], { marginTwip: margin }), cell(right, [lines('placeDate', model.header.placeDateLines)], { marginTwip: margin })],
      }),
    ],
  });
}
