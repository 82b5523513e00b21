/** The agency-task table of an appendix: header row repeated on every page, rows never split. */
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { mmToTwip, type Measures } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import type { TableModel } from '../../model/types.js';
import { cell, LINE, runs, text } from './blocks.js';

export function taskTable(table: TableModel, widthMm: number, m: Measures): Table {
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widthTwip = mmToTwip(widthMm);
  const widths = table.columns.map((c) => Math.round((widthTwip * c.weight) / total));
  widths[widths.length - 1] += widthTwip - widths.reduce((a, b) => a + b, 0);
  const margin = mmToTwip(m.table.cellMarginMm);
  const border = LINE(m.table.borderPt);
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const body = (children: TextRun[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ style: styleId('tableBody'), ...(alignment ? { alignment } : {}), children });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(widths[i], [text('tableHeader', c.header)], { marginTwip: margin, borders: true, vAlign: VerticalAlign.CENTER })),
  });
  const rows = table.rows.map((row) => {
    if (row.kind === 'group') {
      return new TableRow({
        cantSplit: true,
        children: [
          cell(widths[0], [text('tableHeader', row.number)], { marginTwip: margin, borders: true }),
          cell(widths.slice(1).reduce((a, b) => a + b, 0), [body([new TextRun({ text: row.group ?? '', bold: true })])], { marginTwip: margin, borders: true, columnSpan: widths.length - 1 }),
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
            content = [body([new TextRun(row.number)], AlignmentType.CENTER)];
            break;
          case 'content':
            content = [body(runs(task.content), AlignmentType.JUSTIFIED)];
            break;
          case 'coordinating':
            content = (task.coordinating.length ? task.coordinating : ['']).map((v) => body([new TextRun(v)], AlignmentType.CENTER));
            break;
          default:
            content = [body([new TextRun((task[c.key] as string | undefined) ?? '')], AlignmentType.CENTER)];
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
