/**
 * A built document as reproducible DOCX bytes. The package parts come from docx's compiler (our
 * own instance, patches/format-once.ts; or, with another docx version, from docx's public Packer
 * and unzipped) and are zipped once with fixed dates.
 */
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import type { DocumentModel } from '../../model/types.js';
import { ownCompiler } from './patches/format-once.js';
import { zipParts } from './zip.js';

export async function packDocx(doc: Document, model: DocumentModel): Promise<Uint8Array> {
  const compiler = ownCompiler();
  const parts: Map<string, string | Uint8Array> = compiler
    ? compiler.compile(doc, undefined, [])
    : new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))));
  return zipParts(parts, model);
}
