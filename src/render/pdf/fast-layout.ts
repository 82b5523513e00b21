/**
 * Two adjustments to the fontkit instance pdfkit uses (its CommonJS build):
 *
 * 1. Text layout without OpenType shaping. Word applies neither kerning nor ligatures by default,
 *    and NFC Vietnamese maps one code point to one precomposed glyph, so a plain cmap lookup gives
 *    Word's line widths — and is an order of magnitude faster than the shaper pdfkit would run on
 *    every word.
 * 2. One parsed font per font file per process. pdfkit calls fontkit.create() for every document;
 *    our font Buffers are registered once, and a small fontkit "format" hands pdfkit the already
 *    parsed font (its decoded tables and glyphs) instead of parsing the file again. Each document
 *    still makes its own subset, so output stays byte-identical.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontLike {
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, features?: unknown): unknown;
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
  // Our own glyph records carry the code point they were typed as: fontkit's glyph objects are cached
  // per font and may have been created without one (as a component of a composite glyph), which
  // would lose the character from the PDF's text layer (ToUnicode) once the font is shared.
  const glyphs: Glyph[] = [];
  for (const ch of text) {
    const codePoint = ch.codePointAt(0)!;
    const g = font.glyphForCodePoint(codePoint);
    glyphs.push({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [codePoint] });
  }
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

/** Register font buffers (idempotent) and install the two adjustments once per process. */
export function prepareFontsForPdfkit(buffers: Uint8Array[]): void {
  const fontkit = require('fontkit') as Fontkit;
  for (const b of buffers) if (!parsed.has(b)) parsed.set(b, fontkit.create(b));
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
  installed = true;
}
