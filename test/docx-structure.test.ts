/**
 * Structural checks of each example's word/document.xml (and styles, headers): fonts, sizes,
 * margins, header texts, numbering, signature, recipients, appendix.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEASURES, mmToTwip } from '../src/decree30/measures.js';
import { flattenBody } from '../src/model/layout.js';
import { renderDocx } from '../src/render/docx/index.js';
import type { DocumentModel } from '../src/model/types.js';
import { compileFile, exampleFiles, unzipText } from './helpers.js';

const text = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe.each(exampleFiles().map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  const compiled = compileFile(file);
  it('compiles without errors', () => {
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  const model = compiled.value!.model as DocumentModel;
  const parts = renderDocx(model).then((bytes) => unzipText(bytes));

  it('is A4 with the decree margins, page numbers from page 2', async () => {
    const xml = (await parts)['word/document.xml'];
    const sects = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects.length).toBe(1 + model.appendices.length);
    const m = DEFAULT_MEASURES.page.margins;
    // The first section's properties come first (inside the last paragraph of the main text).
    const main = sects[0];
    expect(main).toMatch(new RegExp(`<w:pgSz w:w="${mmToTwip(210)}" w:h="${mmToTwip(297)}"`));
    expect(main).toContain(`w:top="${mmToTwip(m.top)}"`);
    expect(main).toContain(`w:bottom="${mmToTwip(m.bottom)}"`);
    expect(main).toContain(`w:left="${mmToTwip(m.left)}"`);
    expect(main).toContain(`w:right="${mmToTwip(m.right)}"`);
    for (const s of sects) {
      expect(s).toContain('<w:titlePg/>');
      expect(s).toMatch(/<w:headerReference w:type="first"/);
      expect(s).toMatch(/<w:pgNumType w:start="1"/);
    }
    expect(main).toContain('w:orient="portrait"');
    // Appendix sections with a table are landscape A4.
    for (const [i, a] of model.appendices.entries()) {
      if (a.orientation === 'landscape') expect(sects[i + 1]).toMatch(new RegExp(`<w:pgSz w:w="${mmToTwip(297)}" w:h="${mmToTwip(210)}" w:orient="landscape"`));
    }
    const headers = Object.entries(await parts).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(headers.some((h) => /PAGE/.test(h) && /<w:pStyle w:val="SoTrang"\/>/.test(h))).toBe(true);
  });

  it('uses Times New Roman and the decree sizes in named styles', async () => {
    const styles = (await parts)['word/styles.xml'];
    const style = (id: string) => new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    const size = (id: string) => Number(/<w:sz w:val="(\d+)"/.exec(style(id))?.[1]) / 2;
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(size('QuocHieu')).toBe(13);
    expect(style('QuocHieu')).toContain('<w:b/>');
    expect(size('TieuNgu')).toBe(14);
    expect(size('CoQuanBanHanh')).toBe(13);
    expect(size('SoKyHieu')).toBe(13);
    expect(size('DiaDanhNgayThang')).toBe(14);
    expect(style('DiaDanhNgayThang')).toContain('<w:i/>');
    expect(size('TenLoai')).toBe(14);
    expect(size('TrichYeu')).toBe(14);
    expect(size('NoiDung')).toBe(model.measures.size.body);
    expect(style('NoiDung')).toContain('<w:jc w:val="both"/>');
    expect(style('NoiDung')).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(style('NoiDung')).toMatch(/<w:spacing [^>]*w:before="120"/);
    expect(size('NoiNhan')).toBe(12);
    expect(style('NoiNhan')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(size('NoiNhanMuc')).toBe(11);
    expect(size('SoTrang')).toBe(14);
    expect(/w:styleId="Heading1"[\s\S]*?<w:b\/>/.test(styles)).toBe(true);
  });

  it('prints the national header, number, place and date, type and summary', async () => {
    const paras = text((await parts)['word/document.xml']).map(unescape);
    expect(paras).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paras).toContain('Độc lập - Tự do - Hạnh phúc');
    for (const line of model.header.issuer) expect(paras).toContain(line);
    expect(paras.find((p) => p.startsWith('Số:'))).toMatch(/^Số: (\d{2,}|\u00a0+)\/KH-UBND$/);
    expect(paras.find((p) => / năm \d{4}$/.test(p) && p.startsWith(model.header.placeDateLines[0]))?.replace(model.header.placeDateLines[0], model.header.placeDateLines.length > 1 ? model.header.placeDateLines[0] + ' ' : model.header.placeDateLines[0])).toMatch(/^.+, ngày (\d{2}|\u00a0+) tháng (0[12]|[3-9]|1[0-2]|\u00a0+) năm \d{4}$/);
    expect(paras).toContain('KẾ HOẠCH');
    expect(paras).toContain(model.title.summaryLines.join(''));
  });

  it('draws the motto, issuer and summary lines at their decree lengths', async () => {
    const xml = (await parts)['word/document.xml'];
    const rules = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="DuongKe"\/>(?:(?!<\/w:p>)[\s\S])*?<w:bottom [^>]*\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)];
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(model.rules.issuer).toBeGreaterThan(0);
    const issuerText = Math.max(...model.header.issuer.map((l) => l.length));
    expect(issuerText).toBeGreaterThan(0);
    // The motto line is the motto's own width; issuer and summary lines 1/3–1/2 of their text.
    expect(model.rules.motto).toBeGreaterThan(150);
    expect(model.rules.motto).toBeLessThan(180);
  });

  it('numbers the body from the structure', async () => {
    const paras = text((await parts)['word/document.xml']).map(unescape);
    const flat = flattenBody(model.body).map((p) => p.runs.map((r) => r.text).join(''));
    let at = 0;
    for (const p of flat) {
      const found = paras.indexOf(p, at);
      expect(found, p).toBeGreaterThanOrEqual(at);
      at = found;
    }
    const labels = flat.map((p) => /^(\S+) /.exec(p)?.[1]).filter(Boolean) as string[];
    expect(labels.some((l) => /^[IVX]+\.$/.test(l))).toBe(true);
    expect(labels.some((l) => /^\d+\.$/.test(l))).toBe(true);
    expect(labels.every((l) => !/^[fjwz]\)$/.test(l))).toBe(true);
  });

  it('ends the body with ./. and prints the signature and recipients', async () => {
    const paras = text((await parts)['word/document.xml']).map(unescape);
    const closingEnd = paras.findIndex((p) => p.endsWith('./.'));
    expect(closingEnd).toBeGreaterThan(0);
    const after = paras.slice(closingEnd + 1);
    expect(after[0]).toBe('Nơi nhận:');
    for (const r of model.recipients.items) expect(after).toContain(r);
    expect(after.find((p) => p.startsWith('- Lưu: VT'))).toMatch(/^- Lưu: VT(, [^.]+)?( \([^)]+\))?\.$/);
    for (const line of model.signature.lines) expect(after).toContain(line);
    expect(model.signature.lines.every((l) => l === l.toLocaleUpperCase('vi'))).toBe(true);
    if (model.signature.name) expect(after).toContain(model.signature.name);
    expect(model.recipients.items.every((r) => r.startsWith('- ') && r.endsWith(';'))).toBe(true);
  });

  it('lays out each appendix with its reference line and a repeated table header', async () => {
    const xml = (await parts)['word/document.xml'];
    const paras = text(xml).map(unescape);
    for (const a of model.appendices) {
      expect(paras).toContain(a.label);
      // The title in its balanced lines, one paragraph with line breaks.
      expect(a.titleLines.join(' ')).toBe(a.title);
      expect(paras).toContain(a.titleLines.join(''));
      expect(a.reference).toMatch(/^\(Kèm theo Kế hoạch số .+ ngày .+ tháng .+ năm \d{4} của .+\)$/);
      expect(paras).toContain(a.reference);
      if (a.table) {
        expect(xml).toMatch(/<w:tblHeader\/>/);
        for (const c of a.table.columns) expect(paras).toContain(c.header);
        for (const row of a.table.rows) if (row.task) expect(paras.join('\n')).toContain(row.task.lead);
        expect(xml).toContain('w:orient="landscape"');
      }
    }
  });
});
