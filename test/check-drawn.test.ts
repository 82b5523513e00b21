/**
 * `check` on files whose lines under the issuer, the motto and the summary are drawn as shapes
 * (Insert › Shapes › Line), as offices' Word files have them: floating DrawingML connectors with a
 * VML fallback (Word 2010+), VML lines and connectors only (Word 2003/2007), and the same saved by
 * LibreOffice. Each right file passes with no finding; each wrong line gives exactly its finding;
 * without the shapes the lines are reported missing (so a checker that ignored them fails here).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx, type CheckReport } from '../src/check/index.js';
import { findRuleLine } from '../src/check/measure.js';
import { recognise } from '../src/check/elements.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { readDocument } from '../src/docx-read/document.js';
import { openDocx } from '../src/docx-read/package.js';
import { lineShapes } from '../src/docx-read/shapes.js';
import { parseXml } from '../src/docx-read/xml.js';
import { renderFinding } from '../src/diagnostics/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { createMeasurer } from '../src/text/metrics.js';
import { drawLines, type DrawOptions, type Way } from './fixtures/check/drawn/draw-lines.js';
import { compileFile, EXAMPLES, ROOT } from './helpers.js';

const measure = createMeasurer(readFontFiles(bundledFontFiles()));
const check = (bytes: Uint8Array): CheckReport => checkDocx(bytes, { measure });
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'check', 'drawn');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

/** Rule, paragraph and measured/expected texts (Vietnamese) of each finding. */
const summary = (r: CheckReport) =>
  r.findings.map((f) => {
    const t = renderFinding(f, 'vi');
    return [f.rule, f.location.paragraph, t.measured, t.expected];
  });

/** The three lines as the checker finds them: how each is drawn and its length in points. */
function linesOf(bytes: Uint8Array) {
  const doc = readDocument(openDocx(bytes));
  const el = recognise(doc);
  const at = (owner: (typeof el.issuer)[number] | undefined) => {
    const l = owner && findRuleLine(doc, owner, measure);
    return l && { kind: l.kind, drawn: l.shape?.kind, inline: l.shape?.inline, lengthPt: Math.round(l.minPt), weightPt: l.shape?.weightPt };
  };
  return { issuer: at(el.issuer[el.issuer.length - 1]), motto: at(el.motto), summary: at(el.summary[el.summary.length - 1]) };
}

/** Remove every drawing and picture: what a checker that ignores shapes would see. */
function withoutShapes(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'])
    .replace(/<mc:AlternateContent>(?:(?!<\/mc:AlternateContent>).)*<\/mc:AlternateContent>/g, '')
    .replace(/<w:drawing>(?:(?!<\/w:drawing>).)*<\/w:drawing>/g, '')
    .replace(/<w:pict>(?:(?!<\/w:pict>).)*<\/w:pict>/g, '');
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

let minimal: Uint8Array;
const drawn = (way: Way, options: DrawOptions = {}) => drawLines(minimal, way, options);

beforeAll(async () => {
  const compiled = compileFile(path.join(EXAMPLES, 'minimal.yaml'));
  expect(compiled.value, JSON.stringify(compiled.diagnostics)).toBeDefined();
  minimal = await renderDocx(compiled.value!.model);
});

describe('check: lines drawn as shapes', () => {
  it('our own file draws its lines as bordered paragraphs and has no finding (the base of the fixtures)', () => {
    expect(check(minimal).findings).toEqual([]);
    expect(linesOf(minimal)).toEqual({
      issuer: expect.objectContaining({ kind: 'border' }),
      motto: expect.objectContaining({ kind: 'border' }),
      summary: expect.objectContaining({ kind: 'border' }),
    });
  });

  it.each([
    ['Word 2016 (DrawingML connector, VML fallback)', 'word2016', 'drawingml'],
    ['Word 2003 (VML line and connector only)', 'word2003', 'vml'],
  ] as const)('%s: no finding; each line found as a floating shape of the right length', (_, way, kind) => {
    const bytes = drawn(way);
    const xml = documentXml(bytes);
    expect(xml).not.toContain('w:val="DuongKe"/><w:pBdr>');
    expect(xml.match(/<v:line /g) ?? []).toHaveLength(way === 'word2016' ? 3 : 2);
    expect(check(bytes).findings).toEqual([]);
    const shape = { kind: 'shape', drawn: kind, inline: false, weightPt: 0.75 };
    expect(linesOf(bytes)).toEqual({
      issuer: { ...shape, lengthPt: 49 },
      motto: { ...shape, lengthPt: 171 },
      summary: { ...shape, lengthPt: 106 },
    });
  });

  it('a file saved by LibreOffice (its own DrawingML, layoutInCell="0", its own VML fallback): no finding', () => {
    const bytes = fixture('libreoffice.docx');
    const xml = documentXml(bytes);
    // What makes it LibreOffice's: no bordered line paragraphs, its anchors and fallback lines.
    expect(xml).not.toContain('<w:pBdr>');
    expect(xml.match(/<wp:anchor [^>]*layoutInCell="0"/g) ?? []).toHaveLength(3);
    expect(xml.match(/<v:line id="shape_\d+"/g) ?? []).toHaveLength(3);
    expect(check(bytes).findings).toEqual([]);
    expect(linesOf(bytes)).toEqual({
      issuer: expect.objectContaining({ kind: 'shape', drawn: 'drawingml', lengthPt: 49 }),
      motto: expect.objectContaining({ kind: 'shape', drawn: 'drawingml', lengthPt: 171 }),
      summary: expect.objectContaining({ kind: 'shape', drawn: 'drawingml', lengthPt: 106 }),
    });
  });

  it('without the shapes the same files have no lines: issuer, motto and summary lines missing', () => {
    for (const bytes of [drawn('word2016'), drawn('word2003'), fixture('libreoffice.docx')]) {
      expect(summary(check(withoutShapes(bytes))).map(([rule, , measured]) => [rule, measured]).sort()).toEqual([
        ['issuer-rule', 'không có'],
        ['motto-rule', 'không có'],
        ['summary-rule', 'không có'],
      ]);
    }
  });

  it('a line anchored elsewhere (in the type paragraph below the header table, page-relative, 20 pt up) is still the issuer\'s line', () => {
    // LibreOffice draws this line exactly where the issuer's line of the Word 2016 file is.
    const moved = (leftPt: number) => {
      const files = unzipSync(drawn('word2016'));
      let xml = strFromU8(files['word/document.xml']);
      const run = /<w:r><mc:AlternateContent>(?:(?!<\/mc:AlternateContent>).)*Straight Connector 101(?:(?!<\/mc:AlternateContent>).)*<\/mc:AlternateContent><\/w:r>/.exec(xml)![0];
      const shape = run
        .replace(/<wp:positionH relativeFrom="column"><wp:posOffset>\d+/, `<wp:positionH relativeFrom="page"><wp:posOffset>${Math.round(leftPt * 12700)}`)
        .replace(/<wp:positionV relativeFrom="paragraph"><wp:posOffset>\d+/, `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${Math.round(-20.2 * 12700)}`)
        .replace(/<mc:Fallback>.*<\/mc:Fallback>/, '<mc:Fallback/>');
      xml = xml.replace(run, '').replace(/(<w:t xml:space="preserve">KẾ HOẠCH<\/w:t><\/w:r>)/, `$1${shape}`);
      files['word/document.xml'] = strToU8(xml);
      return zipSync(files);
    };
    expect(check(moved(160.45)).findings).toEqual([]);
    expect(linesOf(moved(160.45)).issuer).toMatchObject({ kind: 'shape', lengthPt: 49 });
    expect(summary(check(moved(180.45)))).toEqual([['issuer-rule', 7, 'lệch tâm 7 mm', 'canh giữa']]);
  });

  it('a weight left to the theme is read from it (0.5 pt in our theme) and passes', () => {
    const bytes = drawn('word2016', { issuer: { weightPt: null }, motto: { weightPt: null }, summary: { weightPt: null } });
    expect(linesOf(bytes).issuer).toMatchObject({ weightPt: 0.5 });
    expect(check(bytes).findings).toEqual([]);
  });
});

describe('check: wrong drawn lines give exactly their finding', () => {
  const cases: [string, Way, DrawOptions, (string | number)[][]][] = [
    ['issuer line too short (Word 2016)', 'word2016', { issuer: { lengthPt: 15 } }, [['issuer-rule', 2, '5,3 mm', '14,4–21,6 mm (43,2 mm dòng chữ × 0,33–0,5)']]],
    ['issuer line too short (VML)', 'word2003', { issuer: { lengthPt: 15 } }, [['issuer-rule', 1, '5,3 mm', '14,4–21,6 mm (43,2 mm dòng chữ × 0,33–0,5)']]],
    ['motto line 7 mm off centre', 'word2016', { motto: { shiftPt: 20 } }, [['motto-rule', 4, 'lệch tâm 7,1 mm', 'canh giữa']]],
    ['motto line off centre (VML, anchored in the national title)', 'word2003', { motto: { shiftPt: -20 } }, [['motto-rule', 3, 'lệch tâm 7,1 mm', 'canh giữa']]],
    ['summary line longer than half the summary', 'word2016', { summary: { lengthPt: 160 } }, [['summary-rule', 8, '56,4 mm', '31,1–46,7 mm (93,4 mm dòng chữ × 0,33–0,5)']]],
    ['summary line over the text (12 pt up)', 'word2016', { summary: { dropPt: -12 } }, [['summary-rule', 8, 'đường kẻ đè lên dòng chữ', 'ngay dưới dòng chữ']]],
    ['summary connector over the text (VML)', 'word2003', { summary: { dropPt: -12 } }, [['summary-rule', 7, 'đường kẻ đè lên dòng chữ', 'ngay dưới dòng chữ']]],
    ['issuer line with no outline (prints nothing)', 'word2016', { issuer: { noOutline: true } }, [['issuer-rule', 2, 'hình đường kẻ không có nét (không in ra)', 'nét liền']]],
    ['motto line stroked="f" (VML)', 'word2003', { motto: { noOutline: true } }, [['motto-rule', 3, 'hình đường kẻ không có nét (không in ra)', 'nét liền']]],
    ['dashed motto line', 'word2016', { motto: { dash: 'dash' } }, [['motto-rule', 4, 'nét đứt (dash)', 'nét liền']]],
    ['dotted summary connector (VML)', 'word2003', { summary: { dash: 'dot' } }, [['summary-rule', 7, 'nét đứt (dot)', 'nét liền']]],
    ['a 3-pt bar under the issuer', 'word2016', { issuer: { weightPt: 3 } }, [['issuer-rule', 2, 'nét dày 3 pt', 'nét liền, mảnh (không quá 1,5 pt)']]],
    ['issuer line drawn far below, under the number', 'word2016', { issuer: { dropPt: 30 } }, [['issuer-rule', 2, 'không có', '14,4–21,6 mm (43,2 mm dòng chữ × 0,33–0,5)']]],
  ];

  it.each(cases)('%s', (_, way, options, expected) => {
    expect(summary(check(drawn(way, options)))).toEqual(expected);
  });

  it('the file saved by LibreOffice with a short issuer line and an off-centre motto line', () => {
    expect(summary(check(fixture('libreoffice-wrong.docx')))).toEqual([
      ['issuer-rule', 2, '5,3 mm', '14,4–21,6 mm (43,2 mm dòng chữ × 0,33–0,5)'],
      ['motto-rule', 4, 'lệch tâm 7,1 mm', 'canh giữa'],
    ]);
  });
});

describe('reading line shapes (src/docx-read/shapes.ts)', () => {
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const anchor = (inner: string, extent = 'cx="1270000" cy="0"', pos = '<wp:positionH relativeFrom="column"><wp:posOffset>127000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>254000</wp:posOffset></wp:positionV>') =>
    `<w:drawing><wp:anchor simplePos="0" layoutInCell="1"><wp:simplePos x="0" y="0"/>${pos}<wp:extent ${extent}/><a:graphic ${A}><a:graphicData><wps:wsp><wps:spPr>${inner}</wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const read = (xml: string) => lineShapes(parseXml(`<w:r>${xml}</w:r>`));

  it('a DrawingML line: length, weight, position of its centre', () => {
    expect(read(anchor('<a:prstGeom prst="line"/><a:ln w="19050"><a:solidFill/></a:ln>'))).toEqual([
      { kind: 'drawingml', inline: false, lengthPt: 100, weightPt: 1.5, stroked: true, x: { from: 'column', centrePt: 60 }, y: { from: 'paragraph', centrePt: 20 }, inCell: true },
    ]);
  });

  it('turned half round it is still horizontal; a quarter turn, a diagonal or another shape is not a rule line', () => {
    expect(read(anchor('<a:xfrm rot="10800000"/><a:prstGeom prst="straightConnector1"/>'))).toHaveLength(1);
    expect(read(anchor('<a:xfrm rot="5400000"/><a:prstGeom prst="line"/>'))).toEqual([]);
    expect(read(anchor('<a:prstGeom prst="line"/>', 'cx="1270000" cy="254000"'))).toEqual([]);
    expect(read(anchor('<a:prstGeom prst="rect"/>', 'cx="1270000" cy="0"'))).toEqual([]);
  });

  it('an alignment instead of an offset', () => {
    const [l] = read(anchor('<a:prstGeom prst="line"/>', 'cx="1270000" cy="0"', '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'));
    expect(l.x).toEqual({ from: 'margin', align: 'center' });
  });

  it('VML: v:line from/to in any unit, a straight connector v:shape, stroke weight and outline', () => {
    expect(read('<w:pict><v:line style="position:absolute" from="1in,10pt" to="2in,10pt" strokeweight="1pt"/></w:pict>')).toEqual([
      { kind: 'vml', inline: false, lengthPt: 72, weightPt: 1, stroked: true, x: { from: 'column', centrePt: 108 }, y: { from: 'paragraph', centrePt: 10 }, inCell: true },
    ]);
    expect(read('<w:pict><v:shape type="#_x0000_t32" style="position:absolute;margin-left:10pt;margin-top:5pt;width:50pt;height:0;mso-position-vertical-relative:page" stroked="f"/></w:pict>')).toEqual([
      { kind: 'vml', inline: false, lengthPt: 50, weightPt: 0.75, stroked: false, x: { from: 'column', centrePt: 35 }, y: { from: 'page', centrePt: 5 } , inCell: true },
    ]);
    expect(read('<w:pict><v:line style="position:absolute" from="0,0" to="0,50pt"/></w:pict>')).toEqual([]);
    expect(read('<w:pict><v:shape type="#_x0000_t202" style="position:absolute;width:50pt;height:0"/></w:pict>')).toEqual([]);
  });

  it('mc:AlternateContent: the choice is read, the fallback only when the choice has no line', () => {
    const vml = '<w:pict><v:line style="position:absolute" from="0,0" to="30pt,0"/></w:pict>';
    const both = `<mc:AlternateContent><mc:Choice Requires="wps">${anchor('<a:prstGeom prst="line"/>')}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent>`;
    expect(read(both).map((l) => l.kind)).toEqual(['drawingml']);
    const unknown = `<mc:AlternateContent><mc:Choice Requires="w99"><w99:thing/></mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent>`;
    expect(read(unknown).map((l) => [l.kind, l.lengthPt])).toEqual([['vml', 30]]);
  });
});
