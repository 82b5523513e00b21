/**
 * Signature and seal images (Decree 30, Phụ lục I, Mục II khoản 7–8): the signature is centred
 * between the signer's position and name; the seal covers about a third of it from the left.
 */
import { HorizontalPositionRelativeFrom, ImageRun, VerticalPositionRelativeFrom, TextWrappingType } from 'docx';
import { fitImage, imageInfo } from '../../model/image.js';
import { mmToPt } from '../../model/measures.js';
import type { DocumentModel } from '../../model/types.js';

export type ImageResolver = (path: string) => Uint8Array | undefined;

const PX_PER_PT = 96 / 72;
const EMU_PER_PT = 12700;

/** Runs for the signature-space paragraph: the signature inline (centred), the seal floating over its left third. */
export function imageRuns(model: DocumentModel, images: ImageResolver | undefined, spacePt: number, columnPt: number): ImageRun[] {
  const out: ImageRun[] = [];
  if (!images) return out;
  const sig = model.signature;
  const sigBytes = sig.image ? images(sig.image) : undefined;
  const sigInfo = sigBytes && imageInfo(sigBytes);
  let sigBox = { width: 0, height: 0 };
  if (sigBytes && sigInfo) {
    sigBox = fitImage(sigInfo, columnPt * 0.7, spacePt * 0.7);
    out.push(new ImageRun({ type: sigInfo.type, data: sigBytes, transformation: { width: Math.round(sigBox.width * PX_PER_PT), height: Math.round(sigBox.height * PX_PER_PT) } }));
  }
  const sealBytes = sig.seal ? images(sig.seal) : undefined;
  const sealInfo = sealBytes && imageInfo(sealBytes);
  if (sealBytes && sealInfo) {
    const sealPt = mmToPt(model.measures.signature.sealDiameterMm);
    const box = fitImage(sealInfo, sealPt, sealPt);
    // Centre of the column, shifted left so the seal's right edge covers the signature's left third.
    const sigLeft = (columnPt - sigBox.width) / 2;
    const left = sigBox.width ? sigLeft + sigBox.width / 3 - box.width : (columnPt - box.width) / 2 - box.width / 3;
    const top = (spacePt - box.height) / 2;
    out.push(
      new ImageRun({
        type: sealInfo.type,
        data: sealBytes,
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
