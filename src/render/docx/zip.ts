/**
 * Make a DOCX byte-reproducible: the `docx` package stamps `new Date()` into docProps/core.xml and
 * zips with local-time timestamps. Re-zip with fixed dates and a stable entry order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocumentModel } from '../../model/types.js';

/** 1980-01-01 00:00 in local time: fflate writes local fields, so this is the same in every time zone. */
const ZIP_EPOCH = () => new Date(1980, 0, 1, 0, 0, 0);

/** Zip the package parts once, reproducibly (fixed dates in core.xml and in the zip entries). */
export function zipParts(parts: Map<string, string | Uint8Array>, model: DocumentModel): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return packReproducibly(files, model);
}

export function finalizeDocx(bytes: Uint8Array, model: DocumentModel): Uint8Array {
  return packReproducibly(unzipSync(bytes), model);
}

function packReproducibly(files: Record<string, Uint8Array>, model: DocumentModel): Uint8Array {
  const stamp = model.meta.date ?? '1980-01-01T00:00:00Z';
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files['docProps/core.xml'] = strToU8(addLanguage(xml, model.meta.language));
  }
  const ordered: Zippable = {};
  // [Content_Types].xml first, as Word writes it; the rest in a stable order.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) ordered[name] = [files[name], { mtime: ZIP_EPOCH(), level: 6 }];
  return zipSync(ordered, { mtime: ZIP_EPOCH() });
}

function addLanguage(xml: string, lang: string): string {
  if (xml.includes('<dc:language>')) return xml;
  return xml.replace('</cp:coreProperties>', `<dc:language>${lang}</dc:language></cp:coreProperties>`);
}
