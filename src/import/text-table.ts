/**
 * Task tables in a text laid out by position (as `pdftotext -layout` writes a table, or as a table
 * is typed with spaces): a header line naming at least three plan columns (content and lead or
 * time among them) fixes where each column lies; a number in the first column starts a row; the
 * words of each line go to the column they start in. Within a cell the lines are joined, except
 * that in the coordinating column a line that starts with a capital, or whose first word would
 * have fitted on the line before, starts another agency, unless the cell separates its agencies
 * with ";" (one text, as this tool prints them). A repeated header (a new page) fixes the columns
 * again. A header row centred vertically (the PDF of a DOCX) has its taller cells start on the line
 * above the header line and end below it.
 */
import { collapse } from './inline.js';
import { columnOf } from './tasks.js';
import type { Block, Line, Piece, TableBlock } from './types.js';

interface Word {
  text: string;
  start: number;
}

const words = (line: Line): Word[] => {
  const raw = ' '.repeat(line.indent ?? 0) + line.pieces.map((p) => p.text).join('');
  return [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
};

interface Columns {
  starts: number[];
  /** Right edges between columns. */
  bounds: number[];
  headers: string[];
  keys: (string | undefined)[];
}

/** A header line: three or more plan columns, among them the content and the lead or time. */
function headerOf(line: Line): Columns | undefined {
  if (!line.columns || !line.columnStarts || line.columns.length < 3) return undefined;
  const headers = line.columns.map((c) => collapse(c.map((p) => p.text).join('')));
  const keys = headers.map(columnOf);
  if (!keys.includes('content') || !(keys.includes('lead') || keys.includes('time')) || keys.filter(Boolean).length < 3) return undefined;
  const starts = line.columnStarts;
  const ends = starts.map((s, i) => s + headers[i].length);
  const bounds = starts.slice(1).map((s, i) => (ends[i] + s) / 2);
  return { starts, bounds, headers, keys };
}

const columnAt = (c: Columns, pos: number) => {
  let i = 0;
  while (i < c.bounds.length && pos >= c.bounds[i]) i++;
  return i;
};

const plainLine = (text: string, src: Line['src']): Line => {
  const pieces: Piece[] = [{ text, bold: false, italic: false }];
  return { text: collapse(text), pieces, auto: '', bold: 'none', italic: 'none', src };
};

/**
 * Column edges from the lines of the table: between two header columns, the position fewest lines
 * have a letter at (the gutter), the middle of the widest such run.
 */
function gutters(head: Columns, lines: Line[]): number[] {
  const occupied: number[] = [];
  for (const l of lines) for (const w of words(l)) for (let k = w.start; k < w.start + w.text.length; k++) occupied[k] = (occupied[k] ?? 0) + 1;
  const centres = head.starts.map((s, i) => s + head.headers[i].length / 2);
  return centres.slice(1).map((c, i) => {
    const from = Math.ceil(centres[i]);
    const to = Math.floor(c);
    let best = Infinity;
    let bestRun: [number, number] = [from, from];
    for (let k = from; k <= to; k++) {
      const v = occupied[k] ?? 0;
      if (v < best) {
        best = v;
        bestRun = [k, k];
      } else if (v === best && bestRun[1] === k - 1) bestRun = [bestRun[0], k];
    }
    return (bestRun[0] + bestRun[1]) / 2 + 0.5;
  });
}

/**
 * The header with the cells that start on the line above it (a header row centred vertically, as
 * Word and LibreOffice lay out a cell of one line beside a cell of two): each group of words of that
 * line lying beyond, or between, the header's columns is the first line of a column of its own;
 * undefined when a word of that line overlaps a header column (it is not part of the header).
 */
function withCellsAbove(head: Columns, line: Line): Columns | undefined {
  if (!line.text || line.pageBreak) return undefined;
  const ws = words(line);
  if (!ws.length) return undefined;
  const spans = head.starts.map((s, i) => [s, s + head.headers[i].length] as const);
  if (ws.some((w) => spans.some(([a, b]) => w.start < b + 1 && w.start + w.text.length > a - 1))) return undefined;
  // Groups of words one space apart.
  const groups: Word[][] = [];
  for (const w of ws) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (last && w.start - (last.start + last.text.length) < 2) g.push(w);
    else groups.push([w]);
  }
  const cells = [...head.starts.map((start, i) => ({ start, header: head.headers[i] })), ...groups.map((g) => ({ start: g[0].start, header: g.map((w) => w.text).join(' ') }))].sort((a, b) => a.start - b.start);
  const starts = cells.map((c) => c.start);
  const headers = cells.map((c) => c.header);
  const ends = starts.map((st, i) => st + headers[i].length);
  return { starts, bounds: starts.slice(1).map((st, i) => (ends[i] + st) / 2), headers, keys: headers.map(columnOf) };
}

/** Replace task tables laid out by position with table blocks; other lines pass through. */
export function extractTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let head = b.kind === 'line' ? headerOf(b.line) : undefined;
    if (!head || b.kind !== 'line') {
      out.push(b);
      continue;
    }
    // A header row whose cells are centred vertically: a cell of two lines starts on the line above.
    const above = out[out.length - 1];
    const taller = above?.kind === 'line' ? withCellsAbove(head, above.line) : undefined;
    if (taller) {
      out.pop();
      head = taller;
    }
    // The extent of the table: to a blank line that the table does not go on after.
    let end = i + 1;
    for (; end < blocks.length; end++) {
      const x = blocks[end];
      if (x.kind !== 'line') break;
      const l = x.line;
      if (l.text || l.pageBreak) continue;
      const nextLine = blocks[end + 1];
      if (nextLine?.kind === 'line' && nextLine.line.text && (headerOf(nextLine.line) || (nextLine.line.indent ?? 0) > 0)) continue;
      break;
    }
    const lines = blocks.slice(i + 1, end).map((x) => (x as { line: Line }).line);
    // Each page repeats the header; its columns may sit a little differently.
    const pages: { head: Columns; lines: Line[] }[] = [{ head, lines: [] }];
    for (const l of lines) {
      if (!l.text) continue;
      let again = headerOf(l);
      if (again) {
        const before = pages[pages.length - 1].lines;
        const taller = before.length ? withCellsAbove(again, before[before.length - 1]) : undefined;
        if (taller) {
          before.pop();
          again = taller;
        }
        pages.push({ head: again, lines: [] });
      } else pages[pages.length - 1].lines.push(l);
    }
    const headerTexts = [...head.headers];
    const sttCol = head.keys.indexOf('stt');
    const coordCol = head.keys.indexOf('coordinating');
    type Row = { cells: { lines: string[] }[]; src: Line['src'] };
    const rows: Row[] = [];
    const guessed = new Set<number>();
    const isNumber = (t: string) => /^(\d{1,3}|[IVXLC]+)\.?$/.test(t);
    pages.forEach((page, pageIndex) => {
      const cols = { ...page.head, bounds: gutters(page.head, page.lines) };
      const pageHeaders = [...page.head.headers];
      let pageRows = 0;
      for (const l of page.lines) {
        const byCol: Word[][] = cols.keys.map(() => []);
        const ws = words(l);
        ws.forEach((w, k) => {
          byCol[columnAt(cols, w.start)].push(w);
          // A single space between two words on either side of an edge: the cell boundary is a guess.
          const next = ws[k + 1];
          if (next && next.start - (w.start + w.text.length) < 2 && columnAt(cols, w.start) !== columnAt(cols, next.start)) guessed.add(l.src.n);
        });
        const stt = sttCol >= 0 ? byCol[sttCol].map((w) => w.text).join(' ') : '';
        const isRow = sttCol >= 0 && isNumber(stt);
        if (isRow) pageRows++;
        // The rest of a repeated header's cells ("thành" under "Thời gian hoàn"), as on the first page.
        if (!isRow && pageIndex > 0 && !pageRows && pageHeaders.length === headerTexts.length) {
          const texts = byCol.map((c) => c.map((w) => w.text).join(' '));
          const grown = pageHeaders.map((h, k) => (texts[k] ? `${h} ${texts[k]}` : h));
          if (grown.every((h, k) => !texts[k] || headerTexts[k].startsWith(h))) {
            grown.forEach((h, k) => (pageHeaders[k] = h));
            continue;
          }
        }
        if (isRow) rows.push({ cells: cols.keys.map(() => ({ lines: [] })), src: l.src });
        else if (!rows.length) {
          // Header cells that wrap onto a second line ("Thời gian hoàn" / "thành").
          byCol.forEach((c, k) => c.length && (headerTexts[k] = `${headerTexts[k]} ${c.map((w) => w.text).join(' ')}`));
          continue;
        }
        const row = rows[rows.length - 1];
        byCol.forEach((c, k) => c.length && row.cells[k].lines.push(c.map((w) => w.text).join(' ')));
      }
    });
    if (!rows.length) {
      out.push(b);
      continue;
    }
    // The width of the coordinating column, as the longest line seen in it.
    const coordWidth = Math.max(0, ...rows.flatMap((r) => (coordCol >= 0 ? r.cells[coordCol].lines.map((t) => t.length) : [])));
    const table: TableBlock = {
      rows: [
        headerTexts.map((h) => [plainLine(h, b.line.src)]),
        ...rows.map((r) =>
          r.cells.map((cell, k) => {
            if (!cell.lines.length) return [];
            if (k !== coordCol) return [plainLine(joinLines(cell.lines), r.src)];
            // Agencies separated by ";" (as this tool and many offices write them): one paragraph.
            if (cell.lines.some((t) => t.includes(';'))) return [plainLine(joinLines(cell.lines), r.src)];
            // Agencies of the coordinating column: one per paragraph.
            const paras: string[][] = [];
            for (const text of cell.lines) {
              const prev = paras[paras.length - 1];
              const first = text.split(' ')[0];
              const before = prev?.[prev.length - 1] ?? '';
              // A line that fits after a short one ends could not have wrapped there: a new agency.
              const fits = !!prev && !/,$/.test(before) && before.length + 1 + first.length <= coordWidth * 0.7;
              if (!prev || /^[\p{Lu}\d]/u.test(text) || /;$/.test(before) || fits) paras.push([text]);
              else prev.push(text);
            }
            return paras.map((p) => plainLine(joinLines(p), r.src));
          }),
        ),
      ],
      src: b.line.src,
      landscape: true,
    };
    if (guessed.size) table.guessedLines = [...guessed];
    out.push({ kind: 'table', table });
    i = end - 1;
  }
  return out;
}

function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines) out = !out ? l : /[\p{L}\p{N}]-$/u.test(out) ? out + l : `${out} ${l}`;
  return collapse(out);
}
