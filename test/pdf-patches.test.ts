/**
 * The patches of pdfmake's and pdfkit's internals (src/render/pdf/patches):
 * - they apply only to the installed versions package.json pins, and only to the renderer's own
 *   copy of pdfmake and pdfkit: other code in the process gets fontkit, pdfkit and pdfmake as
 *   published;
 * - with another version the renderer uses the packages' public behaviour, and the PDF has the
 *   same text, the same pages and every glyph in the same place;
 * - each patch runs when it is on, and switched off gives the same PDF;
 * - justified lines stretch only their spaces, with the patch and without it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import type { DocumentModel } from '../src/model/types.js';
import { fontBuffers, NO_SHAPING, parsedFont, plainGlyphs, type FontkitFont } from '../src/render/pdf/fonts.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { loadPdfEngine, pdfEngine, type PdfEngine } from '../src/render/pdf/patches/engine.js';
import { PDF_PATCHES, pdfPatchHits, setPdfPatches, type PdfPatch } from '../src/render/pdf/patches/switches.js';
import { installedVersion, installedVersions, packageRoot, PATCHED_VERSIONS } from '../src/render/pdf/patches/versions.js';
import { DOCX_PATCHED_VERSIONS } from '../src/render/docx/patches/versions.js';
import { createMeasurer } from '../src/text/metrics.js';
import { plan, toYaml } from './arbitraries.js';
import { compileFile, compileText, exampleFiles, hasCommand, ROOT, tempDir } from './helpers.js';
import { glyphDifference, placedGlyphs, type PlacedGlyph } from './pdf-glyphs.js';

const require = createRequire(import.meta.url);
const fonts = readFontFiles(bundledFontFiles());
const measure = createMeasurer(fonts);
const examples: [string, DocumentModel][] = exampleFiles().map((f) => [path.basename(f, '.yaml'), compileFile(f).value!.model]);
const randoms: [string, DocumentModel][] = fc.sample(plan, { seed: 20261122, numRuns: 6 }).map((p, i) => [`random-${i}`, compileText(toYaml(p), `random-${i}.yaml`).value!.model]);

const render = async (model: DocumentModel, engine?: PdfEngine) => Buffer.from(await renderPdf(model, { fonts, measure, engine }));
/** The renderer on pdfmake and pdfkit as published: what it does when the installed versions differ. */
const publicEngine = loadPdfEngine({ ...installedVersions(), pdfmake: '0.3.11-another' });

// In CI the poppler tools must be there; elsewhere the tests that need them are skipped without them.
const poppler = !!process.env.CI || (hasCommand('pdftotext') && hasCommand('pdfinfo'));
function readable(pdf: Buffer): { text: string; pages: number } {
  const file = path.join(tempDir('cchc-patch-'), 'x.pdf');
  writeFileSync(file, pdf);
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]),
  };
}

/** Whether a function is the package's own code: its source text is in the package's file. */
const original = (fn: unknown, pkg: string, file: string) => readFileSync(path.join(packageRoot(pkg)!, file), 'utf8').includes(String(fn));

describe('versions', () => {
  it('the patches apply to the installed versions, which package.json pins exactly', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries({ ...PATCHED_VERSIONS, ...DOCX_PATCHED_VERSIONS })) {
      expect(pkg.dependencies[name], `package.json pins ${name}`).toBe(version);
      expect(installedVersion(name), `installed ${name}`).toBe(version);
    }
    expect(pdfEngine().mismatches).toEqual([]);
    expect(pdfEngine().patched).toBe(true);
  });

  it('with another version of any of them nothing is patched', () => {
    for (const name of Object.keys(PATCHED_VERSIONS)) {
      const engine = loadPdfEngine({ ...installedVersions(), [name]: '99.0.0' });
      expect(engine.patched, name).toBe(false);
      expect(engine.justifies()).toBe(false);
      expect(engine.mismatches.join(' ')).toContain(`${name} 99.0.0`);
      expect(original((engine.module('pdfmake', 'js/ElementWriter.js') as { default: { prototype: { alignLine: unknown } } }).default.prototype.alignLine, 'pdfmake', 'js/ElementWriter.js')).toBe(true);
    }
  });
});

describe('own instances', () => {
  it('other code in the process gets fontkit, pdfkit and pdfmake unchanged', async () => {
    await render(examples[0][1]);
    const engine = pdfEngine();
    // The renderer's copy is patched…
    const ours = engine.module('pdfmake', 'js/ElementWriter.js') as { default: { prototype: { alignLine: unknown } } };
    expect(original(ours.default.prototype.alignLine, 'pdfmake', 'js/ElementWriter.js')).toBe(false);
    // …what `require` gives everyone else is not, nor is it either of the renderer's copies.
    const ElementWriter = require('pdfmake/js/ElementWriter.js').default;
    for (const copy of [engine, publicEngine]) {
      expect(ElementWriter).not.toBe((copy.module('pdfmake', 'js/ElementWriter.js') as { default: unknown }).default);
      expect(require('pdfkit')).not.toBe(copy.module('pdfkit', 'js/pdfkit.js'));
    }
    expect(original(ElementWriter.prototype.alignLine, 'pdfmake', 'js/ElementWriter.js')).toBe(true);
    expect(original(require('pdfmake/js/StyleContextStack.js').default.getStyleProperty, 'pdfmake', 'js/StyleContextStack.js')).toBe(true);
    expect(original(require('pdfmake/js/TextInlines.js').default.prototype.measure, 'pdfmake', 'js/TextInlines.js')).toBe(true);

    const PDFDocument = require('pdfkit');
    // Even for the renderer's own font Buffer, pdfkit parses the file itself, with fontkit's code.
    const buffer = fontBuffers(fonts).regular;
    const embedded = new PDFDocument({ autoFirstPage: false, font: null }).font(buffer)._font;
    expect(original(Object.getPrototypeOf(embedded).layout, 'pdfkit', 'js/pdfkit.js')).toBe(true);
    expect(embedded.font).not.toBe(parsedFont(buffer));
    expect(Object.hasOwn(embedded.font, 'createSubset')).toBe(false);

    const fontkit = require('fontkit');
    expect(original(fontkit.create, 'fontkit', 'dist/main.cjs')).toBe(true);
    const font = fontkit.create(buffer);
    expect(original(Object.getPrototypeOf(font).layout, 'fontkit', 'dist/main.cjs')).toBe(true);
    expect(original(Object.getPrototypeOf(font).createSubset, 'fontkit', 'dist/main.cjs')).toBe(true);
    // fontkit still shapes by default (kerning "AV"), as it does for anyone else.
    const [a] = font.layout('AV').positions;
    expect(a.xAdvance).toBeLessThan(font.glyphForCodePoint(0x41).advanceWidth);
  });
});

describe.skipIf(!poppler)('public behaviour (other versions): the same PDF', () => {
  for (const [name, model] of [...examples, ...randoms]) {
    it(`same text, pages and glyph positions: ${name}`, async () => {
      const patched = await render(model);
      const plain = await render(model, publicEngine);
      expect(readable(plain)).toEqual(readable(patched));
      expect(glyphDifference(patched, plain)).toBeUndefined();
    }, 60000);
  }
});

describe('each patch', () => {
  afterEach(() => setPdfPatches({ all: true }));
  for (const patch of Object.keys(PDF_PATCHES) as PdfPatch[]) {
    it(`${patch}: runs when on, and off gives the same PDF`, async () => {
      let ran = 0;
      for (const [name, model] of [...examples, ...randoms.slice(0, 2)]) {
        const before = pdfPatchHits()[patch];
        const on = await render(model);
        ran += pdfPatchHits()[patch] - before;
        setPdfPatches({ [patch]: false });
        const afterOn = pdfPatchHits()[patch];
        const off = await render(model);
        setPdfPatches({ [patch]: true });
        expect(pdfPatchHits()[patch], `${name}: switched off, ${patch} does not run`).toBe(afterOn);
        if (patch === 'justify' || patch === 'subset') {
          // Another content stream (justify) or another font program (subset): the same glyphs.
          expect(glyphDifference(on, off), name).toBeUndefined();
        } else {
          expect(off.equals(on), `${name}: same bytes`).toBe(true);
        }
      }
      expect(ran, `${patch} ran`).toBeGreaterThan(0);
    }, 120000);
  }
});

/** Pairs of neighbouring visible glyphs of a line that are further apart than the first one's advance. */
function gapsInsideWords(glyphs: PlacedGlyph[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < glyphs.length; i++) {
    const [a, b] = [glyphs[i - 1], glyphs[i]];
    if (a.page !== b.page || a.y !== b.y || a.size !== b.size || /\s/.test(a.ch) || /\s/.test(b.ch)) continue;
    const gap = b.x - a.x - a.advance;
    // Further than 3 pt: another table cell or column, not a gap inside a word.
    if (gap > 1e-3 && gap < 3) out.push(`page ${a.page}: “${a.ch}${b.ch}” ${gap.toFixed(3)} pt apart`);
  }
  return out;
}

/** Lines ending at `right` (the right margin), from their last visible glyph. */
function linesEndingAt(glyphs: PlacedGlyph[], right: number): number {
  const ends = new Map<string, number>();
  for (const g of glyphs) if (!/\s/.test(g.ch)) ends.set(`${g.page}/${g.y}`, Math.max(ends.get(`${g.page}/${g.y}`) ?? 0, g.x + g.advance));
  return [...ends.values()].filter((x) => Math.abs(x - right) < 1e-3).length;
}

describe('justified lines', () => {
  const [name, model] = examples.find(([n]) => n === '002-xa-son-mai-2025')!;
  const right = 595.28 - (model.measures.page.margins.right * 72) / 25.4;
  /** pdfmake as published, justifying by itself: the gaps this is about. */
  const stock: PdfEngine = { ...publicEngine, justifies: () => true };

  it(`stretch only their spaces, with the patch and without it (${name})`, async () => {
    for (const engine of [pdfEngine(), publicEngine]) {
      const glyphs = placedGlyphs(await render(model, engine));
      expect(gapsInsideWords(glyphs), `patched: ${engine.patched}`).toEqual([]);
      expect(linesEndingAt(glyphs, right), `patched: ${engine.patched}`).toBeGreaterThan(100);
    }
  }, 60000);

  it('can fail: pdfmake alone opens gaps inside words ("122/KH-" | "UBND", a bold word and its comma)', async () => {
    const glyphs = placedGlyphs(await render(model, stock));
    expect(gapsInsideWords(glyphs).length).toBeGreaterThan(10);
    expect(linesEndingAt(glyphs, right)).toBeGreaterThan(100);
  }, 60000);
});

describe.skipIf(!poppler)('justified lines of every kind of piece', () => {
  // Style changes with and without spaces, spaces in their own run, characters outside the BMP
  // next to spaces, pieces kept together ("122/KH-UBND", "2022-2025"), two spaces, no-break
  // spaces, a word longer than a line, in body paragraphs and in a table cell.
  const phrases = [
    'Nội dung **đậm** 😀 tiếp theo',
    'kết quả **đậm**, *nghiêng*; và',
    '*nghiêng* **đậm** chữ thường',
    '**a** *😀* x 😀 😀 y',
    'theo Kế hoạch số 122/KH-UBND ngày 12/3/2025 giai đoạn 2022-2025',
    'hai  dấu cách và 100\u00a0000 đồng',
    '“trích dẫn” (ghi chú) – gạch nối … hết',
  ];
  const para = (k: number) => Array.from({ length: 6 }, (_, i) => phrases[(i + k) % phrases.length]).join(' ');
  const long = 'Kýtựliềnnhaurấtdàikhôngcóchỗngắtdòngnàocảđểthửviệcngắtcứngmộttừdàihơnmộtdòngcủatrangvănbảnnày';
  const yaml = `issuer: { name: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH], abbreviation: UBND }
place: An Bình
summary: Tuyên truyền cải cách hành chính
opening: "${para(0)} ${long} ${para(1)}"
body:
  - section: Mục đích
    items:
${Array.from({ length: 6 }, (_, k) => `      - "${para(k + 2)}"`).join('\n')}
  - section: Tổ chức thực hiện
    items:
      - task: "${para(3)} ${para(4)}"
        lead: Văn phòng
signature: { authority: TM, collective: Ủy ban nhân dân, title: Chủ tịch, name: Nguyễn Văn An }
recipients: [Như trên]
archive: { units: VP }
`;
  it('the same PDF with the patch and without it, and no gap inside a word', async () => {
    const compiled = compileText(yaml, 'tricky.yaml');
    expect(compiled.value, JSON.stringify(compiled.diagnostics)).toBeDefined();
    const model = compiled.value!.model;
    const patched = await render(model);
    const plain = await render(model, publicEngine);
    expect(readable(plain)).toEqual(readable(patched));
    expect(glyphDifference(patched, plain)).toBeUndefined();
    expect(gapsInsideWords(placedGlyphs(plain))).toEqual([]);
    expect(gapsInsideWords(placedGlyphs(await render(model, { ...publicEngine, justifies: () => true }))).length).toBeGreaterThan(10);
  }, 60000);
});

describe('text layout without shaping', () => {
  const fontkit = require('fontkit') as { create(b: Uint8Array): FontkitFont & { characterSet: number[] } };
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    it(`plain glyphs are fontkit's layout with no features, for every character of the font (${face})`, () => {
      const font = parsedFont(fontBuffers(fonts)[face]);
      const reference = fontkit.create(Buffer.from(fonts[face]));
      const plain: string[] = [];
      for (const codePoint of reference.characterSet) {
        const ch = String.fromCodePoint(codePoint);
        const mine = plainGlyphs(font, ch);
        if (!mine) continue;
        const run = reference.layout(ch, NO_SHAPING);
        expect([mine[0].id, mine[0].advanceWidth], `U+${codePoint.toString(16)}`).toEqual([run.glyphs[0].id, run.positions[0].xAdvance]);
        plain.push(ch);
      }
      // Every Vietnamese letter is plain; marks and other scripts are left to fontkit.
      const vietnamese = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
      expect(plainGlyphs(font, vietnamese + vietnamese.toUpperCase() + ' 0123456789.,;:!?()/-–—…“”"\'%')).toBeDefined();
      for (const other of ['e\u0301', 'a\u200bb', 'שלום', 'مرحبا', 'Ω']) expect(plainGlyphs(font, other), other).toBeUndefined();
      // In context too: the plain characters laid out together, 50 at a time.
      for (let i = 0; i < plain.length; i += 50) {
        const text = plain.slice(i, i + 50).join('');
        const run = reference.layout(text, NO_SHAPING);
        expect(plainGlyphs(font, text)!.map((g) => [g.id, g.advanceWidth])).toEqual(run.glyphs.map((g, k) => [g.id, run.positions[k].xAdvance]));
      }
    });
  }
});
