/**
 * Word's Accept All and Reject All, applied to word/document.xml, for the redline tests. The
 * result is the document's paragraphs (body and table cells, in order) as their text:
 *   - a run inside <w:ins> stays on Accept and goes on Reject; <w:del> the other way round
 *     (its <w:delText> is text again);
 *   - a paragraph whose mark is inserted (<w:pPr><w:rPr><w:ins/>) loses the mark on Reject, and a
 *     deleted one on Accept: what is left of it joins the next paragraph of the same body or cell;
 *   - a table row marked inserted (<w:trPr><w:ins/>) goes on Reject, a deleted one on Accept.
 * A line break (<w:br/>) reads as a space: lines are wrapped at spaces.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XmlDocument, type XmlElement } from 'xmldoc';

export type Side = 'accept' | 'reject';

const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => c.type === 'element');
const child = (e: XmlElement | undefined, name: string) => (e ? elements(e).find((c) => c.name === name) : undefined);

export const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

/** The text of a paragraph's content (not its properties) once the side's revisions are applied. */
function contentText(e: XmlElement, side: Side | undefined): string {
  let out = '';
  for (const c of elements(e)) {
    switch (c.name) {
      case 'w:pPr':
      case 'w:rPr':
        break;
      case 'w:ins':
        if (side !== 'reject') out += contentText(c, side);
        break;
      case 'w:del':
        if (side !== 'accept') out += contentText(c, side);
        break;
      case 'w:t':
      case 'w:delText':
        out += c.val;
        break;
      case 'w:br':
        out += ' ';
        break;
      case 'w:tab':
        out += '\t';
        break;
      default:
        out += contentText(c, side);
    }
  }
  return out;
}

/** Whether applying the side removes this paragraph's mark (or this row). */
const removedBy = (props: XmlElement | undefined, side: Side | undefined) => !!side && !!child(props, side === 'accept' ? 'w:del' : 'w:ins');

/** The paragraphs of a body or a cell. */
function blockParagraphs(container: XmlElement, side: Side | undefined): string[] {
  const out: string[] = [];
  let carry: string | undefined;
  for (const c of elements(container)) {
    if (c.name === 'w:p') {
      const text = (carry ?? '') + contentText(c, side);
      carry = undefined;
      if (removedBy(child(child(c, 'w:pPr'), 'w:rPr'), side)) carry = text;
      else out.push(text);
    } else if (c.name === 'w:tbl') {
      // A paragraph cannot join a table: one whose mark went before a table stays.
      if (carry !== undefined) out.push(carry);
      carry = undefined;
      for (const row of elements(c).filter((r) => r.name === 'w:tr')) {
        if (removedBy(child(row, 'w:trPr'), side)) continue;
        for (const cell of elements(row).filter((x) => x.name === 'w:tc')) out.push(...blockParagraphs(cell, side));
      }
    }
  }
  // The last paragraph of a body or cell keeps its mark.
  if (carry !== undefined) out.push(carry);
  return out;
}

/**
 * The document's paragraphs as Word shows them after Accept All or Reject All (or, without a
 * side, as they stand: every marked text included).
 */
export function paragraphsAfter(xml: string, side?: Side): string[] {
  const doc = new XmlDocument(xml);
  return blockParagraphs(child(doc, 'w:body')!, side);
}

/** The paragraphs that hold text (empty ones are spacing: rules, the signature's space, section breaks). */
export const textParagraphs = (xml: string, side?: Side) => paragraphsAfter(xml, side).filter((p) => p.trim() !== '');
