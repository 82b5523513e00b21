/**
 * Opens every example DOCX in LibreOffice (as a real word processor would) and checks that it
 * converts, and that our PDF has the same number of pages as LibreOffice's rendering of our DOCX.
 * Runs when `soffice` is installed (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { createMeasurer } from '../src/text/metrics.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderPdf } from '../src/render/pdf/index.js';
import fc from 'fast-check';
import { plan, toYaml } from './arbitraries.js';
import { compileFile, exampleFiles, skipWithout, tempDir, compileText } from './helpers.js';

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe.skipIf(skipWithout('soffice', 'pdfinfo'))('LibreOffice', () => {
  it('opens every example DOCX and a sample of random plans, and our PDF has as many pages', async () => {
    const fonts = readFontFiles(bundledFontFiles());
    const measure = createMeasurer(fonts);
    const dir = tempDir('cchc-lo-');
    const names: string[] = [];
    for (const file of exampleFiles()) {
      const name = path.basename(file, '.yaml');
      const { model } = compileFile(file).value!;
      writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(model));
      writeFileSync(path.join(dir, `${name}.pdf`), await renderPdf(model, { fonts, measure }));
      names.push(name);
    }
    // A sample of random valid plans (fixed seed) must open too.
    for (const [i, p] of fc.sample(plan, { seed: 7, numRuns: 3 }).entries()) {
      const r = compileText(toYaml(p), `random-${i}.yaml`);
      writeFileSync(path.join(dir, `random-${i}.docx`), await renderDocx(r.value!.model));
      writeFileSync(path.join(dir, `random-${i}.pdf`), await renderPdf(r.value!.model, { fonts, measure }));
      names.push(`random-${i}`);
    }
    const out = path.join(dir, 'lo');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', out, ...names.map((n) => path.join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 240000 });
    for (const name of names) {
      const lo = pages(path.join(out, `${name}.pdf`));
      expect(lo, `${name}: LibreOffice page count`).toBeGreaterThan(0);
      expect(pages(path.join(dir, `${name}.pdf`)), `${name}: our PDF vs LibreOffice`).toBe(lo);
    }
  }, 300000);
});
