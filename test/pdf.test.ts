/**
 * The PDF as a reader sees it (poppler): text in order and NFC, fonts embedded, A4 pages, page
 * numbers hidden on page 1 and centred at the top from page 2, metadata from the plan.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { flattenBody } from '../src/model/layout.js';
import { mmToPt, textWidthMm } from '../src/decree30/measures.js';
import { createMeasurer } from '../src/text/metrics.js';
import { breakPieces, renderPdf } from '../src/render/pdf/index.js';
import { compileFile, exampleFiles, hasCommand, ROOT, tempDir } from './helpers.js';

const fonts = readFontFiles(bundledFontFiles());
const measure = createMeasurer(fonts);
const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, '').replace(/-/g, '');

describe('line-break pieces', () => {
  it('keeps "122/KH-UBND" together except after the hyphen before letters, and ranges whole', () => {
    expect(breakPieces('số 122/KH-UBND ngày 2022-2025 xong')).toEqual([
      { text: 'số ' },
      { text: '122/KH-', noWrap: true },
      { text: 'UBND ', noWrap: true },
      { text: 'ngày ' },
      { text: '2022-2025 ', noWrap: true },
      { text: 'xong' },
    ]);
  });
});

describe.skipIf(!hasCommand('pdftotext'))('PDF of each example', () => {
  for (const file of exampleFiles()) {
    const name = path.basename(file, '.yaml');
    it(name, async () => {
      const { model } = compileFile(file).value!;
      const bytes = await renderPdf(model, { fonts, measure });
      const dir = tempDir();
      const pdf = path.join(dir, `${name}.pdf`);
      writeFileSync(pdf, bytes);

      // Text: NFC, no replacement characters, the plan's paragraphs in order.
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\uFFFD/);
      // Page numbers interrupt paragraphs that run across pages: drop those lines.
      const flat = squash(text.split('\n').filter((l) => !/^\f?\d+$/.test(l.trim())).join('\n'));
      // The two header columns are read side by side: each element present…
      for (const e of [model.header.nationalTitle, model.header.motto, ...model.header.issuer, model.header.numberLine, model.header.placeDate]) {
        for (const token of e.split(/[\s\u00a0]+/).filter(Boolean)) expect(flat, e).toContain(squash(token));
      }
      // …and from the title on, everything in order.
      const expected = [
        model.title.type,
        ...model.title.summaryLines,
        ...model.opening.map((p) => p.map((r) => r.text).join('')),
        ...flattenBody(model.body).map((p) => p.runs.map((r) => r.text).join('')),
        ...model.closing.map((p) => p.map((r) => r.text).join('')),
        model.recipients.label,
        ...model.recipients.items,
        model.recipients.archive,
        ...model.appendices.flatMap((a) => [a.label, a.title]),
      ];
      let at = 0;
      for (const e of expected) {
        const found = flat.indexOf(squash(e), at);
        expect(found, `"${e.slice(0, 60)}" in order`).toBeGreaterThanOrEqual(0);
        at = found;
      }
      for (const ch of new Set([...model.title.summary])) expect(measure.missing(ch)).toEqual([]);

      // Fonts: all embedded.
      const fontsOut = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fontsOut.length).toBeGreaterThan(0);
      for (const line of fontsOut) expect(line).toMatch(/ yes +yes +yes /);

      // Pages: A4 portrait, appendix pages A4 landscape.
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [w, h] of sizes) expect([w, h].sort().map(Math.round)).toEqual([595, 842]);
      expect(info).toMatch(/Title: +Tuyên truyền|Title: +Truyền thông/);
      expect(info).toContain(`Author:          ${model.meta.author}`);
      if (model.meta.date) expect(info).toMatch(new RegExp(`CreationDate: .* ${model.meta.date.slice(0, 4)} UTC`));

      // Page numbers: none on page 1; "2" centred in the top margin of page 2.
      const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '2', pdf, '-'], { encoding: 'utf8' });
      const pages = bbox.split('<page ').slice(1);
      const words = (page: string) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], t: m[5] }));
      const top = mmToPt(model.measures.page.margins.top);
      expect(words(pages[0]).filter((w) => w.y1 < top && /^\d+$/.test(w.t))).toEqual([]);
      if (pages[1]) {
        const numbers = words(pages[1]).filter((w) => w.y1 < top && /^\d+$/.test(w.t));
        expect(numbers.map((w) => w.t)).toEqual(['2']);
        const centre = mmToPt(model.measures.page.margins.left) + mmToPt(textWidthMm(model.measures)) / 2;
        expect(Math.abs((numbers[0].x0 + numbers[0].x1) / 2 - centre)).toBeLessThan(1.5);
      }
    }, 30000);
  }
});

describe('PDF determinism within one process', () => {
  it('renders the same plan to the same bytes after other plans (shared font caches)', async () => {
    const a = compileFile(exampleFiles().find((f) => f.endsWith('minimal.yaml'))!).value!.model;
    const b = compileFile(exampleFiles()[1]).value!.model;
    const first = await renderPdf(a, { fonts, measure });
    await renderPdf(b, { fonts, measure });
    expect(Buffer.compare(Buffer.from(await renderPdf(a, { fonts, measure })), Buffer.from(first))).toBe(0);
  });
  it('renders a plan after others exactly as a fresh process does (fonts shared across documents)', async () => {
    const file = exampleFiles().find((f) => f.endsWith('002-xa-son-mai-2025.yaml'))!;
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bin.js'), 'build', file, '--out-dir', out, '-q', '-f', 'pdf']);
    for (const other of exampleFiles()) await renderPdf(compileFile(other).value!.model, { fonts, measure });
    const here = await renderPdf(compileFile(file).value!.model, { fonts, measure });
    expect(Buffer.compare(Buffer.from(here), readFileSync(path.join(out, '002-xa-son-mai-2025.pdf')))).toBe(0);
  }, 60000);
});
