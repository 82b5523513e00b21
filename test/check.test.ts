/**
 * The Decree-30 checker (`cchc-plan check`): every example passes; one defect at a time is planted
 * in the XML of a rendered plan and must be reported with the right rule id (and nothing else);
 * three files with several defects each; every rule is seen failing; the official decree files
 * give the results explained in docs/check.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx, DocxReadError, RULE_IDS, type CheckReport, type Finding, type RuleId } from '../src/check/index.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { renderFinding, type Lang } from '../src/diagnostics/index.js';
import { createMeasurer } from '../src/text/metrics.js';
import { renderDocx } from '../src/render/docx/index.js';
import { compileFile, exampleFiles, ROOT, compileText } from './helpers.js';

const measure = createMeasurer(readFontFiles(bundledFontFiles()));
const check = (bytes: Uint8Array): CheckReport => checkDocx(bytes, { measure });
/** A finding with its texts rendered in a language, as the command line prints it. */
const rendered = (f: Finding, lang: Lang = 'vi') => ({ ...f, ...renderFinding(f, lang) });
const ruleIds = (r: CheckReport): RuleId[] => [...new Set(r.findings.map((f) => f.rule))].sort();

async function render(file: string): Promise<Uint8Array> {
  const compiled = compileFile(file);
  expect(compiled.value, JSON.stringify(compiled.diagnostics)).toBeDefined();
  const dir = path.dirname(file);
  return renderDocx(compiled.value!.model);
}

type Edit = (xml: string) => string;
type Parts = Record<string, Edit>;

/** Unzip, edit XML parts, zip again. */
function mutate(bytes: Uint8Array, edits: Parts): Uint8Array {
  const files = unzipSync(bytes);
  for (const [part, edit] of Object.entries(edits)) {
    const name = part === 'header:main' ? mainDefaultHeader(files) : part;
    files[name] = strToU8(edit(strFromU8(files[name])));
  }
  return zipSync(files);
}

/** The default header part of the first section. */
function mainDefaultHeader(files: Record<string, Uint8Array>): string {
  const doc = strFromU8(files['word/document.xml']);
  const id = /<w:sectPr>.*?<w:headerReference w:type="default" r:id="(\w+)"/.exec(doc)![1];
  const rels = strFromU8(files['word/_rels/document.xml.rels']);
  return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
}

/** Replace exactly the first occurrence; a mutation that does not apply fails the test. */
const swap = (from: string | RegExp, to: string): Edit => (xml) => {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation not applied: ${String(from)}`);
  return out;
};
const chain = (...edits: Edit[]): Edit => (xml) => edits.reduce((x, e) => e(x), xml);
/** Edit the definition of one style in styles.xml. */
const style = (id: string, edit: Edit): Parts => ({
  'word/styles.xml': (xml) => {
    const re = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`);
    const m = re.exec(xml);
    if (!m) throw new Error(`no style ${id}`);
    return xml.replace(m[0], edit(m[0]));
  },
});
const doc = (...edits: Edit[]): Parts => ({ 'word/document.xml': chain(...edits) });
const merge = (...parts: Parts[]): Parts => {
  const out: Parts = {};
  for (const p of parts) for (const [k, e] of Object.entries(p)) out[k] = out[k] ? chain(out[k], e) : e;
  return out;
};

/** The n-th line drawn as a bordered paragraph (0 issuer, 1 motto, 2 summary), edited through its indents. */
const RULE = { issuer: 0, motto: 1, summary: 2 } as const;
const BORDER_RULE = /<w:p><w:pPr><w:pStyle w:val="DuongKe"\/><w:pBdr>(?:(?!<\/w:p>).)*<w:ind w:left="(\d+)" w:right="(\d+)"\/><\/w:pPr><\/w:p>/g;
const rule = (which: keyof typeof RULE, edit: (left: number, right: number, xml: string) => string): Parts =>
  doc((xml) => {
    let n = 0;
    const out = xml.replace(BORDER_RULE, (m, left: string, right: string) => (n++ === RULE[which] ? edit(Number(left), Number(right), m) : m));
    if (n <= RULE[which]) throw new Error(`no ${which} rule line`);
    return out;
  });
const indents = (which: keyof typeof RULE, dLeft: number, dRight: number): Parts =>
  rule(which, (l, r, m) => m.replace(`w:left="${l}" w:right="${r}"`, `w:left="${l + dLeft}" w:right="${r + dRight}"`));
const motto = (p: string) => rule('motto', () => p);
const underscores = (n: number, halfPoints = 28) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="${halfPoints}"/><w:vertAlign w:val="superscript"/></w:rPr><w:t>${'_'.repeat(n)}</w:t></w:r></w:p>`;
const lineShape = (emu: number) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline><wp:extent cx="${emu}" cy="0"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** One planted defect and every rule it must trigger (and no other). */
interface Defect {
  name: string;
  edit: Parts;
  rules: RuleId[];
}

const DEFECTS: Defect[] = [
  // page, fonts, text
  { name: 'Letter paper', edit: doc(swap('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>', '<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>')), rules: ['page-size'] },
  { name: 'landscape appendix without a table', edit: doc(swap(/(<w:sectPr>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>(?:(?!<w:sectPr>).)*<w:sectPr>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>(?:(?!<w:sectPr>).)*<w:sectPr>(?:(?!<w:pgSz).)*)<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/, '$1<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')), rules: ['page-orientation'] },
  { name: 'left margin 25 mm', edit: doc(swap('w:left="1984" w:header', 'w:left="1417" w:header')), rules: ['page-margins'] },
  { name: 'Arial body text', edit: style('NoiDung', swap(/w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/, 'w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"')), rules: ['font-family'] },
  { name: 'red body text', edit: style('NoiDung', swap('<w:sz w:val="28"/>', '<w:color w:val="FF0000"/><w:sz w:val="28"/>')), rules: ['font-color'] },
  { name: 'decomposed Unicode', edit: doc(swap('Nâng cao nhận thức', 'Nâng cao nhận thức'.normalize('NFD'))), rules: ['text-nfc'] },
  // page numbers
  { name: 'page number on page 1', edit: doc(swap('<w:titlePg/>', '')), rules: ['page-number-first'] },
  { name: 'no page number', edit: { 'header:main': swap(/<w:r><w:fldChar w:fldCharType="begin"\/>.*<w:fldChar w:fldCharType="end"\/><\/w:r>/, '') }, rules: ['page-number-missing'] },
  { name: 'page number on the right', edit: { 'header:main': swap('<w:pStyle w:val="SoTrang"/>', '<w:pStyle w:val="SoTrang"/><w:jc w:val="right"/>') }, rules: ['page-number-position'] },
  { name: 'Roman page numbers', edit: { 'header:main': swap('>PAGE<', '>PAGE \\* ROMAN<') }, rules: ['page-number-format'] },
  { name: 'appendix continues the numbering', edit: doc(swap(/(<w:sectPr>(?:(?!<\/w:sectPr>).)*<\/w:sectPr>(?:(?!<w:sectPr>).)*<w:sectPr>(?:(?!<w:pgNumType).)*)<w:pgNumType w:start="1"\/>/, '$1')), rules: ['page-number-restart'] },
  // header
  { name: 'no national title', edit: doc(swap('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '')), rules: ['national-title'] },
  { name: 'national title in lower case', edit: doc(swap('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam')), rules: ['national-title-format'] },
  { name: 'motto with en dashes', edit: doc(swap('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc')), rules: ['motto', 'motto-rule'] },
  { name: 'motto at 15 pt', edit: style('TieuNgu', swap('<w:sz w:val="28"/>', '<w:sz w:val="30"/>')), rules: ['header-sizes', 'motto-format', 'motto-rule'] },
  { name: 'short motto line', edit: indents('motto', 400, 400), rules: ['motto-rule'] },
  { name: 'motto line off centre', edit: indents('motto', -500, 500), rules: ['motto-rule'] },
  { name: 'national title 12 with motto 14', edit: style('QuocHieu', swap('<w:sz w:val="26"/>', '<w:sz w:val="24"/>')), rules: ['header-sizes'] },
  { name: 'no issuer', edit: doc(swap('>UBND HUYỆN SƠN TỊNH<', '><'), swap('>ỦY BAN NHÂN DÂN<', '><'), swap('>XÃ AN BÌNH<', '><')), rules: ['issuer'] },
  { name: 'issuer at 14 pt', edit: style('CoQuanBanHanh', swap('<w:sz w:val="26"/>', '<w:sz w:val="28"/>')), rules: ['issuer-format'] },
  { name: 'parent agency at 11 pt', edit: style('CoQuanChuQuan', swap('<w:sz w:val="26"/>', '<w:sz w:val="22"/>')), rules: ['parent-format'] },
  { name: 'issuer line too short', edit: indents('issuer', 300, 300), rules: ['issuer-rule'] },
  { name: '"Số" without a colon', edit: doc(swap('Số: 03/KH-UBND', 'Số 03/KH-UBND')), rules: ['number'] },
  { name: 'number without its leading zero', edit: doc(swap('Số: 03/KH-UBND', 'Số: 3/KH-UBND')), rules: ['number-leading-zero'] },
  { name: 'bold number', edit: style('SoKyHieu', swap('<w:sz w:val="26"/>', '<w:b/><w:sz w:val="26"/>')), rules: ['number-format'] },
  { name: 'no comma after the place', edit: doc(swap('An Bình, ngày', 'An Bình ngày')), rules: ['place-date'] },
  { name: 'day and month without leading zeros', edit: doc(swap('ngày 08 tháng 01', 'ngày 8 tháng 1')), rules: ['date-leading-zero'] },
  { name: 'upright date', edit: style('DiaDanhNgayThang', swap('<w:i/><w:iCs/>', '')), rules: ['place-date-format'] },
  // title
  { name: 'no document type', edit: doc(swap('>KẾ HOẠCH<', '><')), rules: ['type'] },
  { name: 'type at 12 pt', edit: style('TenLoai', swap('<w:sz w:val="28"/>', '<w:sz w:val="24"/>')), rules: ['type-format'] },
  { name: 'no summary', edit: doc(swap('>Tuyên truyền cải cách hành chính năm 2026<', '><')), rules: ['summary'] },
  { name: 'summary not bold', edit: style('TrichYeu', swap('<w:b/><w:bCs/>', '')), rules: ['summary-format'] },
  { name: 'summary line too long', edit: indents('summary', -1500, -1500), rules: ['summary-rule'] },
  // body
  { name: 'grounds set upright', edit: style('CanCu', swap('<w:i/><w:iCs/>', '')), rules: ['grounds-format'] },
  { name: 'last ground ends with ";"', edit: doc(swap('Văn phòng HĐND và UBND xã.</w:t>', 'Văn phòng HĐND và UBND xã;</w:t>')), rules: ['grounds-format'] },
  { name: 'body at 12 pt', edit: style('NoiDung', swap('<w:sz w:val="28"/>', '<w:sz w:val="24"/>')), rules: ['body-size'] },
  { name: 'body aligned left', edit: style('NoiDung', swap('<w:jc w:val="both"/>', '<w:jc w:val="left"/>')), rules: ['body-justify'] },
  { name: 'no first-line indent', edit: style('NoiDung', swap('<w:ind w:firstLine="567"/>', '')), rules: ['body-indent'] },
  { name: 'no space between paragraphs', edit: style('NoiDung', swap('w:before="120"', 'w:before="0"')), rules: ['body-spacing'] },
  { name: 'double line spacing', edit: style('NoiDung', swap('w:line="240"', 'w:line="480"')), rules: ['body-line-spacing'] },
  { name: 'section title not in capitals', edit: doc(swap('>MỤC ĐÍCH, YÊU CẦU<', '>Mục đích, yêu cầu<')), rules: ['heading-format'] },
  { name: 'section II numbered III', edit: doc(swap('>II. <', '>III. <')), rules: ['numbering-sections'] },
  { name: 'clause 2 numbered 3', edit: doc(swap('>2. </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Yêu cầu<', '>3. </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Yêu cầu<')), rules: ['numbering-clauses'] },
  { name: 'point đ) written e)', edit: doc(swap('>đ) <', '>e) <')), rules: ['numbering-points'] },
  { name: 'no "./." at the end', edit: doc(swap('thực hiện./.', 'thực hiện.')), rules: ['body-end-mark'] },
  // signature, recipients
  { name: 'no signature lines', edit: doc(swap('>TM. ỦY BAN NHÂN DÂN<', '><'), swap('>KT. CHỦ TỊCH<', '><'), swap('>PHÓ CHỦ TỊCH<', '><')), rules: ['signature'] },
  { name: '"KT" without its full stop', edit: doc(swap('>KT. CHỦ TỊCH<', '>KT CHỦ TỊCH<')), rules: ['signature-authority'] },
  { name: 'academic title before the name', edit: doc(swap('>Nguyễn Văn An<', '>TS. Nguyễn Văn An<')), rules: ['signature-name'] },
  { name: 'no signer name', edit: doc(swap(/<w:p><w:pPr><w:pStyle w:val="HoTenNguoiKy"\/><\/w:pPr><w:r><w:t xml:space="preserve">Nguyễn Văn An<\/w:t><\/w:r><\/w:p>/, '')), rules: ['signature-name-missing'] },
  { name: '"Nơi nhận" without its colon', edit: doc(swap('>Nơi nhận:<', '>Nơi nhận<')), rules: ['recipients-label'] },
  { name: 'recipient without ";"', edit: doc(swap('- UBND huyện (b/c);', '- UBND huyện (b/c)')), rules: ['recipients-items'] },
  { name: 'archive line without "VT"', edit: doc(swap('- Lưu: VT, VP.', '- Lưu: VP.')), rules: ['recipients-archive'] },
  // appendices and tables
  { name: 'appendices not referred to', edit: doc(swap('tại Phụ lục I; lịch tuyên truyền tại Phụ lục II.', 'kèm theo.')), rules: ['appendix-reference'] },
  { name: 'appendix numbered in Arabic', edit: doc(swap('>Phụ lục II<', '>Phụ lục 2<')), rules: ['appendix-label'] },
  { name: 'appendix title not bold', edit: style('PhuLucTen', swap('<w:b/><w:bCs/>', '')), rules: ['appendix-title'] },
  { name: 'upright "(Kèm theo …)" line', edit: style('PhuLucKemTheo', swap('<w:i/><w:iCs/>', '')), rules: ['appendix-ref-line'] },
  { name: 'table header row not repeated', edit: doc(swap('<w:tblHeader/>', '')), rules: ['table-header-repeat'] },
];

/** Three wrong files with several defects each. */
const WRONG_FILES: { name: string; defects: string[] }[] = [
  { name: 'header', defects: ['number without its leading zero', 'day and month without leading zeros', 'national title in lower case', 'short motto line', 'issuer line too short', 'upright date'] },
  { name: 'body', defects: ['Letter paper', 'left margin 25 mm', 'decomposed Unicode', 'body aligned left', 'point đ) written e)', 'section II numbered III', 'last ground ends with ";"'] },
  { name: 'closing', defects: ['page number on page 1', '"KT" without its full stop', 'recipient without ";"', 'appendix numbered in Arabic', 'table header row not repeated', 'appendix continues the numbering'] },
];

const base = path.join(ROOT, 'test', 'fixtures', 'check', 'base.yaml');
let baseDocx: Uint8Array;
beforeAll(async () => {
  baseDocx = await render(base);
});

describe('check: documents the project builds', () => {
  it.each(exampleFiles().map((f) => [path.basename(f), f]))('%s has no error finding', async (_, file) => {
    const report = check(await render(file));
    expect(report.kind).toBe('document');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.conforming).toBe(true);
  });

  it('the signature-image fixture has no error finding', async () => {
    expect(check(await render(path.join(ROOT, 'test', 'fixtures', 'images', 'plan.yaml'))).errors).toBe(0);
  });

  it('the generator and the checker agree at the edges of every allowed range (format:)', async () => {
    const text = readFileSync(base, 'utf8') + 'format: { bodySize: 13, headerSize: 12, pageNumberSize: 13, firstLineIndent: 1.27, lineSpacing: 1.5, paragraphSpacing: 12, margins: { top: 20, bottom: 25, left: 30, right: 15 } }\n';
    const compiled = compileText(text, 'format.yaml', path.dirname(base));
    expect(compiled.value, JSON.stringify(compiled.diagnostics)).toBeDefined();
    expect(check(await renderDocx(compiled.value!.model)).findings).toEqual([]);
  });

  it('the test base plan has no finding at all and every element is recognised', () => {
    const report = check(baseDocx);
    expect(report.findings).toEqual([]);
    expect(Object.keys(report.elements).sort()).toEqual(
      ['appendices', 'body', 'grounds', 'issuer', 'motto', 'nationalTitle', 'number', 'parent', 'placeDate', 'recipients', 'signature', 'summary', 'type'].sort(),
    );
  });
});

describe('check: one planted defect at a time', () => {
  it.each(DEFECTS.map((d) => [d.name, d]))('%s', (_, d) => {
    const report = check(mutate(baseDocx, d.edit));
    expect(ruleIds(report)).toEqual([...d.rules].sort());
  });

  it('every rule is seen failing', () => {
    const seen = new Set(DEFECTS.flatMap((d) => d.rules));
    expect(RULE_IDS.filter((r) => !seen.has(r))).toEqual([]);
  });

  it.each(WRONG_FILES.map((w) => [w.name, w]))('wrong file "%s" reports each of its defects', (_, w) => {
    const defects = w.defects.map((n) => DEFECTS.find((d) => d.name === n)!);
    const report = check(mutate(baseDocx, merge(...defects.map((d) => d.edit))));
    expect(report.conforming).toBe(false);
    for (const d of defects) for (const r of d.rules) expect(ruleIds(report), d.name).toContain(r);
  });

  it('a finding is data: element, text, location, measured and expected values; its texts are rendered in either language', () => {
    const report = check(mutate(baseDocx, doc(swap('Số: 03/KH-UBND', 'Số: 3/KH-UBND'))));
    expect(report.findings).toEqual([
      {
        rule: 'number-leading-zero',
        severity: 'error',
        element: 'number',
        text: 'Số: 3/KH-UBND',
        location: { part: 'word/document.xml', paragraph: 8, section: 1 },
        measured: { quote: '3' },
        expected: { quote: '03' },
      },
    ]);
    expect(renderFinding(report.findings[0], 'vi')).toEqual({
      message: 'Số nhỏ hơn 10 phải ghi thêm số 0 phía trước — thực tế: "3"; yêu cầu: "03".',
      hint: 'Viết "Số: 05/…" thay vì "Số: 5/…".',
      source: 'Phụ lục I, Mục II, khoản 3, điểm c',
      measured: '"3"',
      expected: '"03"',
    });
    const en = renderFinding(report.findings[0], 'en');
    expect(en.source).toBe('Appendix I, Section II, item 3, point c');
    expect(en.message).toBe('Numbers below 10 take a leading zero — found: "3"; expected: "03".');
  });

  it('merges a defect repeated in many paragraphs into one finding with a count', () => {
    const report = check(mutate(baseDocx, DEFECTS.find((d) => d.name === 'no first-line indent')!.edit));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].count).toBeGreaterThan(5);
  });
});

describe('check: the lines under the motto, issuer and summary', () => {
  it('accepts superscript underscores as in the official files, within the renderers\' range', () => {
    expect(check(mutate(baseDocx, motto(underscores(40)))).findings).toEqual([]);
  });

  it('reports an underscore line that is clearly too short, as an estimate', () => {
    const [f] = check(mutate(baseDocx, motto(underscores(20)))).findings;
    expect(f).toMatchObject({ rule: 'motto-rule', measured: { word: 'estimate', params: { length: { range: [expect.any(Number), expect.any(Number)], unit: 'mm' } } } });
    expect(rendered(f).measured).toMatch(/^≈ \d+,\d–\d+,\d mm \(ước tính\)$/);
    expect(rendered(f, 'en').measured).toMatch(/^≈ \d+\.\d–\d+\.\d mm \(estimate\)$/);
  });

  it('measures a DrawingML line shape', () => {
    expect(check(mutate(baseDocx, motto(lineShape(2_175_000)))).findings).toEqual([]);
    expect(ruleIds(check(mutate(baseDocx, motto(lineShape(1_000_000)))))).toEqual(['motto-rule']);
  });

  it('reports a missing line', () => {
    const [f] = check(mutate(baseDocx, rule('summary', () => ''))).findings;
    expect(rendered(f)).toMatchObject({ rule: 'summary-rule', measured: 'không có' });
  });
});

describe('check: effective formatting', () => {
  it('resolves theme fonts', () => {
    const edit = style('NoiDung', swap(/w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/, 'w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"'));
    expect(check(mutate(baseDocx, edit)).findings).toEqual([expect.objectContaining({ rule: 'font-family', measured: { text: 'Calibri' }, expected: { text: 'Times New Roman' }, count: expect.any(Number) })]);
  });

  it('applies character styles over the paragraph style', () => {
    const charStyle = '<w:style w:type="character" w:styleId="Dam"><w:name w:val="Đậm"/><w:rPr><w:b/></w:rPr></w:style></w:styles>';
    const report = check(mutate(baseDocx, merge({ 'word/styles.xml': swap('</w:styles>', charStyle) }, doc(swap('<w:r><w:t xml:space="preserve">Số: 03/KH-UBND', '<w:r><w:rPr><w:rStyle w:val="Dam"/></w:rPr><w:t xml:space="preserve">Số: 03/KH-UBND')))));
    expect(report.findings.map((f) => rendered(f))).toEqual([expect.objectContaining({ rule: 'number-format', measured: 'đậm', expected: 'không đậm' })]);
  });
});

describe('check: automatic numbering', () => {
  it('reads Word list labels: a Latin a, b, c … list skips đ and reaches f', () => {
    const numbering = (xml: string) =>
      xml.replace(
        '</w:numbering>',
        '<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num></w:numbering>',
      );
    const points = (xml: string) =>
      xml.replace(/(<w:pPr><w:pStyle w:val="NoiDung"\/>)(<\/w:pPr><w:r><w:t xml:space="preserve">)[a-eđ]\) (<\/w:t><\/w:r>)/g, '$1<w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>$2$3');
    const report = check(mutate(baseDocx, { 'word/numbering.xml': numbering, 'word/document.xml': points }));
    expect(report.findings.map((f) => rendered(f)).map((f) => [f.rule, f.measured, f.expected])).toEqual([
      ['numbering-points', '"e)"', '"đ)"'],
      ['numbering-points', '"f)"', '"g)"'],
    ]);
  });
});

describe('check: unreadable files', () => {
  it.each([
    ['not a zip', new TextEncoder().encode('hello'), 'not-zip'],
    ['a zip without a document', zipSync({ 'a.xml': strToU8('<a/>') }), 'no-document'],
    ['an OLE (.doc) file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy-or-encrypted'],
    ['broken XML', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document><w:body>') }), 'bad-xml'],
  ])('%s → DocxReadError', (_, bytes, reason) => {
    expect(() => check(bytes)).toThrow(DocxReadError);
    try {
      check(bytes);
    } catch (e) {
      expect((e as DocxReadError).reason).toBe(reason);
    }
  });
});

const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference', 'nd30');

describe.skipIf(!existsSync(REFERENCE))('check: the official decree files (calibration)', () => {
  const run = (name: string) => check(new Uint8Array(readFileSync(path.join(REFERENCE, name))));

  it('Nghị định 30/2020/NĐ-CP: every element recognised; three genuine defects of the file', () => {
    const report = run('nghi-dinh-30-2020-ND-CP.docx');
    expect(report.kind).toBe('document');
    expect(report.elements).toMatchObject({ issuer: [1], number: 4, nationalTitle: 5, motto: 6, placeDate: 8, type: 11, summary: [12], grounds: [15, 16, 17], recipients: 330, signature: [355, 356, 364] });
    expect(report.findings.map((f) => rendered(f)).map((f) => [f.rule, f.location.paragraph, f.location.page, f.measured])).toEqual([
      ['font-family', 230, 14, 'Times New Roman Bold'],
      ['text-nfc', 260, 16, 'dấu tổ hợp U+0301 trong "kết"'],
      ['font-color', 360, 20, '#FFFFFF'],
    ]);
  });

  it('the Phụ lục files are stand-alone appendices; their findings are the files\' own departures', () => {
    const rules = (name: string) => {
      const r = run(name);
      expect(r.kind).toBe('appendix');
      return ruleIds(r);
    };
    expect(rules('phu-luc-I-the-thuc.docx')).toEqual(['body-justify', 'body-spacing', 'page-margins', 'page-orientation', 'table-header-repeat']);
    expect(rules('phu-luc-II-viet-hoa.docx')).toEqual(['body-spacing']);
    expect(rules('phu-luc-III-viet-tat-va-mau.docx')).toEqual(['body-indent', 'body-justify', 'body-size', 'body-spacing', 'font-family', 'numbering-clauses', 'table-header-repeat']);
  });
});
