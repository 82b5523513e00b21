/**
 * PDF emitter: document model → pdfmake document definition (definition.ts) → PDF bytes. Fonts
 * are embedded (Tinos, or the office's Times New Roman); metadata dates come from the model,
 * never from the clock; pdfmake may read no file and no URL.
 *
 * pdfmake is used through its public API, from the renderer's own copy of pdfmake and pdfkit
 * (patches/engine.ts), which the patches in patches/ speed up when the installed versions are
 * those they were written for.
 */
import type { DocumentModel } from '../../model/types.js';
import type { FontFiles, TextMeasurer } from '../../text/metrics.js';
import { buildPdfDefinition, imageEntries, PDF_FONT } from './definition.js';
import { fontBuffers, pdfMetrics } from './fonts.js';
import { pdfEngine, type PdfEngine } from './patches/engine.js';

export { breakPieces, buildPdfDefinition, PDF_FONT, type DefinitionOptions } from './definition.js';
export { pdfMetrics, type PdfMetrics } from './fonts.js';

export interface PdfOptions {
  fonts: FontFiles;
  /** Metrics of the same fonts: pdfmake lines are made as tall as Word's. */
  measure: TextMeasurer;
  /** The copy of pdfmake and pdfkit to render with (tests render with an unpatched one). */
  engine?: PdfEngine;
}

/** Names in pdfmake's virtual file system, unique per rendering (renderings may overlap). */
let renderings = 0;

/** Render the model to PDF bytes with embedded fonts; no network or file access by pdfmake. */
export async function renderPdf(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const engine = options.engine ?? pdfEngine();
  const fonts = fontBuffers(options.fonts);
  engine.prepare(Object.values(fonts));
  const definition = buildPdfDefinition(model, pdfMetrics(options.fonts, options.measure), { finishedLines: !engine.justifies() }) as { images: Record<string, string> };

  const pdfmake = engine.pdfmake;
  const vfs = pdfmake.virtualfs;
  const prefix = `cchc-${++renderings}/`;
  const files: Record<string, Uint8Array> = {
    [`${prefix}regular`]: fonts.regular,
    [`${prefix}bold`]: fonts.bold,
    [`${prefix}italic`]: fonts.italic,
    [`${prefix}bolditalic`]: fonts.boldItalic,
  };
  for (const [name, bytes] of imageEntries(model)) {
    files[`${prefix}${name}`] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    definition.images[name] = `${prefix}${name}`;
  }
  try {
    for (const [name, bytes] of Object.entries(files)) vfs.writeFileSync(name, bytes);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    pdfmake.setFonts({ [PDF_FONT]: { normal: `${prefix}regular`, bold: `${prefix}bold`, italics: `${prefix}italic`, bolditalics: `${prefix}bolditalic` } });
    const buffer = await pdfmake.createPdf(definition, {}).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    for (const name of Object.keys(files)) delete vfs.storage[name];
  }
}
