/**
 * Text layout without OpenType shaping, for pdfkit (through fontkit's CommonJS build, the one pdfkit
 * loads). Word applies neither kerning nor ligatures by default, and NFC Vietnamese maps one code
 * point to one precomposed glyph, so a plain cmap lookup gives Word's line widths. It is also an
 * order of magnitude faster than fontkit's shaper, which pdfkit would otherwise run on every word.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontLike {
  glyphsForString(text: string): Glyph[];
  layout(text: string, features?: unknown): unknown;
  __cchcPlainLayout?: boolean;
}

export function plainLayout(font: FontLike, text: string) {
  const glyphs = font.glyphsForString(text);
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

interface Fontkit {
  create(b: Buffer, postscriptName?: string): FontLike;
}
interface TableHolder {
  stream: { buffer: Uint8Array };
  _decodeTable(table: { tag: string }): unknown;
  __cchcTableCache?: boolean;
}

/**
 * Switch the fontkit instance pdfkit uses to plain layout, and decode each font table once per
 * process instead of once per document (pdfkit parses the font file for every PDF; tables decoded
 * from the same Buffer object are shared, read-only). Idempotent.
 */
export function usePlainLayoutInPdfkit(sample: Buffer): void {
  const fontkit = require('fontkit') as Fontkit;
  const proto = Object.getPrototypeOf(fontkit.create(sample)) as FontLike;
  if (proto.__cchcPlainLayout) return;
  proto.layout = function (this: FontLike, text: string) {
    return plainLayout(this, text);
  };
  proto.__cchcPlainLayout = true;
  const tables = proto as unknown as TableHolder;
  if (!tables.__cchcTableCache) {
    const decode = tables._decodeTable;
    const cache = new WeakMap<Uint8Array, Map<string, unknown>>();
    tables._decodeTable = function (this: TableHolder, table: { tag: string }) {
      const buffer = this.stream.buffer;
      let byTag = cache.get(buffer);
      if (!byTag) cache.set(buffer, (byTag = new Map()));
      if (!byTag.has(table.tag)) byTag.set(table.tag, decode.call(this, table));
      return byTag.get(table.tag);
    };
    tables.__cchcTableCache = true;
  }
}
