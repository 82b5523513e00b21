/**
 * Opens every example DOCX, the layout fixtures (test/fixtures/layouts) and a sample of random
 * plans in LibreOffice (as a real word processor would), with the fonts our PDF embeds, and checks
 * that each converts, that our PDF has the same number of pages as LibreOffice's rendering of our
 * DOCX, and that page 1 puts the body where LibreOffice does. Runs when `soffice` is installed
 * (.ci/run installs it); under CI=true a missing soffice fails.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { flattenBody } from '../src/model/layout.js';
import type { DocumentModel } from '../src/model/types.js';
import { createMeasurer } from '../src/text/metrics.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderPdf } from '../src/render/pdf/index.js';
import fc from 'fast-check';
import { plan, toYaml } from './arbitraries.js';
import { compileFile, exampleFiles, libreOfficePdfs, pdfWords, ROOT, skipWithout, tempDir, compileText, type PdfWord } from './helpers.js';

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');
const layoutFiles = () => readdirSync(LAYOUTS).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(LAYOUTS, f));

describe.skipIf(skipWithout('soffice', 'pdfinfo', 'pdftotext'))('LibreOffice', () => {
  const dir = tempDir('cchc-lo-');
  const models = new Map<string, DocumentModel>();
  let lo = '';
  beforeAll(async () => {
    const fonts = readFontFiles(bundledFontFiles());
    const measure = createMeasurer(fonts);
    const add = async (name: string, model: DocumentModel) => {
      writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(model));
      writeFileSync(path.join(dir, `${name}.pdf`), await renderPdf(model, { fonts, measure }));
      models.set(name, model);
    };
    for (const file of [...exampleFiles(), ...layoutFiles()]) await add(path.basename(file, '.yaml'), compileFile(file).value!.model);
    // A sample of random valid plans (fixed seed) must open too.
    for (const [i, p] of fc.sample(plan, { seed: 7, numRuns: 3 }).entries()) await add(`random-${i}`, compileText(toYaml(p), `random-${i}.yaml`).value!.model);
    lo = libreOfficePdfs([...models.keys()].map((n) => path.join(dir, `${n}.docx`)), dir);
  }, 300000);

  it('opens every example, layout fixture and random plan, and our PDF has as many pages', () => {
    expect([...models.keys()].filter((n) => !n.startsWith('random') && !/^\d{3}-|minimal/.test(n)).length).toBe(layoutFiles().length);
    for (const name of models.keys()) {
      const count = pages(path.join(lo, `${name}.pdf`));
      expect(count, `${name}: LibreOffice page count`).toBeGreaterThan(0);
      expect(pages(path.join(dir, `${name}.pdf`)), `${name}: our PDF vs LibreOffice`).toBe(count);
    }
  });

  it('page 1 starts the body where LibreOffice does (header table, title, lines: no extra space)', () => {
    const first = (text: string) => text.trim().split(/\s+/)[0];
    for (const [name, model] of models) {
      if (name.startsWith('random')) continue;
      const body = model.grounds[0] ?? model.opening[0] ?? flattenBody(model.body)[0].runs;
      const bodyWord = first(body.map((r) => r.text).join(''));
      const find = (words: PdfWord[]) => {
        const top = words.find((w) => w.text === first(model.header.nationalTitle))!;
        const type = words.findIndex((w) => w.text === first(model.title.type));
        return { top, body: words.slice(type).find((w) => w.text === bodyWord)! };
      };
      const ours = find(pdfWords(path.join(dir, `${name}.pdf`), 1));
      const theirs = find(pdfWords(path.join(lo, `${name}.pdf`), 1));
      expect(ours.body, `${name}: "${bodyWord}" on page 1`).toBeDefined();
      expect(theirs.body, `${name}: "${bodyWord}" on LibreOffice's page 1`).toBeDefined();
      // The same distance from the first line of the header to the first line of the body…
      expect(Math.abs(ours.body.baseline - ours.top.baseline - (theirs.body.baseline - theirs.top.baseline)), name).toBeLessThan(0.3);
      // …and the same place on the page, but for the font's line gap, which LibreOffice puts above
      // a line's text and pdfmake below it (≈ 0.6 pt at 14 pt: the same line pitch).
      expect(Math.abs(ours.body.baseline - theirs.body.baseline), name).toBeLessThan(1);
      expect(Math.abs(ours.body.x0 - theirs.body.x0), name).toBeLessThan(0.5);
    }
  });

  // Within 1.5 pt across and 1 pt down: LibreOffice rounds each glyph's advance to a twip, which
  // moves the last words of a justified or italic line by up to a point; the line gap above (see
  // the test above) moves every baseline by about 0.6 pt.
  it('every word of the layout fixtures stands where LibreOffice puts it', () => {
    for (const file of layoutFiles()) {
      const name = path.basename(file, '.yaml');
      for (let page = 1; page <= pages(path.join(dir, `${name}.pdf`)); page++) {
        const theirs = pdfWords(path.join(lo, `${name}.pdf`), page);
        const misplaced = pdfWords(path.join(dir, `${name}.pdf`), page)
          .filter((w) => !theirs.some((t) => t.text === w.text && Math.abs(t.x0 - w.x0) < 1.5 && Math.abs(t.baseline - w.baseline) < 1))
          .map((w) => `${w.text} (${w.x0.toFixed(1)}, ${w.baseline.toFixed(1)})`);
        expect(misplaced, `${name}, page ${page}`).toEqual([]);
      }
    }
  });
});
