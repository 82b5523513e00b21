/**
 * The DOCX package: zip entries, relationships and parsed XML parts. Only the XML parts are
 * inflated (never media), within bounds, so a hostile file cannot exhaust memory or time: the
 * size each part declares and the total of all parts are capped before anything is inflated (the
 * inflater writes into a buffer of the declared size, so a part that lies about its size is cut
 * short, never grown); every part is scanned before it is parsed, refusing a DTD (entity
 * expansion) and capping its elements, their depth and the paragraphs of the main document.
 */
import { unzipSync } from 'fflate';
import path from 'node:path';
import { attr, elements, parseXml, scanXml, XmlLimitError, type El } from './xml.js';

export type DocxLimitName = 'part-size' | 'total-size' | 'entries' | 'elements' | 'depth' | 'paragraphs';

/** Details of a DocxReadError, as data: which bound was passed, or what kind of unreadable file. */
export interface DocxReadInfo {
  limit?: { what: DocxLimitName; value: number; max: number };
  /** The part concerned. */
  part?: string;
  /** An OLE compound file holding an encrypted (password-protected) Office document. */
  encrypted?: boolean;
  /** A zip whose end is missing: the file was cut short (an interrupted download or copy). */
  truncated?: boolean;
  /** A part with a DOCTYPE (DTD, entity declarations). */
  dtd?: boolean;
}

/** Why a file could not be read as a DOCX; the CLI maps this to exit code 2. */
export class DocxReadError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'legacy-or-encrypted' | 'no-document' | 'bad-xml' | 'bad-encoding' | 'too-large',
    detail: string,
    readonly info: DocxReadInfo = {},
  ) {
    super(detail);
  }
}

/** The bounds every read respects (the checker and the importer alike). */
export interface DocxLimits {
  /** Inflated size of one XML part, bytes. */
  partBytes: number;
  /** Inflated size of all XML parts together, bytes. */
  totalBytes: number;
  /** Entries in the zip. */
  entries: number;
  /** Elements in one part. */
  elements: number;
  /** Elements in all parts read. */
  totalElements: number;
  /** Nesting depth of elements. */
  depth: number;
  /** Paragraphs (w:p) in the main document: about 600 pages. */
  paragraphs: number;
}

export const DOCX_LIMITS: Readonly<DocxLimits> = {
  partBytes: 32 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  entries: 10_000,
  elements: 1_000_000,
  totalElements: 2_000_000,
  depth: 256,
  paragraphs: 20_000,
};

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export interface Relationship {
  type: string;
  /** Package path of the target ("word/header1.xml"); external targets are left out. */
  target: string;
}

export interface DocxPackage {
  /** Parsed XML of a part, or undefined when the part is absent. */
  xml(part: string): El | undefined;
  rels(part: string): Map<string, Relationship>;
  /** Package path of the main document part, normally "word/document.xml". */
  documentPart: string;
  /** Target of the main document's first relationship of a type ("styles", "numbering", "theme", "settings"). */
  related(type: string): string | undefined;
}

/** An OLE compound file (Word 97–2003, or an encrypted OOXML package, which is stored in one). */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** An encrypted Office document: an OLE file with an "EncryptedPackage" stream (names are UTF-16LE). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!isOleFile(bytes)) return false;
  const name = 'EncryptedPackage';
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== 0x45) continue;
    for (let k = 0; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** A zip's local header at the start but no end-of-central-directory record: cut short. */
function looksTruncatedZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65558; e--) {
    if (bytes[e] === 0x50 && bytes[e + 1] === 0x4b && bytes[e + 2] === 0x05 && bytes[e + 3] === 0x06) return false;
  }
  return true;
}

/**
 * The text of an XML part: UTF-8 (the default of XML, and what Word writes), or UTF-16 with its
 * byte-order mark. Invalid bytes are refused, never replaced: a part in a legacy 8-bit encoding
 * would otherwise read as text with holes and be judged as if it were the document.
 */
function decodePart(data: Uint8Array, part: string): string {
  const utf16 = data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
  try {
    return new TextDecoder(utf16 ? (data[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(data);
  } catch {
    throw new DocxReadError('bad-encoding', `${part}: not ${utf16 ? 'UTF-16' : 'UTF-8'}`, { part });
  }
}

export function openDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxPackage {
  if (isOleFile(bytes)) {
    const encrypted = isEncryptedOffice(bytes);
    throw new DocxReadError(
      'legacy-or-encrypted',
      encrypted ? 'an encrypted (password-protected) Office document' : 'OLE compound file (Word 97–2003 .doc or a password-protected DOCX)',
      { encrypted },
    );
  }
  let files: Record<string, Uint8Array>;
  let entries = 0;
  let total = 0;
  const tooLarge = (what: DocxLimitName, value: number, max: number, part?: string) =>
    new DocxReadError('too-large', `${part ? `${part}: ` : ''}${what} ${value} > ${max}`, { limit: { what, value, max }, ...(part ? { part } : {}) });
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (++entries > limits.entries) throw tooLarge('entries', entries, limits.entries);
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        if (f.originalSize > limits.partBytes) throw tooLarge('part-size', f.originalSize, limits.partBytes, f.name);
        total += f.originalSize;
        if (total > limits.totalBytes) throw tooLarge('total-size', total, limits.totalBytes, f.name);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    const truncated = looksTruncatedZip(bytes);
    throw new DocxReadError('not-zip', e instanceof Error ? e.message : String(e), truncated ? { truncated } : {});
  }
  const cache = new Map<string, El | undefined>();
  let elementsRead = 0;
  let documentPart = 'word/document.xml';
  const xml = (part: string): El | undefined => {
    if (cache.has(part)) return cache.get(part);
    const data = files[part];
    let parsed: El | undefined;
    if (data) {
      const text = decodePart(data, part);
      try {
        const counts = scanXml(text, { elements: Math.min(limits.elements, limits.totalElements - elementsRead), depth: limits.depth }, ['w:p']);
        elementsRead += counts.elements;
        if (part === documentPart && counts.named['w:p'] > limits.paragraphs) throw tooLarge('paragraphs', counts.named['w:p'], limits.paragraphs, part);
      } catch (e) {
        if (!(e instanceof XmlLimitError)) throw e;
        if (e.what === 'dtd') throw new DocxReadError('bad-xml', `${part}: ${e.message}`, { dtd: true, part });
        // Past the total of all parts: report the running total against it.
        if (e.what === 'elements' && limits.totalElements - elementsRead < limits.elements) throw tooLarge('elements', elementsRead + e.value, limits.totalElements, part);
        throw tooLarge(e.what, e.value, e.limit, part);
      }
      try {
        parsed = parseXml(text);
      } catch (e) {
        throw new DocxReadError('bad-xml', `${part}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { part });
      }
    }
    cache.set(part, parsed);
    return parsed;
  };
  const rels = (part: string): Map<string, Relationship> => {
    const dir = path.posix.dirname(part);
    const relsPart = path.posix.join(dir === '.' ? '' : dir, '_rels', `${path.posix.basename(part)}.rels`);
    const out = new Map<string, Relationship>();
    for (const r of elements(xml(relsPart), 'Relationship')) {
      const id = attr(r, 'Id');
      const target = attr(r, 'Target');
      if (!id || !target || attr(r, 'TargetMode') === 'External') continue;
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, target));
      out.set(id, { type: attr(r, 'Type') ?? '', target: resolved });
    }
    return out;
  };
  const root = [...rels('').values()].find((r) => r.type.endsWith('/officeDocument'));
  documentPart = root?.target ?? 'word/document.xml';
  if (!files[documentPart]) throw new DocxReadError('no-document', `no ${documentPart} in the package`);
  // The package's relationship must name a WordprocessingML main document, not another part.
  const main = xml(documentPart);
  if (main?.name !== 'w:document') throw new DocxReadError('no-document', `${documentPart} is not a main document (<${main?.name ?? '?'}>)`, { part: documentPart });
  const docRels = rels(documentPart);
  return {
    xml,
    rels,
    documentPart,
    related: (type) => [...docRels.values()].find((r) => r.type === REL + type || r.type.endsWith(`/${type}`))?.target,
  };
}
