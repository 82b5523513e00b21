/**
 * The fonts of a PDF as pdfkit lays them out, through fontkit's public API only.
 *
 * Word applies neither kerning nor ligatures by default, and NFC Vietnamese maps one code point to
 * one precomposed glyph, so text is laid out without OpenType features: the document definition
 * asks pdfmake for `fontFeatures: NO_SHAPING`, which pdfmake hands to pdfkit and pdfkit to
 * fontkit's `layout(text, features)`. This module computes the same widths (pdfkit's arithmetic on
 * fontkit's glyph advances), for the line breaker of justified paragraphs (lines.ts) and for the
 * faster text layout in patches/text-layout.ts, which must give what fontkit gives.
 */
import { createRequire } from 'node:module';
import type { FontFiles, FontStyle, TextMeasurer } from '../../text/metrics.js';

const require = createRequire(import.meta.url);

/**
 * Every OpenType feature fontkit applies by default (its default shaper's set), turned off. A
 * fontkit `layout` with these features off puts each character's cmap glyph at its advance width.
 */
export const NO_SHAPING: Readonly<Record<string, boolean>> = Object.freeze(
  Object.fromEntries(
    ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map((f) => [f, false]),
  ),
);

/** Whether `features` (pdfkit's `features` argument) asks for no shaping at all. */
export function isNoShaping(features: unknown): boolean {
  if (features === NO_SHAPING) return true;
  if (!features || typeof features !== 'object' || Array.isArray(features)) return false;
  const f = features as Record<string, unknown>;
  return Object.keys(NO_SHAPING).every((k) => f[k] === false) && Object.values(f).every((v) => v === false);
}

export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
export interface FontkitFont {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[]; positions: Position[] };
  createSubset(): unknown;
}
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}

/** fontkit, shared with the rest of the process and never changed. */
export const fontkit = require('fontkit') as Fontkit;

/** The same Buffer objects for the same fonts, so each file is parsed once and found by identity. */
const buffers = new WeakMap<FontFiles, Record<'regular' | 'bold' | 'italic' | 'boldItalic', Buffer>>();
export function fontBuffers(fonts: FontFiles): Record<'regular' | 'bold' | 'italic' | 'boldItalic', Buffer> {
  let b = buffers.get(fonts);
  if (!b) {
    b = { regular: Buffer.from(fonts.regular), bold: Buffer.from(fonts.bold), italic: Buffer.from(fonts.italic), boldItalic: Buffer.from(fonts.boldItalic) };
    buffers.set(fonts, b);
  }
  return b;
}

const parsed = new WeakMap<Uint8Array, FontkitFont>();
/** One fontkit font per font Buffer, parsed once per process (fontkit's public `create`). */
export function parsedFont(buffer: Uint8Array): FontkitFont {
  let font = parsed.get(buffer);
  if (!font) {
    font = fontkit.create(buffer);
    parsed.set(buffer, font);
  }
  return font;
}

/**
 * Characters whose glyph and advance do not depend on their neighbours when nothing is shaped:
 * Latin and common (punctuation, digits, symbols) characters that are not marks. (A run of other
 * scripts may be shaped by another fontkit shaper, right to left, or have its marks zeroed.)
 */
const PLAIN_SCRIPT = /^[\p{Script=Latin}\p{Script=Common}]$/u;
const MARK = /\p{M}/u;

/** Per font: the glyph record of each code point, or null when fontkit must lay it out itself. */
const glyphTables = new WeakMap<FontkitFont, Map<number, FontkitGlyph | null>>();

/**
 * Record the code points not seen yet: a glyph record when fontkit's `layout(…, NO_SHAPING)` gives
 * exactly the character's cmap glyph at its advance width, null otherwise. The candidates (plain
 * script, not a mark) are laid out together, in one fontkit call: with no feature on, their glyphs
 * do not depend on their neighbours (the tests check this for every character of the fonts).
 * Records carry the code point they were typed as: fontkit's glyph objects are cached per font and
 * may have been made without one (as a component of a composite glyph), which would lose the
 * character from the PDF's text layer once the font is shared.
 */
function learn(font: FontkitFont, table: Map<number, FontkitGlyph | null>, codePoints: number[]): void {
  const candidates: number[] = [];
  for (const codePoint of codePoints) {
    const ch = String.fromCodePoint(codePoint);
    if (PLAIN_SCRIPT.test(ch) && !MARK.test(ch)) candidates.push(codePoint);
    else table.set(codePoint, null);
  }
  if (candidates.length === 0) return;
  const run = font.layout(String.fromCodePoint(...candidates), NO_SHAPING);
  if (run.glyphs.length !== candidates.length && candidates.length > 1) {
    for (const codePoint of candidates) learn(font, table, [codePoint]);
    return;
  }
  candidates.forEach((codePoint, k) => {
    const fk = font.glyphForCodePoint(codePoint);
    const g = run.glyphs[k];
    const p = run.positions[k];
    const plain = run.glyphs.length === candidates.length && g.id === fk.id && p.xAdvance === fk.advanceWidth && !p.yAdvance && !p.xOffset && !p.yOffset;
    table.set(codePoint, plain ? { id: fk.id, advanceWidth: fk.advanceWidth, codePoints: [codePoint] } : null);
  });
}

/** The glyph records of `text`, or undefined when one of its characters is not plain. */
export function plainGlyphs(font: FontkitFont, text: string): FontkitGlyph[] | undefined {
  let table = glyphTables.get(font);
  if (!table) {
    table = new Map();
    glyphTables.set(font, table);
  }
  let unknown: Set<number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    if (!table.has(codePoint)) (unknown ??= new Set()).add(codePoint);
  }
  if (unknown) learn(font, table, [...unknown]);
  const glyphs: FontkitGlyph[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const g = table.get(codePoint);
    if (!g) return undefined;
    glyphs.push(g);
  }
  return glyphs;
}

/**
 * The advance of `text` in pdfkit's units (1000 per em), as pdfkit's EmbeddedFont.layout computes
 * it for `layout(text, NO_SHAPING)`: each position scaled, then summed in order.
 */
export function runAdvance(font: FontkitFont, text: string): number {
  const scale = 1000 / font.unitsPerEm;
  const glyphs = plainGlyphs(font, text);
  let width = 0;
  if (glyphs) {
    for (const g of glyphs) width += g.advanceWidth * scale;
  } else {
    for (const p of font.layout(text, NO_SHAPING).positions) width += p.xAdvance * scale;
  }
  return width;
}

/** What the definition needs to know of the fonts (from the TextMeasurer of the same fonts). */
export interface PdfMetrics {
  /** `TextMeasurer.lineGapFactor()`: pdfmake lines as tall as Word's "single" lines. */
  lineGapFactor: number;
  /** `TextMeasurer.lineHeight()`: the font's ascent − descent over its em, pdfmake's lineHeight 1. */
  lineHeight: number;
  /** Width in points of text as the PDF lays it out (pdfkit's, without shaping); see fonts.ts. */
  textWidth(text: string, style: FontStyle, sizePt: number): number;
}

/** The renderer's metrics of these fonts: line height and gap from the measurer, widths as pdfkit's. */
export function pdfMetrics(fonts: FontFiles, measure: TextMeasurer): PdfMetrics {
  const b = fontBuffers(fonts);
  const face = (s: FontStyle) => parsedFont(s.bold && s.italic ? b.boldItalic : s.bold ? b.bold : s.italic ? b.italic : b.regular);
  return {
    lineGapFactor: measure.lineGapFactor(),
    lineHeight: measure.lineHeight(),
    // pdfkit: EmbeddedFont.widthOfString = layout(text, features).advanceWidth × size / 1000.
    textWidth: (text, style, sizePt) => runAdvance(face(style), text) * (sizePt / 1000),
  };
}
