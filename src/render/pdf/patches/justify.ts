/**
 * pdfmake's justification, spreading a line's slack over its spaces only (speed and size).
 *
 * pdfmake justifies a line by spreading the slack over every boundary between its inline pieces,
 * including boundaries that are not spaces ("3647/" + "QĐ-" + "UBND", or a bold word and the comma
 * after it), which opens gaps inside words; Word and LibreOffice stretch only the spaces. Without
 * this patch the renderer gets the same lines from pdfmake's public behaviour by breaking justified
 * paragraphs itself (../lines.ts) and widening the spaces with `characterSpacing`, which makes about
 * twice as many text objects (a larger PDF, rendered more slowly). With it, pdfmake breaks the lines
 * and this patch places the pieces.
 *
 * Patches `ElementWriter.prototype.alignLine` of the renderer's private copy of pdfmake.
 */
import { SWITCHES } from './switches.js';

const sw = SWITCHES.justify;

interface Inline {
  text: string;
  x: number;
  alignment?: string;
  justifyShift?: number;
}
interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}
export interface ElementWriterClass {
  prototype: {
    alignLine(this: { context(): { availableWidth: number } }, line: Line): void;
  };
}

export function patchJustification(ElementWriter: ElementWriterClass): void {
  const proto = ElementWriter.prototype;
  const original = proto.alignLine;
  proto.alignLine = function (line: Line) {
    const alignment = line.inlines?.[0]?.alignment;
    if (!sw.on || alignment !== 'justify' || line.newLineForced || line.lastLineInParagraph || line.inlines.length < 2) {
      original.call(this, line);
      return;
    }
    sw.hits++;
    const slack = this.context().availableWidth - line.getWidth();
    const gaps: number[] = [];
    for (let i = 1; i < line.inlines.length; i++) if (/\s$/.test(line.inlines[i - 1].text)) gaps.push(i);
    if (gaps.length === 0 || slack <= 0) return;
    const extra = slack / gaps.length;
    let shift = 0;
    let g = 0;
    for (let i = 1; i < line.inlines.length; i++) {
      if (gaps[g] === i) {
        shift += extra;
        g++;
        line.inlines[i].justifyShift = extra;
      }
      line.inlines[i].x += shift;
    }
  };
}
