/**
 * The renderer's own copy of pdfmake and pdfkit.
 *
 * The patches in this folder change prototypes and static methods of pdfmake and pdfkit. So that
 * no other code in the process sees them, the renderer loads a private copy of the two packages'
 * CommonJS modules (Node's documented `require.cache`: the packages' entries are taken out, the
 * packages required afresh, their new module objects kept, and the previous entries put back). The
 * packages they depend on are shared, unchanged; fontkit too, except that the private pdfkit may be
 * handed its own `fontkit` object (font-files.ts).
 *
 * The patches are applied only when the installed versions are exactly those they were written
 * against (versions.ts); otherwise the private copy is left as it is and the renderer uses pdfmake's
 * and pdfkit's public behaviour, which gives the same PDF.
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { patchJustification, type ElementWriterClass } from './justify.js';
import { fontkitForPdfkit, registerFontBuffers } from './font-files.js';
import { patchStyleLookup, type StyleStackClass, type TextInlinesClass } from './style-lookup.js';
import { patchTextLayout, type EmbeddedFontLike } from './text-layout.js';
import { SWITCHES } from './switches.js';
import { installedVersions, packageRoot, versionMismatches, type PatchedPackage } from './versions.js';

const require = createRequire(import.meta.url);

/** The public API of pdfmake (its `require('pdfmake')` object), as the renderer uses it. */
export interface PdfMakeApi {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void; storage: Record<string, unknown> };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: object, options?: object): { getBuffer(): Promise<Buffer> };
}

interface PdfkitDocument {
  font(src: Uint8Array): { _font: object };
}

export interface PdfEngine {
  /** pdfmake's public API object of this private copy. */
  readonly pdfmake: PdfMakeApi;
  /** Whether the patches are applied (the installed versions are those they were written for). */
  readonly patched: boolean;
  /** Why not, when they are not. */
  readonly mismatches: readonly string[];
  /** Before rendering with these font Buffers (idempotent). */
  prepare(fontBuffers: Uint8Array[]): void;
  /** Whether pdfmake justifies lines as we need (patches/justify.ts); if not, lines.ts makes the lines. */
  justifies(): boolean;
  /** A module of this copy, e.g. ('pdfmake', 'js/TextInlines.js') (the tests look at the patched code). */
  module(pkg: 'pdfmake' | 'pdfkit', file: string): unknown;
}

/** The fontkit module pdfkit loads. */
function fontkitOfPdfkit(): string | undefined {
  const root = packageRoot('pdfkit');
  try {
    return root && createRequire(path.join(root, 'package.json')).resolve('fontkit');
  } catch {
    return undefined;
  }
}

/**
 * Load pdfmake (and with it pdfkit) privately: the module cache entries of both packages are set
 * aside while they load and restored afterwards; `fontkit`, when given, is what pdfkit's
 * `require('fontkit')` returns.
 */
function loadPrivately(fontkit: object | undefined): { pdfmake: PdfMakeApi; module(pkg: 'pdfmake' | 'pdfkit', file: string): unknown } {
  const roots = { pdfmake: packageRoot('pdfmake'), pdfkit: packageRoot('pdfkit') };
  if (!roots.pdfmake || !roots.pdfkit) throw new Error('pdfmake and pdfkit must be installed');
  const prefixes = [roots.pdfmake, roots.pdfkit];
  const cache = require.cache;
  const inPackages = (key: string) => prefixes.some((p) => key.startsWith(p));
  const previous = Object.keys(cache)
    .filter(inPackages)
    .map((key) => [key, cache[key]] as const);
  for (const [key] of previous) delete cache[key];
  // With `fontkit` given, pdfkit's require('fontkit') returns it while the copy loads.
  const fontkitPath = fontkit ? fontkitOfPdfkit() : undefined;
  if (fontkitPath) require(fontkitPath); // loaded (and cached) for everyone else first
  const sharedFontkit = fontkitPath ? cache[fontkitPath] : undefined;
  if (fontkitPath) {
    const substitute = new Module(fontkitPath);
    substitute.filename = fontkitPath;
    substitute.exports = fontkit;
    substitute.loaded = true;
    cache[fontkitPath] = substitute;
  }
  const own = new Map<string, NodeJS.Module>();
  try {
    const pdfmake = require('pdfmake') as PdfMakeApi;
    for (const key of Object.keys(cache)) if (inPackages(key)) own.set(key, cache[key]!);
    return {
      pdfmake,
      module(pkg, file) {
        const m = own.get(path.join(roots[pkg]!, file));
        if (!m) throw new Error(`${pkg}/${file} is not part of the loaded copy`);
        return m.exports;
      },
    };
  } finally {
    for (const key of Object.keys(cache)) if (inPackages(key)) delete cache[key];
    for (const [key, m] of previous) cache[key] = m;
    if (fontkitPath) cache[fontkitPath] = sharedFontkit;
  }
}

/**
 * A private copy of pdfmake and pdfkit, patched when the installed versions are those of
 * versions.ts (`installed` lets a test pretend otherwise).
 */
export function loadPdfEngine(installed: Partial<Record<PatchedPackage, string | undefined>> = installedVersions()): PdfEngine {
  const mismatches = versionMismatches(installed);
  // The fontkit the patches measure with must be the one pdfkit uses.
  if (fontkitOfPdfkit() !== require.resolve('fontkit')) mismatches.push('pdfkit uses another fontkit than the renderer');
  const patched = mismatches.length === 0;
  const copy = loadPrivately(patched ? fontkitForPdfkit() : undefined);
  const PDFDocument = copy.module('pdfkit', 'js/pdfkit.js') as new (options: object) => PdfkitDocument;
  let throwaway: PdfkitDocument | undefined;
  /** A document never written, to reach the classes pdfkit does not export. */
  const document = () => (throwaway ??= new PDFDocument({ autoFirstPage: false, font: null }));
  if (patched) {
    patchStyleLookup(
      (copy.module('pdfmake', 'js/StyleContextStack.js') as { default: StyleStackClass }).default,
      (copy.module('pdfmake', 'js/TextInlines.js') as { default: TextInlinesClass }).default,
    );
    patchJustification((copy.module('pdfmake', 'js/ElementWriter.js') as { default: ElementWriterClass }).default);
  }
  let layoutPatched = false;
  return {
    pdfmake: copy.pdfmake,
    patched,
    justifies: () => patched && SWITCHES.justify.on,
    mismatches,
    module: copy.module,
    prepare(fontBuffers) {
      if (!patched) return;
      registerFontBuffers(fontBuffers);
      if (layoutPatched) return;
      // pdfkit's EmbeddedFont class is not exported either: take it from a font of that document.
      patchTextLayout(Object.getPrototypeOf(document().font(fontBuffers[0])._font) as EmbeddedFontLike);
      layoutPatched = true;
    },
  };
}

let engine: PdfEngine | undefined;
/** The renderer's engine, loaded on first use. */
export function pdfEngine(): PdfEngine {
  return (engine ??= loadPdfEngine());
}
