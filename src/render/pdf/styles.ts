/** pdfmake styles from the one table of roles (decree30/styles), the same as the DOCX's. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { mmToPt, type Measures } from '../../decree30/measures.js';
import { HEADING, ROLES, sizeOf, type PrintStyle, type Role } from '../../decree30/styles.js';

type Margin = [number, number, number, number];

/** `line`: pdfmake line-height multiplier equal to one Word "single" line of the font. */
function pdfStyle(s: PrintStyle, m: Measures, line: number): Record<string, unknown> {
  const run = { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italics: true } : {}) };
  if (s.body) {
    return {
      fontSize: sizeOf(s, m),
      alignment: 'justify',
      leadingIndent: mmToPt(m.body.firstLineIndentCm * 10),
      lineHeight: line * m.body.lineSpacing,
      margin: [0, m.body.spaceBeforePt, 0, m.body.spaceAfterPt] as Margin,
      ...run,
    };
  }
  return {
    ...(s.align === 'left' ? {} : { alignment: s.align }),
    lineHeight: line,
    fontSize: sizeOf(s, m),
    ...run,
    ...(s.before ? { margin: [0, s.before(m), 0, 0] as Margin } : {}),
  };
}

/** Every role's style by its Word style id, and the headings' style. */
export function styles(m: Measures, line: number): TDocumentDefinitions['styles'] {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { print } of Object.values(ROLES) as Role[]) if (!print.exactLine) out[print.id] = pdfStyle(print, m, line);
  out[HEADING.id] = pdfStyle(HEADING, m, line);
  return out as TDocumentDefinitions['styles'];
}
