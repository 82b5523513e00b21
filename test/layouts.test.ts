/**
 * Plans as offices write them (issue 15): one fixture per layout in test/fixtures/layouts/ —
 * run-in headings, "Phần I" parts, grouped recipients with a brace, summary lines and balanced
 * title breaks, a plan promulgated by a decision, hanging indents in "Nơi nhận", appendix
 * titles, lines and agencies. Each is checked in the DOCX XML, in the PDF (text and positions
 * with poppler) and by `cchc-plan check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../src/check/index.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { FONT_SINGLE_LINE_EM, mmToPt, textWidthMm } from '../src/decree30/measures.js';
import type { DocumentModel } from '../src/model/types.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { braceLayout } from '../src/model/layout.js';
import { balanceLines, wrapLines } from '../src/text/breaking.js';
import { createMeasurer } from '../src/text/metrics.js';
import { renderDiagnostic, renderFinding, type Diagnostic } from '../src/diagnostics/index.js';
import { compileFile, compileText, pagePixels, pdfWords, ROOT, skipWithout, tempDir, unzipText, type PdfWord } from './helpers.js';
import { placedGlyphs } from './pdf-glyphs.js';

const dir = path.join(ROOT, 'test', 'fixtures', 'layouts');
const fonts = readFontFiles(bundledFontFiles());
const measure = createMeasurer(fonts);
const EMU_PER_PT = 12700;

function compiled(name: string) {
  const r = compileFile(path.join(dir, name));
  expect(r.value, JSON.stringify(r.diagnostics)).toBeDefined();
  return { model: r.value!.model as DocumentModel, diagnostics: r.diagnostics };
}

async function documentXml(model: DocumentModel): Promise<string> {
  return unzipText(await renderDocx(model))['word/document.xml'];
}

/** The paragraphs of document.xml (outside text boxes), each as its XML, text boxes inside it included. */
function paragraphs(xml: string): string[] {
  const out: string[] = [];
  const tag = /<w:p>|<w:p\/>|<\/w:p>/g;
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(tag)) {
    if (m[0] === '<w:p/>') {
      if (depth === 0) out.push(m[0]);
    } else if (m[0] === '<w:p>') {
      if (depth++ === 0) start = m.index!;
    } else if (--depth === 0) out.push(xml.slice(start, m.index! + m[0].length));
  }
  return out;
}
/** A paragraph's text, with "\n" for its line breaks (text boxes left out). */
const textOf = (p: string) => [...p.replace(/<w:txbxContent>.*?<\/w:txbxContent>/g, '').matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join('');
const paragraphWith = (xml: string, text: string) => {
  const p = paragraphs(xml).find((x) => textOf(x).includes(text));
  expect(p, `a paragraph with "${text}"`).toBeDefined();
  return p!;
};
/** The runs of a paragraph: text and whether bold. */
const runsOf = (p: string) => [...p.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => ({ text: textOf(m[1]), bold: m[1].includes('<w:b/>'), italic: m[1].includes('<w:i/>') }));

describe('1. run-in headings', () => {
  const { model } = compiled('01-run-in.yaml');
  it('prints number, heading and ":" bold, then the text on the same line, in one body paragraph', async () => {
    const xml = await documentXml(model);
    const p = paragraphWith(xml, 'Mục đích:');
    expect(p).toContain('<w:pStyle w:val="NoiDung"/>');
    const runs = runsOf(p);
    expect(runs.slice(0, 3)).toEqual([
      { text: '1. ', bold: true, italic: false },
      { text: 'Mục đích', bold: true, italic: false },
      { text: ':', bold: true, italic: false },
    ]);
    expect(runs[3]).toMatchObject({ text: ' ', bold: false });
    expect(runs.slice(4).map((r) => r.text).join('')).toMatch(/^Nâng cao nhận thức/);
    expect(runs.slice(4).every((r) => !r.bold)).toBe(true);
    // A second paragraph of the clause's text follows as its own paragraph.
    expect(textOf(paragraphWith(xml, 'Gắn tuyên truyền'))).toBe('Gắn tuyên truyền với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.');
  });
  it('sub-clauses bold italic, points with their letter bold', async () => {
    const xml = await documentXml(model);
    expect(runsOf(paragraphWith(xml, 'Niêm yết công khai:')).slice(0, 3)).toEqual([
      { text: '1.1. ', bold: true, italic: true },
      { text: 'Niêm yết công khai', bold: true, italic: true },
      { text: ':', bold: true, italic: true },
    ]);
    expect(runsOf(paragraphWith(xml, 'Hệ thống truyền thanh:'))[0]).toEqual({ text: 'a) ', bold: true, italic: false });
    // A point without run-in keeps a plain letter.
    expect(runsOf(paragraphWith(xml, 'Tài liệu và pa-nô'))[0]).toEqual({ text: 'c) ', bold: false, italic: false });
  });
  it('an untitled clause whose words open in bold has its number bold too', async () => {
    const xml = await documentXml(model);
    expect(runsOf(paragraphWith(xml, 'Phạm vi:')).slice(0, 2)).toEqual([
      { text: '4. ', bold: true, italic: false },
      { text: 'Phạm vi:', bold: true, italic: false },
    ]);
  });
  it('a run-in heading is no outline level (the navigation pane shows sections only)', async () => {
    const xml = await documentXml(model);
    expect(paragraphWith(xml, 'Mục đích:')).not.toMatch(/Heading\d/);
    expect(paragraphWith(xml, 'MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG')).toContain('<w:pStyle w:val="Heading1"/>');
  });
});

describe('2. parts', () => {
  it('"Phần I": label and title centred, one heading paragraph, the title on the next line', async () => {
    const xml = await documentXml(compiled('02-parts-phan.yaml').model);
    const p = paragraphWith(xml, 'Phần I\n');
    expect(textOf(p)).toBe('Phần I\nKẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(p).toContain('<w:pStyle w:val="Heading1"/>');
    expect(p).toContain('<w:jc w:val="center"/>');
    expect(p).toContain('<w:ind w:firstLine="0"/>');
    expect(textOf(paragraphWith(xml, 'Phần II\n'))).toBe('Phần II\nKẾ HOẠCH TUYÊN TRUYỀN NĂM 2026');
    // Sections count from I again in each part.
    expect(paragraphs(xml).map(textOf).filter((t) => /^I\. /.test(t))).toEqual(['I. KẾT QUẢ ĐẠT ĐƯỢC', 'I. MỤC ĐÍCH, YÊU CẦU']);
  });
  it('"PHẦN I.": label and title on one line, as the "A." parts', async () => {
    const xml = await documentXml(compiled('02-parts-upper.yaml').model);
    const p = paragraphWith(xml, 'PHẦN I. ');
    expect(textOf(p)).toBe('PHẦN I. KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(p).not.toContain('<w:jc w:val="center"/>');
    expect(textOf(paragraphWith(xml, 'PHẦN II. '))).toBe('PHẦN II. KẾ HOẠCH TUYÊN TRUYỀN NĂM 2026');
  });
  it('a province\'s templates choose the style: part-label.hbs "Phần {{ordinal}}" → "Phần thứ nhất"', async () => {
    const xml = await documentXml(compiled('02-parts-province.yaml').model);
    expect(textOf(paragraphWith(xml, 'Phần thứ nhất'))).toBe('Phần thứ nhất\nKẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(paragraphWith(xml, 'Phần thứ hai')).toContain('<w:jc w:val="center"/>');
  });
});

describe('3 and 6. grouped recipients, hanging indents', () => {
  const { model } = compiled('03-recipient-groups.yaml');
  it('the model keeps one line per recipient and the groups beside them', () => {
    expect(model.recipients.items.slice(1, 4)).toEqual(['- Thường trực Thành ủy;', '- Thường trực HĐND thành phố;', '- Chủ tịch, các PCT UBND thành phố;']);
    expect(model.recipients.groups).toEqual([
      expect.objectContaining({ first: 1, count: 3, purpose: '(để báo cáo)', purposeLines: ['(để báo cáo)'] }),
      expect.objectContaining({ first: 5, count: 2, purpose: '(để thực hiện)' }),
    ]);
  });
  it('the brace is as tall as the group\'s wrapped lines; the purpose beside it; the group\'s lines leave room for them', async () => {
    const xml = await documentXml(model);
    const m = model.measures;
    const column = mmToPt(textWidthMm(m)) * m.signature.recipientsColumnRatio;
    const line = m.size.recipients * FONT_SINGLE_LINE_EM;
    for (const g of model.recipients.groups!) {
      const first = paragraphWith(xml, model.recipients.items[g.first]);
      // Counted as a word processor wraps them, with the hanging indent.
      const lines = model.recipients.items.slice(g.first, g.first + g.count).reduce((n, l) => n + wrapLines(l, column - g.indentRightPt, (s) => measure.width(s, 11), model.recipients.hangingPt).length, 0);
      expect(g.lines).toBe(lines);
      const brace = /<wp:anchor[^>]*>(?:(?!<\/wp:anchor>).)*prst="rightBrace"(?:(?!<\/wp:anchor>).)*<\/wp:anchor>/.exec(first)?.[0];
      expect(brace, 'a right brace shape anchored to the first line').toBeDefined();
      expect(brace).toContain('layoutInCell="1"');
      const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"\/>/.exec(brace!)![1]);
      expect(Math.abs(cy / EMU_PER_PT - (lines * line - 2))).toBeLessThan(1);
      const x = Number(/<wp:positionH relativeFrom="column"><wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(brace!)![1]) / EMU_PER_PT;
      expect(Math.abs(x - (column - g.indentRightPt + m.signature.braceGapPt))).toBeLessThan(0.1);
      const box = /<wp:anchor[^>]*>(?:(?!<\/wp:anchor>).)*<w:txbxContent>((?:(?!<\/w:txbxContent>).)*)<\/w:txbxContent>/.exec(first)?.[1];
      expect(textOf(box ?? '')).toBe(g.purpose);
      expect(box).toContain('<w:pStyle w:val="NoiNhanMuc"/>');
      for (const l of model.recipients.items.slice(g.first, g.first + g.count)) expect(paragraphWith(xml, l)).toContain(`w:right="${Math.round(g.indentRightPt * 20)}"`);
    }
    // Lines outside the groups have no right indent and no shape.
    expect(paragraphWith(xml, '- Sở Nội vụ tỉnh Quảng Ngãi;')).not.toMatch(/w:right=|<w:drawing>/);
  });
  it('every recipient line and the archive line hang after "- "', async () => {
    const xml = await documentXml(model);
    const hang = Math.round(measure.width('- ', 11) * 20);
    expect(model.recipients.hangingPt).toBeCloseTo(measure.width('- ', 11), 2);
    for (const l of [...model.recipients.items, model.recipients.archive]) expect(paragraphWith(xml, l)).toMatch(new RegExp(`<w:ind w:left="${hang}"( w:right="\\d+")? w:hanging="${hang}"/>`));
  });
});

describe('4. summary lines and title breaks', () => {
  it('a summary given as lines is printed as those lines', async () => {
    const { model } = compiled('04-title-lines.yaml');
    expect(model.title.summaryLines).toEqual(['Tuyên truyền cải cách hành chính nhà nước', 'giai đoạn 2026 - 2030, định hướng đến năm 2035']);
    expect(model.title.summary).toBe('Tuyên truyền cải cách hành chính nhà nước giai đoạn 2026 - 2030, định hướng đến năm 2035');
    const xml = await documentXml(model);
    expect(textOf(paragraphWith(xml, 'Tuyên truyền cải cách hành chính nhà nước'))).toBe(model.title.summaryLines.join('\n'));
  });
  const width = (s: string) => measure.width(s, 14, { bold: true });
  const max = mmToPt(155);
  it.each([
    ['Tuyên truyền cải cách hành chính nhà nước trên địa bàn tỉnh Quảng Trị năm 2023', ['Tuyên truyền cải cách hành chính nhà nước', 'trên địa bàn tỉnh Quảng Trị năm 2023']],
    ['Tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng', ['Tuyên truyền cải cách hành chính năm 2025', 'của phường Trương Quang Trọng']],
    ['Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2025', ['Truyền thông về cải cách hành chính', 'và chuyển đổi số xã Sơn Mai năm 2025']],
    ['Tuyên truyền, phổ biến pháp luật về cải cách hành chính giai đoạn 2026 - 2030 đến năm 2035', ['Tuyên truyền, phổ biến pháp luật về cải cách hành chính', 'giai đoạn 2026 - 2030 đến năm 2035']],
  ])('%s', (text, lines) => {
    expect(balanceLines(text, max, width)).toEqual(lines);
  });
  it('never breaks inside "nhà nước", before a year, or leaves one word on a line, whatever the width', () => {
    const text = 'Tuyên truyền cải cách hành chính nhà nước trên địa bàn tỉnh Quảng Trị năm 2023';
    for (let w = 220; w <= 560; w += 4) {
      const lines = balanceLines(text, w, width);
      expect(lines.join(' ')).toBe(text);
      for (const l of lines) expect(width(l)).toBeLessThanOrEqual(w);
      for (let i = 1; i < lines.length; i++) {
        expect(`${lines[i - 1]}|${lines[i]}`).not.toMatch(/nhà\|nước|năm\|2023|\|2023/);
        expect(lines[i].split(' ').length, lines.join(' / ')).toBeGreaterThan(1);
      }
    }
  });
});

describe('5. a plan promulgated by a decision', () => {
  const { model, diagnostics } = compiled('05-promulgated.yaml');
  it('has no number nor place and date of its own; the decision\'s line under the summary', async () => {
    expect(diagnostics).toEqual([]);
    expect(model.header.numberLine).toBe('');
    expect(model.header.placeDateLines).toEqual([]);
    expect(model.title.promulgationLines!.join(' ')).toBe('(Ban hành kèm theo Quyết định số 119/QĐ-UBND ngày 18 tháng 7 năm 2025 của Chủ tịch Ủy ban nhân dân xã Sơn Mai)');
    expect(model.meta.subject).toBe('Kế hoạch ban hành kèm theo Quyết định số 119/QĐ-UBND');
    const xml = await documentXml(model);
    const ps = paragraphs(xml);
    expect(ps.map(textOf).some((t) => t.startsWith('Số:'))).toBe(false);
    expect(ps.map(textOf).some((t) => / ngày .* tháng .* năm \d{4}$/.test(t) && !t.startsWith('(Ban'))).toBe(false);
    // The header table has one row.
    expect((/<w:tbl>(?:(?!<\/w:tbl>).)*<\/w:tbl>/.exec(xml)![0].match(/<w:tr>/g) ?? []).length).toBe(1);
    // Type, summary, the decision's line (italic, centred style), then the summary's short line, spaced from it.
    const at = ps.findIndex((p) => textOf(p) === 'KẾ HOẠCH');
    expect(textOf(ps[at + 1])).toBe(model.title.summaryLines.join('\n'));
    expect(ps[at + 2]).toContain('<w:pStyle w:val="PhuLucKemTheo"/>');
    expect(textOf(ps[at + 2])).toBe(model.title.promulgationLines!.join('\n'));
    expect(ps[at + 3]).toMatch(/<w:pStyle w:val="DuongKe"\/><w:pBdr><w:bottom [^>]*\/><\/w:pBdr><w:spacing w:before="80"\/>/);
    // No "Nơi nhận": the decision carries it.
    expect(xml).not.toContain('Nơi nhận');
  });
  it('a draft decision leaves its number blank in the line', () => {
    const r = compileFile(path.join(dir, '05-promulgated.yaml'));
    expect(r.value!.model.title.promulgationLines!.join(' ')).toContain('số 119/QĐ-UBND');
  });
});

describe('7. appendix title, line and agencies', () => {
  const { model } = compiled('07-appendix.yaml');
  it('the title in balanced lines, the short line apart from "(Kèm theo …)", agencies separated by ";"', async () => {
    const a = model.appendices[0];
    expect(a.titleLines).toEqual(['NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC', 'TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ NĂM 2023']);
    const xml = await documentXml(model);
    const ps = paragraphs(xml);
    const title = ps.findIndex((p) => textOf(p) === a.titleLines.join('\n'));
    expect(ps[title]).toContain('<w:pStyle w:val="PhuLucTen"/>');
    expect(textOf(ps[title + 1])).toBe(a.reference);
    expect(ps[title + 2]).toMatch(/<w:pStyle w:val="DuongKe"\/><w:pBdr><w:bottom [^>]*\/><\/w:pBdr><w:spacing w:before="80"\/>/);
    expect(ps.map(textOf)).toContain('Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố');
    expect(ps.map(textOf)).toContain('Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố; các cơ quan báo chí trên địa bàn');
  });
});

describe('check: every layout fixture conforms', () => {
  it.each(['01-run-in.yaml', '02-parts-phan.yaml', '02-parts-upper.yaml', '02-parts-province.yaml', '03-recipient-groups.yaml', '04-title-lines.yaml', '05-promulgated.yaml', '07-appendix.yaml'])('%s', async (name) => {
    const report = checkDocx(await renderDocx(compiled(name).model), { measure });
    expect(report.findings).toEqual([]);
    if (name.startsWith('05')) expect(report.elements.promulgation).toBeDefined();
  });
});

describe('9 and 10. build and check agree', () => {
  const base = readFileSync(path.join(ROOT, 'examples', 'minimal.yaml'), 'utf8');
  const plan = (edit: (t: string) => string) => {
    const r = compileText(edit(base), 'plan.yaml', path.join(ROOT, 'examples'));
    expect(r.value, JSON.stringify(r.diagnostics)).toBeDefined();
    return r;
  };
  const codes = (r: { diagnostics: { code: string; severity: string }[] }) => r.diagnostics.map((d) => `${d.code}:${d.severity}`);
  const findings = async (r: ReturnType<typeof plan>) => checkDocx(await renderDocx(r.value!.model), { measure }).findings.map((f) => `${f.rule}:${f.severity}`);

  it('"- Lưu: VT." without a drafting unit: a warning in both', async () => {
    const r = plan((t) => t.replace(/archive:\n  units: VP\n?/, 'archive: {}\n'));
    expect(r.value!.model.recipients.archive).toBe('- Lưu: VT.');
    expect(codes(r)).toEqual(['archive-unit-missing:warning']);
    expect(await findings(r)).toEqual(['recipients-archive:warning']);
    const d = r.diagnostics[0];
    expect(renderDiagnostic(d as Diagnostic, 'vi').hint).toContain('Phụ lục I, Mục II, khoản 9, điểm d');
  });
  it('no signer\'s name: a warning in both', async () => {
    const r = plan((t) => t.replace(/^  name: Nguyễn Văn An\n/m, ''));
    expect(codes(r)).toEqual(['signature-name-missing:warning']);
    const f = checkDocx(await renderDocx(r.value!.model), { measure }).findings;
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['signature-name-missing:warning']);
    expect(renderFinding(f[0], 'vi').source).toBe('Phụ lục I, Mục II, khoản 7, điểm c, đ');
    expect(renderFinding(f[0], 'en').source).toBe('Appendix I, Section II, item 7, point c, đ');
  });
  it('grounds written as an opening paragraph: a warning in both, with the way to write them', async () => {
    const r = plan((t) => t.replace(/opening: >-\n(  .*\n)+/, 'opening:\n  - Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện;\n  - "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"\n'));
    expect(codes(r)).toEqual(['opening-grounds:warning']);
    expect(r.diagnostics[0]).toMatchObject({ params: { paragraph: 1, count: 2 }, path: 'opening[0]' });
    expect(renderDiagnostic(r.diagnostics[0] as Diagnostic, 'vi').hint).toContain('grounds:');
    const f = checkDocx(await renderDocx(r.value!.model), { measure }).findings;
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['grounds-format:warning']);
    expect(renderFinding(f[0], 'vi').measured).toBe('2 căn cứ viết liền trong một đoạn chữ đứng');
    // The same grounds under grounds: pass both.
    const fixed = plan((t) => t.replace(/opening: >-\n(  .*\n)+/, 'grounds:\n  - Căn cứ Luật Tổ chức chính quyền địa phương\n  - Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện\nopening: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"\n'));
    expect(codes(fixed)).toEqual([]);
    expect(await findings(fixed)).toEqual([]);
  });
  it('an opening that issues the plan ("… như sau:") is not grounds, even when it cites them', () => {
    const r = plan((t) => t.replace(/opening: >-\n(  .*\n)+/, 'opening: "Căn cứ Kế hoạch số 20/KH-UBND của Ủy ban nhân dân huyện, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"\n'));
    expect(codes(r)).toEqual([]);
  });
  it('example 002 writes its grounds as grounds (italic, one per line) and builds without that warning', () => {
    for (const year of ['2025', '2026']) {
      const r = compileFile(path.join(ROOT, 'examples', `002-xa-son-mai-${year}.yaml`));
      expect(r.diagnostics.map((d) => d.code)).not.toContain('opening-grounds');
      expect(r.value!.model.grounds).toHaveLength(2);
      expect(r.value!.model.grounds[1].map((x) => x.text).join('')).toMatch(/^Căn cứ Quyết định số (393|28)\/QĐ-UBND .*tỉnh Quảng Ngãi\.$/);
    }
  });
  it('"runIn" without a heading is a warning', () => {
    const r = plan((t) => t.replace('      - clause: Mục đích\n', '      - clause:\n        runIn: true\n        text: Nâng cao nhận thức.\n'));
    expect(codes(r)).toContain('run-in-no-heading:warning');
  });
});

/**
 * Our PDF of each layout, as poppler reads it: words with their baselines (pdftotext -bbox), glyphs
 * with their fonts, and pixels where a drawn line matters.
 */
describe.skipIf(skipWithout('pdftotext', 'pdftoppm'))('the PDF of each layout', () => {
  const dir = tempDir('cchc-layouts-');
  async function pdfOf(name: string) {
    const { model } = compiled(name);
    const bytes = await renderPdf(model, { fonts, measure });
    const file = path.join(dir, name.replace(/\.yaml$/, '.pdf'));
    writeFileSync(file, bytes);
    return { model, file, bytes, words: (page = 1) => pdfWords(file, page) };
  }
  /** The words of `text`, one after another in the page's words (the first place they stand together). */
  function seq(words: PdfWord[], text: string): PdfWord[] {
    const tokens = text.split(/\s+/).filter(Boolean);
    for (let i = 0; i + tokens.length <= words.length; i++) {
      if (tokens.every((t, k) => words[i + k].text === t)) return words.slice(i, i + tokens.length);
    }
    throw new Error(`"${text}" is not on the page`);
  }
  const oneLine = (ws: PdfWord[]) => Math.max(...ws.map((w) => w.baseline)) - Math.min(...ws.map((w) => w.baseline)) < 0.01;
  const left = (m: DocumentModel) => mmToPt(m.measures.page.margins.left);
  const centre = (m: DocumentModel) => left(m) + mmToPt(textWidthMm(m.measures)) / 2;
  const middle = (ws: PdfWord[]) => (Math.min(...ws.map((w) => w.x0)) + Math.max(...ws.map((w) => w.x1))) / 2;
  const lineOf = (m: DocumentModel, size: number) => size * FONT_SINGLE_LINE_EM;
  /** The bottom of a word's line: poppler's box starts at the font's ascent above the baseline, the line's top. */
  const lineBottom = (w: PdfWord) => w.y0 + w.size * FONT_SINGLE_LINE_EM;
  /** The fonts of the glyphs of `text` where it first stands on the page, in the order drawn. */
  function fontsOf(bytes: Uint8Array, text: string): string[] {
    const glyphs = placedGlyphs(bytes);
    const all = glyphs.map((g) => g.ch).join('');
    const at = all.indexOf(text);
    expect(at, `"${text}" drawn`).toBeGreaterThanOrEqual(0);
    return glyphs.slice(at, at + text.length).filter((g) => !/\s/.test(g.ch)).map((g) => g.font);
  }

  it('1. a run-in heading: number, heading and ":" bold, the text after them on the same line', async () => {
    const { model, words, bytes } = await pdfOf('01-run-in.yaml');
    const ws = seq(words(), '1. Mục đích: Nâng cao nhận thức');
    expect(oneLine(ws)).toBe(true);
    const indent = mmToPt(model.measures.body.firstLineIndentCm * 10);
    expect(ws[0].x0).toBeCloseTo(left(model) + indent, 1);
    expect(new Set(fontsOf(bytes, '1. Mục đích:'))).toEqual(new Set(['Tinos-Bold']));
    expect(new Set(fontsOf(bytes, 'Nâng cao nhận thức'))).toEqual(new Set(['Tinos-Regular']));
    expect(new Set(fontsOf(bytes, '1.1. Niêm yết công khai:'))).toEqual(new Set(['Tinos-BoldItalic']));
    expect(new Set(fontsOf(bytes, 'a) Hệ thống truyền thanh:'))).toEqual(new Set(['Tinos-Bold']));
    // A point without run-in keeps a plain letter; an untitled clause opening in bold has its number bold.
    expect(new Set(fontsOf(bytes, 'c) Tài liệu'))).toEqual(new Set(['Tinos-Regular']));
    expect(new Set(fontsOf(bytes, '4. Phạm vi:'))).toEqual(new Set(['Tinos-Bold']));
    expect(oneLine(seq(words(), '4. Phạm vi: trên địa bàn'))).toBe(true);
  });

  it('2. "Phần I" centred on its own line, its title centred on the next; "PHẦN I." on one line with its title', async () => {
    const phan = await pdfOf('02-parts-phan.yaml');
    const label = seq(phan.words(), 'Phần I');
    const title = seq(phan.words(), 'KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(oneLine(label) && oneLine(title)).toBe(true);
    expect(Math.abs(middle(label) - centre(phan.model))).toBeLessThan(1);
    expect(Math.abs(middle(title) - centre(phan.model))).toBeLessThan(1);
    expect(title[0].baseline - label[0].baseline).toBeCloseTo(lineOf(phan.model, phan.model.measures.size.body), 1);
    expect(new Set(fontsOf(phan.bytes, 'Phần IKẾT QUẢ'))).toEqual(new Set(['Tinos-Bold']));
    const second = seq(phan.words(), 'Phần II');
    expect(Math.abs(middle(second) - centre(phan.model))).toBeLessThan(1);
    const province = await pdfOf('02-parts-province.yaml');
    expect(Math.abs(middle(seq(province.words(), 'Phần thứ nhất')) - centre(province.model))).toBeLessThan(1);
    const upper = await pdfOf('02-parts-upper.yaml');
    const line = seq(upper.words(), 'PHẦN I. KẾT QUẢ TUYÊN TRUYỀN');
    expect(oneLine(line)).toBe(true);
    expect(line[0].x0).toBeCloseTo(left(upper.model) + mmToPt(upper.model.measures.body.firstLineIndentCm * 10), 1);
  });

  it('3 and 6. grouped recipients: the brace right of their lines and as tall, the purpose beside it; lines hang after "- "', async () => {
    const { model, words, file } = await pdfOf('03-recipient-groups.yaml');
    const ws = words();
    const m = model.measures;
    const column = mmToPt(textWidthMm(m)) * m.signature.recipientsColumnRatio;
    const x0 = left(model);
    const pixels = pagePixels(file, 1, 144);
    const rec = model.recipients;
    for (const g of rec.groups!) {
      const lines = rec.items.slice(g.first, g.first + g.count).map((l) => seq(ws, l));
      const printed = lines.flat();
      // The group's lines leave room on their right for the brace and the purpose.
      expect(Math.max(...printed.map((w) => w.x1))).toBeLessThanOrEqual(x0 + column - g.indentRightPt + 0.01);
      const top = lines[0][0].y0;
      const bottom = Math.max(...printed.map(lineBottom));
      const { brace, purpose } = braceLayout(m, g, column);
      // The brace: a dark line down its middle over the whole height of the group's lines…
      const xMid = x0 + brace.x + brace.width / 2;
      const ys = Array.from({ length: Math.floor(bottom - top - 4) }, (_, k) => top + 2 + k);
      const darkAt = (x: number) => ys.filter((y) => [-0.5, 0, 0.5].some((d) => pixels.at(x + d, y) < 128)).length / ys.length;
      expect(darkAt(xMid), g.purpose).toBeGreaterThan(0.95);
      // …right of every line of the group, and nothing drawn there beside the lines outside groups.
      expect(xMid).toBeGreaterThan(Math.max(...printed.map((w) => w.x1)));
      const outside = seq(ws, rec.items[0]);
      expect([0, 2, 4, 6, 8].some((d) => pixels.at(xMid, outside[0].y0 + d) < 128)).toBe(false);
      // The purpose beside the brace, in the middle of the group's height.
      const p = seq(ws, g.purposeLines[0]);
      expect(p[0].x0).toBeCloseTo(x0 + purpose.x, 1);
      expect(p[0].x0).toBeGreaterThan(x0 + brace.x + brace.width);
      const groupMiddle = (top + bottom) / 2;
      expect(Math.abs((p[0].y0 + p[0].y1) / 2 - groupMiddle)).toBeLessThan(lineOf(model, m.size.recipients) / 2);
    }
    // Hanging indents: "- " at the column's edge, the wrapped rest after it.
    const chu = seq(ws, '- Chủ tịch, các PCT UBND thành');
    expect(chu[0].x0).toBeCloseTo(x0, 1);
    const rest = ws[ws.indexOf(chu[chu.length - 1]) + 1];
    expect(rest.text).toBe('phố;');
    expect(rest.x0).toBeCloseTo(x0 + rec.hangingPt, 1);
    expect(chu[1].x0).toBeCloseTo(x0 + rec.hangingPt, 1);
    const mat = seq(ws, '- Ủy ban Mặt trận Tổ quốc Việt Nam thành phố');
    expect(ws[ws.indexOf(mat[mat.length - 1]) + 1].x0).toBeCloseTo(x0 + rec.hangingPt, 1);
  });

  it('4. a summary given as lines: those lines, each centred', async () => {
    const { model, words } = await pdfOf('04-title-lines.yaml');
    const lines = model.title.summaryLines.map((l) => seq(words(), l));
    for (const l of lines) {
      expect(oneLine(l)).toBe(true);
      expect(Math.abs(middle(l) - centre(model))).toBeLessThan(1);
    }
    expect(lines[1][0].baseline - lines[0][0].baseline).toBeCloseTo(lineOf(model, model.measures.size.summary), 1);
  });

  it('5. promulgated by a decision: no number nor date line, the decision\'s line in italics under the summary, the short line under it, apart', async () => {
    const { model, words, bytes, file } = await pdfOf('05-promulgated.yaml');
    const ws = words();
    expect(ws.some((w) => w.text === 'Số:')).toBe(false);
    const summary = seq(ws, model.title.summaryLines.at(-1)!);
    const lines = model.title.promulgationLines!.map((l) => seq(ws, l));
    expect(lines[0][0].baseline).toBeGreaterThan(summary[0].baseline);
    for (const l of lines) expect(Math.abs(middle(l) - centre(model))).toBeLessThan(1);
    expect(new Set(fontsOf(bytes, model.title.promulgationLines![0]))).toEqual(new Set(['Tinos-Italic']));
    // The summary's short line: the first dark row under the decision's line, `refGapPt` + the box below it.
    const pixels = pagePixels(file, 1, 288);
    const last = lines.at(-1)!;
    const under = lineBottom(last[0]);
    let y = under + 0.5;
    while (y < under + 30 && pixels.at(centre(model), y) >= 128) y += 0.25;
    const m = model.measures.rules;
    expect(y - under).toBeGreaterThan(m.refGapPt + m.boxPt - 0.5);
    expect(y - under).toBeLessThan(m.refGapPt + m.boxPt + m.thicknessPt + 0.5);
    // The body follows; no "Nơi nhận".
    expect(ws.some((w) => w.text === 'nhận:')).toBe(false);
  });

  it('7. appendix: the title in balanced lines, the short line apart from "(Kèm theo …)", agencies joined by ";"', async () => {
    const { model, words, file, bytes } = await pdfOf('07-appendix.yaml');
    const a = model.appendices[0];
    const ws = words(2);
    const lines = a.titleLines.map((l) => seq(ws, l));
    expect(lines.every(oneLine)).toBe(true);
    expect(lines[1][0].baseline).toBeGreaterThan(lines[0][0].baseline);
    expect(lines[1].map((w) => w.text).slice(-2)).toEqual(['NĂM', '2023']);
    const ref = seq(ws, a.reference);
    const pixels = pagePixels(file, 2, 288);
    const under = lineBottom(ref[0]);
    const x = left(model) + mmToPt(textWidthMm(model.measures, 'landscape')) / 2;
    let y = under + 0.5;
    while (y < under + 30 && pixels.at(x, y) >= 128) y += 0.25;
    const m = model.measures.rules;
    expect(y - under).toBeGreaterThan(m.refGapPt + m.boxPt - 0.5);
    // One paragraph per cell, its lines drawn one after another.
    const drawn = placedGlyphs(bytes).map((g) => g.ch).join('').replace(/\s+/g, '');
    for (const agencies of ['Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố', 'Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố; các cơ quan báo chí trên địa bàn']) {
      expect(drawn, agencies).toContain(agencies.replace(/\s+/g, ''));
    }
  });
});
