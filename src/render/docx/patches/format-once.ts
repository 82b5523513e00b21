/**
 * docx's package compiler, our own instance (speed only).
 *
 * - `compile`: `Packer.toBuffer` compiles the package's parts and zips them; we zip them ourselves
 *   (reproducibly, zip.ts), so we call the compiler directly instead of unzipping docx's zip. docx
 *   declares its compiler private: we make our own instance of its class (`Packer.compiler`'s
 *   constructor) and leave docx's own untouched.
 * - `formatOnce`: parts that are the same in every plan (the theme; the styles, which depend only on
 *   the measures) are formatted once per process instead of once per document: docx's formatter
 *   walks them through the same generic code as the body, which was a third of the time of a
 *   one-page plan. Only our compiler's formatter is changed. The key says what the part's content
 *   depends on.
 */
import { Packer, type Document } from 'docx';
import { DOCX_SWITCHES } from './switches.js';
import { docxVersionMismatches } from './versions.js';

const onceKeys = new WeakMap<object, string>();
const formatted = new Map<string, unknown>();

/** Format this part once per process, for all documents whose part has the same key. */
export function formatOnce(part: object, key: string): void {
  onceKeys.set(part, key);
}

interface Formatter {
  format(input: unknown, context: { stack: unknown[] }): unknown;
}

export interface PackageCompiler {
  compile(doc: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array>;
}

let compiler: PackageCompiler | null | undefined;

function makeCompiler(): PackageCompiler | null {
  if (docxVersionMismatches().length) return null;
  const shared = (Packer as unknown as { compiler?: object }).compiler;
  const Compiler = shared?.constructor as (new () => PackageCompiler & { formatter?: Formatter }) | undefined;
  if (!Compiler) return null;
  const own = new Compiler();
  const formatter = own.formatter;
  if (!formatter || typeof own.compile !== 'function') return null;
  const format = formatter.format.bind(formatter);
  formatter.format = (input, context) => {
    const key = DOCX_SWITCHES.formatOnce.on && context.stack.length === 0 && input && typeof input === 'object' ? onceKeys.get(input) : undefined;
    if (key === undefined) return format(input, context);
    DOCX_SWITCHES.formatOnce.hits++;
    if (!formatted.has(key)) {
      if (formatted.size > 32) formatted.clear();
      formatted.set(key, format(input, context));
    }
    return formatted.get(key);
  };
  return own;
}

/** Our compiler, or undefined when the installed docx is not the one it was written for (or it is switched off). */
export function ownCompiler(): PackageCompiler | undefined {
  if (compiler === undefined) compiler = makeCompiler();
  if (!compiler || !DOCX_SWITCHES.compile.on) return undefined;
  DOCX_SWITCHES.compile.hits++;
  return compiler;
}
