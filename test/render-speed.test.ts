/**
 * The emitters' own faster code gives the same documents as what it replaces (the PDF patches are
 * tested in pdf-patches.test.ts):
 * - our TrueType subsetter: every glyph of the subset has the outline and advance of the original
 *   glyph, in the same order as fontkit's subsetter, and the file's checksums are right;
 * - docx's compiler called directly (our instance) and the constant DOCX parts formatted once per
 *   process: DOCX bytes equal with each switched off, and equal across documents; with another
 *   docx version the public Packer is used.
 */
import { Packer } from 'docx';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { onlyCommentsOrBlank } from '../src/plan/load.js';
import { renderDocx } from '../src/render/docx/index.js';
import { DOCX_PATCHES, docxPatchHits, setDocxPatches, type DocxPatch } from '../src/render/docx/patches/switches.js';
import { docxVersionMismatches } from '../src/render/docx/patches/versions.js';
import { fflateZip } from '../src/render/docx/zip.js';
import { readSfnt, TrueTypeSubset } from '../src/render/pdf/subset.js';
import { plan, toYaml } from './arbitraries.js';
import { compileFile, exampleFiles, compileText } from './helpers.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const fonts = readFontFiles(bundledFontFiles());

describe('TrueType subset', () => {
  const text = 'Ủy ban nhân dân xã Sơn Mai — Kế hoạch truyền thông năm 2026: “cải cách hành chính”, ỹ ỵ ẫ ặ ữ ờ €';
  for (const [face, bytes] of Object.entries(fonts)) {
    it(`keeps each glyph's outline and advance, in fontkit's order (${face})`, () => {
      const font = fontkit.create(Buffer.from(bytes));
      const ours = new TrueTypeSubset(readSfnt(bytes)!);
      const theirs = font.createSubset();
      for (const ch of text) {
        const g = font.glyphForCodePoint(ch.codePointAt(0)!);
        expect(ours.includeGlyph(g.id)).toBe(theirs.includeGlyph(g));
      }
      const encoded = ours.encode();
      // Components of composite glyphs were added while encoding, after the glyphs asked for.
      expect(ours.glyphs.length).toBeGreaterThan(new Set([...text]).size);
      const sub = fontkit.create(encoded);
      const ref = fontkit.create(Buffer.from(theirs.encode()));
      expect(sub.numGlyphs).toBe(ours.glyphs.length);
      expect(ref.numGlyphs).toBe(sub.numGlyphs);
      for (let i = 0; i < ours.glyphs.length; i++) {
        const original = font.getGlyph(ours.glyphs[i]);
        const mine = sub.getGlyph(i);
        expect(mine.path.toSVG(), `glyph ${i}`).toBe(original.path.toSVG());
        expect(mine.path.toSVG(), `glyph ${i} (fontkit's subset)`).toBe(ref.getGlyph(i).path.toSVG());
        expect(mine.advanceWidth).toBe(original.advanceWidth);
      }
      // Checksums: every table's record, and the whole file adjusted to 0xB1B0AFBA.
      const sum = (from: number, length: number) => {
        let s = 0;
        for (let i = from; i < from + length; i += 4) s = (s + encoded.readUInt32BE(i)) >>> 0;
        return s;
      };
      expect(sum(0, encoded.length)).toBe(0xb1b0afba);
      const n = encoded.readUInt16BE(4);
      for (let i = 0; i < n; i++) {
        const at = 12 + 16 * i;
        const tag = encoded.toString('latin1', at, at + 4);
        const offset = encoded.readUInt32BE(at + 8);
        const length = (encoded.readUInt32BE(at + 12) + 3) & ~3;
        const expected = tag === 'head' ? (sum(offset, length) - encoded.readUInt32BE(offset + 8)) >>> 0 : sum(offset, length);
        expect(encoded.readUInt32BE(at + 4), tag).toBe(expected);
      }
    });
  }

  it('reads fonts with short (16-bit) glyph offsets too', () => {
    // Tinos has long offsets: make a short-offset font from a subset of it (its glyf is small).
    const font = fontkit.create(Buffer.from(fonts.regular));
    const first = new TrueTypeSubset(readSfnt(fonts.regular)!);
    for (const ch of 'Ủy ban nhân dân ệ ữ') first.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!).id);
    const long = first.encode();
    const short = toShortLoca(long);
    const reread = readSfnt(short)!;
    expect(reread.longLoca).toBe(false);
    const again = new TrueTypeSubset(reread);
    for (let i = 1; i < first.glyphs.length; i += 2) again.includeGlyph(i);
    const sub = fontkit.create(again.encode());
    const source = fontkit.create(long);
    for (let i = 0; i < again.glyphs.length; i++) {
      expect(sub.getGlyph(i).path.toSVG(), `glyph ${i}`).toBe(source.getGlyph(again.glyphs[i]).path.toSVG());
      expect(sub.getGlyph(i).advanceWidth).toBe(source.getGlyph(again.glyphs[i]).advanceWidth);
    }
  });

  it('declines what it does not handle (CFF, collections, truncated files)', () => {
    expect(readSfnt(new TextEncoder().encode('OTTO\0\0\0\0\0\0\0\0'))).toBeUndefined();
    expect(readSfnt(new TextEncoder().encode('ttcf\0\0\0\0\0\0\0\0'))).toBeUndefined();
    expect(readSfnt(fonts.regular.subarray(0, 4000))).toBeUndefined();
    expect(readSfnt(fonts.regular)).toBeDefined();
  });
});

describe('DOCX zip and constant parts', () => {
  it('writes the same bytes as fflate with a fixed date', () => {
    const files = {
      '[Content_Types].xml': '<Types/>'.repeat(50),
      'word/document.xml': '<w:document>Ủy ban nhân dân</w:document>'.repeat(40),
      'word/styles.xml': '<w:styles/>'.repeat(100),
      'word/media/ảnh.png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
    };
    const date = new Date(1980, 0, 1, 0, 0, 0);
    const expected = zipSync(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [typeof v === 'string' ? new TextEncoder().encode(v) : v, { mtime: date, level: 6 }]])),
      { mtime: date },
    );
    const entries = Object.entries(files).map(([name, data]) => ({ name, data }));
    expect(Buffer.from(fflateZip(entries)).equals(Buffer.from(expected))).toBe(true);
  });

  it('each switched off gives the same DOCX bytes, and each runs when on', async () => {
    const models = [...exampleFiles().map((f) => compileFile(f).value!.model), ...fc.sample(plan, { seed: 5, numRuns: 3 }).map((p) => compileText(toYaml(p), 'r.yaml').value!.model)];
    try {
      for (const patch of Object.keys(DOCX_PATCHES) as DocxPatch[]) {
        const before = docxPatchHits()[patch];
        for (const model of models) {
          setDocxPatches({ all: true });
          const on = Buffer.from(await renderDocx(model));
          setDocxPatches({ [patch]: false });
          const off = Buffer.from(await renderDocx(model));
          expect(off.equals(on), patch).toBe(true);
        }
        setDocxPatches({ all: true });
        expect(docxPatchHits()[patch], `${patch} ran`).toBeGreaterThan(before);
      }
      // All off: docx's public Packer and fflate, as with another docx version.
      setDocxPatches({ all: false });
      const hits = docxPatchHits();
      const plain = Buffer.from(await renderDocx(models[0]));
      expect(docxPatchHits()).toEqual(hits);
      setDocxPatches({ all: true });
      expect(Buffer.from(await renderDocx(models[0])).equals(plain)).toBe(true);
    } finally {
      setDocxPatches({ all: true });
    }
  }, 60000);

  it("leave docx's own Packer untouched (our own compiler instance is patched)", async () => {
    await renderDocx(compileFile(exampleFiles()[0]).value!.model);
    const shared = (Packer as unknown as { compiler: { formatter: { format: unknown } } }).compiler;
    const source = readFileSync(require.resolve('docx').replace(/index\.cjs$/, 'index.mjs'), 'utf8');
    expect(source.includes(String(shared.formatter.format))).toBe(true);
    expect(Object.hasOwn(shared.formatter, 'format')).toBe(false);
  });

  it('apply to the docx version they were written for only', () => {
    expect(docxVersionMismatches()).toEqual([]);
    expect(docxVersionMismatches({ docx: '9.15.3' })).toEqual(['docx 9.15.3 (patches written for 9.15.2)']);
  });

  it('a plan renders to the same DOCX bytes before and after other plans (parts formatted once)', async () => {
    const [first, ...others] = exampleFiles();
    const model = compileFile(first).value!.model;
    const before = Buffer.from(await renderDocx(model));
    for (const f of others) await renderDocx(compileFile(f).value!.model);
    expect(Buffer.from(await renderDocx(model)).equals(before)).toBe(true);
  });
});

describe('blank or comment-only plan text', () => {
  it('is recognised line by line', () => {
    expect(onlyCommentsOrBlank('')).toBe(true);
    expect(onlyCommentsOrBlank('  \n\t\n# a comment\n   # another\r\n')).toBe(true);
    expect(onlyCommentsOrBlank('# comment\nnumber: 1\n')).toBe(false);
    expect(onlyCommentsOrBlank('   x')).toBe(false);
    expect(onlyCommentsOrBlank('#'.repeat(10) + '\n' + ' '.repeat(10))).toBe(true);
  });

  it('answers at the first line with content, even in a long file', () => {
    // The regular expression it replaces backtracked over the whole file (seconds for large plans).
    const big = '# yaml-language-server: $schema=x\nyear: 2026\n' + 'x: y\n'.repeat(200_000);
    expect(onlyCommentsOrBlank(big)).toBe(false);
    expect(onlyCommentsOrBlank('# c\n'.repeat(200_000))).toBe(true);
  });
});

/** The same font with a 16-bit loca table (offsets / 2), as many fonts are shipped. */
function toShortLoca(font: Buffer): Buffer {
  const n = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString('latin1', at, at + 4), Buffer.from(font.subarray(offset, offset + font.readUInt32BE(at + 12))));
  }
  const loca = tables.get('loca')!;
  const short = Buffer.alloc(loca.length / 2);
  for (let i = 0; i < loca.length / 4; i++) short.writeUInt16BE(loca.readUInt32BE(4 * i) / 2, 2 * i);
  tables.set('loca', short);
  tables.get('head')!.writeInt16BE(0, 50);
  const tags = [...tables.keys()].sort();
  let size = 12 + 16 * tags.length;
  for (const t of tags) size += (tables.get(t)!.length + 3) & ~3;
  const out = Buffer.alloc(size);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(tags.length, 4);
  let at = 12 + 16 * tags.length;
  tags.forEach((t, i) => {
    const b = tables.get(t)!;
    out.write(t, 12 + 16 * i, 'latin1');
    out.writeUInt32BE(at, 12 + 16 * i + 8);
    out.writeUInt32BE(b.length, 12 + 16 * i + 12);
    b.copy(out, at);
    at += (b.length + 3) & ~3;
  });
  return out;
}
