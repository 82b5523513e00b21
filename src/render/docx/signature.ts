/**
 * The signature block and "Nơi nhận", side by side in one unsplittable row. Signature and seal
 * images (Phụ lục I, Mục II khoản 7–8): the signature is centred between the signer's position and
 * name; the seal covers about a third of it from the left.
 */
import { HorizontalPositionRelativeFrom, ImageRun, LineRuleType, Paragraph, Table, TableLayoutType, TableRow, TextWrappingType, VerticalPositionRelativeFrom, WidthType, type ParagraphChild } from 'docx';
import { mmToPt, mmToTwip, ptToTwip, textWidthMm } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import { fitImage, sealOffset } from '../../model/image.js';
import type { DocumentModel } from '../../model/types.js';
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

export function signatureTable(rv: Revisions, model: DocumentModel): Table {
  const m = model.measures;
  const width = mmToTwip(textWidthMm(m));
  const left = Math.round(width * m.signature.recipientsColumnRatio);
  const right = width - left;
  const rec = model.recipients;
  const recipients = [
    text(rv, 'recipientsLabel', textOf(rec.label, undefined)),
    ...linesOf(rec.items, rec.revised?.items).map((r) => text(rv, 'recipients', r)),
    text(rv, 'recipients', textOf(rec.archive, rec.revised?.archive)),
  ];
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
