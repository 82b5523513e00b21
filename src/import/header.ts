/**
 * The header block and the title: issuer (parent agency and name lines), number and symbol,
 * place and date, national title and motto, document type and summary. In a DOCX the header
 * usually sits in a borderless table (agency and "Số:" on the left, Quốc hiệu, Tiêu ngữ, place
 * and date on the right); older files type it with tabs and spaces, and a text has it as lines in
 * two columns, or interleaved on one line when OCR joined the columns.
 */
import { checkDate } from '../decree30/dates.js';
import { TYPE_ABBREVIATIONS } from '../decree30/vocabulary.js';
import { collapse, share } from './inline.js';
import { excerpt, type Notes } from './notes.js';
import { slicePieces, splitPieces, textOf, trimPieces } from './pieces.js';
import type { Block, Line, Piece, SourceRef } from './types.js';

export const NATIONAL = /C[ỘO]NG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
export const MOTTO = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
const NUMBER = /^Số\s*[:.]?\s*([\d\s.…_]*?)\s*\/\s*([A-ZĐ0-9][A-ZĐa-z0-9.&]*(?:\s*-\s*[A-ZĐ0-9][A-ZĐa-z0-9.&]*)*)/u;
const PLACE_DATE = /^(.*?)[,\s]*ngày\s*([\d.…_\s]*?)\s*tháng\s*([\d.…_\s]*?)\s*năm\s*(\d{4})?\s*$/iu;
const RULE = /^[_\-–—=.*~\s]{3,}$/u;
const DRAFT_MARK = /^\(?\s*(bản\s+)?dự\s+thảo\s*\)?$/iu;

export const TYPE_NAMES = Object.keys(TYPE_ABBREVIATIONS);

/** The document type a line names ("KẾ HOẠCH", "K Ế  H O Ạ C H"), if it is only that. */
export function typeOf(text: string): string | undefined {
  const squeezed = text.replace(/\s+/g, '').toLocaleUpperCase('vi');
  return TYPE_NAMES.find((t) => t.replace(/\s+/g, '').toLocaleUpperCase('vi') === squeezed);
}

interface Frag {
  pieces: Piece[];
  text: string;
  /** Column: 0 left, 1 right, -1 unknown (a line of its own). */
  col: number;
  src: SourceRef;
  kind?: 'national' | 'motto' | 'number' | 'placeDate' | 'vv' | 'rule' | 'draft' | 'other';
}

export interface Header {
  parent: string[];
  issuer: string[];
  /** Parent lines chosen without bold formatting to tell them apart. */
  parentGuessed?: boolean;
  number?: number | null;
  numberSeen: boolean;
  symbol?: string;
  place?: string;
  date?: string | null;
  type?: string;
  summary?: string;
  src: Partial<Record<'issuer' | 'number' | 'placeDate' | 'type' | 'summary', SourceRef>>;
  /** Header lines that fit nowhere: kept as opening paragraphs. */
  unplaced: { text: string; src: SourceRef }[];
}

const frag = (pieces: Piece[], col: number, src: SourceRef): Frag => {
  const p = trimPieces(pieces);
  return { pieces: p, text: collapse(textOf(p)), col, src };
};

/** Split a fragment where OCR or a careless layout ran two columns together on one line. */
function splitInterleaved(f: Frag): Frag[] {
  const t = textOf(f.pieces);
  for (const re of [NATIONAL, MOTTO]) {
    const m = re.exec(t);
    if (m && m.index > 0 && t.slice(0, m.index).trim()) {
      return [frag(slicePieces(f.pieces, 0, m.index), 0, f.src), ...splitInterleaved(frag(slicePieces(f.pieces, m.index), 1, f.src))];
    }
    if (m && m.index + m[0].length < t.trimEnd().length && t.slice(m.index + m[0].length).trim()) {
      const cut = m.index + m[0].length;
      return [frag(slicePieces(f.pieces, 0, cut), f.col, f.src), ...splitInterleaved(frag(slicePieces(f.pieces, cut), f.col, f.src))];
    }
  }
  const n = NUMBER.exec(t.trim());
  if (n) {
    const offset = t.length - t.trimStart().length;
    const cut = offset + n[0].length;
    const rest = t.slice(cut);
    if (rest.trim() && PLACE_DATE.test(collapse(rest))) return [frag(slicePieces(f.pieces, 0, cut), 0, f.src), frag(slicePieces(f.pieces, cut), 1, f.src)];
  }
  return [f];
}

function classify(f: Frag): Frag['kind'] {
  const t = f.text;
  if (!t || RULE.test(t)) return 'rule';
  if (NATIONAL.test(t) && t.length < 45) return 'national';
  if (MOTTO.test(t) && t.length < 40) return 'motto';
  if (NUMBER.test(t) || /^Số\s*:/u.test(t)) return 'number';
  if (PLACE_DATE.test(t)) return 'placeDate';
  if (/^V\/v(?![\p{L}\p{N}])/iu.test(t)) return 'vv';
  if (DRAFT_MARK.test(t)) return 'draft';
  return 'other';
}

/**
 * Columns of a header line, with the gaps a draft leaves inside one element closed again:
 * "Số:      /KH-UBND", "ngày   tháng   năm 2025".
 */
function headerColumns(line: Line): { pieces: Piece[]; start: number }[] | undefined {
  if (!line.columns) return undefined;
  const out: { pieces: Piece[]; start: number }[] = [];
  line.columns.forEach((c, i) => {
    const start = line.columnStarts?.[i] ?? i;
    const last = out[out.length - 1];
    const text = collapse(textOf(c));
    const lastText = last ? collapse(textOf(last.pieces)) : '';
    if (last && (/(^|\s)(số\s*:?|ngày|tháng)$/iu.test(lastText) || /^(\/|tháng(?![\p{L}\p{N}])|năm(?![\p{L}\p{N}]))/iu.test(text))) {
      last.pieces = [...last.pieces, { text: ' ', bold: false, italic: false }, ...c];
    } else out.push({ pieces: c, start });
  });
  return out.length >= 2 ? out : undefined;
}

/** Fragments of a line: columns (tabs, gaps), line breaks, interleaved columns. */
function lineFrags(line: Line, col: number, rightStart?: number): Frag[] {
  const cols = col < 0 ? headerColumns(line) : undefined;
  const out: Frag[] = [];
  if (cols) {
    cols.forEach((c, i) => {
      for (const part of splitPieces(c.pieces, /\n/g)) out.push(...splitInterleaved(frag(part, i === 0 ? 0 : 1, line.src)));
    });
    return out;
  }
  // A line of one column in a header typed in two: its position says which.
  let here = col;
  if (here < 0 && rightStart !== undefined && line.indent !== undefined) here = line.indent >= rightStart - 6 ? 1 : 0;
  for (const part of splitPieces(line.pieces, /\n/g)) out.push(...splitInterleaved(frag(part, here, line.src)));
  return out;
}

const tableText = (b: Block) => (b.kind === 'table' ? b.table.rows.flat(2).map((l) => l.text).join('\n') : '');

/** Recognise the header block and the title; returns the index of the first block after them. */
export function recogniseHeader(blocks: Block[], notes: Notes): { header: Header; next: number } {
  const header: Header = { parent: [], issuer: [], numberSeen: false, src: {}, unplaced: [] };
  const frags: Frag[] = [];
  let i = 0;
  let typeAt = -1;
  let seen = 0;
  let rightStart: number | undefined;
  for (; i < blocks.length && i < 40; i++) {
    const b = blocks[i];
    if (b.kind === 'table') {
      const t = tableText(b);
      if (!(NATIONAL.test(t) || MOTTO.test(t) || /(^|\n)Số\s*[:.]?\s*[\d\s.…_]*\//u.test(t))) break;
      b.table.rows.forEach((row) => {
        const rightCol = row.findIndex((cell) => cell.some((l) => NATIONAL.test(l.text) || MOTTO.test(l.text) || PLACE_DATE.test(l.text)));
        row.forEach((cell, c) => {
          const col = rightCol < 0 ? (c === 0 ? 0 : 1) : c === rightCol || (c > rightCol && rightCol > 0) ? 1 : 0;
          for (const l of cell) frags.push(...lineFrags(l, col));
        });
      });
      seen += 2;
      continue;
    }
    const l = b.line;
    if (!l.text) continue;
    if (typeOf(l.text)) {
      typeAt = i;
      break;
    }
    const fs = lineFrags(l, -1, rightStart);
    if (l.columnStarts && l.columnStarts.length >= 2 && rightStart === undefined) rightStart = l.columnStarts[l.columnStarts.length - 1];
    const kinds = fs.map(classify);
    const headerish = kinds.some((k) => k !== 'other' && k !== 'rule');
    if (seen && !headerish && /^(căn cứ|thực hiện|trên cơ sở|kính gửi)(?![\p{L}\p{N}])/iu.test(l.text)) break;
    if (!headerish && (l.auto || /^([IVX]+|\d+|[a-zđ])[.)]\s/u.test(l.text)) && seen) break;
    if (headerish) seen++;
    frags.push(...fs);
    if (frags.length > 30) break;
  }
  if (!seen && typeAt < 0) return { header, next: 0 };
  const next = typeAt >= 0 ? typeAt : i;
  for (const f of frags) f.kind = classify(f);

  // Place on its own line, then "ngày … tháng … năm …" on the next (a long place name wraps).
  for (let k = 0; k + 1 < frags.length; k++) {
    const a = frags[k];
    const b = frags[k + 1];
    if (a.kind === 'other' && /,$/.test(a.text) && b.kind === 'placeDate' && /^ngày(?![\p{L}\p{N}])/iu.test(b.text)) {
      b.pieces = [...a.pieces, { text: ' ', bold: false, italic: false }, ...b.pieces];
      b.text = `${a.text} ${b.text}`;
      a.kind = 'rule';
    }
  }

  const numberFrag = frags.find((f) => f.kind === 'number');
  if (numberFrag) {
    header.numberSeen = true;
    header.src.number = numberFrag.src;
    const m = NUMBER.exec(numberFrag.text);
    const digits = m?.[1].replace(/\D/g, '') ?? '';
    header.number = digits ? Number(digits) : null;
    if (m?.[2]) header.symbol = m[2].replace(/\s+/g, '');
  }
  const placeFrag = frags.find((f) => f.kind === 'placeDate');
  if (placeFrag) {
    header.src.placeDate = placeFrag.src;
    const m = PLACE_DATE.exec(placeFrag.text)!;
    const place = m[1].replace(/[,\s]+$/u, '').trim();
    if (place) header.place = place;
    header.date = dateOf(m[2], m[3], m[4], notes, placeFrag);
  }
  for (const f of frags) {
    if (f.kind === 'vv' || f.kind === 'draft') {
      header.unplaced.push({ text: f.text, src: f.src });
    }
    if (f.kind === 'rule' && f.text && !RULE.test(f.text)) continue;
    if (f.kind === 'rule' && f.text) notes.add('import-dropped', { what: 'rule', text: excerpt(f.text) }, f.src);
  }

  // Issuer: left-column lines above the number; without columns, the lines before the national title.
  const firstMark = frags.findIndex((f) => f.kind === 'national' || f.kind === 'motto' || f.kind === 'number' || f.kind === 'placeDate');
  const numberIdx = numberFrag ? frags.indexOf(numberFrag) : frags.length;
  const candidates = frags.filter((f, k) => f.kind === 'other' && (f.col === 0 ? k < numberIdx : f.col < 0 && (firstMark < 0 || k < firstMark)));
  for (const f of frags) if (f.kind === 'other' && !candidates.includes(f)) header.unplaced.push({ text: f.text, src: f.src });
  if (candidates.length) {
    header.src.issuer = candidates[0].src;
    const boldInfo = candidates.some((f) => share(f.pieces, 'bold') === 'all') && candidates.some((f) => share(f.pieces, 'bold') !== 'all');
    let split = 0;
    if (boldInfo) {
      split = candidates.length;
      while (split > 0 && share(candidates[split - 1].pieces, 'bold') === 'all') split--;
    } else if (candidates.length >= 2 && looksLikeParent(candidates[0].text, candidates[1].text)) {
      split = 1;
      header.parentGuessed = true;
      notes.add('import-guess', { what: 'parent', text: candidates[0].text }, candidates[0].src, 'issuer.parent');
    }
    header.parent = candidates.slice(0, split).map((f) => f.text);
    header.issuer = candidates.slice(split).map((f) => f.text);
    if (!header.issuer.length) {
      header.issuer = header.parent;
      header.parent = [];
    }
  }

  // Title: the type line, then the summary over one to a few lines.
  let j = next;
  if (typeAt >= 0) {
    const tl = (blocks[typeAt] as { line: Line }).line;
    header.type = typeOf(tl.text);
    header.src.type = tl.src;
    j = typeAt + 1;
    const summary: Line[] = [];
    let lastIndent = -1;
    for (; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind !== 'line') break;
      const l = b.line;
      if (!l.text) {
        if (summary.length && l.src.unit === 'line') break;
        continue;
      }
      if (RULE.test(l.text)) {
        notes.add('import-dropped', { what: 'rule', text: excerpt(l.text) }, l.src);
        if (summary.length) {
          j++;
          break;
        }
        continue;
      }
      if (/^(căn cứ|thực hiện|trên cơ sở|theo|kính gửi|xét)(?![\p{L}\p{N}])/iu.test(l.text) || l.auto || /^([IVX]+|\d+|[a-zđA-Z])[.)]\s/u.test(l.text)) break;
      if (l.src.unit === 'paragraph' && summary.length && l.align !== 'center') break;
      if (l.src.unit === 'paragraph' && !summary.length && l.align !== 'center' && l.bold !== 'all') break;
      if (l.src.unit === 'line' && lastIndent > 8 && (l.indent ?? 0) <= 6) break;
      summary.push(l);
      lastIndent = l.indent ?? 0;
      if (summary.length >= 4) {
        j++;
        break;
      }
    }
    if (summary.length) {
      header.summary = collapse(summary.map((l) => l.text).join(' '));
      header.src.summary = summary[0].src;
    }
  }
  return { header, next: j };
}

function looksLikeParent(first: string, second: string): boolean {
  const agencyStart = /^(SỞ|PHÒNG|BAN|ỦY BAN|UỶ BAN|TRUNG TÂM|VĂN PHÒNG|HỘI ĐỒNG|CHI CỤC|CỤC|TRƯỜNG|ĐẢNG ỦY|ĐOÀN|BỆNH VIỆN|THANH TRA|BỘ)(?![\p{L}\p{N}])/u;
  const parentLike = /^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỈNH ỦY|HUYỆN ỦY)\s+\S/u;
  return parentLike.test(first) && agencyStart.test(second) && !/^ỦY BAN NHÂN DÂN$/u.test(first);
}

function dateOf(day: string, month: string, year: string | undefined, notes: Notes, f: Frag): string | null {
  if (!year) return null;
  const d = day.replace(/\D/g, '');
  const m = month.replace(/\D/g, '');
  if (!m) return year;
  const mm = m.padStart(2, '0');
  if (!d) return `${year}-${mm}`;
  const date = { year: Number(year), month: Number(m), day: Number(d) };
  if (checkDate(date)) {
    notes.add('import-guess', { what: 'date', text: f.text }, f.src, 'date');
    return checkDate({ year: date.year, month: date.month }) ? year : `${year}-${mm}`;
  }
  return `${year}-${mm}-${d.padStart(2, '0')}`;
}
