/**
 * `import`, element by element: each thing the importer recognises has a test here (labels,
 * header, dates, title, grounds, body levels, headings, tasks, tables, closing, signature,
 * recipients, archive, appendices, inline formatting, legacy encodings, paragraphs of a text, the
 * YAML it writes), and each input it cannot place shows its warning and keeps the text.
 */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { renderDiagnostic } from '../src/diagnostics/index.js';
import { importPlan } from '../src/import/index.js';
import { assemble } from '../src/import/assemble.js';
import { collapse, toInline } from '../src/import/inline.js';
import { parseAutoLabel, parseLabel, resolveLetter } from '../src/import/labels.js';
import { fromTcvn3, fromVni, legacyFont } from '../src/import/legacy.js';
import { detailsOf, tableShape } from '../src/import/tasks.js';
import type { Line } from '../src/import/types.js';
import { writeYaml } from '../src/import/yaml.js';
import { checkPlanText } from '../src/plan/index.js';
// @ts-expect-error: a plain JavaScript module
import { LANDSCAPE, p, pack, PORTRAIT, sectPr, table } from './fixtures/import/make-fixtures.mjs';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const HEADER = [
  'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc',
  'Số: 05/KH-UBND            An Bình, ngày 08 tháng 01 năm 2026',
  '',
  'KẾ HOẠCH',
  'Tuyên truyền cải cách hành chính năm 2026',
  '',
];
const END = ['', 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026./.', '', 'Nơi nhận:', '- UBND huyện (b/c);', '- Lưu: VT, VP.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An'];

/** Import a text plan made of the standard header, `body` lines and the standard end (or `end`). */
function textPlan(body: string[], opts: { header?: string[]; end?: string[] } = {}) {
  const text = [...(opts.header ?? HEADER), ...body, ...(opts.end ?? END)].join('\n');
  const r = importPlan({ bytes: new TextEncoder().encode(text), file: 'k.txt' });
  expect(r.errors).toEqual([]);
  return { plan: r.plan as Obj, notes: r.report!.notes, yaml: r.yaml!, report: r.report! };
}

const W = (body: string, nums: [number, number][] = []) => pack(body, { normalFont: 'Times New Roman', nums });
function docxPlan(parts: string[], nums: [number, number][] = []) {
  const r = importPlan({ bytes: W(parts.join('') + sectPr(PORTRAIT, false), nums), file: 'k.docx' });
  expect(r.errors).toEqual([]);
  return { plan: r.plan as Obj, notes: r.report!.notes, yaml: r.yaml! };
}
const DOCX_HEAD = [
  table([3600, 5800], [
    [[p([['ỦY BAN NHÂN DÂN', { b: true }]]), p([['XÃ AN BÌNH', { b: true }]])], [p([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true }]]), p([['Độc lập - Tự do - Hạnh phúc', { b: true }]])]],
    [[p('Số: 05/KH-UBND')], [p([['An Bình, ngày 08 tháng 01 năm 2026', { i: true }]])]],
  ]),
  p([['KẾ HOẠCH', { b: true }]], { jc: 'center' }),
  p([['Tuyên truyền cải cách hành chính năm 2026', { b: true }]], { jc: 'center' }),
];
const DOCX_END = [
  p('Trên đây là Kế hoạch./.', { jc: 'both' }),
  table([4000, 5400], [[[p([['Nơi nhận:', { b: true, i: true }]]), p('- UBND huyện;'), p('- Lưu: VT.')], [p([['CHỦ TỊCH', { b: true }]]), p([['Nguyễn Văn An', { b: true }]])]]]),
];
const codes = (notes: { code: string; params: Obj }[]) => notes.map((n) => (n.code === 'import-guess' ? `${n.code}:${n.params.what}` : n.code));

describe('labels', () => {
  it.each([
    ['PHẦN I', 'part', 1, ''],
    ['Phần thứ hai: Nội dung', 'part', 2, 'Nội dung'],
    ['A. MỤC ĐÍCH', 'part', 'A', 'MỤC ĐÍCH'],
    ['II. NỘI DUNG', 'section', 2, 'NỘI DUNG'],
    ['12. Khoản', 'clause', 12, 'Khoản'],
    ['3) Khoản', 'clause', 3, 'Khoản'],
    ['1.2. Tiểu khoản', 'subclause', 2, 'Tiểu khoản'],
    ['1.2 Tiểu khoản', 'subclause', 2, 'Tiểu khoản'],
    ['đ) Điểm', 'point', 'đ', 'Điểm'],
    ['b. Điểm', 'point', 'b', 'Điểm'],
    ['- Gạch', 'bullet', '-', 'Gạch'],
    ['– Gạch', 'bullet', '–', 'Gạch'],
    ['• Gạch', 'bullet', '•', 'Gạch'],
    ['* Gạch', 'bullet', '*', 'Gạch'],
    ['+ Ý con', 'subbullet', '+', 'Ý con'],
  ])('%s → %s', (text, kind, value, rest) => {
    expect(parseLabel(text)).toMatchObject({ kind, value, rest });
  });

  it.each(['2025 là năm', '1.000 người', 'Số 5/KH', 'a.m. giờ', 'TP.HCM', 'V/v tuyên truyền'])('no label in "%s"', (text) => {
    expect(parseLabel(text)).toBeUndefined();
  });

  it('a capital that may be a Roman numeral is decided by the labels before it', () => {
    const i = parseLabel('I. MỤC ĐÍCH')!;
    expect(i.ambiguous).toBe(true);
    expect(resolveLetter(i, undefined, undefined).kind).toBe('section');
    expect(resolveLetter(i, 'H', 3).kind).toBe('part');
    expect(resolveLetter(parseLabel('C. NỘI DUNG')!, 'B', undefined).kind).toBe('part');
    expect(resolveLetter(parseLabel('V. KINH PHÍ')!, 'B', 4).kind).toBe('section');
  });

  it('labels from Word\'s list numbering, as shown', () => {
    expect(parseAutoLabel('IV.', 'TỔ CHỨC')).toMatchObject({ kind: 'section', value: 4, rest: 'TỔ CHỨC' });
    expect(parseAutoLabel('a)', 'Điểm')).toMatchObject({ kind: 'point', rest: 'Điểm' });
    expect(parseAutoLabel('\uf0b7', 'Gạch')).toMatchObject({ kind: 'bullet' });
    expect(parseAutoLabel('o', 'Ý con')).toMatchObject({ kind: 'subbullet' });
  });
});

describe('header', () => {
  it('reads a header laid out in two columns (issuer, number; national title, motto, place and date)', () => {
    const { plan } = textPlan(['I. MỤC ĐÍCH', '- Ý một.']);
    expect(plan).toMatchObject({ issuer: { name: ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], abbreviation: 'UBND' }, place: 'An Bình', number: 5, date: '2026-01-08', summary: 'Tuyên truyền cải cách hành chính năm 2026' });
  });

  it('reads the columns when OCR ran them together with one space', () => {
    const header = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ AN BÌNH Độc lập - Tự do - Hạnh phúc', 'Số: 05/KH-UBND An Bình, ngày 08 tháng 01 năm 2026', '', 'KẾ HOẠCH', 'Tuyên truyền', 'cải cách hành chính năm 2026', ''];
    const { plan } = textPlan(['I. MỤC ĐÍCH', '- Ý một.'], { header });
    expect(plan).toMatchObject({ issuer: { name: ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'] }, place: 'An Bình', number: 5, date: '2026-01-08', summary: 'Tuyên truyền cải cách hành chính năm 2026' });
  });

  it('a parent agency: by bold in a DOCX, by its words in a text (a guess)', () => {
    const header = ['UBND TỈNH QUẢNG NGÃI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ                 Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-SNV        Quảng Ngãi, ngày 05 tháng 8 năm 2025', '', 'KẾ HOẠCH', 'Tuyên truyền', ''];
    const t = textPlan(['I. MỤC ĐÍCH'], { header });
    expect(t.plan.issuer).toEqual({ parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ', abbreviation: 'SNV' });
    expect(codes(t.notes)).toContain('import-guess:parent');
    expect(t.yaml).toContain('# Đoán: dòng này là cơ quan chủ quản');
    const d = docxPlan([
      table([3600, 5800], [[[p('UBND HUYỆN SƠN TỊNH'), p([['ỦY BAN NHÂN DÂN', { b: true }]]), p([['XÃ TỊNH HÀ', { b: true }]])], [p([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true }]])]], [[p('Số: 07/KH-UBND')], [p('Tịnh Hà, ngày 10 tháng 10 năm 2025')]]]),
      ...DOCX_HEAD.slice(1),
      p('I. NỘI DUNG'),
      ...DOCX_END,
    ]);
    expect(d.plan.issuer).toEqual({ parent: 'UBND HUYỆN SƠN TỊNH', name: ['ỦY BAN NHÂN DÂN', 'XÃ TỊNH HÀ'], abbreviation: 'UBND' });
    expect(codes(d.notes)).not.toContain('import-guess:parent');
  });

  it.each([
    ['Số:      /KH-UBND', 'An Bình, ngày      tháng      năm 2026', undefined, '2026'],
    ['Số: ..../KH-UBND', 'An Bình, ngày ... tháng 02 năm 2026', undefined, '2026-02'],
    ['Số: 7/KH-UBND', 'An Bình, ngày 8 tháng 2 năm 2026', 7, '2026-02-08'],
    ['Số: 07/KH-UBND', 'An Bình, ngày 31 tháng 02 năm 2026', 7, '2026-02'],
  ])('number "%s", date "%s" (drafts keep the blanks)', (num, date, number, value) => {
    const header = [`ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc`, `${num}            ${date}`, '', 'KẾ HOẠCH', 'Tuyên truyền', ''];
    const { plan, notes } = textPlan(['I. MỤC ĐÍCH'], { header });
    expect(plan.number).toBe(number);
    expect(plan.date).toBe(value);
    if (value === '2026-02' && number) expect(codes(notes)).toContain('import-guess:date');
  });

  it('the symbol: its issuer part is the abbreviation; an unusual symbol is kept whole', () => {
    const header = (num: string) => ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc', `${num}            An Bình, ngày 08 tháng 01 năm 2026`, '', 'KẾ HOẠCH', 'Tuyên truyền', ''];
    expect(textPlan(['I. A'], { header: header('Số: 05/KH-BCĐ') }).plan.issuer.abbreviation).toBe('BCĐ');
    const odd = textPlan(['I. A'], { header: header('Số: 05/KH-BCĐ-UBND') }).plan;
    expect([odd.issuer.abbreviation, odd.symbol]).toEqual(['BCĐ-UBND', undefined]);
    const other = textPlan(['I. A'], { header: header('Số: 05/TTr-UBND') }).plan;
    expect([other.issuer.abbreviation, other.symbol]).toEqual(['UBND', 'TTr-UBND']);
  });

  it('another document type, a summary over three lines', () => {
    const header = ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc', 'Số: 05/CTr-UBND            An Bình, ngày 08 tháng 01 năm 2026', '', 'CHƯƠNG TRÌNH', 'Tuyên truyền cải cách', 'hành chính và chuyển đổi số', 'năm 2026', ''];
    const { plan } = textPlan(['I. A'], { header });
    expect([plan.type, plan.symbol, plan.summary]).toEqual(['Chương trình', undefined, 'Tuyên truyền cải cách hành chính và chuyển đổi số năm 2026']);
  });

  it('a header line that fits nowhere ("V/v …") is kept as an opening paragraph, with a warning and a comment', () => {
    const header = ['ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc', 'Số: 05/KH-UBND            An Bình, ngày 08 tháng 01 năm 2026', 'V/v tuyên truyền CCHC', '', 'KẾ HOẠCH', 'Tuyên truyền', ''];
    const { plan, notes, yaml } = textPlan(['I. A'], { header });
    expect(plan.opening).toBe('V/v tuyên truyền CCHC');
    expect(notes.find((n) => n.code === 'import-unplaced')!.params).toMatchObject({ text: 'V/v tuyên truyền CCHC', unit: 'line', n: 4 });
    expect(yaml).toMatch(/# 1 dòng đầu văn bản không xếp được \("V\/v tuyên truyền CCHC"\)/);
  });
});

describe('grounds and opening', () => {
  it('italic "Căn cứ …;" paragraphs are grounds (end marks dropped: the tool adds them), the rest is the opening', () => {
    const { plan } = docxPlan([...DOCX_HEAD, p([['Căn cứ Luật A;', { i: true }]]), p([['Căn cứ Nghị định B.', { i: true }]]), p('Ủy ban nhân dân xã ban hành Kế hoạch như sau:'), p('I. NỘI DUNG'), ...DOCX_END]);
    expect(plan.grounds).toEqual(['Căn cứ Luật A', 'Căn cứ Nghị định B']);
    expect(plan.opening).toBe('Ủy ban nhân dân xã ban hành Kế hoạch như sau:');
  });

  it('an upright paragraph citing several grounds is an opening', () => {
    const { plan } = docxPlan([...DOCX_HEAD, p('Căn cứ Luật A; Căn cứ Nghị định B; Ủy ban nhân dân xã ban hành Kế hoạch như sau:'), p('I. NỘI DUNG'), ...DOCX_END]);
    expect(plan.grounds).toBeUndefined();
    expect(plan.opening).toMatch(/^Căn cứ Luật A; Căn cứ/);
  });

  it('in a text, one "Căn cứ" per paragraph with ";" and a final "." is a list of grounds (a guess)', () => {
    const { plan, notes } = textPlan(['Căn cứ Luật A;', '', 'Căn cứ Nghị định B.', '', 'Ủy ban nhân dân xã ban hành Kế hoạch như sau:', '', 'I. NỘI DUNG']);
    expect(plan.grounds).toEqual(['Căn cứ Luật A', 'Căn cứ Nghị định B']);
    expect(codes(notes)).toContain('import-guess:grounds');
  });
});

describe('body', () => {
  it('nests by the kind of label and the order labels come in, not by indentation', () => {
    const { plan } = textPlan(['A. PHẦN MỘT', 'I. MỤC MỘT', '1. Khoản một', '1.1. Tiểu khoản', 'a) Điểm a.', '- Gạch một.', '+ Ý con.', '- Gạch hai.', 'b) Điểm b.', '2. Khoản hai.', 'II. MỤC HAI', '1. Khoản.', 'B. PHẦN HAI', '1. Khoản thẳng dưới phần.']);
    expect(YAML.stringify(plan.body)).toBe(YAML.stringify([
      {
        part: 'PHẦN MỘT',
        items: [
          { section: 'MỤC MỘT', items: [{ clause: 'Khoản một', items: [{ subclause: 'Tiểu khoản', items: [{ point: 'Điểm a.', items: [{ bullet: 'Gạch một.', items: [{ bullet: 'Ý con.' }] }, { bullet: 'Gạch hai.' }] }, { point: 'Điểm b.' }] }] }, { clause: null, text: 'Khoản hai.' }] },
          { section: 'MỤC HAI', items: [{ clause: null, text: 'Khoản.' }] },
        ],
      },
      { part: 'PHẦN HAI', items: [{ clause: null, text: 'Khoản thẳng dưới phần.' }] },
    ]));
  });

  it('"PHẦN I" on its own line takes the next line as its title; unnumbered bold capitals in a DOCX are a section (a guess)', () => {
    expect(textPlan(['PHẦN I', 'NHỮNG VẤN ĐỀ CHUNG', '1. Khoản.']).plan.body[0]).toEqual({ part: 'NHỮNG VẤN ĐỀ CHUNG', items: [{ clause: null, text: 'Khoản.' }] });
    const d = docxPlan([...DOCX_HEAD, p([['MỤC ĐÍCH', { b: true }]]), p('- Ý một.'), ...DOCX_END]);
    expect(d.plan.body[0]).toEqual({ section: 'MỤC ĐÍCH', items: [{ bullet: 'Ý một.' }] });
    expect(codes(d.notes)).toContain('import-guess:heading');
  });

  it('a "+" without a "-" above it, and a label that cannot stand at its place, are printed at the nearest level (a guess)', () => {
    const { plan, notes } = textPlan(['I. MỤC', '+ Ý con lẻ.', '1.1. Tiểu khoản lẻ']);
    // A sub-clause cannot stand right under a section: the nearest level that can is a clause.
    expect(plan.body[0].items).toEqual([{ bullet: 'Ý con lẻ.' }, { clause: null, text: 'Tiểu khoản lẻ' }]);
    expect(codes(notes).filter((c) => c === 'import-guess:level')).toHaveLength(2);
  });

  it('headings versus paragraphs versus run-in headings (DOCX: by bold)', () => {
    const { plan } = docxPlan([
      ...DOCX_HEAD,
      p([['I. MỤC', { b: true }]]),
      p([['1. Tiêu đề khoản', { b: true }]]),
      p('Đoạn dưới tiêu đề.'),
      p('2. Khoản không tiêu đề, chữ thường.'),
      p([['3. Đối tượng:', { b: true }], ' Toàn thể cán bộ.']),
      p([['3.1. Tiểu khoản', { b: true, i: true }]]),
      ...DOCX_END,
    ]);
    expect(plan.body[0].items).toEqual([
      { clause: 'Tiêu đề khoản', text: 'Đoạn dưới tiêu đề.' },
      { clause: null, text: 'Khoản không tiêu đề, chữ thường.' },
      { clause: null, text: '**Đối tượng:** Toàn thể cán bộ.', items: [{ subclause: 'Tiểu khoản' }] },
    ]);
  });

  it('headings versus paragraphs in a text: a short line with content under it is a heading', () => {
    const { plan } = textPlan(['I. MỤC', '1. Mục đích', '- Ý.', '2. Các cơ quan hành chính nhà nước.', '3. Hoạt động tuyên truyền', 'Chi tiết tại Phụ lục.']);
    expect(plan.body[0].items).toEqual([{ clause: 'Mục đích', items: [{ bullet: 'Ý.' }] }, { clause: null, text: 'Các cơ quan hành chính nhà nước.' }, { clause: 'Hoạt động tuyên truyền', text: 'Chi tiết tại Phụ lục.' }]);
  });

  it('paragraphs without a label go to the item above: its text first, then plain paragraphs', () => {
    const { plan } = textPlan(['Mở đầu.', '', 'I. MỤC', 'Đoạn của mục.', '- Ý.', 'Đoạn sau ý.', 'a) Điểm.', 'Đoạn của điểm.']);
    expect(plan.opening).toBe('Mở đầu.');
    expect(plan.body[0]).toEqual({ section: 'MỤC', text: 'Đoạn của mục.', items: [{ bullet: 'Ý.', items: ['Đoạn sau ý.'] }, { point: 'Điểm.', text: 'Đoạn của điểm.' }] });
  });
});

describe('tasks', () => {
  it('an item with "Cơ quan chủ trì / phối hợp / Thời gian" lines is a task, in the style of its place', () => {
    const { plan } = textPlan(['I. TỔ CHỨC', '1. Đăng tin, bài.', '- Cơ quan chủ trì: Văn phòng;', '- Cơ quan phối hợp: Các ban;', '- Thời gian thực hiện: Quý I/2026.', '2. Khoản khác', 'a) Làm việc A.', '- Tần suất: Hằng tháng;', '- Đơn vị chủ trì: Phòng Văn hóa;', '- Sản phẩm: Chuyên mục.']);
    expect(plan.body[0].items).toEqual([
      { task: 'Đăng tin, bài.', lead: 'Văn phòng', coordinating: 'Các ban', time: 'Quý I/2026' },
      { clause: 'Khoản khác', items: [{ task: 'Làm việc A.', lead: 'Phòng Văn hóa', frequency: 'Hằng tháng', output: 'Chuyên mục', labels: { lead: 'Đơn vị chủ trì' } }] },
    ]);
  });

  it('labels that only name an agency are read as lead, then coordinating (a guess each)', () => {
    const details = detailsOf(['Cơ quan chỉ đạo: UBND xã', 'Cơ quan thực hiện: Trung tâm']);
    expect(details!.map((d) => [d.field, d.guessed])).toEqual([['lead', true], ['coordinating', true]]);
    expect(detailsOf(['Thời gian: Quý I'])).toBeUndefined();
    expect(detailsOf(['Cơ quan chủ trì: A', 'Ghi chú: B'])).toBeUndefined();
  });

  it.each([
    [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], ['stt', 'content', 'lead', 'coordinating', 'time']],
    [['TT', 'Nội dung', 'Trách nhiệm thực hiện', 'Thời gian'], ['stt', 'content', 'lead', 'time']],
    [['Số TT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Ghi chú'], ['stt', 'content', 'output', 'time', 'lead', 'coordinating', undefined]],
    [['Hoạt động', 'Tần suất', 'Đầu mối', 'Tiến độ'], ['content', 'frequency', 'lead', 'time']],
  ])('task table columns by their names: %j', (headers, keys) => {
    const line = (text: string): Line => ({ text, pieces: [{ text, bold: true, italic: false }], auto: '', bold: 'all', italic: 'none', src: { unit: 'paragraph', n: 1 } });
    expect(tableShape([headers.map((h) => [line(h)])])?.keys).toEqual(keys);
  });

  it('a table that is not a task table keeps its cells as paragraphs, with a warning', () => {
    const { plan, notes } = docxPlan([...DOCX_HEAD, p('I. SỐ LIỆU'), table([3000, 3000], [[[p('Năm')], [p('Số tin bài')]], [[p('2025')], [p('120')]]], { borders: true }), ...DOCX_END]);
    expect(plan.body[0].items).toEqual(['Năm', 'Số tin bài', '2025', '120']);
    expect(codes(notes)).toContain('import-table-unknown');
  });

  it('a task-table row without a lead agency is kept as a paragraph, with a warning', () => {
    const rows = [['STT', 'Nội dung', 'Chủ trì', 'Thời gian'], ['1', 'Việc có chủ trì', 'Văn phòng', 'Quý I'], ['2', 'Việc chưa giao', '', 'Quý II']];
    const { plan, notes } = docxPlan([...DOCX_HEAD, p('I. NHIỆM VỤ'), table([600, 4000, 2000, 1500], rows.map((r) => r.map((c) => (c ? [p(c)] : []))), { borders: true }), ...DOCX_END]);
    expect(plan.body[0].items).toEqual([{ task: 'Việc có chủ trì', lead: 'Văn phòng', time: 'Quý I', labels: { lead: 'Chủ trì', time: 'Thời gian' } }, 'Việc chưa giao (Thời gian: Quý II)']);
    expect(notes.find((n) => n.code === 'import-unplaced')!.params.text).toBe('Việc chưa giao');
  });
});

describe('closing, signature, recipients, archive', () => {
  it('the closing from "Trên đây là …" to the paragraph with "./.", the mark removed', () => {
    const { plan } = textPlan(['I. MỤC', '- Ý.'], { end: ['', 'Trên đây là Kế hoạch của xã.', '', 'Trong quá trình thực hiện, nếu có vướng mắc, báo cáo UBND xã./.', '', 'Nơi nhận:', '- Lưu: VT.', '', 'CHỦ TỊCH', 'Nguyễn Văn An'] });
    expect(plan.closing).toEqual(['Trên đây là Kế hoạch của xã.', 'Trong quá trình thực hiện, nếu có vướng mắc, báo cáo UBND xã.']);
  });

  it('no closing: a note, and the tool prints its default sentence', () => {
    const { plan, notes } = textPlan(['I. MỤC', '- Ý.'], { end: ['', 'Nơi nhận:', '- Lưu: VT.', '', 'CHỦ TỊCH', 'Nguyễn Văn An'] });
    expect(plan.closing).toBeUndefined();
    expect(codes(notes)).toContain('import-guess:no-closing');
  });

  it.each([
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'], { authority: 'TM', collective: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
    [['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lê Văn Bình'], { authority: 'KT', collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' }],
    // A deputy or acting head of a collective body signs under "TM. …": added when the old file lacks it.
    [['Q. CHỦ TỊCH', 'Trần An'], { authority: 'Q', collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH', title: 'CHỦ TỊCH', name: 'Trần An' }],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Bình'], { authority: 'KT', collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' }],
    [['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Võ Thị Hoa'], { authority: 'TL', head: 'CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name: 'Võ Thị Hoa' }],
    [['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ', 'Đỗ Minh'], { authority: 'TUQ', head: 'CHỦ TỊCH', title: 'GIÁM ĐỐC SỞ NỘI VỤ', name: 'Đỗ Minh' }],
    [['CHỦ TỊCH', 'Nguyễn Văn An'], { authority: 'none', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
  ])('signature %j', (lines, signature) => {
    const { plan, notes } = textPlan(['I. MỤC', '- Ý.'], { end: ['', 'Trên đây là Kế hoạch./.', '', 'Nơi nhận:', '- Lưu: VT.', '', ...lines] });
    expect(plan.signature).toEqual(signature);
    expect(codes(notes).includes('import-guess:signature-collective')).toBe(!lines.some((l) => l.startsWith('TM.')) && 'collective' in signature);
  });

  it('recipients with their purposes; wrapped recipients joined; the archive line', () => {
    const { plan } = textPlan(['I. MỤC', '- Ý.'], {
      end: ['', 'Trên đây là Kế hoạch./.', '', 'Nơi nhận:', '- UBND huyện (b/c);', '- TT HĐND xã (để báo cáo);', '- Các ban (thực hiện);', '- Trung tâm Văn hóa, Thông tin và Thể thao', 'huyện;', '- Cổng TTĐT (Trang tin);', '- Lưu: VT, VP, NC (10b).', '', 'CHỦ TỊCH', 'Nguyễn Văn An'],
    });
    expect(plan.recipients).toEqual([{ name: 'UBND huyện', purpose: 'b/c' }, { name: 'TT HĐND xã', purpose: 'để báo cáo' }, { name: 'Các ban', purpose: 'thực hiện' }, 'Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'Cổng TTĐT (Trang tin)']);
    expect(plan.archive).toEqual({ units: ['VP', 'NC'], note: '10b' });
  });

  it('an archive line without "VT" is read with a guess (the tool always prints "VT")', () => {
    const { plan, notes } = textPlan(['I. MỤC', '- Ý.'], { end: ['', 'Trên đây là Kế hoạch./.', '', 'Nơi nhận:', '- Lưu: VP.', '', 'CHỦ TỊCH', 'An'] });
    expect(plan.archive).toEqual({ units: 'VP' });
    expect(codes(notes)).toContain('import-guess:archive');
  });

  it('a line of the signature block that fits nowhere is named and kept in a comment', () => {
    const { plan, notes, yaml } = textPlan(['I. MỤC', '- Ý.'], { end: ['', 'Trên đây là Kế hoạch./.', '', 'Nơi nhận:', '- Lưu: VT.', '', 'CHỦ TỊCH', 'Nguyễn Văn An', 'Điện thoại: 0255 3822 000'] });
    expect(plan.signature.name).toBe('Điện thoại: 0255 3822 000');
    expect(notes.find((n) => n.code === 'import-unplaced')!.params.text).toBe('Nguyễn Văn An');
    expect(yaml).toContain('# Dòng không xếp được ở khối chữ ký: "Nguyễn Văn An".');
  });
});

describe('appendices', () => {
  it('label, title, "(Kèm theo …)" (regenerated, with a note), and the table mapped to the register; a portrait table stays portrait', () => {
    const head = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'].map((h) => [p([[h, { b: true }]])]);
    const row = ['1', 'Việc một', 'Văn phòng', 'Quý I'].map((c) => [p(c)]);
    const group = [[p('I')], { paras: [p([['Nhóm nhiệm vụ chung', { b: true }]])], span: 3 }];
    const { plan, notes } = docxPlan([
      ...DOCX_HEAD,
      p('I. NỘI DUNG: chi tiết tại Phụ lục.'),
      ...DOCX_END,
      p('', { sect: sectPr(PORTRAIT, false) }),
      p([['PHỤ LỤC', { b: true }]], { jc: 'center' }),
      p([['DANH MỤC NHIỆM VỤ', { b: true }]], { jc: 'center' }),
      p([['(Kèm theo Kế hoạch số 05/KH-UBND', { i: true }]], { jc: 'center' }),
      p([['ngày 08/01/2026 của UBND xã)', { i: true }]], { jc: 'center' }),
      table([600, 4000, 2000, 1500], [head, group, row], { borders: true }),
    ]);
    expect(plan.appendices).toEqual([{ title: 'DANH MỤC NHIỆM VỤ', orientation: 'portrait', table: { source: 'register', columns: ['stt', 'content', 'lead', 'time'] } }]);
    expect(plan.tasks).toEqual([{ group: 'Nhóm nhiệm vụ chung', tasks: [{ task: 'Việc một', lead: 'Văn phòng', time: 'Quý I' }] }]);
    expect(codes(notes)).toContain('import-regenerated');
  });

  it('an appendix of paragraphs in a landscape section', () => {
    const { plan } = docxPlan([...DOCX_HEAD, p('I. NỘI DUNG tại Phụ lục.'), ...DOCX_END, p('', { sect: sectPr(PORTRAIT, false) }), p([['Phụ lục', { b: true }]], { jc: 'center' }), p([['HƯỚNG DẪN', { b: true }]], { jc: 'center' }), p('1. Bước một.'), p('', { sect: sectPr(LANDSCAPE, false) })]);
    expect(plan.appendices).toEqual([{ title: 'HƯỚNG DẪN', orientation: 'landscape', items: [{ clause: null, text: 'Bước một.' }] }]);
  });
});

describe('text, formatting, encodings', () => {
  it('bold and italic runs become the inline syntax; paired curly quotes become straight ones; *, " and \\ are escaped', () => {
    const piece = (text: string, bold = false, italic = false) => ({ text, bold, italic });
    expect(toInline([piece('Nội dung '), piece('ngắn gọn', true), piece(', '), piece('dễ hiểu', true, true), piece(' và '), piece('rõ', false, true)])).toBe('Nội dung **ngắn gọn**, ***dễ hiểu*** và *rõ*');
    expect(toInline([piece('“một cửa”, “liên thông”')])).toBe('"một cửa", "liên thông"');
    expect(toInline([piece('“Đề án phát triển')])).toBe('“Đề án phát triển');
    expect(toInline([piece('a * b "c" \\ d \\*')])).toBe('a \\* b \\"c\\" \\ d \\\\\\*');
    expect(toInline([piece('Tiêu đề', true)], { bold: true })).toBe('Tiêu đề');
    expect(collapse('a\u00a0 b\n\tc\u200b')).toBe('a b c');
  });

  it('TCVN3 and VNI Windows back to Unicode; legacy font names', () => {
    expect(fromTcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromTcvn3('kÕ ho¹ch', true)).toBe('KẾ HOẠCH');
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fromVni('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect([legacyFont('.VnTime'), legacyFont('.VnTimeH'), legacyFont('VNI-Times'), legacyFont('Times New Roman')]).toEqual([
      { encoding: 'TCVN3 (ABC)', capitals: false },
      { encoding: 'TCVN3 (ABC)', capitals: true },
      { encoding: 'VNI Windows', capitals: false },
      undefined,
    ]);
  });

  it('a text typed in VNI is converted, with a note naming the encoding', () => {
    const vni = 'Keá hoaïch tuyeân truyeàn caûi caùch haønh chính\n\nI. Muïc ñích\n\n- Naâng cao nhaän thöùc.\n';
    const r = importPlan({ bytes: new TextEncoder().encode(vni), file: 'v.txt' });
    expect((r.plan as Obj).body[0]).toEqual({ section: 'Mục đích', items: [{ bullet: 'Nâng cao nhận thức.' }] });
    expect(r.report!.notes[0]).toMatchObject({ code: 'import-legacy-text', params: { encoding: 'VNI Windows' } });
  });

  it('a task table as pdftotext lays out our PDF: header cells centred vertically ("Thời gian hoàn" above the header line, "thành" below), on every page; agencies joined by ";" stay one text', () => {
    // pdftotext -layout of the appendix of test/fixtures/layouts/07-appendix.yaml.
    const table = [
      "                                                                                                         Thời gian hoàn",
      "STT                 Nội dung nhiệm vụ                     Cơ quan chủ trì       Cơ quan phối hợp",
      "                                                                                                             thành",
      " 1    Tham mưu công văn hướng dẫn tuyên truyền Kế           Sở Nội vụ       Các sở, ban, ngành cấp tỉnh;   Quý I/2023",
      "      hoạch tuyên truyền cải cách hành chính của                             UBND các huyện, thị xã,",
      "      tỉnh.                                                                          thành phố",
      " 2    Cập nhật các tin, bài về tình hình thực hiện công   Sở Thông tin và   Các sở, ban, ngành cấp tỉnh; Thường xuyên",
      "      tác cải cách hành chính của các sở, ngành, địa       Truyền thông      UBND các huyện, thị xã,",
      "      phương.                                                               thành phố; các cơ quan báo",
      "                                                                                  chí trên địa bàn",
    ];
    const [head, rows] = [table.slice(0, 3), table.slice(3)];
    const again = rows.map((l) => l.replace(/^ 1 /, ' 3 ').replace(/^ 2 /, ' 4 '));
    const text = [
      ...HEADER,
      'I. MỤC ĐÍCH',
      '- Nâng cao nhận thức (nhiệm vụ tại Phụ lục kèm theo Kế hoạch này).',
      ...END,
      '\fPhụ lục',
      'NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026',
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân xã An Bình)',
      '',
      ...head,
      ...rows,
      '',
      '\f' + head[0],
      ...head.slice(1),
      ...again,
    ].join('\n');
    const r = importPlan({ bytes: new TextEncoder().encode(text), file: 'k.txt' });
    expect(r.errors).toEqual([]);
    const plan = r.plan as Obj;
    const one = {
      task: 'Tham mưu công văn hướng dẫn tuyên truyền Kế hoạch tuyên truyền cải cách hành chính của tỉnh.',
      lead: 'Sở Nội vụ',
      coordinating: 'Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố',
      time: 'Quý I/2023',
    };
    const two = {
      task: 'Cập nhật các tin, bài về tình hình thực hiện công tác cải cách hành chính của các sở, ngành, địa phương.',
      lead: 'Sở Thông tin và Truyền thông',
      coordinating: 'Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố; các cơ quan báo chí trên địa bàn',
      time: 'Thường xuyên',
    };
    expect(plan.tasks).toEqual([one, two, one, two]);
    // No header text is left as a paragraph of the appendix.
    expect(plan.appendices[0].items).toBeUndefined();
  });

  it('a running header repeated at the top of each page of a copied PDF is dropped, and the paragraph goes on across the page', () => {
    const page = (n: number) => ['\f' + 'Kế hoạch tuyên truyền CCHC năm 2026', '', `${n}`];
    const text = [...HEADER, 'I. MỤC ĐÍCH', '- Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về cải cách hành', ...page(2), 'chính trong giai đoạn mới.', '- Ý hai.', ...page(3), '- Ý ba.', ...END].join('\n');
    const r = importPlan({ bytes: new TextEncoder().encode(text), file: 'k.txt' });
    expect((r.plan as Obj).body[0].items).toEqual([{ bullet: 'Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về cải cách hành chính trong giai đoạn mới.' }, { bullet: 'Ý hai.' }, { bullet: 'Ý ba.' }]);
    expect(r.report!.notes.filter((n) => n.code === 'import-dropped').map((n) => n.params.what)).toEqual(['furniture', 'page-number', 'furniture', 'page-number']);
  });

  it('paragraphs of a wrapped text: blank lines, first-line indents, labels; a word broken at "-" joined; page numbers dropped across a page', () => {
    const line = (text: string, n: number, indent = 0): Line => ({ text, pieces: [{ text, bold: false, italic: false }], auto: '', bold: 'none', italic: 'none', src: { unit: 'line', n }, indent });
    const lines = ['     Căn cứ Kế hoạch số 12/KH-', 'UBND ngày 05/8/2025 của Ủy ban nhân dân xã về cải cách hành chính năm 2025, và', 'các văn bản có liên quan của tỉnh về chuyển đổi số;', '     Ủy ban nhân dân xã ban hành kế hoạch truyền thông về cải cách hành chính như sau:', '     1. Mục đích của kế hoạch này là nâng cao nhận thức của người dân, doanh nghiệp, cán', 'bộ, công chức về cải cách hành chính và chuyển đổi số ở địa phương trong năm 2025 và', '', 'những năm tiếp theo.'].map((t, i) => line(t.trim(), i + 1, t.length - t.trimStart().length));
    lines[6] = { ...lines[6], pageBreak: true };
    expect(assemble(lines).map((l) => l.text)).toEqual([
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/8/2025 của Ủy ban nhân dân xã về cải cách hành chính năm 2025, và các văn bản có liên quan của tỉnh về chuyển đổi số;',
      'Ủy ban nhân dân xã ban hành kế hoạch truyền thông về cải cách hành chính như sau:',
      '1. Mục đích của kế hoạch này là nâng cao nhận thức của người dân, doanh nghiệp, cán bộ, công chức về cải cách hành chính và chuyển đổi số ở địa phương trong năm 2025 và những năm tiếp theo.',
    ]);
  });
});

describe('the YAML it writes', () => {
  it('schema line first, keys in schema order, long texts folded near 100 columns, comments above values; reads back as the plan', () => {
    const long = 'Tuyên truyền '.repeat(20).trim();
    const plan = { issuer: { name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', abbreviation: 'UBND' }, place: 'An Bình', date: '2026', summary: 'Tuyên truyền: cải cách # hành chính', body: [{ section: 'Mục', items: [{ clause: null, text: long }, 'Câu "có" ngoặc', { bullet: '- không phải gạch' }] }], signature: { authority: 'TM', collective: 'UBND', title: 'CHỦ TỊCH' }, recipients: [{ name: 'A, B', purpose: 'b/c' }, 'C'], archive: {} };
    const yaml = writeYaml(plan as never, { schemaRef: '../schemas/plan.schema.json', header: ['Nhập từ x.docx'], comments: new Map([['date', ['Dự thảo: chỉ có năm.']], ['body[0].items[1]', ['Đoạn văn thường.']]]) });
    const lines = yaml.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(lines[1]).toBe('# Nhập từ x.docx');
    expect(lines.filter((l) => /^[a-z]/.test(l)).map((l) => l.split(':')[0])).toEqual(['issuer', 'place', '# Dự thảo', 'date', 'summary', 'body', 'signature', 'recipients', 'archive'].filter((k) => !k.startsWith('#')));
    expect(yaml).toContain('# Dự thảo: chỉ có năm.\ndate: "2025"'.replace('2025', '2026'));
    expect(yaml).toContain('      # Đoạn văn thường.\n      - Câu "có" ngoặc');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(yaml).toMatch(/text: >-\n {10}Tuyên truyền/);
    expect(YAML.parse(yaml)).toEqual(plan);
    const checked = checkPlanText(yaml, 'x.yaml');
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('every note renders in Vietnamese and English with its hint', () => {
    const { notes } = textPlan(['V/v lạc chỗ', 'I. MỤC', '+ Ý con lẻ.'], { end: ['', 'Nơi nhận:', '- Lưu: VP.', '', 'Nguyễn Văn An'] });
    expect(notes.length).toBeGreaterThan(3);
    for (const n of notes) for (const lang of ['vi', 'en'] as const) {
      const r = renderDiagnostic(n, lang);
      expect(r.message).not.toMatch(/undefined|\[object/);
      expect(r.hint).toBeTruthy();
    }
  });
});
