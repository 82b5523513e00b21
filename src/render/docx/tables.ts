/** The agency-task table of an appendix: header row repeated on every page, rows never split. */
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { mmToTwip, type Measures } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import type { MarkedParagraph, Revision, TableModel } from '../../model/types.js';
import { cell, LINE, text } from './blocks.js';
import { joinRuns, linesOf, textOf, type Revisions } from './revisions.js';

/**
 * Agencies as one paragraph: "Các sở, ban, ngành; UBND các huyện". In a redline, the "; " before an
 * inserted or deleted agency goes with it.
 */
export function joinAgencies(ps: MarkedParagraph[]): MarkedParagraph {
  const whole = (p: MarkedParagraph): Revision | undefined => {
    const marks = p.runs.filter((r) => r.text).map((r) => r.rev);
    return marks.length && marks.every((m) => m === marks[0]) ? marks[0] : undefined;
  };
  const runs = ps.flatMap((p, i) => (i === 0 ? p.runs : [{ text: '; ', ...(whole(p) ? { rev: whole(p) } : {}) }, ...p.runs]));
  return { runs: joinRuns(runs) };
}

/**
 * The table; in a redline, its rows with the deleted ones, each row (or the whole table, `whole`)
 * inserted or deleted with its text, and the marked text of kept rows.
 */
export function taskTable(rv: Revisions, table: TableModel, widthMm: number, m: Measures, whole?: Revision): Table {
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widthTwip = mmToTwip(widthMm);
  const widths = table.columns.map((c) => Math.round((widthTwip * c.weight) / total));
  widths[widths.length - 1] += widthTwip - widths.reduce((a, b) => a + b, 0);
  const margin = mmToTwip(m.table.cellMarginMm);
  const border = LINE(m.table.borderPt);
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const tableRev = whole ?? table.rev;
  const body = (rev: Revision | undefined, p: MarkedParagraph, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    text(rv, 'tableBody', p, alignment ? { alignment } : {}, rev);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      cell(widths[i], [text(rv, 'tableHeader', c.rev && !tableRev ? { runs: [{ text: c.header, rev: c.rev }] } : textOf(c.header, c.revised?.header), {}, tableRev)], {
        marginTwip: margin,
        borders: true,
        vAlign: VerticalAlign.CENTER,
      }),
    ),
    ...rv.row(tableRev),
  });
  const rows = (table.revised?.rows ?? table.rows).map((row) => {
    const rev = tableRev ?? row.rev;
    if (row.kind === 'group') {
      const group = textOf(row.group ?? '', row.revised?.group);
      return new TableRow({
        cantSplit: true,
        children: [
          cell(widths[0], [text(rv, 'tableHeader', textOf(row.number, undefined), {}, rev)], { marginTwip: margin, borders: true }),
          cell(widths.slice(1).reduce((a, b) => a + b, 0), [body(rev, { runs: group.runs.map((r) => ({ ...r, bold: true })) })], { marginTwip: margin, borders: true, columnSpan: widths.length - 1 }),
        ],
        ...rv.row(rev),
      });
    }
    const task = row.task!;
    const revised = task.revised;
    return new TableRow({
      cantSplit: true,
      children: table.columns.map((c, i) => {
        let content: Paragraph[];
        switch (c.key) {
          case 'stt':
            content = [body(rev, textOf(row.number, undefined), AlignmentType.CENTER)];
            break;
          case 'content':
            content = [body(rev, { runs: revised?.content ?? task.content }, AlignmentType.JUSTIFIED)];
            break;
          case 'coordinating':
            // One paragraph, the agencies separated by ";" as the seeds write them (not stacked without a separator).
            content = [body(rev, joinAgencies(linesOf(task.coordinating.length ? task.coordinating : [''], revised?.coordinating)), AlignmentType.CENTER)];
            break;
          default:
            content = [body(rev, textOf((task[c.key] as string | undefined) ?? '', revised?.[c.key]), AlignmentType.CENTER)];
        }
        return cell(widths[i], content, { marginTwip: margin, borders: true });
      }),
      ...rv.row(rev),
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
