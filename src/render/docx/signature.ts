/**
 * The signature block and "Nơi nhận", side by side in one unsplittable row. Signature and seal
 * images (Phụ lục I, Mục II khoản 7–8): the signature is centred between the signer's position and
 * name; the seal covers about a third of it from the left.
 */
import { HorizontalPositionRelativeFrom, ImageRun, LineRuleType, Paragraph, Table, TableLayoutType, TableRow, TextRun, TextWrappingType, VerticalPositionRelativeFrom, WidthType, type ParagraphChild } from 'docx';
import { ShapeRun } from 'docx/shapes';
import { mmToPt, mmToTwip, ptToTwip, textWidthMm } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import { fitImage, sealOffset } from '../../model/image.js';
import { braceLayout } from '../../model/layout.js';
import type { DocumentModel, RecipientGroup } from '../../model/types.js';
import { cell, NO_BORDERS, text } from './blocks.js';
import { linesOf, textOf, type Revisions } from './revisions.js';

const PX_PER_PT = 96 / 72;
const EMU_PER_PT = 12700;

/** Runs for the signature-space paragraph: the signature inline (centred), the seal floating over its left third. */
function imageRuns(model: DocumentModel, spacePt: number, columnPt: number): ImageRun[] {
  const out: ImageRun[] = [];
  const { image, seal } = model.signature;
  let sigBox = { width: 0, height: 0 };
  if (image) {
    sigBox = fitImage(image, columnPt * 0.7, spacePt * 0.7);
    out.push(new ImageRun({ type: image.type, data: image.bytes, transformation: { width: Math.round(sigBox.width * PX_PER_PT), height: Math.round(sigBox.height * PX_PER_PT) } }));
  }
  if (seal) {
    const sealPt = mmToPt(model.measures.signature.sealDiameterMm);
    const box = fitImage(seal, sealPt, sealPt);
    const left = sealOffset(columnPt, sigBox.width, box.width);
    const top = (spacePt - box.height) / 2;
    out.push(
      new ImageRun({
        type: seal.type,
        data: seal.bytes,
        transformation: { width: Math.round(box.width * PX_PER_PT), height: Math.round(box.height * PX_PER_PT) },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: Math.round(Math.max(0, left) * EMU_PER_PT) },
          verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round(top * EMU_PER_PT) },
          wrap: { type: TextWrappingType.NONE },
          behindDocument: false,
          allowOverlap: true,
          zIndex: 2,
        },
      }),
    );
  }
  return out;
}

/** The recipients' paragraph options: continuation lines of a wrapped item start after "- ". */
function hanging(model: DocumentModel, rightPt = 0) {
  const h = ptToTwip(model.recipients.hangingPt);
  return { indent: { left: h, hanging: h, ...(rightPt ? { right: ptToTwip(rightPt) } : {}) } };
}

/**
 * The brace beside a group of recipients and its purpose, as a Word user draws them: a right
 * brace shape (Insert › Shapes) as tall as the group's lines, and the purpose in a text box beside
 * it, vertically centred; both float over the cell, anchored to the group's first line.
 */
function braceRuns(model: DocumentModel, g: RecipientGroup, columnPt: number): ParagraphChild[] {
  const m = model.measures;
  const { brace, purpose } = braceLayout(m, g, columnPt);
  const float = (x: number, y: number) => ({
    horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: Math.round(x * EMU_PER_PT) },
    verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round(y * EMU_PER_PT) },
    wrap: { type: TextWrappingType.NONE },
    allowOverlap: true,
    layoutInCell: true,
  });
  return [
    new ShapeRun({
      type: 'rightBrace',
      transformation: { width: brace.width * PX_PER_PT, height: brace.height * PX_PER_PT },
      line: { color: '000000', width: m.rules.thicknessPt },
      floating: float(brace.x, brace.y),
      altText: { name: 'brace', description: g.purpose },
    }),
    new ShapeRun({
      type: 'rectangle',
      transformation: { width: purpose.width * PX_PER_PT, height: purpose.height * PX_PER_PT },
      line: 'none',
      children: g.purposeLines.map((l) => new Paragraph({ style: styleId('recipients'), children: [new TextRun(l)] })),
      textOptions: { margins: { top: 0, left: 0, right: 0, bottom: 0 }, verticalAlignment: 'center', wrap: false },
      floating: float(purpose.x, purpose.y),
      altText: { name: 'purpose', description: g.purpose },
    }),
  ];
}

/** The "Nơi nhận" column: label, items (groups with their brace), the archive line. */
function recipientsCell(rv: Revisions, model: DocumentModel, columnPt: number): Paragraph[] {
  const rec = model.recipients;
  if (rec.none) return [new Paragraph({ style: styleId('recipients'), children: [] })];
  const lines = linesOf(rec.items, rec.revised?.items);
  // In a redline, deleted items are put back among the items: the n-th kept or inserted line is items[n].
  const itemIndex: number[] = [];
  let n = 0;
  for (const l of lines) itemIndex.push(l.rev === 'del' ? -1 : n++);
  const groupOf = (i: number) => (rec.groups ?? []).find((g) => i >= g.first && i < g.first + g.count);
  return [
    text(rv, 'recipientsLabel', textOf(rec.label, undefined)),
    ...lines.map((l, k) => {
      const i = itemIndex[k];
      const g = i >= 0 ? groupOf(i) : undefined;
      if (g && i === g.first) {
        return new Paragraph({ style: styleId('recipients'), children: [...rv.runs(l.runs), ...braceRuns(model, g, columnPt)], ...hanging(model, g.indentRightPt), ...rv.mark(l.rev) });
      }
      return text(rv, 'recipients', l, hanging(model, g?.indentRightPt));
    }),
    text(rv, 'recipients', textOf(rec.archive, rec.revised?.archive), hanging(model)),
  ];
}

export function signatureTable(rv: Revisions, model: DocumentModel): Table {
  const m = model.measures;
  const width = mmToTwip(textWidthMm(m));
  const left = Math.round(width * m.signature.recipientsColumnRatio);
  const right = width - left;
  const recipients = recipientsCell(rv, model, left / 20);
  const sig = model.signature;
  // A name the new plan no longer has is still there, deleted.
  const name = sig.revised?.name ?? (sig.name ? [{ text: sig.name }] : undefined);
  const space = imageRuns(model, mmToPt(m.signature.signatureSpaceMm), right / 20);
  const signature: Paragraph[] = [
    ...linesOf(sig.lines, sig.revised?.lines).map((l, i) => text(rv, 'signatureAuthority', l, i > 0 ? { spacing: { before: 0 } } : {})),
    new Paragraph({
      style: styleId('signatureName'),
      keepNext: true,
      spacing: { before: 0, after: 0, line: ptToTwip(mmToPt(m.signature.signatureSpaceMm)), lineRule: LineRuleType.EXACT },
      children: space as ParagraphChild[],
    }),
    ...(name?.length ? [text(rv, 'signatureName', { runs: name })] : []),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signature)] })],
  });
}
