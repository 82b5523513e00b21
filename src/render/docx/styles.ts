/**
 * The styles part: every named paragraph style from the one table of roles (decree30/styles),
 * so a clerk editing the DOCX in Word keeps the decree's formatting.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import { mmToTwip, ptToTwip, type Measures } from '../../decree30/measures.js';
import { ROLES, sizeOf, type Align, type PrintStyle, type Role } from '../../decree30/styles.js';

export const HALF = (pt: number) => Math.round(pt * 2);

export const ALIGNMENT: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
};

const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

/**
 * Widow/orphan control is off: a heading keeps with the first line of the next paragraph, exactly
 * what the PDF emitter does, so Word, LibreOffice and our PDF break pages at the same lines.
 */
export function bodyParagraph(m: Measures) {
  return {
    widowControl: false,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(m.body.firstLineIndentCm * 10) },
    spacing: { before: ptToTwip(m.body.spaceBeforePt), after: ptToTwip(m.body.spaceAfterPt), line: Math.round(240 * m.body.lineSpacing), lineRule: LineRuleType.AUTO },
  };
}

function paragraphOf(s: PrintStyle, m: Measures) {
  if (s.body) return bodyParagraph(m);
  const spacing = s.exactLine
    ? { before: 0, after: 0, line: ptToTwip(s.exactLine(m)), lineRule: LineRuleType.EXACT }
    : { ...SINGLE, ...(s.before ? { before: ptToTwip(s.before(m)) } : {}) };
  return { alignment: ALIGNMENT[s.align], spacing, ...(s.keepNext ? { keepNext: true } : {}) };
}

function paragraphStyles(m: Measures): IParagraphStyleOptions[] {
  return (Object.values(ROLES) as Role[]).map(({ print: s }) => ({
    id: s.id,
    name: s.name,
    basedOn: 'Normal',
    next: ROLES.body.print.id,
    quickFormat: true,
    run: { font: m.font, size: HALF(sizeOf(s, m)), ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italics: true } : {}) },
    paragraph: paragraphOf(s, m),
  }));
}

/** The styles part: the same for every plan with the same measures (formatted once, see pack.ts). */
export function documentStyles(m: Measures) {
  const headingStyle = { run: { font: m.font, size: HALF(m.size.body), bold: true, color: '000000' }, paragraph: { ...bodyParagraph(m), keepNext: true } };
  return {
    default: {
      document: { run: { font: m.font, size: HALF(m.size.body) }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      heading1: headingStyle,
      heading2: headingStyle,
      heading3: headingStyle,
      heading4: { run: { ...headingStyle.run, italics: true }, paragraph: headingStyle.paragraph },
    },
    paragraphStyles: paragraphStyles(m),
  };
}
