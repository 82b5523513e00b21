/**
 * pdfmake justifies a line by spreading the slack over every boundary between its inline pieces,
 * including boundaries that are not spaces ("3647/" + "QĐ-" + "UBND", or a bold word and the comma
 * after it), which opens visible gaps inside words. Word and LibreOffice stretch only the spaces
 * between words; this patch makes pdfmake do the same so the PDF matches the DOCX.
 */
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
interface ElementWriterClass {
  prototype: {
    alignLine(this: { context(): { availableWidth: number } }, line: Line): void;
    __cchcJustify?: boolean;
  };
}

export function patchJustification(ElementWriter: ElementWriterClass): void {
  const proto = ElementWriter.prototype;
  if (proto.__cchcJustify) return;
  const original = proto.alignLine;
  proto.alignLine = function (line: Line) {
    const alignment = line.inlines?.[0]?.alignment;
    if (alignment !== 'justify' || line.newLineForced || line.lastLineInParagraph || line.inlines.length < 2) {
      original.call(this, line);
      return;
    }
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
  proto.__cchcJustify = true;
}
