/**
 * Justified paragraphs, broken into lines here and handed to pdfmake as finished lines.
 *
 * pdfmake justifies a line by spreading its slack over every boundary between its inline pieces,
 * including boundaries that are not spaces (a bold word and the comma after it; "122/KH-" |
 * "UBND", the pieces of `breakPieces`), which opens gaps inside words. Word and LibreOffice stretch
 * only the spaces. So the paragraph is broken into lines exactly as pdfmake would break it (its
 * TextBreaker, TextInlines.measure and LayoutBuilder.buildNextLine, replicated below with the same
 * `linebreak` package and pdfkit's own widths), and each line is given back to pdfmake as
 * left-aligned pieces ending in a forced line break, in which the slack of the line is put after
 * its spaces only: the space (or the character before it) becomes a piece of its own whose
 * `characterSpacing` widens it. No glyph other than a space moves from where a justifying word
 * processor puts it.
 */
import { createRequire } from 'node:module';
import type { FontStyle } from '../../text/metrics.js';

const require = createRequire(import.meta.url);
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): { position: number; required: boolean } | null };

/** An inline piece of a paragraph, as definition.ts writes them. */
export interface Piece {
  text: string;
  bold?: boolean;
  italics?: boolean;
  noWrap?: boolean;
}

/** A piece of a finished line: pdfmake lays it out as it is (noWrap). */
export interface LinePiece {
  text: string;
  bold?: boolean;
  italics?: boolean;
  noWrap?: true;
  characterSpacing?: number;
}

/** The paragraph's style: what pdfmake's style stack answers for the paragraph itself. */
export interface ParagraphStyle {
  fontSize: number;
  bold?: boolean;
  italics?: boolean;
  leadingIndent?: number;
}

export type TextWidth = (text: string, style: FontStyle, sizePt: number) => number;

interface Inline {
  text: string;
  bold: boolean;
  italics: boolean;
  noWrap: boolean;
  lineEnd?: boolean;
  noNewLine?: boolean;
  width: number;
  leadingCut: number;
  trailingCut: number;
  x: number;
}

// pdfmake's TextBreaker: words are what the Unicode line breaking algorithm allows a break after.
function splitWords(text: string, noWrap: boolean): { text: string; lineEnd?: boolean }[] {
  if (noWrap) return [{ text }];
  if (text.length === 0) return [{ text: '' }];
  const words: { text: string; lineEnd?: boolean }[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  let bk;
  while ((bk = breaker.nextBreak())) {
    let word = text.slice(last, bk.position);
    if (bk.required || /\r?\n$|\r$/.test(word)) {
      word = word.replace(/\r?\n$|\r$/, '');
      words.push({ text: word, lineEnd: true });
    } else {
      words.push({ text: word });
    }
    last = bk.position;
  }
  return words;
}

function firstWord(words: { text: string }[], noWrap: boolean): string | null {
  let word = words[0];
  if (word === undefined) return null;
  if (noWrap) {
    word = splitWords(word.text, false)[0];
    if (word === undefined) return null;
  }
  return word.text;
}

function lastWord(words: { text: string; lineEnd?: boolean }[], noWrap: boolean): string | null {
  let word = words[words.length - 1];
  if (word === undefined || word.lineEnd) return null;
  if (noWrap) {
    const all = splitWords(word.text, false);
    word = all[all.length - 1];
    if (word === undefined) return null;
  }
  return word.text;
}

/** pdfmake's TextBreaker.getBreaks and TextInlines.measure for the pieces of one paragraph. */
function inlinesOf(pieces: Piece[], para: ParagraphStyle, widthOf: (text: string, inline: Pick<Inline, 'bold' | 'italics'>) => number): Inline[] {
  const out: Inline[] = [];
  let previousLast: string | null = null;
  pieces.forEach((piece, i) => {
    const noWrap = !!piece.noWrap;
    const words = splitWords(piece.text, noWrap);
    if (previousLast !== null && words.length) {
      // `lastWord + firstWord` as pdfmake writes it (a null first word would read "null").
      if (splitWords(`${previousLast}${firstWord(words, noWrap)}`, false).length === 1) out[out.length - 1].noNewLine = true;
    }
    const bold = piece.bold ?? !!para.bold;
    const italics = piece.italics ?? !!para.italics;
    for (const w of words) {
      out.push({ text: w.text, ...(w.lineEnd ? { lineEnd: true } : {}), bold, italics, noWrap, width: 0, leadingCut: 0, trailingCut: 0, x: 0 });
    }
    previousLast = i + 1 < pieces.length ? lastWord(words, noWrap) : null;
  });
  if (out.length && para.leadingIndent) out[0].leadingCut = -para.leadingIndent;
  for (const inline of out) {
    inline.width = widthOf(inline.text, inline);
    const leading = /^\s+/.exec(inline.text);
    if (leading) inline.leadingCut += widthOf(leading[0], inline);
    const trailing = /\s+$/.exec(inline.text);
    inline.trailingCut = trailing ? widthOf(trailing[0], inline) : 0;
  }
  return out;
}

/** pdfmake's Line. */
class Line {
  leadingCut = 0;
  trailingCut = 0;
  inlineWidths = 0;
  inlines: Inline[] = [];
  newLineForced = false;
  lastLineInParagraph = false;
  constructor(readonly maxWidth: number) {}
  addInline(inline: Inline): void {
    if (this.inlines.length === 0) this.leadingCut = inline.leadingCut || 0;
    this.trailingCut = inline.trailingCut || 0;
    inline.x = this.inlineWidths - this.leadingCut;
    this.inlines.push(inline);
    this.inlineWidths += inline.width;
    if (inline.lineEnd) this.newLineForced = true;
  }
  getWidth(): number {
    return this.inlineWidths - this.leadingCut - this.trailingCut;
  }
  getAvailableWidth(): number {
    return this.maxWidth - this.getWidth();
  }
  hasEnoughSpaceForInline(inline: Inline, next: Inline[]): boolean {
    if (this.inlines.length === 0) return true;
    if (this.newLineForced) return false;
    let width = inline.width;
    let trailingCut = inline.trailingCut || 0;
    if (inline.noNewLine) {
      for (const n of next) {
        width += n.width;
        trailingCut += n.trailingCut || 0;
        if (!n.noNewLine) break;
      }
    }
    return this.inlineWidths + width - this.leadingCut - trailingCut <= this.maxWidth;
  }
}

/** pdfmake's LayoutBuilder.buildNextLine: the next line of the remaining inlines. */
function nextLine(inlines: Inline[], maxWidth: number, widthOf: (text: string, inline: Inline) => number): Line {
  const line = new Line(maxWidth);
  let forceContinue = false;
  while (inlines.length > 0 && (line.hasEnoughSpaceForInline(inlines[0], inlines.slice(1)) || forceContinue)) {
    let hardWrap = false;
    const inline = inlines.shift()!;
    if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      // The longest start of the word that fits (binary search over UTF-16 units, as pdfmake).
      const available = line.getAvailableWidth();
      let low = 1;
      let high = inline.text.length;
      let fit = 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        if (widthOf(inline.text.substring(0, mid), inline) <= available) {
          fit = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      if (fit < inline.text.length) {
        const rest: Inline = { ...inline, text: inline.text.substr(fit) };
        inline.text = inline.text.substr(0, fit);
        rest.width = widthOf(rest.text, rest);
        inline.width = widthOf(inline.text, inline);
        inlines.unshift(rest);
        hardWrap = true;
      }
    }
    line.addInline(inline);
    forceContinue = !!inline.noNewLine && !hardWrap;
  }
  line.lastLineInParagraph = inlines.length === 0;
  return line;
}

/**
 * Room left at the end of each justified line, so that pdfmake's own sums of the pieces' widths
 * (in another order than ours) can never find the line a hair too long.
 */
const EPSILON = 1e-7;

const TRAILING_SPACE = /\s+$/;
const isSpace = (text: string) => /^\s*$/.test(text);

/** The pieces of a justified line: its slack after the spaces that end an inline piece. */
function justify(line: Line, widthOf: (text: string, inline: Pick<Inline, 'bold' | 'italics'>) => number): LinePiece[] {
  const inlines = line.inlines;
  const piece = (text: string, inline: Pick<Inline, 'bold' | 'italics'>, characterSpacing?: number): LinePiece => ({
    text,
    ...(inline.bold ? { bold: true } : {}),
    ...(inline.italics ? { italics: true } : {}),
    noWrap: true,
    ...(characterSpacing ? { characterSpacing } : {}),
  });
  const gaps = inlines.map((inline, i) => i > 0 && /\s$/.test(inlines[i - 1].text));
  const count = gaps.filter(Boolean).length;
  const slack = line.maxWidth - line.getWidth();
  if (line.newLineForced || line.lastLineInParagraph || inlines.length < 2 || count === 0 || slack <= 0) {
    return inlines.map((inline) => piece(inline.text, inline));
  }
  const extra = (slack - EPSILON) / count;
  const out: LinePiece[] = [];
  /** Text of the next inline already written (its first character, taken by a widened space). */
  let taken = 0;
  inlines.forEach((inline, i) => {
    const text = inline.text.slice(taken);
    taken = 0;
    if (!gaps[i + 1]) {
      if (text) out.push(piece(text, inline));
      return;
    }
    const space = TRAILING_SPACE.exec(text)![0];
    const body = text.slice(0, text.length - space.length);
    if (body) {
      // "…X" + "X␣" widened: X stays, the space and all that follows move by `extra`.
      // The last character (two UTF-16 units for a surrogate pair).
      const last = body.length > 1 && /[\ud800-\udbff][\udc00-\udfff]$/.test(body) ? 2 : 1;
      const start = body.slice(0, body.length - last);
      const end = body.slice(body.length - last) + space;
      if (start) out.push(piece(start, inline));
      out.push(piece(end, inline, extra / (end.length - 1)));
      return;
    }
    // A piece that is only spaces (a run starting with a space, or what a widened space left).
    const next = inlines[i + 1];
    const y = next.text[0];
    const before = out[out.length - 1];
    const x = before && !before.characterSpacing ? /(?:[\ud800-\udbff][\udc00-\udfff]|\S)$/.exec(before.text) : null;
    if (x) {
      // The character before and the spaces, in that character's style: it stays where it is.
      out.pop();
      const start = before.text.slice(0, before.text.length - x[0].length);
      if (start) out.push({ ...before, text: start });
      const style = { bold: !!before.bold, italics: !!before.italics };
      const end = x[0] + space;
      out.push(piece(end, style, (widthOf(space, inline) + extra - widthOf(space, style)) / (end.length - 1)));
    } else if (next.text.length > 0 && !/[\ud800-\udfff]/.test(y) && !isSpace(y)) {
      // The spaces and the next character, in the next piece's style, that character where it
      // belongs (not a surrogate pair, whose two units pdfmake would count as two characters).
      const spacing = (widthOf(space, inline) + extra - widthOf(space, next)) / space.length;
      out.push(piece(space + y, next, spacing));
      taken = 1;
    } else if (space.length >= 2) {
      out.push(piece(space, inline, extra / (space.length - 1)));
    } else {
      // One space right after a widened one and before a character outside the BMP (two runs'
      // spaces side by side, then an emoji): not widened, the line ends that much short.
      out.push(piece(space, inline));
    }
  });
  return out;
}

/**
 * The pieces of a justified paragraph as finished lines: each line's pieces, then a forced line
 * break (except after the last line). `maxWidth` is the width pdfmake gives the paragraph.
 */
export function justifiedLines(pieces: Piece[], para: ParagraphStyle, maxWidth: number, textWidth: TextWidth): (LinePiece | { text: string })[] {
  // pdfmake's TextInlines.widthOfText: pdfkit's width at the paragraph's size (no character spacing).
  const widthOf = (text: string, inline: Pick<Inline, 'bold' | 'italics'>) => textWidth(text, { bold: inline.bold, italic: inline.italics }, para.fontSize) + 0 * (text.length - 1);
  const inlines = inlinesOf(pieces, para, widthOf);
  const out: (LinePiece | { text: string })[] = [];
  while (inlines.length > 0) {
    const line = nextLine(inlines, maxWidth, widthOf);
    out.push(...justify(line, widthOf));
    if (inlines.length > 0) out.push({ text: '\n' });
  }
  return out;
}
