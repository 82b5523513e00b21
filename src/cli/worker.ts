/**
 * Worker thread of a build. Two roles:
 * - `batch`: says it is ready, then builds the plans it is sent, one at a time;
 * - `pdf`: the PDF of a single cold DOCX + PDF build. It loads only the PDF renderer and the fonts,
 *   as soon as it starts, while the main thread reads and compiles the plan; then it renders the
 *   compiled model it is sent while the main thread makes the DOCX (pool.ts, `pdfHelper`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentModel } from '../model/types.js';
import type { BuildSettings } from './builder.js';

export interface WorkerData {
  settings: BuildSettings;
  role: 'batch' | 'pdf';
}

const { settings, role } = workerData as WorkerData;
const port = parentPort!;
if (role === 'pdf') {
  // Ready before the model comes: the renderer, its copy of pdfmake and pdfkit, the fonts.
  const ready = (async () => {
    const [{ readFontFiles }, { createMeasurer }, pdf] = await Promise.all([import('./io.js'), import('../text/metrics.js'), import('../render/pdf/index.js')]);
    const fonts = readFontFiles(settings.fontFiles);
    const options = { fonts, measure: createMeasurer(fonts) };
    pdf.preparePdf(options);
    return (model: DocumentModel) => pdf.renderPdf(model, options);
  })();
  ready.catch(() => undefined); // reported with the model, below
  port.on('message', async (msg: { model: DocumentModel }) => {
    try {
      port.postMessage({ bytes: await (await ready)(msg.model) });
    } catch (e) {
      port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
  });
} else {
  const { Builder } = await import('./builder.js');
  const builder = new Builder(settings);
  port.on('message', async (msg: { id: number; file: string }) => {
    try {
      port.postMessage({ id: msg.id, outcome: await builder.build(msg.file) });
    } catch (e) {
      port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
  port.postMessage({ ready: true });
}
