/**
 * Signature and seal images: read from the header, then fully decoded once (pngjs, jpeg-js) within
 * limits, so a damaged, empty or oversized image is a diagnostic in `validate` and never a crash
 * or a runaway in `build`. Also where the decree places a signature and a seal.
 */
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { inflateSync } from 'node:zlib';
import { LIMITS } from '../plan/limits.js';

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** Why an image cannot be used. */
export type ImageProblem =
  /** Neither PNG nor JPEG. */
  | { problem: 'format' }
  /** Width or height 0. */
  | { problem: 'empty'; type: ImageInfo['type']; width: number; height: number }
  /** Wider or taller than LIMITS.imageSide, or more pixels than LIMITS.imagePixels, or larger decoded than LIMITS.imageDecodedBytes. */
  | { problem: 'dimensions'; type: ImageInfo['type']; width: number; height: number; decoded: number }
  /** The header is readable but the rest is not (truncated, junk, bad checksum…). */
  | { problem: 'corrupt'; type: ImageInfo['type']; detail: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per PNG colour type (greyscale, RGB, palette, grey + alpha, RGBA). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Most scans in a (progressive) JPEG: each scan walks the whole image again. */
const JPEG_MAX_SCANS = 64;

type Header = { type: 'png'; width: number; height: number; decoded: number; interlaced: boolean } | { type: 'jpg'; width: number; height: number; decoded: number; scans: number };

function header(bytes: Uint8Array): Header | ImageProblem | undefined {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    if (bytes.length < 33) return { problem: 'corrupt', type: 'png', detail: 'truncated header' };
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
    if (dv.getUint32(8) !== 13 || type !== 'IHDR') return { problem: 'corrupt', type: 'png', detail: 'no IHDR chunk first' };
    const width = dv.getUint32(16);
    const height = dv.getUint32(20);
    const depth = bytes[24];
    const channels = PNG_CHANNELS[bytes[25]];
    if (!channels || ![1, 2, 4, 8, 16].includes(depth)) return { problem: 'corrupt', type: 'png', detail: `colour type ${bytes[25]}, bit depth ${depth}` };
    // Scanlines as stored (filter byte + packed samples), or the RGBA the decoder produces: the larger.
    const decoded = Math.max(height * (Math.ceil((width * channels * depth) / 8) + 1), width * height * 4);
    return { type: 'png', width, height, decoded, interlaced: bytes[28] === 1 };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegHeader(bytes);
  return undefined;
}

/**
 * Walk a JPEG's markers: segment lengths must fit, a frame header (SOF) must give the size, the
 * scans are counted (and bounded) and the image must end with EOI. Entropy-coded data is skipped
 * byte by byte (0xFF is followed by 0x00 or a restart marker there).
 */
function jpegHeader(bytes: Uint8Array): Header | ImageProblem {
  const bad = (detail: string): ImageProblem => ({ problem: 'corrupt', type: 'jpg', detail });
  let i = 2;
  let frame: { width: number; height: number; components: number } | undefined;
  let scans = 0;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) return bad(`byte ${i}: not a marker`);
    let marker = bytes[i + 1];
    while (marker === 0xff && i + 2 < bytes.length) marker = bytes[++i + 1]; // fill bytes
    i += 2;
    if (marker === 0xd9) {
      if (!frame) return bad('no frame header (SOF)');
      if (!scans) return bad('no image data (SOS)');
      return { type: 'jpg', ...frame, decoded: frame.width * frame.height * Math.max(4, frame.components), scans };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // markers without a length
    if (i + 2 > bytes.length) return bad('truncated');
    const len = (bytes[i] << 8) | bytes[i + 1];
    if (len < 2 || i + len > bytes.length) return bad(`byte ${i}: segment length ${len}`);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (frame) return bad('two frame headers');
      if (len < 8) return bad('short frame header');
      frame = { height: (bytes[i + 3] << 8) | bytes[i + 4], width: (bytes[i + 5] << 8) | bytes[i + 6], components: bytes[i + 7] };
      if (frame.width === 0 || frame.height === 0) return { problem: 'empty', type: 'jpg', width: frame.width, height: frame.height };
    }
    i += len;
    if (marker === 0xda) {
      if (!frame) return bad('image data before the frame header');
      if (++scans > JPEG_MAX_SCANS) return bad(`more than ${JPEG_MAX_SCANS} scans`);
      // Entropy-coded data up to the next marker that is not a stuffed byte or a restart.
      while (i < bytes.length && !(bytes[i] === 0xff && i + 1 < bytes.length && bytes[i + 1] !== 0 && !(bytes[i + 1] >= 0xd0 && bytes[i + 1] <= 0xd7))) i++;
    }
  }
  return bad('truncated: no end of image (EOI)');
}

/**
 * Check an image completely: its type, its size against the limits, then a full decode. Returns
 * its size, or what is wrong with it. Cost is bounded by the limits (pixels, decoded bytes, scans).
 */
export function inspectImage(bytes: Uint8Array): { info: ImageInfo } | ImageProblem {
  const h = header(bytes);
  if (!h) return { problem: 'format' };
  if ('problem' in h) return h;
  const { type, width, height, decoded } = h;
  if (width === 0 || height === 0) return { problem: 'empty', type, width, height };
  if (width > LIMITS.imageSide || height > LIMITS.imageSide || width * height > LIMITS.imagePixels || decoded > LIMITS.imageDecodedBytes) {
    return { problem: 'dimensions', type, width, height, decoded };
  }
  try {
    if (h.type === 'png') decodePng(bytes, h.interlaced, decoded);
    else {
      const out = jpeg.decode(bytes, {
        useTArray: true,
        tolerantDecoding: true,
        maxResolutionInMP: LIMITS.imagePixels / 1e6,
        maxMemoryUsageInMB: Math.ceil((4 * LIMITS.imageDecodedBytes) / 1024 / 1024),
      });
      if (out.width !== width || out.height !== height) throw new Error(`decoded ${out.width} × ${out.height}`);
    }
  } catch (e) {
    return { problem: 'corrupt', type, detail: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  }
  return { info: { type, width, height } };
}

/**
 * Decode a PNG with pngjs (chunk CRCs, zlib stream, filters, bit depths). pngjs bounds the
 * inflated size of progressive (non-interlaced) images itself; an interlaced image's data are
 * inflated here first with the same bound, so a decompression bomb stops at the limit.
 */
function decodePng(bytes: Uint8Array, interlaced: boolean, decoded: number): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (interlaced) {
    const parts: Buffer[] = [];
    for (let i = 8; i + 12 <= buffer.length; ) {
      const len = buffer.readUInt32BE(i);
      const type = buffer.toString('latin1', i + 4, i + 8);
      if (i + 12 + len > buffer.length) break;
      if (type === 'IDAT') parts.push(buffer.subarray(i + 8, i + 8 + len));
      if (type === 'IEND') break;
      i += 12 + len;
    }
    // Seven passes add at most a filter byte per row of each pass.
    inflateSync(Buffer.concat(parts), { maxOutputLength: decoded + 7 * (2 * (buffer.readUInt32BE(20) + 1)) });
  }
  pngjs.PNG.sync.read(buffer, { checkCRC: true });
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
