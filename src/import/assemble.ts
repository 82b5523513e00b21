/**
 * Paragraphs from the lines of a text. A text may hold one paragraph per line, or paragraphs
 * wrapped over several lines (a copy from a PDF or a portal, an OCR result). A new paragraph
 * starts after a blank line, on a line indented more than the wrapped lines (a first-line indent),
 * on a line in two columns, or on a numbering label or a capital after a line that ended a
 * sentence short of the full width. A word broken at a hyphen ("KH-" / "UBND") is joined without a
 * space. DOCX paragraphs are already paragraphs and pass through.
 */
import { parseLabel } from './labels.js';
import type { Line } from './types.js';

const TERMINAL = /[.;:!?…)"”]$/u;

export function assemble(lines: Line[]): Line[] {
  if (!lines.some((l) => l.src.unit === 'line')) return lines.filter((l) => l.text || l.pieces.length);
  const filled = lines.filter((l) => l.text);
  if (!filled.length) return [];
  const lengths = filled.map((l) => l.text.length + (l.indent ?? 0)).sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.8)] ?? 80;
  const indents = new Map<number, number>();
  for (const l of filled) indents.set(l.indent ?? 0, (indents.get(l.indent ?? 0) ?? 0) + 1);
  const base = [...indents].sort((a, b) => b[1] - a[1])[0][0];
  const indentedShare = filled.filter((l) => (l.indent ?? 0) > base + 1).length / filled.length;
  const usesIndent = indentedShare > 0.03 && indentedShare < 0.7;
  // Wrapped text: lines that end mid-sentence and go on in lower case on the next line.
  let wraps = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1].text;
    const b = lines[i].text;
    if (a && b && !TERMINAL.test(a) && /^[\p{Ll}\d(]/u.test(b)) wraps++;
  }
  const wrapped = wraps >= Math.max(2, filled.length * 0.05);

  const out: Line[] = [];
  let cur: Line | undefined;
  let prev: Line | undefined;
  const close = () => {
    if (cur) out.push(cur);
    cur = undefined;
  };
  for (const l of lines) {
    if (!l.text && l.pageBreak) continue;
    if (!l.text) {
      close();
      prev = undefined;
      continue;
    }
    const short = !!prev && prev.text.length + (prev.indent ?? 0) < full * 0.75;
    const label = parseLabel(l.text);
    const starts =
      !cur ||
      !prev ||
      !wrapped ||
      !!l.columns ||
      !!prev.columns ||
      (usesIndent && (l.indent ?? 0) > base + 1) ||
      (!!label && (usesIndent ? short && TERMINAL.test(prev.text) : TERMINAL.test(prev.text) || short || /^\p{Lu}/u.test(label.rest))) ||
      (short && TERMINAL.test(prev.text) && /^[\p{Lu}“"(]/u.test(l.text));
    // A line that ends mid-sentence, followed by one that goes on in lower case: one paragraph,
    // whatever the text does elsewhere (a sentence broken by a page break, say).
    const goesOn = !!cur && !!prev && !label && !l.columns && !prev.columns && !TERMINAL.test(prev.text) && /^\p{Ll}/u.test(l.text) && !(usesIndent && (l.indent ?? 0) > base + 1);
    if (starts && !goesOn) {
      close();
      cur = { ...l, pieces: [...l.pieces] };
      delete cur.columns;
      if (l.columns) cur.columns = l.columns;
    } else if (cur) {
      const joinTight = /[\p{L}\p{N}]-$/u.test(cur.text) && !/\s-$/u.test(cur.text);
      cur.pieces.push({ text: joinTight ? '' : ' ', bold: false, italic: false }, ...l.pieces);
      cur.text = joinTight ? cur.text + l.text : `${cur.text} ${l.text}`;
      if (cur.bold !== l.bold) cur.bold = 'mixed';
      if (cur.italic !== l.italic) cur.italic = 'mixed';
    }
    prev = l;
  }
  close();
  return out;
}
