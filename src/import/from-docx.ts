/**
 * A DOCX, read by src/docx-read (styles, Word's list labels, runs, tables, sections), as the
 * importer's lines and tables. Header and footer parts (running headers, page numbers) and drawn
 * shapes are page furniture and are left out; only text runs are read, so the position numbers of
 * a line shape's XML never reach the text.
 */
import { readDocument, type Cell, type DocModel, type Para, type Table } from '../docx-read/document.js';
import { openDocx, type DocxLimits } from '../docx-read/package.js';
import { detectLegacyVietnamese } from '../text/legacy.js';
import { collapse, share } from './inline.js';
import { convertLegacy, legacyFont } from './legacy.js';
import type { Notes } from './notes.js';
import type { Block, Line, Piece, Source, TableBlock } from './types.js';

const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;

export function readDocxSource(bytes: Uint8Array, file: string, notes: Notes, limits?: DocxLimits): Source {
  const doc = readDocument(openDocx(bytes, limits));
  // Text in a legacy font is converted only when none of the text in that font is Unicode
  // Vietnamese: a legacy name left in the Normal style over Unicode text is common.
  const byFont = new Map<string, string[]>();
  for (const p of doc.paras) for (const r of p.runs) {
    const font = legacyName(r.fmt.ascii, r.fmt.hAnsi);
    if (font) byFont.set(font, [...(byFont.get(font) ?? []), r.text]);
  }
  const convert = new Map<string, boolean>();
  for (const [font, texts] of byFont) {
    const all = texts.join(' ');
    const legacy = !UNICODE_VIETNAMESE.test(all) && !!detectLegacyVietnamese(all);
    convert.set(font, legacy);
    if (legacy) notes.add('import-legacy-converted', { font, count: texts.length, encoding: legacyFont(font)!.encoding });
    else if (/[^\x00-\x7f]/.test(all)) notes.add('import-legacy-font-unicode', { font });
  }
  const line = (p: Para): Line => toLine(doc, p, convert);
  const blocks: Block[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'p') blocks.push({ kind: 'line', line: line(b.para) });
    else blocks.push({ kind: 'table', table: toTable(doc, b.table, line) });
  }
  return { file, format: 'docx', blocks, units: doc.paras.length };
}

function legacyName(ascii: string, hAnsi: string): string | undefined {
  return legacyFont(ascii) ? ascii : legacyFont(hAnsi) ? hAnsi : undefined;
}

function toTable(doc: DocModel, t: Table, line: (p: Para) => Line): TableBlock {
  const cellLines = (c: Cell): Line[] => {
    const paras = [...c.paras, ...(c.tables ?? []).flatMap((n) => n.paras)].sort((a, b) => a.index - b.index);
    return paras.map(line);
  };
  const first = t.paras[0];
  return {
    rows: t.rows.map((r) => r.cells.map(cellLines)),
    src: { unit: 'paragraph', n: first?.index ?? 0 },
    landscape: !!doc.sections[Math.min(t.section, doc.sections.length - 1)]?.landscape,
  };
}

function toLine(doc: DocModel, p: Para, convert: Map<string, boolean>): Line {
  const pieces: Piece[] = p.runs.map((r) => {
    let text = r.text;
    const font = legacyName(r.fmt.ascii, r.fmt.hAnsi);
    if (font && convert.get(font)) {
      const kind = legacyFont(font)!;
      text = convertLegacy(text, kind.encoding, kind.capitals);
    }
    if (r.fmt.caps) text = text.toLocaleUpperCase('vi');
    // Soft hyphens left after conversion are invisible: dropped.
    return { text: text.replace(/\u00ad/g, '').normalize('NFC'), bold: r.fmt.bold, italic: r.fmt.italic };
  });
  const text = collapse(pieces.map((x) => x.text).join(''));
  const jc = p.fmt.jc;
  const align = jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : jc === 'both' || jc === 'distribute' ? 'both' : 'left';
  const out: Line = {
    text,
    pieces,
    auto: p.label.trim(),
    bold: share(pieces, 'bold'),
    italic: share(pieces, 'italic'),
    align,
    src: { unit: 'paragraph', n: p.index },
    landscape: !!doc.sections[Math.min(p.section, doc.sections.length - 1)]?.landscape,
  };
  const columns = splitColumns(pieces);
  if (columns) out.columns = columns;
  return out;
}

/**
 * Text laid out in two columns on one line with tabs or runs of spaces ("ỦY BAN NHÂN DÂN\t\tCỘNG
 * HÒA…"), as older header blocks are typed: the pieces of each column, or undefined for one column.
 */
export function splitColumns(pieces: Piece[]): Piece[][] | undefined {
  const cols: Piece[][] = [[]];
  for (const p of pieces) {
    const parts = p.text.split(/(\t+| {3,}|\u00a0{3,})/);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        if (cols[cols.length - 1].some((x) => x.text.trim())) cols.push([]);
        return;
      }
      if (part) cols[cols.length - 1].push({ ...p, text: part });
    });
  }
  const nonEmpty = cols.filter((c) => c.some((x) => x.text.trim()));
  return nonEmpty.length >= 2 ? nonEmpty : undefined;
}
