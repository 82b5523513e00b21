/** Signature and seal images in both outputs; plan text with Handlebars syntax printed literally. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { createMeasurer } from '../src/text/metrics.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { compileFile, ROOT, skipWithout, tempDir, compileText, unzipText } from './helpers.js';
import { readFileSync } from 'node:fs';

const dir = path.join(ROOT, 'test', 'fixtures', 'images');
const images = (p: string) => new Uint8Array(readFileSync(path.join(dir, p)));

describe('signature and seal images', () => {
  const { model } = compileFile(path.join(dir, 'plan.yaml')).value!;
  it('places the signature inline and the seal floating over it in the DOCX', async () => {
    const bytes = await renderDocx(model);
    const media = Object.keys(unzipSync(bytes)).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const xml = unzipText(bytes)['word/document.xml'];
    expect(xml).toMatch(/<wp:inline[\s\S]*?<\/wp:inline>/);
    expect(xml).toMatch(/<wp:anchor [^>]*allowOverlap="1"[\s\S]*?<\/wp:anchor>/);
    // The signature sits between the position and the name.
    const order = ['CHỦ TỊCH', '<wp:inline', 'Nguyễn Văn An'].map((s) => xml.lastIndexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('embeds both images in the PDF', async () => {
    const fonts = readFontFiles(bundledFontFiles());
    const pdf = path.join(tempDir(), 'plan.pdf');
    writeFileSync(pdf, await renderPdf(model, { fonts, measure: createMeasurer(fonts) }));
    if (skipWithout('pdfimages')) return; // a developer machine without poppler; under CI=true it must run
    const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(list.split('\n').slice(2).filter((l) => /image/.test(l)).length).toBeGreaterThanOrEqual(2);
  });
  it('prints {{ }} from the plan literally', async () => {
    const xml = unzipText(await renderDocx(model))['word/document.xml'];
    expect(xml).toContain('nội dung {{issuer}} và {{#each x}} in nguyên văn.');
  });
  it('reports a missing image and a path outside the plan folder', () => {
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8').replace('image: chu-ky.png', 'image: thieu.png').replace('seal: con-dau.png', 'seal: ../../../package.json');
    const r = compileText(text, 'plan.yaml', dir);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['image-missing', 'path-outside']);
  });
});
