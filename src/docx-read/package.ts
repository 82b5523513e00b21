/**
 * The DOCX package: zip entries, relationships and parsed XML parts. Only the XML parts are
 * inflated (never media), each with a size cap, so a hostile file cannot exhaust memory.
 */
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { attr, elements, parseXml, type El } from './xml.js';

/** Why a file could not be read as a DOCX; the CLI maps this to exit code 2. */
export class DocxReadError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'legacy-or-encrypted' | 'no-document' | 'bad-xml' | 'too-large',
    detail: string,
  ) {
    super(detail);
  }
}

const MAX_PART_BYTES = 64 * 1024 * 1024;
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

export function openDocx(bytes: Uint8Array): DocxPackage {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxReadError('legacy-or-encrypted', 'OLE compound file (Word 97–2003 .doc or a password-protected DOCX)');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new DocxReadError('too-large', `${f.name}: ${f.originalSize} bytes`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError('not-zip', e instanceof Error ? e.message : String(e));
  }
  const cache = new Map<string, El | undefined>();
  const xml = (part: string): El | undefined => {
    if (cache.has(part)) return cache.get(part);
    const data = files[part];
    let parsed: El | undefined;
    if (data) {
      try {
        parsed = parseXml(strFromU8(data));
      } catch (e) {
        throw new DocxReadError('bad-xml', `${part}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
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
  const documentPart = root?.target ?? 'word/document.xml';
  if (!files[documentPart]) throw new DocxReadError('no-document', `no ${documentPart} in the package`);
  const docRels = rels(documentPart);
  return {
    xml,
    rels,
    documentPart,
    related: (type) => [...docRels.values()].find((r) => r.type === REL + type || r.type.endsWith(`/${type}`))?.target,
  };
}
