/**
 * The fonts pdfkit embeds (speed only):
 *
 * - `parsedFonts`: pdfkit parses each font file again for every document (`fontkit.create`). The
 *   renderer's private copy of pdfkit is given its own `fontkit` object, which answers `create`
 *   for our font Buffers with the font parsed once per process (fontkit's decoded tables and
 *   glyphs); every other call goes to fontkit itself. fontkit is not changed.
 * - `subset`: the fonts we hand pdfkit make their subsets with `subset.ts` (straight from the font
 *   file's bytes) instead of fontkit's generic table codec. Only our own font objects are changed.
 */
import { fontkit, parsedFont, type FontkitFont } from '../fonts.js';
import { readSfnt, TrueTypeSubset } from '../subset.js';
import { SWITCHES } from './switches.js';

/** Our font Buffers (the only ones answered from the cache). */
const ours = new WeakSet<Uint8Array>();
/** Fonts whose createSubset was given our subsetter. */
const withSubsetter = new WeakSet<FontkitFont>();

export function registerFontBuffers(buffers: Uint8Array[]): void {
  for (const b of buffers) ours.add(b);
}

function withOurSubsetter(font: FontkitFont, buffer: Uint8Array): FontkitFont {
  if (withSubsetter.has(font)) return font;
  const sfnt = readSfnt(buffer);
  if (sfnt) {
    const own = font.createSubset;
    font.createSubset = function (this: FontkitFont) {
      if (!SWITCHES.subset.on) return own.call(this);
      SWITCHES.subset.hits++;
      return new TrueTypeSubset(sfnt);
    };
  }
  withSubsetter.add(font);
  return font;
}

/** The `fontkit` the private copy of pdfkit sees: fontkit's own functions, `create` answered for our fonts. */
export function fontkitForPdfkit(): object {
  return {
    ...(fontkit as object),
    create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
      if (!ours.has(buffer) || postscriptName != null) return fontkit.create(buffer, postscriptName);
      if (SWITCHES.parsedFonts.on) {
        SWITCHES.parsedFonts.hits++;
        return withOurSubsetter(parsedFont(buffer), buffer);
      }
      return withOurSubsetter(fontkit.create(buffer), buffer);
    },
  };
}
