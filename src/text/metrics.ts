/**
 * Text measurement with real font metrics (Tinos is metric-compatible with Times New Roman), so the
 * lines under the motto, issuer and summary get their exact Decree-30 lengths in every emitter.
 */
import { createRequire } from 'node:module';
import type * as FontkitTypes from 'fontkit';

// The CommonJS build, the one pdfkit loads too: one copy of fontkit in memory, parsed once.
const fontkit = createRequire(import.meta.url)('fontkit') as typeof FontkitTypes;

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export type FontStyle = { bold?: boolean; italic?: boolean };

export interface TextMeasurer {
  /** Width of one line of text in points. */
  width(text: string, sizePt: number, style?: FontStyle): number;
  /** Characters the font has no glyph for. */
  missing(text: string, style?: FontStyle): string[];
  /**
   * Word's "single" line is ascent + descent + line gap; pdfmake's lineHeight 1 is ascent + descent.
   * This ratio makes one pdfmake line as tall as one Word line of the same font.
   */
  lineGapFactor(): number;
  /**
   * Height of one line of the regular font without its line gap (ascent − descent), as a multiple
   * of the font size: what pdfmake's lineHeight 1 is.
   */
  lineHeight(): number;
}

export function createMeasurer(files: FontFiles): TextMeasurer {
  const cache = new Map<string, FontkitTypes.Font>();
  const font = (style: FontStyle = {}) => {
    const key = style.bold && style.italic ? 'boldItalic' : style.bold ? 'bold' : style.italic ? 'italic' : 'regular';
    let f = cache.get(key);
    if (!f) {
      f = fontkit.create(files[key]);
      cache.set(key, f);
    }
    return f;
  };
  const widths = new Map<string, number>();
  return {
    width(text, sizePt, style = {}) {
      const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}|${text}`;
      let units = widths.get(key);
      if (units === undefined) {
        const f = font(style);
        // No kerning or ligatures, as Word lays text out by default (and as the PDF emitter does).
        units = f.glyphsForString(text.normalize('NFC')).reduce((a, g) => a + g.advanceWidth, 0) / f.unitsPerEm;
        widths.set(key, units);
      }
      return units * sizePt;
    },
    lineGapFactor() {
      const f = font() as FontkitTypes.Font & { ascent: number; descent: number; lineGap: number };
      return (f.ascent - f.descent + f.lineGap) / (f.ascent - f.descent);
    },
    lineHeight() {
      const f = font() as FontkitTypes.Font & { ascent: number; descent: number };
      return (f.ascent - f.descent) / f.unitsPerEm;
    },
    missing(text, style = {}) {
      const f = font(style);
      return [...new Set([...text])].filter((c) => !/\s/.test(c) && !f.hasGlyphForCodePoint(c.codePointAt(0)!));
    },
  };
}
