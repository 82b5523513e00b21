/**
 * TrueType subsetting for the fonts embedded in a PDF (FontFile2 of a CIDFontType2 font with an
 * Identity CIDToGIDMap, as pdfkit writes them). The subset holds the glyphs a document uses, in the
 * order pdfkit first asks for them, plus the components of composite glyphs (most precomposed
 * Vietnamese letters are composites: "ệ" is "e" + two marks), with the tables a PDF font program
 * needs: glyf, loca, hmtx, head, hhea, maxp and the hinting tables cvt, fpgm, prep.
 *
 * It is the same table set as fontkit's TTFSubset, written straight from the font file's bytes:
 * fontkit decodes and re-encodes every table field through its generic binary codec, which was
 * about half the time of rendering a one-page plan.
 */

interface TableRecord {
  offset: number;
  length: number;
}

export interface SfntFont {
  readonly data: Uint8Array;
  readonly view: DataView;
  readonly tables: ReadonlyMap<string, TableRecord>;
  readonly numGlyphs: number;
  readonly numberOfHMetrics: number;
  readonly longLoca: boolean;
}

const REQUIRED = ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx'];
const OPTIONAL = ['cvt ', 'fpgm', 'prep'];

/**
 * The table directory of a TrueType-outline font file, or undefined when the file is something
 * else (CFF outlines, a collection, a damaged file): those keep fontkit's own subsetter.
 */
export function readSfnt(data: Uint8Array): SfntFont | undefined {
  if (data.length < 12) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return undefined;
  const count = view.getUint16(4);
  if (12 + 16 * count > data.length) return undefined;
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(data[at], data[at + 1], data[at + 2], data[at + 3]);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > data.length) return undefined;
    tables.set(tag, { offset, length });
  }
  if (!REQUIRED.every((t) => tables.has(t))) return undefined;
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const maxp = tables.get('maxp')!;
  if (head.length < 54 || hhea.length < 36 || maxp.length < 6) return undefined;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const loca = tables.get('loca')!;
  const hmtx = tables.get('hmtx')!;
  if (loca.length < (numGlyphs + 1) * (longLoca ? 4 : 2)) return undefined;
  if (numberOfHMetrics < 1 || hmtx.length < 4 * numberOfHMetrics + 2 * (numGlyphs - numberOfHMetrics)) return undefined;
  return { data, view, tables, numGlyphs, numberOfHMetrics, longLoca };
}

/** The bytes of one glyph's outline in the glyf table (empty for a glyph without contours). */
function glyphBytes(font: SfntFont, gid: number): Uint8Array {
  if (gid >= font.numGlyphs) return new Uint8Array(0);
  const loca = font.tables.get('loca')!.offset;
  const glyf = font.tables.get('glyf')!;
  const v = font.view;
  const start = font.longLoca ? v.getUint32(loca + 4 * gid) : v.getUint16(loca + 2 * gid) * 2;
  const end = font.longLoca ? v.getUint32(loca + 4 * gid + 4) : v.getUint16(loca + 2 * gid + 2) * 2;
  if (end <= start || start > glyf.length) return new Uint8Array(0);
  return font.data.subarray(glyf.offset + start, glyf.offset + Math.min(end, glyf.length));
}

/** Advance width and left side bearing of a glyph from hmtx. */
function metrics(font: SfntFont, gid: number): [number, number] {
  const hmtx = font.tables.get('hmtx')!.offset;
  const n = font.numberOfHMetrics;
  const v = font.view;
  if (gid < n) return [v.getUint16(hmtx + 4 * gid), v.getInt16(hmtx + 4 * gid + 2)];
  const bearing = gid < font.numGlyphs ? v.getInt16(hmtx + 4 * n + 2 * (gid - n)) : 0;
  return [v.getUint16(hmtx + 4 * (n - 1)), bearing];
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Offsets (within the glyph) of the component glyph ids of a composite glyph. */
function componentOffsets(glyph: Uint8Array): number[] {
  const out: number[] = [];
  const v = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.length) break;
    const flags = v.getUint16(at);
    out.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out;
}

function checksum(bytes: Uint8Array, start: number, length: number): number {
  let sum = 0;
  const end = start + length;
  for (let i = start; i < end; i += 4) {
    sum = (sum + ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3])) >>> 0;
  }
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** A growing subset of one font; the interface pdfkit expects of fontkit's subsets. */
export class TrueTypeSubset {
  /** Original glyph ids, indexed by their id in the subset. */
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly font: SfntFont) {
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset, adding it if it is new. */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  /** The subset as a TrueType font file. */
  encode(): Buffer {
    const font = this.font;
    const outlines: Uint8Array[] = [];
    // Composite glyphs add their components while the loop runs; the loop reaches them too.
    for (let i = 0; i < this.glyphs.length; i++) {
      let bytes = glyphBytes(font, this.glyphs[i]);
      if (bytes.length >= 10 && ((bytes[0] << 8) | bytes[1]) & 0x8000) {
        bytes = Uint8Array.from(bytes);
        const v = new DataView(bytes.buffer);
        for (const at of componentOffsets(bytes)) v.setUint16(at, this.includeGlyph(v.getUint16(at)));
      }
      outlines.push(bytes);
    }
    const count = this.glyphs.length;

    const glyfLength = outlines.reduce((a, b) => a + pad4(b.length), 0);
    const glyf = new Uint8Array(glyfLength);
    const loca = new Uint8Array(4 * (count + 1));
    const locaView = new DataView(loca.buffer);
    const hmtx = new Uint8Array(4 * count);
    const hmtxView = new DataView(hmtx.buffer);
    let offset = 0;
    for (let i = 0; i < count; i++) {
      locaView.setUint32(4 * i, offset);
      glyf.set(outlines[i], offset);
      offset += pad4(outlines[i].length);
      const [advance, bearing] = metrics(font, this.glyphs[i]);
      hmtxView.setUint16(4 * i, advance);
      hmtxView.setInt16(4 * i + 2, bearing);
    }
    locaView.setUint32(4 * count, offset);

    const copy = (tag: string) => {
      const t = font.tables.get(tag)!;
      return Uint8Array.from(font.data.subarray(t.offset, t.offset + t.length));
    };
    const head = copy('head');
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set once the file is complete
    headView.setInt16(50, 1); // indexToLocFormat: long offsets
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, count);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, count);

    const tables = new Map<string, Uint8Array>([
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]);
    for (const tag of OPTIONAL) if (font.tables.has(tag)) tables.set(tag, copy(tag));
    const tags = [...tables.keys()].sort();

    const n = tags.length;
    const entrySelector = Math.floor(Math.log2(n));
    const searchRange = 16 * 2 ** entrySelector;
    let size = 12 + 16 * n;
    for (const tag of tags) size += pad4(tables.get(tag)!.length);
    const out = Buffer.alloc(size);
    out.writeUInt32BE(0x00010000, 0);
    out.writeUInt16BE(n, 4);
    out.writeUInt16BE(searchRange, 6);
    out.writeUInt16BE(entrySelector, 8);
    out.writeUInt16BE(16 * n - searchRange, 10);
    let at = 12 + 16 * n;
    let headAt = 0;
    tags.forEach((tag, i) => {
      const bytes = tables.get(tag)!;
      out.set(bytes, at);
      const record = 12 + 16 * i;
      out.write(tag, record, 'latin1');
      out.writeUInt32BE(checksum(out, at, pad4(bytes.length)), record + 4);
      out.writeUInt32BE(at, record + 8);
      out.writeUInt32BE(bytes.length, record + 12);
      if (tag === 'head') headAt = at;
      at += pad4(bytes.length);
    });
    out.writeUInt32BE((0xb1b0afba - checksum(out, 0, size)) >>> 0, headAt + 8);
    return out;
  }
}
