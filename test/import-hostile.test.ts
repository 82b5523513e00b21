/**
 * Hostile inputs to `import` (and to the DOCX reader the checker shares): a zip bomb, a part that
 * lies about its size, entity expansion, 100,000 paragraphs, a truncated zip, an encrypted Office
 * file, a Word 97 file named .docx, a text that is not text. Each gives one clear diagnostic, in
 * bounded time and memory, and the command writes nothing.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDocx, DocxReadError } from '../src/check/index.js';
import { run } from '../src/cli/run.js';
import { renderDiagnostic } from '../src/diagnostics/index.js';
import { openDocx } from '../src/docx-read/package.js';
import { scanXml } from '../src/docx-read/xml.js';
import { importPlan } from '../src/import/index.js';
import { createMeasurer } from '../src/text/metrics.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { memoryContext, tempDir } from './helpers.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const docx = (document: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(document), ...extra });

/** A zip whose central directory declares `size` bytes for word/document.xml (a zip bomb's header). */
function declaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** Run `import` in process on bytes written to a fresh folder; returns the exit code, output and folder listing. */
async function cli(name: string, bytes: Uint8Array, ...args: string[]) {
  const dir = tempDir('cchc-import-hostile-');
  writeFileSync(path.join(dir, name), bytes);
  const ctx = memoryContext(dir);
  const code = await run(['import', name, ...args], ctx);
  return { code, out: ctx.out(), err: ctx.err(), files: readdirSync(dir).sort() };
}

const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
};

describe('import: hostile files', () => {
  const measure = createMeasurer(readFontFiles(bundledFontFiles()));

  it('a zip bomb (1 GB of XML in a few kB) is refused from its declared size, before inflating', () => {
    // 1 GB declared; the compressed part is small. Nothing is inflated.
    const bomb = declaredSize(docx(doc(para('x'))), 'word/document.xml', 1_000_000_000);
    const { value, ms } = timed(() => importPlan({ bytes: bomb, file: 'bom.docx' }));
    expect(value.yaml).toBeUndefined();
    expect(value.errors.map((d) => [d.code, d.params.what])).toEqual([['import-too-large', 'part-size']]);
    expect(renderDiagnostic(value.errors[0], 'vi').message).toContain('1000000000');
    expect(ms).toBeLessThan(2000);
    // The checker shares the bound.
    expect(() => checkDocx(bomb, { measure })).toThrow(DocxReadError);
  });

  it('a real bomb (two parts of 40 MB of spaces, deflated to under 400 kB) is refused by the total bound before inflating', () => {
    const big = new Uint8Array(40 * 1024 * 1024).fill(0x20);
    const parts: Record<string, Uint8Array> = {};
    // Two 40 MB parts: each under the part bound, together over the total.
    parts['word/a.xml'] = big;
    parts['word/b.xml'] = big;
    const bytes = docx(doc(para('x')), parts);
    expect(bytes.length).toBeLessThan(400_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const { value, ms } = timed(() => importPlan({ bytes, file: 'bom.docx' }));
    expect(value.errors.map((d) => d.code)).toEqual(['import-too-large']);
    expect(['part-size', 'total-size']).toContain(value.errors[0].params.what);
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('a part that declares a small size but inflates to more is cut at its declared size (broken XML), never grown', () => {
    const long = doc(Array.from({ length: 2000 }, () => para('Nội dung')).join(''));
    const lying = declaredSize(docx(long), 'word/document.xml', 200);
    const r = importPlan({ bytes: lying, file: 'lie.docx' });
    expect(r.errors.map((d) => d.code)).toEqual(['import-bad-xml']);
  });

  it('entity expansion ("billion laughs") is refused at the DOCTYPE, before any parsing', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><w:document ${W}><w:body>${para('&lol9;')}</w:body></w:document>`;
    const { value, ms } = timed(() => importPlan({ bytes: docx(laughs), file: 'lol.docx' }));
    expect(value.errors.map((d) => [d.code, d.params.part])).toEqual([['import-xml-dtd', 'word/document.xml']]);
    expect(ms).toBeLessThan(1000);
    try {
      checkDocx(docx(laughs), { measure });
      expect.unreachable();
    } catch (e) {
      expect((e as DocxReadError).reason).toBe('bad-xml');
      expect((e as DocxReadError).info.dtd).toBe(true);
    }
  });

  it('a DOCX of 100,000 paragraphs is refused by a count taken before the tree is built', () => {
    const body = para('Đoạn văn').repeat(100_000);
    const bytes = docx(doc(body));
    const { value, ms } = timed(() => importPlan({ bytes, file: 'many.docx' }));
    expect(value.errors.map((d) => [d.code, d.params.what, d.params.value, d.params.max])).toEqual([['import-too-large', 'paragraphs', 100_000, 20_000]]);
    expect(ms).toBeLessThan(3000);
  });

  it('elements nested 100,000 deep are refused by depth, without recursion', () => {
    const deep = `<w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(50_000)}${'</w:sdtContent></w:sdt>'.repeat(50_000)}</w:body></w:document>`;
    const r = importPlan({ bytes: docx(deep), file: 'deep.docx' });
    expect(r.errors.map((d) => [d.code, d.params.what])).toEqual([['import-too-large', 'depth']]);
  });

  it('the element scan counts elements and names, skipping comments, CDATA and quoted ">"', () => {
    const counts = scanXml('<?xml version="1.0"?><a x="1>2"><!-- <b> --><w:p/><w:p><![CDATA[<c>]]></w:p></a>', { elements: 10, depth: 5 }, ['w:p']);
    expect(counts).toEqual({ elements: 3, depth: 2, named: { 'w:p': 2 } });
    expect(() => scanXml('<a><b/><b/><b/></a>', { elements: 3, depth: 5 })).toThrow(/elements 4 > 3/);
  });

  it('a truncated zip says it was cut short', () => {
    const whole = docx(doc(para('Kế hoạch')));
    const r = importPlan({ bytes: whole.subarray(0, Math.floor(whole.length / 2)), file: 'cut.docx' });
    expect(r.errors.map((d) => d.code)).toEqual(['import-truncated']);
    expect(renderDiagnostic(r.errors[0], 'vi').hint).toMatch(/Tải lại/);
  });

  it('an encrypted Office file (OLE with an EncryptedPackage stream) asks for the password to be removed', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let k = 0; k < name.length; k++) ole[1024 + 2 * k] = name.charCodeAt(k);
    const r = importPlan({ bytes: ole, file: 'matkhau.docx' });
    expect(r.errors.map((d) => d.code)).toEqual(['import-encrypted']);
    expect(renderDiagnostic(r.errors[0], 'vi').hint).toMatch(/mật khẩu/);
    // Without the stream it is a Word 97–2003 file.
    const doc97 = ole.slice();
    doc97.fill(0, 1024, 1100);
    expect(importPlan({ bytes: doc97, file: 'cu.docx' }).errors.map((d) => d.code)).toEqual(['import-legacy-doc']);
    expect(() => openDocx(ole)).toThrow(DocxReadError);
  });

  it('a text file that is neither UTF-8, UTF-16 nor TCVN3/VNI names the first bad byte', () => {
    const bytes = new Uint8Array([0x4b, 0x65, 0x0a, 0xff, 0xfe, 0xfd, 0x80, 0x81]);
    const r = importPlan({ bytes: new Uint8Array([0x41, ...bytes.slice(3)]), file: 'rac.txt' });
    expect(r.errors.map((d) => [d.code, d.params.offset])).toEqual([['import-encoding', 1]]);
  });

  it('an empty file, or one with only blank lines, has nothing to import', () => {
    expect(importPlan({ bytes: new TextEncoder().encode('\n \n\t\n'), file: 'rong.txt' }).errors.map((d) => d.code)).toEqual(['import-empty']);
    expect(importPlan({ bytes: docx(doc('<w:p/>')), file: 'rong.docx' }).errors.map((d) => d.code)).toEqual(['import-empty']);
  });

  it.each([
    ['bomb', () => declaredSize(docx(doc(para('x'))), 'word/document.xml', 1_000_000_000), 'import-too-large'],
    ['truncated', () => docx(doc(para('x'))).subarray(0, 40), 'import-truncated'],
    ['entities', () => docx(`<!DOCTYPE x [<!ENTITY a "b">]><w:document ${W}/>`), 'import-xml-dtd'],
  ])('the command writes nothing for a hostile file (%s) and exits 2', async (_, make, code) => {
    const r = await cli('ke-hoach.docx', make());
    expect(r.code).toBe(2);
    expect(r.err).toContain(`[${code}]`);
    expect(r.files).toEqual(['ke-hoach.docx']);
  });
});
