/** Minimal PNG/JPEG header reading, and where the decree places a signature and a seal. */
export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { type: 'png', width: dv.getUint32(16), height: dv.getUint32(20) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1];
      const len = (bytes[i + 2] << 8) | bytes[i + 3];
      // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
      }
      i += 2 + len;
    }
  }
  return undefined;
}

/** Fit an image into a box (points), keeping its aspect ratio. */
export function fitImage(info: { width: number; height: number }, maxWidthPt: number, maxHeightPt: number): { width: number; height: number } {
  const scale = Math.min(maxWidthPt / info.width, maxHeightPt / info.height);
  return { width: info.width * scale, height: info.height * scale };
}

/**
 * Left edge of the seal in a signature column (Phụ lục I, Mục II khoản 8: the seal covers about a
 * third of the signature, on its left): centred signature, seal shifted so its right edge covers
 * the signature's left third; without a signature, a third of the seal left of centre.
 */
export function sealOffset(columnPt: number, signatureWidthPt: number, sealWidthPt: number): number {
  const sigLeft = (columnPt - signatureWidthPt) / 2;
  return signatureWidthPt ? sigLeft + signatureWidthPt / 3 - sealWidthPt : (columnPt - sealWidthPt) / 2 - sealWidthPt / 3;
}
