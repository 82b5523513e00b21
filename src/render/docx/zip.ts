/**
 * Make a DOCX byte-reproducible: the `docx` package stamps `new Date()` into docProps/core.xml and
 * zips with local-time timestamps. Zip its parts ourselves, with fixed dates and a stable entry order.
 */
import { deflateSync, strFromU8, strToU8, zipSync } from 'fflate';
import type { DocumentModel } from '../../model/types.js';
import { DOCX_SWITCHES } from './patches/switches.js';

/** Zip the package parts once, reproducibly (fixed dates in core.xml and in the zip entries). */
export function zipParts(parts: Map<string, string | Uint8Array>, model: DocumentModel): Uint8Array {
  const files = Object.fromEntries(parts);
  const stamp = model.meta.date ?? '1980-01-01T00:00:00Z';
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = (typeof core === 'string' ? core : strFromU8(core))
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files['docProps/core.xml'] = addLanguage(xml, model.meta.language);
  }
  // [Content_Types].xml first, as Word writes it; the rest in a stable order.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const entries = names.map((name) => ({ name, data: files[name] }));
  if (!DOCX_SWITCHES.zipWriter.on) return fflateZip(entries);
  DOCX_SWITCHES.zipWriter.hits++;
  return writeZip(entries);
}

/** DOS time of the zip entries: 1980-01-01 00:00 in the local time zone, as fflate reads a Date. */
const localEpoch = () => new Date(1980, 0, 1, 0, 0, 0);

/** The same archive through fflate's zipSync (what writeZip must equal, byte for byte). */
export function fflateZip(files: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const mtime = localEpoch();
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime, level: 6 }]])), { mtime });
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  crc: number;
  size: number;
  deflated: Uint8Array;
}

/**
 * Deflated parts by content (the entry depends on nothing else). The theme, styles, settings, font
 * table and most relationship parts are the same in every plan; a batch compresses each once.
 */
const deflatedParts = new Map<string, Entry>();
const CACHE_LIMIT = 64;

function deflateEntry(data: Uint8Array): Entry {
  return { crc: crc32(data), size: data.length, deflated: deflateSync(data, { level: 6 }) };
}

function cachedEntry(name: string, data: string | Uint8Array): Entry {
  // Binary parts (images), the document body and the core properties differ from plan to plan.
  if (typeof data !== 'string' || name === 'word/document.xml' || name === 'docProps/core.xml' || data.length < 256) {
    return deflateEntry(typeof data === 'string' ? strToU8(data) : data);
  }
  let entry = deflatedParts.get(data);
  if (!entry) {
    if (deflatedParts.size >= CACHE_LIMIT) deflatedParts.clear();
    entry = deflateEntry(strToU8(data));
    deflatedParts.set(data, entry);
  }
  return entry;
}

/** DOS date and time of 1980-01-01 00:00: the same in every time zone. */
const DOS_EPOCH = (1 << 21) | (1 << 16);

/**
 * A ZIP archive of deflated entries, laid out exactly as fflate's zipSync writes it with a fixed
 * modification time (the tests compare the two), with each entry's compressed bytes taken from
 * the cache when the same part was compressed before.
 */
export function writeZip(files: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const entries = files.map((f) => {
    const name = strToU8(f.name);
    if (name.length > 65535) throw new Error(`zip entry name too long: ${f.name}`);
    return { name, utf8: name.length !== f.name.length, ...cachedEntry(f.name, f.data), offset: 0 };
  });
  let size = 22;
  for (const e of entries) size += 30 + e.name.length + e.deflated.length + 46 + e.name.length;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const common = (at: number, e: (typeof entries)[number]) => {
    v.setUint16(at, 20, true); // version needed
    v.setUint16(at + 2, e.utf8 ? 0x0800 : 0, true); // flags: UTF-8 name
    v.setUint16(at + 4, 8, true); // deflate
    v.setUint32(at + 6, DOS_EPOCH, true);
    v.setUint32(at + 10, e.crc, true);
    v.setUint32(at + 14, e.deflated.length, true);
    v.setUint32(at + 18, e.size, true);
    v.setUint16(at + 22, e.name.length, true);
    v.setUint16(at + 24, 0, true); // extra field length
  };
  let at = 0;
  for (const e of entries) {
    e.offset = at;
    v.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.deflated, at + 30 + e.name.length);
    at += 30 + e.name.length + e.deflated.length;
  }
  const directory = at;
  for (const e of entries) {
    v.setUint32(at, 0x02014b50, true);
    v.setUint16(at + 4, 20, true); // version made by
    common(at + 6, e);
    // comment length, disk number, internal and external attributes: zero
    v.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, at - directory, true);
  v.setUint32(at + 16, directory, true);
  return out;
}

function addLanguage(xml: string, lang: string): string {
  if (xml.includes('<dc:language>')) return xml;
  return xml.replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`);
}
