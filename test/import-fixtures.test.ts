/**
 * Plans as offices make them — not by our own emitter — imported, built again, and read word for
 * word against the source. The DOCX fixtures are written by test/fixtures/import/make-fixtures.mjs
 * (part of these tests: the committed files must be what it makes); one of them as LibreOffice
 * saves it, one as a Word 97 .doc; the text fixtures follow the structure of the shared seeds
 * (OCR of real plans) with correct diacritics.
 *
 * "Word for word": the words of the source and of the rebuilt DOCX, numbering labels and end marks
 * left out (the tool numbers and punctuates), compared in order after the title and as a set in
 * the header block (a header typed with tabs reads in another order than a table). The differences
 * left are listed here, each with its reason, and must be exactly those.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { run } from '../src/cli/run.js';
import { readDocument } from '../src/docx-read/document.js';
import { openDocx } from '../src/docx-read/package.js';
import { importPlan, type ImportResult } from '../src/import/index.js';
import { fromTcvn3 } from '../src/import/legacy.js';
import { renderDocx } from '../src/render/docx/index.js';
import { compileText, hasCommand, memoryContext, ROOT, tempDir } from './helpers.js';
// @ts-expect-error: a plain JavaScript module (the generator is also run on its own with node)
import { makeFixtures } from './fixtures/import/make-fixtures.mjs';

const DIR = path.join(ROOT, 'test', 'fixtures', 'import');
const read = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));

const LABEL = /^([IVXLC]+\.|[A-ZĐ]\.|\d{1,3}(\.\d{1,3})*[.)]?|[a-zđ]\)|[-+•–])$/u;
/** Letter case is left out: the decree prints part and section headings in capitals, whatever the source did. */
const tokens = (line: string) =>
  line
    .toLocaleLowerCase('vi')
    .split(/[\s\u00a0]+/)
    .map((t) => t.replace(/(\.\/\.|[;.,:])+$/u, ''))
    .filter(Boolean);
/** Words of a paragraph or a line, the numbering label in front left out. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = tokens(line);
    if (t.length && LABEL.test(t[0])) t.shift();
    out.push(...t);
  }
  return out;
}

/**
 * Words in three zones: the header block and the signature block ("Nơi nhận" with the signature
 * beside it) are laid out in columns, so their reading order depends on the layout and they are
 * compared as sets; the rest (title, body, closing, appendices) in order.
 */
interface Words {
  head: string[];
  rest: string[];
  end: string[];
}

/** Put the words of one paragraph or line into its zone, moving through the zones as they start. */
function zoner(startInRest: boolean) {
  const out: Words = { head: [], rest: [], end: [] };
  let zone: keyof Words = startInRest ? 'rest' : 'head';
  return {
    out,
    add(text: string) {
      const t = text.trim();
      if (/^KẾ HOẠCH$/.test(t)) zone = 'rest';
      else if (/^Nơi nhận/u.test(t)) zone = 'end';
      else if (/^PHỤ LỤC/iu.test(t)) zone = 'rest';
      out[zone].push(...words(text.normalize('NFC')));
    },
  };
}

/**
 * The words of a DOCX as a reader sees them: text in a TCVN3 font (".VnTime") read as Vietnamese
 * when that font holds no Unicode Vietnamese anywhere in the file (else the font name is a leftover).
 */
function docxWords(bytes: Uint8Array): Words {
  const doc = readDocument(openDocx(bytes));
  const tcvn3 = doc.paras.flatMap((p) => p.runs).filter((r) => /^\.vn/i.test(r.fmt.ascii));
  const legacy = tcvn3.length > 0 && !tcvn3.some((r) => /[ăđơư\u1ea0-\u1ef9]/i.test(r.text));
  const z = zoner(false);
  for (const p of doc.paras) z.add(p.label + p.runs.map((r) => (legacy && /^\.vn/i.test(r.fmt.ascii) ? fromTcvn3(r.text) : r.text.replace(/\u00ad/g, ''))).join(''));
  return z.out;
}

function textWords(text: string): Words {
  const z = zoner(!/^\s*(ỦY BAN|UBND|CỘNG HÒA)/u.test(text));
  for (const line of text.split('\n')) {
    // The tool writes the number as "12/KH-UBND" where a copy may have "12 /KH-UBND".
    z.add(line.replace(/^#+\s*|\*\*/g, '').replace(/(\d)\s+\//g, '$1/').replace(/^\|(.*)\|$/, '$1').replace(/\|/g, ' ').replace(/^-{3,}.*$/, '').replace(/(?<=\s)-{3,}(?=\s|$)/g, ''));
  }
  return z.out;
}

function rebuild(result: ImportResult, name: string): Promise<Uint8Array> {
  expect(result.errors).toEqual([]);
  const compiled = compileText(result.yaml!, name);
  expect(compiled.value, JSON.stringify(compiled.diagnostics.filter((d) => d.severity === 'error'))).toBeDefined();
  return renderDocx(compiled.value!.model);
}

/** Differences of the words after the title, as "- removed" / "+ added" phrases. */
function differences(source: Words, rebuilt: Words): string[] {
  const out: string[] = [];
  for (const part of diffArrays(source.rest, rebuilt.rest)) {
    if (part.added) out.push(`+ ${part.value.join(' ')}`);
    else if (part.removed) out.push(`- ${part.value.join(' ')}`);
  }
  return out;
}
const sorted = (a: string[]) => [...a].sort();

describe('import: the fixture generator', () => {
  it('the committed DOCX fixtures are what make-fixtures.mjs writes', () => {
    const made = makeFixtures() as Record<string, Uint8Array>;
    expect(Object.keys(made).sort()).toEqual(['so-noi-vu-2025-du-thao.docx', 'xa-nghia-hoa-2024.docx']);
    for (const [name, bytes] of Object.entries(made)) expect(Buffer.from(bytes).equals(Buffer.from(read(name))), name).toBe(true);
    expect(readdirSync(DIR).sort()).toEqual([
      'make-fixtures.mjs',
      'phuong-truong-quang-trong-2025.txt',
      'so-noi-vu-2025-du-thao.doc',
      'so-noi-vu-2025-du-thao.docx',
      'xa-an-binh-2026.md',
      'xa-nghia-hoa-2024-libreoffice.docx',
      'xa-nghia-hoa-2024.docx',
      'xa-son-mai-2025.txt',
    ]);
  });
});

describe('import: a commune plan typed in Word (xa-nghia-hoa-2024.docx)', () => {
  const result = importPlan({ bytes: read('xa-nghia-hoa-2024.docx'), file: 'xa-nghia-hoa-2024.docx', schemaRef: '../schemas/plan.schema.json' });
  const plan = result.plan as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('reads the header table: parent agency, issuer lines, number, place and date', () => {
    expect(plan.issuer).toEqual({ parent: 'UBND HUYỆN TƯ NGHĨA', name: ['ỦY BAN NHÂN DÂN', 'XÃ NGHĨA HÒA'], abbreviation: 'UBND' });
    expect([plan.place, plan.number, plan.date, plan.summary]).toEqual(['Nghĩa Hòa', 15, '2024-03-12', 'Tuyên truyền cải cách hành chính trên địa bàn xã Nghĩa Hòa năm 2024']);
  });

  it('never lets the position numbers of the drawn lines into the text', () => {
    for (const n of ['685800', '723900', '38100', '762000', '2057400', '25165926', '54pt', '170pt', '_x0000_']) expect(result.yaml).not.toContain(n);
  });

  it('takes italic "Căn cứ" paragraphs as grounds, automatic clause numbers and typed labels alike, and a run-in heading as text', () => {
    expect(plan.grounds).toHaveLength(2);
    const [purpose, content, tasks] = plan.body;
    expect(purpose.section).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(purpose.items.map((i: Record<string, unknown>) => i.clause ?? null)).toEqual(['Mục đích', 'Yêu cầu', null]);
    expect(purpose.items[2].text).toBe('**Đối tượng:** Toàn thể cán bộ, công chức, người lao động và Nhân dân trên địa bàn xã.');
    expect(purpose.items[1].items[0].items.map((b: { bullet: string }) => b.bullet.slice(0, 20))).toEqual(['Đối với cán bộ, công', 'Đối với Nhân dân: tậ']);
    expect(content.items[0].items.map((p: { point: string }) => p.point.slice(0, 12))).toEqual(['Các chủ trươ', 'Kết quả cải ', 'Việc cung cấ', 'Công tác chu', 'Các mô hình,']);
    expect(tasks.items[0]).toEqual({ task: 'Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã.', lead: 'Văn phòng HĐND và UBND xã', coordinating: 'Các ban, ngành, đoàn thể xã', time: 'Thường xuyên' });
    expect(tasks.items[1].items[0]).toEqual({ task: 'Tổ chức Hội nghị tuyên truyền cải cách hành chính cho cán bộ thôn', lead: 'Văn phòng HĐND và UBND xã', time: 'Quý II/2024', labels: { lead: 'Trách nhiệm thực hiện', time: 'Thời gian' } });
  });

  it('reads the signature table, the recipients with their purposes, and the landscape appendix table in its own column order', () => {
    expect(plan.signature).toEqual({ authority: 'KT', collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Bình' });
    expect(plan.recipients).toEqual([{ name: 'UBND huyện Tư Nghĩa', purpose: 'b/c' }, { name: 'TT Đảng ủy, TT HĐND xã', purpose: 'để báo cáo' }, { name: 'Các ban, ngành, đoàn thể xã', purpose: 'thực hiện' }]);
    expect(plan.archive).toEqual({ units: 'VP' });
    expect(plan.appendices).toEqual([
      {
        title: 'DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024',
        table: { source: 'register', columns: ['stt', 'content', 'output', 'time', 'lead', 'coordinating'], headers: { content: 'Nhiệm vụ', lead: 'Chủ trì', coordinating: 'Phối hợp' } },
      },
    ]);
    expect(plan.tasks[0]).toEqual({ task: 'Cập nhật thủ tục hành chính trên Trang thông tin điện tử xã', lead: 'Văn phòng HĐND và UBND xã', coordinating: ['Công chức Tư pháp - Hộ tịch', 'Các thôn'], time: 'Thường xuyên', output: 'Tin, bài đăng tải' });
  });

  it('reports what it recognised, and each guess with its paragraph', () => {
    const r = result.report!;
    expect(r.recognised).toMatchObject({ section: 4, clause: 8, point: 5, task: 5, recipient: 3, appendix: 1, grounds: 2 });
    expect(r.notes.map((n) => [n.code, n.source?.n ?? null])).toEqual([
      ['import-legacy-font-unicode', null],
      ['import-body-table', 41],
      ['import-dropped', 64],
      ['import-regenerated', 69],
    ]);
  });

  it('builds to a document that reads word for word as the source, apart from numbering and the listed changes', async () => {
    const source = docxWords(read('xa-nghia-hoa-2024.docx'));
    const rebuilt = docxWords(await rebuild(result, 'xa-nghia-hoa-2024.yaml'));
    expect(sorted(rebuilt.head)).toEqual(sorted(source.head));
    // "(Đã ký)" stands in for the signature (import-dropped).
    expect(sorted(rebuilt.end)).toEqual(sorted(source.end.filter((w) => w !== '(đã' && w !== 'ký)')));
    expect(differences(source, rebuilt)).toEqual([
      // The task table in the body becomes tasks with their lines (import-body-table).
      '- tt nội dung trách nhiệm thực hiện thời gian',
      '+ trách nhiệm thực hiện',
      '+ thời gian',
      '+ trách nhiệm thực hiện',
      '+ thời gian',
      // The "(Kèm theo …)" line is written by the tool from the header (import-regenerated).
      '- 12/3/2024',
      '+ 12 tháng 3 năm 2024',
      '- ubnd',
      '+ ủy ban nhân dân',
    ]);
  });

  it('LibreOffice\'s save of the same file imports to the same plan', () => {
    const lo = importPlan({ bytes: read('xa-nghia-hoa-2024-libreoffice.docx'), file: 'x.docx', schemaRef: '../schemas/plan.schema.json' });
    expect(lo.errors).toEqual([]);
    expect(lo.plan).toEqual(plan);
  });
});

describe('import: a department draft typed with tabs (so-noi-vu-2025-du-thao.docx)', () => {
  const result = importPlan({ bytes: read('so-noi-vu-2025-du-thao.docx'), file: 'so-noi-vu-2025-du-thao.docx' });
  const plan = result.plan as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('reads a header typed with tabs, a blank number and a blank day and month (a draft)', () => {
    expect(plan.issuer).toEqual({ parent: 'UBND TỈNH QUẢNG NGÃI', name: 'SỞ NỘI VỤ', abbreviation: 'SNV' });
    expect(plan.number).toBeUndefined();
    expect(plan.date).toBe('2025');
    expect(plan.place).toBe('Quảng Ngãi');
    expect(YAML.parse(result.yaml!).date).toBe('2025');
  });

  it('reads sections numbered by Word (no typed "I."), converts the TCVN3 paragraph, keeps Unicode under a VNI-Times Normal style', () => {
    expect(plan.body.map((s: { section: string }) => s.section)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG VÀ HÌNH THỨC', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.body[1].items[0].items[1]).toEqual({ bullet: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính.' });
    expect(result.report!.notes.map((n) => [n.code, n.params.font])).toEqual([
      ['import-legacy-font-unicode', 'VNI-Times'],
      ['import-legacy-converted', '.VnTime'],
    ]);
  });

  it('reads "Nơi nhận" and the signature from a 2×2 table', () => {
    expect(plan.signature).toEqual({ authority: 'KT', head: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Lan' });
    expect(plan.recipients).toEqual([{ name: 'UBND tỉnh', purpose: 'báo cáo' }, 'Giám đốc, các Phó Giám đốc Sở', 'Các phòng, đơn vị thuộc Sở']);
    expect(plan.archive).toEqual({ units: 'VP', note: 'Lan' });
  });

  it('builds to a document that reads word for word as the source', async () => {
    const source = docxWords(read('so-noi-vu-2025-du-thao.docx'));
    const rebuilt = docxWords(await rebuild(result, 'so-noi-vu-2025-du-thao.yaml'));
    expect(sorted(rebuilt.head)).toEqual(sorted(source.head));
    expect(sorted(rebuilt.end)).toEqual(sorted(source.end));
    expect(differences(source, rebuilt)).toEqual([]);
  });

  const soffice = hasCommand('soffice');
  it.skipIf(!soffice && process.env.CI !== 'true')('the same plan saved as Word 97 (.doc) imports through LibreOffice to the same plan', async () => {
    expect(soffice, 'soffice is required under CI=true').toBe(true);
    const dir = tempDir('cchc-import-doc-');
    copyFileSync(path.join(DIR, 'so-noi-vu-2025-du-thao.doc'), path.join(dir, 'cu.doc'));
    const ctx = memoryContext(dir, { PATH: process.env.PATH });
    expect(await run(['import', 'cu.doc', '--json'], ctx)).toBe(0);
    const json = JSON.parse(ctx.out());
    expect(json.plan).toEqual(plan);
    expect(readdirSync(dir).sort()).toEqual(['cu.doc', 'cu.yaml']);
  });

  it.skipIf(!soffice && process.env.CI !== 'true')('an OpenDocument (.odt) copy imports through LibreOffice to the same plan', async () => {
    expect(soffice, 'soffice is required under CI=true').toBe(true);
    const dir = tempDir('cchc-import-odt-');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'odt', '--outdir', dir, path.join(DIR, 'so-noi-vu-2025-du-thao.docx')], { stdio: 'ignore' });
    const ctx = memoryContext(dir, { PATH: process.env.PATH });
    expect(await run(['import', 'so-noi-vu-2025-du-thao.odt', '--json'], ctx)).toBe(0);
    expect(JSON.parse(ctx.out()).plan).toEqual(plan);
  });

  it('without LibreOffice, a .doc gets a clear message on how to save it as DOCX, and nothing is written', async () => {
    const dir = tempDir('cchc-import-doc-');
    copyFileSync(path.join(DIR, 'so-noi-vu-2025-du-thao.doc'), path.join(dir, 'cu.doc'));
    const ctx = memoryContext(dir, { PATH: path.join(dir, 'no-such-bin') });
    expect(await run(['import', 'cu.doc'], ctx)).toBe(2);
    expect(ctx.err()).toContain('[import-soffice-missing]');
    expect(ctx.err()).toContain('Lưu thành');
    expect(readdirSync(dir)).toEqual(['cu.doc']);
  });
});

describe('import: texts with the structure of the seeds', () => {
  it('xa-son-mai-2025.txt (seed 002): header lines run together, parts over sections, tasks with frequency and their own labels', async () => {
    const text = readFileSync(path.join(DIR, 'xa-son-mai-2025.txt'), 'utf8');
    const result = importPlan({ bytes: new TextEncoder().encode(text), file: 'xa-son-mai-2025.txt' });
    const plan = result.plan as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect([plan.issuer.name, plan.number, plan.date, plan.place]).toEqual([['ỦY BAN NHÂN DÂN', 'XÃ SƠN MAI'], 12, '2025-08-05', 'Sơn Mai']);
    expect(plan.body.map((p: { part: string }) => p.part)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG TRUYỀN THÔNG', 'NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN']);
    expect(plan.body[2].items[0].items[0].items[0]).toMatchObject({ frequency: 'Mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng', lead: 'Trung tâm cung ứng dịch vụ công', labels: { lead: 'Đơn vị chủ trì', coordinating: 'Đơn vị phối hợp' } });
    // The copy signs "KT. CHỦ TỊCH" without "TM. ỦY BAN NHÂN DÂN" (as real plans do); the decree wants
    // that line for a deputy of a collective body, so the import adds it and says so.
    expect(plan.signature).toEqual({ authority: 'KT', collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Huỳnh Thanh Minh' });
    expect(result.report!.notes.some((n) => n.code === 'import-guess' && n.params.what === 'signature-collective')).toBe(true);
    expect(plan.archive).toEqual({});
    const rebuilt = docxWords(await rebuild(result, 'xa-son-mai-2025.yaml'));
    const source = textWords(text);
    expect(sorted(rebuilt.head)).toEqual(sorted(source.head));
    expect(sorted(rebuilt.end)).toEqual(sorted([...source.end, 'tm', 'ủy', 'ban', 'nhân', 'dân']));
    expect(differences(source, rebuilt)).toEqual([]);
    // The same text as UTF-16 with a byte-order mark, and with Windows line ends, gives the same plan.
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le'))]);
    expect(importPlan({ bytes: utf16, file: 'x.txt' }).plan).toEqual(plan);
  });

  it('phuong-truong-quang-trong-2025.txt (seed 000): no header in the copy — placeholders, each named in the report, and nothing lost', async () => {
    const text = readFileSync(path.join(DIR, 'phuong-truong-quang-trong-2025.txt'), 'utf8');
    const result = importPlan({ bytes: new TextEncoder().encode(text), file: 'p.txt' });
    const plan = result.plan as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(plan.summary).toBe('Tuyên truyền cải cách hành chính năm 2025 của phường Trương Quang Trọng');
    expect(plan.issuer.name).toBe('CẦN BỔ SUNG');
    expect(plan.signature).toEqual({ authority: 'none', title: 'CẦN BỔ SUNG', name: 'Phạm Thị Phương Nhung' });
    expect(plan.archive).toEqual({ units: 'PVHXH', note: 'Cảnh' });
    expect(result.report!.notes.filter((n) => n.code === 'import-placeholder').map((n) => n.params.field)).toEqual(['issuer', 'abbreviation', 'place', 'number', 'date', 'signature']);
    expect(result.yaml).toContain('# Không thấy địa danh trong bản gốc: điền vào đây.');
    const rebuilt = docxWords(await rebuild(result, 'p.yaml'));
    const source = textWords(text);
    // The header the tool prints holds placeholders (compared apart); after it, the type line the
    // copy lacked and the placeholder for the signer's position.
    expect(rebuilt.head).toContain('cần');
    expect(differences(source, rebuilt)).toEqual(['+ kế hoạch']);
    expect(sorted(rebuilt.end)).toEqual(sorted([...source.end, 'cần', 'bổ', 'sung']));
  });

  it('xa-an-binh-2026.md: Markdown headings and bold, a pipe table in the appendix', async () => {
    const text = readFileSync(path.join(DIR, 'xa-an-binh-2026.md'), 'utf8');
    const result = importPlan({ bytes: new TextEncoder().encode(text), file: 'x.md' });
    const plan = result.plan as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(plan.body[0].items[1]).toEqual({ clause: null, text: 'Nội dung tuyên truyền **ngắn gọn**, dễ hiểu, phù hợp với từng đối tượng.' });
    expect(plan.body[1].items[1]).toEqual({ bullet: 'Kết quả thực hiện "một cửa", "một cửa liên thông" tại xã.' });
    expect(plan.tasks).toHaveLength(2);
    expect(plan.appendices[0].table).toEqual({ source: 'register' });
    expect(plan.signature).toEqual({ authority: 'TM', collective: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
    const rebuilt = docxWords(await rebuild(result, 'x.yaml'));
    expect(sorted(rebuilt.end)).toEqual(sorted(textWords(text).end));
    expect(differences(textWords(text), rebuilt)).toEqual([
      // Straight quotes print as typographic quotes, as in every plan.
      '- "một cửa" "một',
      '+ “một cửa” “một',
      '- thông"',
      '+ thông”',
      // The reference line the tool writes from the header.
      '+ (kèm theo kế hoạch số 03/kh-ubnd ngày 08 tháng 01 năm 2026 của ủy ban nhân dân xã an bình)',
    ]);
  });

  it('a text saved in TCVN3 (8-bit) is converted, with a note', () => {
    // TCVN3 has one byte per lower-case letter (capitals with marks need the ".VnTimeH" fonts).
    const text = [
      'Tuyên truyền cải cách hành chính năm 2026',
      '',
      'Thực hiện kế hoạch của huyện, ủy ban nhân dân xã ban hành kế hoạch tuyên truyền như sau:',
      '',
      'I. Mục đích',
      '',
      '- Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.',
      '',
      '- Tuyên truyền các thủ tục hành chính được đơn giản hóa trong năm.',
      '',
    ].join('\n');
    const unicode = importPlan({ bytes: new TextEncoder().encode(text), file: 'x.txt' }).plan;
    expect(unicode).toMatchObject({ summary: 'Tuyên truyền cải cách hành chính năm 2026', body: [{ section: 'Mục đích' }] });
    const map = new Map<string, string>();
    for (let c = 0xa1; c <= 0xfe; c++) {
      const ch = String.fromCharCode(c);
      const u = fromTcvn3(ch);
      if (u !== ch) map.set(u, ch);
    }
    const bytes = new Uint8Array([...text].map((ch) => (map.get(ch) ?? ch).charCodeAt(0)));
    expect(bytes.every((b) => b < 256)).toBe(true);
    const r = importPlan({ bytes, file: 'x.txt' });
    expect(r.report!.notes[0].code).toBe('import-legacy-text');
    expect(r.plan).toEqual(unicode);
  });
});

describe('import: the command on a fixture', () => {
  it('writes <name>.yaml beside the input with the schema path from there, prints the report, never overwrites without --force', async () => {
    const dir = tempDir('cchc-import-cli-');
    execFileSync('mkdir', ['-p', path.join(dir, 'cu')]);
    writeFileSync(path.join(dir, 'cu', 'ke-hoach.docx'), read('xa-nghia-hoa-2024.docx'));
    const ctx = memoryContext(dir);
    expect(await run(['import', 'cu/ke-hoach.docx'], ctx)).toBe(0);
    const yaml = readFileSync(path.join(dir, 'cu', 'ke-hoach.yaml'), 'utf8');
    const schemaRef = path.relative(path.join(dir, 'cu'), path.join(ROOT, 'schemas', 'plan.schema.json'));
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaRef}`);
    expect(ctx.out()).toContain('cu/ke-hoach.docx, đoạn 41: cảnh báo [import-body-table]');
    expect(ctx.out()).toMatch(/Đã nhận ra: .*mục 4.*nhiệm vụ 5/);
    const again = memoryContext(dir);
    expect(await run(['import', 'cu/ke-hoach.docx'], again)).toBe(2);
    expect(again.err()).toContain('[import-output-exists]');
    expect(readFileSync(path.join(dir, 'cu', 'ke-hoach.yaml'), 'utf8')).toBe(yaml);
    writeFileSync(path.join(dir, 'cu', 'ke-hoach.yaml'), 'sửa tay\n');
    expect(await run(['import', 'cu/ke-hoach.docx', '--force', '-q'], memoryContext(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'cu', 'ke-hoach.yaml'), 'utf8')).toBe(yaml);
  });

  it('-o may name a folder (made when missing); an input that cannot be read exits 2 with the file named', async () => {
    const dir = tempDir('cchc-import-cli-');
    writeFileSync(path.join(dir, 'a.docx'), read('xa-nghia-hoa-2024.docx'));
    expect(await run(['import', 'a.docx', '-o', 'moi/', '-q'], memoryContext(dir))).toBe(0);
    expect(readdirSync(path.join(dir, 'moi'))).toEqual(['a.yaml']);
    expect(await run(['import', 'a.docx', '-o', 'moi', '-q'], memoryContext(dir))).toBe(2);
    const missing = memoryContext(dir);
    expect(await run(['import', 'khong-co.docx'], missing)).toBe(2);
    expect(missing.err()).toContain('[import-input-missing] Không tìm thấy tệp "khong-co.docx".');
    const odd = memoryContext(dir);
    writeFileSync(path.join(dir, 'a.pdf'), '%PDF-1.4');
    expect(await run(['import', 'a.pdf'], odd)).toBe(2);
    expect(odd.err()).toContain('[import-format]');
  });

  it('--json gives the plan and the report with each note\'s place; --lang en', async () => {
    const dir = tempDir('cchc-import-cli-');
    writeFileSync(path.join(dir, 'a.docx'), read('xa-nghia-hoa-2024.docx'));
    const ctx = memoryContext(dir);
    expect(await run(['import', 'a.docx', '-o', 'b.yaml', '--json', '--lang', 'en'], ctx)).toBe(0);
    const json = JSON.parse(ctx.out());
    expect(json).toMatchObject({ command: 'import', ok: true, input: 'a.docx', output: 'b.yaml', format: 'docx', recognised: { task: 5 } });
    expect(json.plan.signature.name).toBe('Nguyễn Văn Bình');
    expect(json.notes[1]).toMatchObject({ code: 'import-body-table', severity: 'warning', source: { unit: 'paragraph', n: 41 } });
    expect(json.notes[1].message).toMatch(/^A task table in the body/);
  });
});
