/**
 * A built document as reproducible DOCX bytes. The package parts come straight from the `docx`
 * compiler and are zipped once with fixed dates (instead of zipping, unzipping and zipping again).
 */
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import type { DocumentModel } from '../../model/types.js';
import { installFormatOnce, type PackageCompiler } from './patches/format-once.js';
import { zipParts } from './zip.js';

export async function packDocx(doc: Document, model: DocumentModel): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  let parts: Map<string, string | Uint8Array>;
  if (compiler && typeof compiler.compile === 'function') {
    installFormatOnce(compiler);
    parts = compiler.compile(doc, undefined, []);
  } else {
    parts = new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))));
  }
  return zipParts(parts, model);
}
