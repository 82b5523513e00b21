/**
 * PDF emitter: document model → pdfmake document definition (definition.ts) → PDF bytes. Fonts
 * are embedded (Tinos, or the office's Times New Roman); metadata dates come from the model,
 * never from the clock; pdfmake may read no file and no URL.
 */
import { createRequire } from 'node:module';
import type { DocumentModel } from '../../model/types.js';
import type { FontFiles, TextMeasurer } from '../../text/metrics.js';
import { buildPdfDefinition, imageEntries, PDF_FONT } from './definition.js';
import { prepareFontsForPdfkit } from './patches/fast-layout.js';
import { installFastPaths } from './patches/fast-paths.js';
import { patchJustification } from './patches/justify.js';

export { breakPieces, buildPdfDefinition, PDF_FONT, type PdfMetrics } from './definition.js';

const require = createRequire(import.meta.url);

export interface PdfOptions {
  fonts: FontFiles;
  /** Metrics of the same fonts: pdfmake lines are made as tall as Word's. */
  measure: TextMeasurer;
}

/** The same Buffer objects for the same fonts, so fontkit parses each file once per process. */
const buffers = new WeakMap<FontFiles, Record<string, Buffer>>();
function fontBuffers(fonts: FontFiles): Record<string, Buffer> {
  let b = buffers.get(fonts);
  if (!b) {
    b = {
      'font-regular': Buffer.from(fonts.regular),
      'font-bold': Buffer.from(fonts.bold),
      'font-italic': Buffer.from(fonts.italic),
      'font-bolditalic': Buffer.from(fonts.boldItalic),
    };
    buffers.set(fonts, b);
  }
  return b;
}

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
}

/** Render the model to PDF bytes with embedded fonts; no network or file access by pdfmake. */
export async function renderPdf(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const storage: Record<string, Buffer> = {
    ...fontBuffers(options.fonts),
    ...Object.fromEntries(imageEntries(model).map(([k, v]) => [k, Buffer.from(v)])),
  };
  const vfs: VirtualFs = {
    existsSync: (name) => name in storage,
    readFileSync: (name) => {
      const b = storage[name];
      if (!b) throw new Error(`not in the virtual file system: ${name}`);
      return b;
    },
  };
  patchJustification(require('pdfmake/js/ElementWriter.js').default);
  // Word neither kerns nor ligates by default: lay text out glyph by glyph, as it does; and parse
  // each font file once per process.
  prepareFontsForPdfkit(Object.values(fontBuffers(options.fonts)));
  installFastPaths();
  const Printer = require('pdfmake/js/Printer.js').default;
  const URLResolver = require('pdfmake/js/URLResolver.js').default;
  const resolver = new URLResolver(vfs);
  resolver.setUrlAccessPolicy(() => false);
  const fonts = { [PDF_FONT]: { normal: 'font-regular', bold: 'font-bold', italics: 'font-italic', bolditalics: 'font-bolditalic' } };
  const printer = new Printer(fonts, vfs, resolver, () => false);
  const definition = buildPdfDefinition(model, { lineGapFactor: options.measure.lineGapFactor(), lineHeight: options.measure.lineHeight() });
  const doc = await printer.createPdfKitDocument(definition);
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
