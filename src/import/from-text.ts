/**
 * A text (UTF-8, UTF-16 with a byte-order mark, or legacy TCVN3/VNI bytes), or Markdown, as the
 * importer's lines: one line per physical line, with its indentation; page furniture (page
 * numbers alone on a line, rule lines, OCR specks) dropped with a note. Paragraphs are assembled
 * later (see assemble.ts), once the header and the signature block, which come as short lines in
 * two columns, have been taken out.
 */
import { detectLegacyVietnamese } from '../text/legacy.js';
import { parseInline } from '../text/inline.js';
import { collapse, share } from './inline.js';
import { convertLegacy } from './legacy.js';
import { excerpt, type Notes } from './notes.js';
import type { Block, Line, Piece, Source } from './types.js';

export const TEXT_LIMITS = { bytes: 4 * 1024 * 1024, lines: 100_000 } as const;

export type TextProblem = { code: 'import-encoding'; offset: number } | { code: 'import-too-large'; what: 'text-size' | 'lines'; value: number; max: number };

/** Decode the bytes of a text file: BOM-marked UTF-8/UTF-16, UTF-8, or 8-bit legacy Vietnamese. */
export function decodeText(bytes: Uint8Array, notes: Notes): { text?: string; problem?: TextProblem } {
  if (bytes.length > TEXT_LIMITS.bytes) return { problem: { code: 'import-too-large', what: 'text-size', value: bytes.length, max: TEXT_LIMITS.bytes } };
  let text: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: an 8-bit file typed in TCVN3 or VNI (Latin-1 bytes), or something else.
      const latin = new TextDecoder('windows-1252').decode(bytes);
      const legacy = detectLegacyVietnamese(latin);
      if (!legacy) return { problem: { code: 'import-encoding', offset: firstBadByte(bytes) } };
      text = latin;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const legacy = detectLegacyVietnamese(text);
  if (legacy) {
    // TCVN3 and VNI share many bytes: the conversion that reads as more common Vietnamese words wins.
    const tcvn3 = convertLegacy(text, 'TCVN3 (ABC)');
    const vni = convertLegacy(text, 'VNI Windows');
    const encoding = commonWords(vni) > commonWords(tcvn3) ? 'VNI Windows' : 'TCVN3 (ABC)';
    notes.add('import-legacy-text', { encoding, sample: legacy.sample });
    text = encoding === 'VNI Windows' ? vni : tcvn3;
  }
  return { text: text.normalize('NFC') };
}

const COMMON = new Set('của và các được trong người hành chính cải cách nhân dân năm kế hoạch thực hiện tuyên truyền công tác về cơ quan đơn vị với những theo để trên tổ chức nội dung xã tỉnh huyện phường ủy ban'.split(' '));

/** How many words of a text are among the most common words of Vietnamese plans. */
function commonWords(text: string): number {
  return text.toLocaleLowerCase('vi').split(/[^\p{L}]+/u).filter((w) => COMMON.has(w)).length;
}

function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) return i;
    i += len;
  }
  return bytes.length;
}

const PAGE_NUMBER = /^[-–—\s]*(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?[-–—\s]*$/iu;
const RULE = /^[\s_\-–—=.*~]{3,}$/u;

/** The lines of a text; Markdown headings lose their "#", tables become table blocks. */
export function readTextSource(text: string, file: string, format: 'text' | 'markdown', notes: Notes): { source?: Source; problem?: TextProblem } {
  // A form feed starts a page (pdftotext): a marker line, so a paragraph may run on across it.
  const raw = text.replace(/\f/g, '\n\u000c\n').split(/\r\n|\r|\n/);
  if (raw.length > TEXT_LIMITS.lines) return { problem: { code: 'import-too-large', what: 'lines', value: raw.length, max: TEXT_LIMITS.lines } };
  const blocks: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i].replace(/\s+$/u, '');
    const n = i + 1;
    if (format === 'markdown' && /^\s*\|.*\|\s*$/.test(s)) {
      // A pipe table: consecutive | lines, the |---| separator left out.
      const rows: string[][] = [];
      let j = i;
      for (; j < raw.length && /^\s*\|.*\|\s*$/.test(raw[j]); j++) {
        const cells = raw[j].trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
        if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
        rows.push(cells);
      }
      blocks.push({
        kind: 'table',
        table: { rows: rows.map((r, k) => r.map((c) => (c ? [markdownLine(c, n + k, 0)] : []))), src: { unit: 'line', n }, landscape: false },
      });
      i = j - 1;
      continue;
    }
    if (raw[i] === '\u000c') {
      pageEdge(blocks);
      blocks.push({ kind: 'line', line: { ...blank(n), pageBreak: true } });
      continue;
    }
    if (!s.trim()) {
      const prev = blocks[blocks.length - 1];
      blocks.push({ kind: 'line', line: { ...blank(n), ...(prev?.kind === 'line' && prev.line.pageBreak ? { pageBreak: true } : {}) } });
      continue;
    }
    if (PAGE_NUMBER.test(s)) {
      notes.add('import-dropped', { what: 'page-number', text: s.trim() }, { unit: 'line', n });
      pageEdge(blocks);
      blocks.push({ kind: 'line', line: { ...blank(n), pageBreak: true } });
      continue;
    }
    if (RULE.test(s) && !/[\p{L}\p{N}]/u.test(s)) {
      notes.add('import-dropped', { what: 'rule', text: s.trim() }, { unit: 'line', n });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(s) && s.trim().length <= 3) {
      notes.add('import-dropped', { what: 'furniture', text: s.trim() }, { unit: 'line', n });
      continue;
    }
    const indent = s.length - s.trimStart().replace(/^\t+/, '').length + (s.match(/^\t*/)?.[0].length ?? 0) * 3;
    if (format === 'markdown') {
      s = s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
      blocks.push({ kind: 'line', line: markdownLine(s.trim(), n, indent) });
    } else blocks.push({ kind: 'line', line: textLine(s, n, indent) });
  }
  dropRunningHeaders(blocks, notes);
  const units = raw.length;
  return { source: { file, format, blocks, units } };
}

/**
 * A running header or footer of a copied PDF: the same line first (or last) on two or more pages.
 * Dropped with a note; the blank lines around it go with the page break.
 */
function dropRunningHeaders(blocks: Block[], notes: Notes): void {
  const edges: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line' || !b.line.pageBreak) continue;
    let before = i - 1;
    while (before >= 0 && blocks[before].kind === 'line' && !(blocks[before] as { line: Line }).line.text) before--;
    let after = i + 1;
    while (after < blocks.length && blocks[after].kind === 'line' && !(blocks[after] as { line: Line }).line.text) after++;
    if (before >= 0) edges.push(before);
    if (after < blocks.length) edges.push(after);
  }
  const seen = new Map<string, number[]>();
  for (const i of new Set(edges)) {
    const b = blocks[i];
    if (b.kind !== 'line') continue;
    const key = b.line.text;
    if (key.length > 120 || /[.;:]$/.test(key)) continue;
    seen.set(key, [...(seen.get(key) ?? []), i]);
  }
  const drop = new Set<number>();
  for (const [text, at] of seen) {
    if (at.length < 2) continue;
    for (const i of at) {
      drop.add(i);
      notes.add('import-dropped', { what: 'furniture', text }, (blocks[i] as { line: Line }).line.src);
    }
  }
  for (const i of [...drop].sort((a, b) => b - a)) blocks.splice(i, 1, { kind: 'line', line: { ...blank((blocks[i] as { line: Line }).line.src.n), pageBreak: true } });
}

/** The blank lines just before a page break belong to it (they do not end a paragraph). */
function pageEdge(blocks: Block[]): void {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind !== 'line' || b.line.text) break;
    b.line.pageBreak = true;
  }
}

function blank(n: number): Line {
  return { text: '', pieces: [], auto: '', bold: 'none', italic: 'none', src: { unit: 'line', n }, indent: 0 };
}

export function textLine(s: string, n: number, indent: number): Line {
  const pieces: Piece[] = [{ text: s.trim(), bold: false, italic: false }];
  const line: Line = { text: collapse(s), pieces, auto: '', bold: 'none', italic: 'none', src: { unit: 'line', n }, indent };
  const columns = gapColumns(s.trim());
  if (columns) {
    line.columns = columns.map((c) => [{ text: c, bold: false, italic: false }]);
    let at = 0;
    line.columnStarts = columns.map((c) => {
      const i = s.indexOf(c, at);
      at = i + c.length;
      return i;
    });
  }
  return line;
}

/** Markdown inline marks (**bold**, *italic*) are the plan's own syntax: read them into pieces. */
function markdownLine(s: string, n: number, indent: number): Line {
  const runs = parseInline(s.replace(/(?<!\\)__(.+?)__/g, '**$1**')).runs;
  const pieces: Piece[] = runs.map((r) => ({ text: r.text, bold: !!r.bold, italic: !!r.italic }));
  return { text: collapse(pieces.map((p) => p.text).join('')), pieces, auto: '', bold: share(pieces, 'bold'), italic: share(pieces, 'italic'), src: { unit: 'line', n }, indent };
}

/** Columns of a line typed in two columns with tabs or three or more spaces. */
export function gapColumns(s: string): string[] | undefined {
  const parts = s.split(/\t+| {3,}|\u00a0{3,}/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 ? parts : undefined;
}

export { excerpt };
