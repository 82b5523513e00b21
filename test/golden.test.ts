/**
 * Golden files: the model JSON and the DOCX XML parts of the examples. Refresh with
 * `npm run test:update` (UPDATE_GOLDEN=1) and review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/render/docx/index.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { buildPdfDefinition, pdfMetrics } from '../src/render/pdf/index.js';
import { createMeasurer } from '../src/text/metrics.js';
import { compileFile, exampleFiles, ROOT, unzipText, UPDATE } from './helpers.js';

const dir = path.join(ROOT, 'test', 'golden');
// The renderer's own metrics of the bundled fonts (line gap factor, line height), not literals.
const fonts = readFontFiles(bundledFontFiles());
const measure = createMeasurer(fonts);
const metrics = pdfMetrics(fonts, measure);

function golden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`golden file ${name} was missing and has been written; review it and run again`);
    return;
  }
  expect(actual, `${name} differs from the golden file (npm run test:update to accept)`).toBe(readFileSync(file, 'utf8'));
}

/** Pretty-print XML one element per line so diffs are readable. */
function pretty(xml: string): string {
  return xml.replace(/></g, '>\n<') + '\n';
}

describe.each(exampleFiles().map((f) => [path.basename(f, '.yaml'), f]))('golden %s', (name, file) => {
  const compiled = compileFile(file);
  it('model JSON', () => {
    golden(`${name}/model.json`, JSON.stringify(compiled.value!.model, null, 2) + '\n');
  });
  it('pdfmake document definition', () => {
    // As the renderer builds it with its patches (pdfmake breaks the lines; pdf-patches.test.ts
    // shows the finished lines it builds without them give the same PDF).
    const def = buildPdfDefinition(compiled.value!.model, metrics, { finishedLines: false });
    const json = JSON.stringify(def, (_k, v) => (typeof v === 'function' ? '[function]' : v instanceof Date ? v.toISOString() : v), 2);
    golden(`${name}/pdf-definition.json`, json + '\n');
  });
  it('DOCX XML', async () => {
    const parts = unzipText(await renderDocx(compiled.value!.model));
    for (const part of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml']) golden(`${name}/${part.replace(/\//g, '_')}`, pretty(parts[part]));
  });
});
