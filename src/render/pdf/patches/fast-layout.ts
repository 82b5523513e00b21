/**
 * Adjustments to the fontkit and pdfkit code that lays out and embeds text (their CommonJS builds):
 *
 * 1. Text layout without OpenType shaping. Word applies neither kerning nor ligatures by default,
 *    and NFC Vietnamese maps one code point to one precomposed glyph, so a plain cmap lookup gives
 *    Word's line widths — and is an order of magnitude faster than the shaper pdfkit would run on
 *    every word. pdfkit's own per-word layout loop is replaced by one pass over a per-font table of
 *    glyph records (same glyphs, positions and widths, summed in the same order).
 * 2. One parsed font per font file per process. pdfkit calls fontkit.create() for every document;
 *    our font Buffers are registered once, and a small fontkit "format" hands pdfkit the already
 *    parsed font (its decoded tables and glyphs) instead of parsing the file again.
 * 3. Subsets written by `subset.ts` straight from the font's bytes. Each document still makes its
 *    own subset, so output stays byte-identical.
 */
import { createRequire } from 'node:module';
import { fastPathsEnabled, throwawayPdfkitDocument } from './fast-paths.js';
import { readSfnt, TrueTypeSubset } from '../subset.js';

const require = createRequire(import.meta.url);

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontLike {
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, features?: unknown): unknown;
  createSubset(): unknown;
  __cchcPlainLayout?: boolean;
}
interface FontClass {
  probe(buffer: Uint8Array): boolean;
  new (stream: { buffer: Uint8Array }): FontLike;
}
interface Fontkit {
  create(b: Uint8Array, postscriptName?: string): FontLike;
  registerFormat(format: unknown): void;
}

export function plainLayout(font: FontLike, text: string) {
  const table = glyphTable(font);
  const glyphs: Glyph[] = [];
  for (const ch of text) glyphs.push(glyphOf(font, table, ch.codePointAt(0)!));
  const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  // Like fontkit's GlyphRun, the width is derived from the positions (pdfkit scales them in place).
  return {
    glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((a, p) => a + p.xAdvance, 0);
    },
  };
}

const parsed = new WeakMap<Uint8Array, FontLike>();
let installed = false;

/**
 * Glyph records by code point, one table per font, shared by every document of the process. Our
 * own records carry the code point they were typed as: fontkit's glyph objects are cached per font
 * and may have been created without one (as a component of a composite glyph), which would lose
 * the character from the PDF's text layer (ToUnicode) once the font is shared.
 */
const glyphTables = new WeakMap<FontLike, Map<number, Glyph>>();
function glyphTable(font: FontLike): Map<number, Glyph> {
  let table = glyphTables.get(font);
  if (!table) {
    table = new Map();
    glyphTables.set(font, table);
  }
  return table;
}
function glyphOf(font: FontLike, table: Map<number, Glyph>, codePoint: number): Glyph {
  let g = table.get(codePoint);
  if (!g) {
    const fk = font.glyphForCodePoint(codePoint);
    g = { id: fk.id, advanceWidth: fk.advanceWidth, codePoints: [codePoint] };
    table.set(codePoint, g);
  }
  return g;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface EmbeddedFontLike {
  font: FontLike;
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number };
}

/**
 * pdfkit's EmbeddedFont.layout, without shaping: the same glyphs, positions and width (summed in
 * the same order, word by word, so every float is the same) straight from a per-font table of glyph
 * records, instead of a fontkit run per word concatenated into ever longer arrays.
 */
export function fastEmbeddedLayout(this: EmbeddedFontLike, text: string, onlyWidth?: boolean) {
  const table = glyphTable(this.font);
  const scale = this.scale;
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
  const positions: Position[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const g = glyphOf(this.font, table, codePoint);
    const x = g.advanceWidth * scale;
    word += x;
    if (glyphs) {
      glyphs.push(g);
      positions!.push({ xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: x });
    }
    // pdfkit measures word by word, a word ending after a space or tab.
    if (codePoint === 0x20 || codePoint === 0x09) {
      advanceWidth += word;
      word = 0;
    }
  }
  advanceWidth += word;
  return { glyphs, positions, advanceWidth };
}

/**
 * Register font buffers (idempotent) and install the adjustments once per process: plain layout,
 * one parsed font per file, and our TrueType subsetter for fonts with TrueType outlines.
 */
export function prepareFontsForPdfkit(buffers: Uint8Array[]): void {
  const fontkit = require('fontkit') as Fontkit;
  for (const b of buffers) {
    if (parsed.has(b)) continue;
    const font = fontkit.create(b);
    const sfnt = readSfnt(b);
    if (sfnt) font.createSubset = () => new TrueTypeSubset(sfnt);
    parsed.set(b, font);
  }
  if (installed) return;
  const sample = parsed.get(buffers[0])!;
  const proto = Object.getPrototypeOf(sample) as FontLike;
  proto.layout = function (this: FontLike, text: string) {
    return plainLayout(this, text);
  };
  // Registered buffers skip their own format's probe and are answered by the cached-font format.
  const TrueType = proto.constructor as unknown as FontClass;
  const probe = TrueType.probe.bind(TrueType);
  TrueType.probe = (buffer: Uint8Array) => !parsed.has(buffer) && probe(buffer);
  class ParsedFont {
    static probe(buffer: Uint8Array): boolean {
      return parsed.has(buffer);
    }
    constructor(stream: { buffer: Uint8Array }) {
      return parsed.get(stream.buffer)!;
    }
  }
  fontkit.registerFormat(ParsedFont);

  // pdfkit's EmbeddedFont class is not exported: take it from a font of a throwaway document.
  const embedded = Object.getPrototypeOf(throwawayPdfkitDocument().font(buffers[0])._font) as EmbeddedFontLike;
  const original = embedded.layout;
  embedded.layout = function (this: EmbeddedFontLike, text: string, features?: unknown, onlyWidth?: boolean) {
    return features || !fastPathsEnabled() ? original.call(this, text, features, onlyWidth) : fastEmbeddedLayout.call(this, text, onlyWidth);
  };
  installed = true;
}
