/**
 * Make a DOCX byte-reproducible: the `docx` package stamps `new Date()` into docProps/core.xml and
 * zips with local-time timestamps. Zip its parts ourselves, with fixed dates and a stable entry order.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { DocumentModel } from '../../model/types.js';

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
  return fflateZip(names.map((name) => ({ name, data: files[name] })));
}

/** DOS time of the zip entries: 1980-01-01 00:00 in the local time zone, as fflate reads a Date. */
const localEpoch = () => new Date(1980, 0, 1, 0, 0, 0);

/** The archive through fflate's zipSync, entries in the given order, every date the same. */
export function fflateZip(files: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const mtime = localEpoch();
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime, level: 6 }]])), { mtime });
}

function addLanguage(xml: string, lang: string): string {
  if (xml.includes('<dc:language>')) return xml;
  return xml.replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`);
}
