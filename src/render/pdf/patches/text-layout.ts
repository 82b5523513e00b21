/**
 * pdfkit's text layout without shaping, from a per-font table of glyph records (speed only).
 *
 * Our documents ask for no OpenType features (`NO_SHAPING`, see ../fonts.ts); pdfkit then has
 * fontkit lay out every piece of text through its whole shaping machinery, which with no feature
 * on gives each character's cmap glyph at its advance width. For text of plain characters (see
 * `plainGlyphs`) this patch gives the same glyphs, positions and width (scaled and summed in the
 * same order, so every float is the same) without calling fontkit; any other text and any other
 * `features` go to pdfkit's own code.
 *
 * Patches `EmbeddedFont.prototype.layout` of the renderer's private copy of pdfkit (the class is
 * not exported: its prototype is taken from a font of a document never written).
 */
import { isNoShaping, plainGlyphs, type FontkitFont, type FontkitGlyph } from '../fonts.js';
import { SWITCHES } from './switches.js';

const sw = SWITCHES.textLayout;

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
export interface EmbeddedFontLike {
  font: FontkitFont;
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: FontkitGlyph[] | null; positions: Position[] | null; advanceWidth: number };
}

export function patchTextLayout(proto: EmbeddedFontLike): void {
  const original = proto.layout;
  proto.layout = function (this: EmbeddedFontLike, text: string, features?: unknown, onlyWidth?: boolean) {
    const glyphs = sw.on && isNoShaping(features) ? plainGlyphs(this.font, text) : undefined;
    if (!glyphs) return original.call(this, text, features, onlyWidth);
    sw.hits++;
    // pdfkit's layoutRun: each position scaled by 1000 / unitsPerEm, advanceWidth summed over them.
    const scale = this.scale;
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (const g of glyphs) {
      const x = g.advanceWidth * scale;
      positions.push({ xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: x });
      advanceWidth += x;
    }
    return { glyphs, positions, advanceWidth };
  };
}
