/**
 * Issue 13: nothing a clerk writes is silently lost or printed wrong, and the command line speaks
 * Vietnamese and follows the usual conventions. Each case runs the CLI in process with the input
 * the issue reports and checks the exit code and what is printed.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { EXAMPLES, memoryContext, tempDir, unzipText } from './helpers.js';

const minimalText = readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8');

/** A folder with plan.yaml: the minimal example with some lines replaced. */
function planDir(edit: (text: string) => string = (t) => t, name = 'plan.yaml'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), edit(minimalText));
  return dir;
}

function documentXml(file: string): string {
  return unzipText(new Uint8Array(readFileSync(file)))['word/document.xml'];
}

/** The text of the paragraphs of a DOCX, one line each. */
function documentText(file: string): string {
  return documentXml(file)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

describe('5. dates as clerks write them', () => {
  for (const date of ['08/01/2026', '8/1/2026']) {
    it(`accepts ${date}, day first`, async () => {
      const dir = planDir((t) => t.replace('date: 2026-01-08', `date: ${date}`));
      const ctx = memoryContext(dir);
      expect(await run(['build', 'plan.yaml', '-f', 'docx'], ctx)).toBe(0);
      expect(ctx.err()).toBe('');
      expect(documentText(path.join(dir, 'plan.docx'))).toContain('An Bình, ngày 08 tháng 01 năm 2026');
    });
  }
  for (const [date, example] of [['31/02/2025', '28/02/2025'], ['2025-02-31', '2025-02-28']]) {
    it(`says that ${date} does not exist, and writes nothing`, async () => {
      const dir = planDir((t) => t.replace('date: 2026-01-08', `date: ${date}`));
      const ctx = memoryContext(dir);
      expect(await run(['build', 'plan.yaml'], ctx)).toBe(1);
      expect(ctx.err()).toContain(`plan.yaml:8:7: lỗi [date-invalid] Ngày "${date}" không tồn tại: tháng 2 năm 2025 chỉ có 28 ngày.`);
      expect(ctx.err()).toContain(`→ Sửa lại ngày hoặc tháng, ví dụ ${example}.`);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
      const en = memoryContext(dir);
      expect(await run(['validate', 'plan.yaml', '--lang', 'en'], en)).toBe(1);
      expect(en.err()).toContain(`error [date-invalid] The date "${date}" does not exist.`);
    });
  }
  it('names the month when it cannot be one (08/13/2026: month and day swapped)', async () => {
    const dir = planDir((t) => t.replace('date: 2026-01-08', 'date: 08/13/2026'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('lỗi [date-month-invalid] Ngày "08/13/2026" không tồn tại: không có tháng 13.');
    expect(ctx.err()).toContain('ngày viết trước tháng: NGÀY/THÁNG/NĂM');
  });
});

describe('1. text after " #" is never lost silently', () => {
  const bullet = 'Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.';
  it('stops on "bullet: Nâng cao # nhận thức …" and writes nothing', async () => {
    const dir = planDir((t) => t.replace(`bullet: ${bullet}`, 'bullet: Nâng cao # nhận thức của cán bộ về CCHC'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('plan.yaml:18:30: lỗi [text-hash-comment] YAML đọc "# nhận thức của cán bộ về CCHC" là chú thích: phần chữ này sẽ bị mất, văn bản chỉ in "Nâng cao".');
    expect(ctx.err()).toContain('→ Nếu đó là nội dung (kể cả hashtag như #CCHC), đặt cả đoạn trong ngoặc: bullet: "Nâng cao # nhận thức của cán bộ về CCHC".');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
  it('stops on "… vùng sâu #1 Nâng cao …" (a hashtag-like number) and on hashtags', async () => {
    const dir = planDir((t) =>
      t
        .replace('- point: Các văn bản chỉ đạo của cấp trên về cải cách hành chính.', '- point: Tuyên truyền ở vùng sâu #1 Nâng cao chất lượng "một cửa"')
        .replace('time: Thường xuyên', 'time: Thường xuyên #CCHC'),
    );
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('lỗi [text-hash-comment] YAML đọc "#1 Nâng cao chất lượng "một cửa"" là chú thích: phần chữ này sẽ bị mất, văn bản chỉ in "Tuyên truyền ở vùng sâu".');
    // Text with inline "…" quotes is suggested in single quotes, which keep them.
    expect(ctx.err()).toContain(`point: 'Tuyên truyền ở vùng sâu #1 Nâng cao chất lượng "một cửa"'`);
    expect(ctx.err()).toContain('YAML đọc "#CCHC" là chú thích');
    const en = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml', '--lang', 'en'], en)).toBe(1);
    expect(en.err()).toContain('error [text-hash-comment] YAML reads "#CCHC" as a comment: that text would be lost, the document would print only "Thường xuyên".');
  });
  it('prints the whole text once it is quoted', async () => {
    const dir = planDir((t) => t.replace(`bullet: ${bullet}`, 'bullet: "Tuyên truyền ở vùng sâu #1 Nâng cao # nhận thức"'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], ctx)).toBe(0);
    expect(documentText(path.join(dir, 'plan.docx'))).toContain('- Tuyên truyền ở vùng sâu #1 Nâng cao # nhận thức');
  });
  it('leaves comments that are set apart alone: two spaces, aligned with nearby comments, after codes and quoted values, inside >- text', async () => {
    const dir = planDir((t) =>
      t
        .replace('summary: Tuyên truyền cải cách hành chính năm 2026', 'summary: Tuyên truyền cải cách hành chính năm 2026   # trích yếu')
        .replace('date: 2026-01-08', 'date: 2026-01-08 # ngày ký')
        .replace('title: Chủ tịch', 'title: "Chủ tịch" # chức vụ')
        .replace('  Thực hiện Kế hoạch', '  Thực hiện #CCHC Kế hoạch')
        // "#" in the column of the comment two lines above, as in the README's annotated example.
        .replace('      - clause: Mục đích\n', `${'      - clause: Mục đích'.padEnd('          - bullet: Cán bộ, công chức '.length)}# → "1. Mục đích"\n`)
        .replace(`bullet: ${bullet}`, 'bullet: Cán bộ, công chức # → "- Cán bộ, công chức"'),
    );
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(0);
    expect(ctx.err()).toBe('');
  });
  it("keeps the README's annotated examples clean", async () => {
    const readme = readFileSync(path.join(EXAMPLES, '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'readme.yaml'), blocks[0].replace(/\$schema=\S+/, '$schema=x'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'readme.yaml'], ctx)).toBe(0);
    expect(ctx.err()).not.toContain('text-hash-comment');
    // The fragments (appendix table, CI workflow…) have no lost text either.
    const { checkTrailingComments } = await import('../src/plan/comments.js');
    const { parsePlanText } = await import('../src/plan/load.js');
    for (const block of blocks) {
      const parsed = parsePlanText(block, 'README.md');
      if (parsed.plan) expect(checkTrailingComments(block, parsed.plan.source), block.slice(0, 60)).toEqual([]);
    }
  });
});

describe('3. typed labels are never printed twice', () => {
  it('strips "clause: 1. Mục đích" (the label the tool assigns) and says so', async () => {
    const dir = planDir((t) => t.replace('- clause: Mục đích', '- clause: 1. Mục đích'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], ctx)).toBe(0);
    expect(ctx.err()).toContain('plan.yaml:16:17: cảnh báo [number-typed] Đã bỏ số thứ tự gõ tay "1.": công cụ tự đánh số "1." cho mục này.');
    const text = documentText(path.join(dir, 'plan.docx'));
    expect(text).toContain('1. Mục đích');
    expect(text).not.toContain('1. 1.');
  });
  it('stops on "bullet: a) …" and on a number that is not the one the tool assigns, writing nothing', async () => {
    const dir = planDir((t) => t.replace('- bullet: Nâng cao nhận thức', '- bullet: a) Nâng cao nhận thức').replace('- clause: Yêu cầu', '- clause: 3. Yêu cầu'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('plan.yaml:18:21: lỗi [number-typed-mismatch] Mục này được đánh số "-" nhưng nội dung bắt đầu bằng số gõ tay "a)": văn bản sẽ in hai số ("- a) …").');
    expect(ctx.err()).toContain('plan.yaml:19:17: lỗi [number-typed-mismatch] Mục này được đánh số "2." nhưng nội dung bắt đầu bằng số gõ tay "3."');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
  it('checks tasks, untitled clauses and the task register too, and leaves numbers that are not labels', async () => {
    const dir = planDir((t) =>
      t
        .replace('- task: Đăng tin, bài', '- task: 1. Đăng tin, bài')
        .replace('- point: Các văn bản chỉ đạo', '- point: a. Các văn bản chỉ đạo')
        .replace('- point: Kết quả thực hiện', '- point: 1.000 lượt tiếp cận; kết quả thực hiện')
        .replace('  - section: Tổ chức thực hiện', '  - section: Đối tượng\n    items:\n      - clause:\n        text: "1. Cán bộ, công chức, viên chức"\n  - section: Tổ chức thực hiện'),
    );
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], ctx)).toBe(0);
    expect(ctx.err().match(/\[number-typed\]/g)).toHaveLength(3);
    const text = documentText(path.join(dir, 'plan.docx'));
    expect(text).toContain('a) Các văn bản chỉ đạo');
    expect(text).toContain('b) 1.000 lượt tiếp cận');
    expect(text).toContain('1. Cán bộ, công chức, viên chức');
    expect(text).toContain('1. Đăng tin, bài');
    expect(text).not.toMatch(/1\. 1\.|a\) a\./);
  });
});

describe('4. signature blocks that break the decree are stopped', () => {
  const example = readFileSync(path.join(EXAMPLES, '002-xa-son-mai-2025.yaml'), 'utf8');
  it('authority switched from KT to TM while head/title still say Chủ tịch / Phó Chủ tịch', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.yaml'), example.replace('  authority: KT\n', '  authority: TM\n'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('lỗi [signature-tm-deputy] Ký "TM." (thay mặt tập thể) là việc của người đứng đầu, nhưng chức vụ người ký là "PHÓ CHỦ TỊCH": văn bản sẽ in "TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH".');
    expect(ctx.err()).toContain('Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13 khoản 2; Phụ lục I, Mục II, khoản 7, điểm a.');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
  it('a deputy of the People\'s Committee signing "KT. CHỦ TỊCH" without the "TM. ỦY BAN NHÂN DÂN" line', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.yaml'), example.replace('  collective: ỦY BAN NHÂN DÂN\n', ''));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toMatch(/plan\.yaml:\d+:14: lỗi \[signature-kt-without-tm\] Ủy ban nhân dân làm việc theo chế độ tập thể: cấp phó ký "KT\. CHỦ TỊCH" phải có dòng "TM\. ỦY BAN NHÂN DÂN" ở trên\./);
    expect(ctx.err()).toContain('→ Thêm collective: Ủy ban nhân dân để in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / …".');
    const en = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml', '--lang', 'en'], en)).toBe(1);
    expect(en.err()).toContain('Basis: Decree 30/2020/NĐ-CP, Article 13(2); Appendix I, Section II, item 7, point a.');
  });
  it('a head left over under TM is a warning (it is not printed)', async () => {
    const dir = planDir((t) => t.replace('  title: Chủ tịch', '  head: Chủ tịch\n  title: Chủ tịch'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(0);
    expect(ctx.err()).toContain('cảnh báo [signature-head-unused] "head: CHỦ TỊCH" không được in: ký "TM." không có dòng chức vụ người đứng đầu.');
  });
});

describe('2. init --from changes only the plan\'s own year', () => {
  const source = readFileSync(path.join(EXAMPLES, '002-xa-son-mai-2025.yaml'), 'utf8');
  function rollover(args: string[] = []) {
    const dir = tempDir();
    writeFileSync(path.join(dir, '2025.yaml'), source);
    return { dir, ctx: memoryContext(dir), args: ['init', 'nam-2026/2026.yaml', '--from', '2025.yaml', '--year', '2026', ...args] };
  }
  it('keeps cited dates and titles, prints every change (line, old → new)', async () => {
    const { dir, ctx, args } = rollover();
    expect(await run(args, ctx)).toBe(0);
    const text = readFileSync(path.join(dir, 'nam-2026', '2026.yaml'), 'utf8');
    // Another document's date and titles stay as they were.
    // (The grounds are folded YAML scalars: compared with their line breaks read as spaces.)
    const unfolded = text.replace(/\n +/g, ' ');
    expect(unfolded).toContain('Căn cứ Quyết định số 393/QĐ-UBND ngày 14 tháng 7 năm 2025');
    expect(unfolded).toContain('của Chủ tịch UBND tỉnh Quảng Ngãi về ban hành Kế hoạch cải cách hành chính năm 2025');
    expect(text).toContain('Kế hoạch chuyển đổi số xã Sơn Mai\n    năm 2025;');
    expect(text).toContain('tỉnh Quảng Ngãi đến năm\n              2025, định hướng đến năm 2030');
    // The plan's own year: summary, own title in the opening, its own wording, deadlines.
    expect(text).toContain('summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2026');
    expect(text).toContain('ban hành Kế hoạch truyền thông về cải cách hành chính và\n    chuyển đổi số xã Sơn Mai năm 2026, như sau:');
    expect(text).toContain('time: Quý III/2026');
    expect(text).not.toMatch(/^number:/m);
    expect(text).toMatch(/^date: "2026"$/m);
    const out = ctx.out();
    expect(out).toContain('Đã tạo nam-2026/2026.yaml từ 2025.yaml: 13 chỗ đổi năm 2025 → 2026; số văn bản bỏ, ngày để năm 2026 (dự thảo). Các dòng đã đổi:');
    expect(out).toContain('  dòng  12:  summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2025\n          →  summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2026');
    expect(out).toContain('  dòng  10:  number: 12\n          →  (bỏ dòng này: bản dự thảo chưa có số)');
    expect(out).toContain('  dòng 360:  time: Quý III/2025\n          →  time: Quý III/2026');
    expect(out).toContain('Giữ nguyên 26 chỗ có năm 2025 thuộc văn bản khác (xem lại nếu cần):');
    expect(out).toContain('  dòng  22:  …số 393/QĐ-UBND ngày 14 tháng 7 năm 2025 của… (căn cứ)');
    // Every line printed as changed is the only kind of difference between the files.
    const changed = (out.match(/^ {2}dòng +\d+:/gm) ?? []).length - 26;
    const oldLines = source.split('\n');
    const newLines = text.split('\n');
    expect(newLines.length).toBe(oldLines.length - 1); // the number line
    expect(oldLines.filter((l, i) => l !== newLines[i >= 9 ? i - 1 : i]).length).toBe(changed);
  });
  it('keeps the folding of the source and writes a $schema path that works from the new folder', async () => {
    const { dir, ctx, args } = rollover();
    expect(await run(args, ctx)).toBe(0);
    const text = readFileSync(path.join(dir, 'nam-2026', '2026.yaml'), 'utf8');
    const longest = (t: string) => Math.max(...t.split('\n').map((l) => l.length));
    expect(longest(text)).toBe(longest(source));
    const ref = /\$schema=(\S+)/.exec(text)![1];
    expect(existsSync(path.resolve(dir, 'nam-2026', ref))).toBe(true);
    expect(path.resolve(dir, 'nam-2026', ref)).toBe(path.join(EXAMPLES, '..', 'schemas', 'plan.schema.json'));
  });
  it('--dry-run prints the same changes and writes nothing', async () => {
    const { dir, ctx, args } = rollover(['--dry-run']);
    expect(await run(args, ctx)).toBe(0);
    expect(ctx.out()).toContain('Thử (--dry-run), không ghi tệp: nam-2026/2026.yaml từ 2025.yaml sẽ có 13 chỗ đổi năm 2025 → 2026');
    expect(ctx.out()).toContain('→  summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2026');
    expect(readdirSync(dir)).toEqual(['2025.yaml']);
  });
});

describe('8. init --level as people type it, for two-level local government', () => {
  for (const [typed, unit] of [['xã', 'XÃ'], ['xa', 'XÃ'], ['phường', 'PHƯỜNG'], ['phuong', 'PHƯỜNG'], ['tỉnh', 'TỈNH'], ['đặc khu', 'ĐẶC KHU'], ['dac-khu', 'ĐẶC KHU'], ['thành phố', 'THÀNH PHỐ']]) {
    it(`--level "${typed}"`, async () => {
      const dir = tempDir();
      const ctx = memoryContext(dir);
      expect(await run(['init', 'kh.yaml', '--level', typed, '--name', 'Sơn Mai'], ctx)).toBe(0);
      const text = readFileSync(path.join(dir, 'kh.yaml'), 'utf8');
      expect(text).toContain(`name: [ỦY BAN NHÂN DÂN, ${unit} SƠN MAI]`);
      expect(text).not.toMatch(/huyện/i);
      expect(await run(['build', 'kh.yaml', '-f', 'docx'], memoryContext(dir))).toBe(0);
    });
  }
  it('a commune plan addresses the province (UBND tỉnh, Sở Nội vụ), not a district', async () => {
    const dir = tempDir();
    const ctx = memoryContext(dir);
    expect(await run(['init', 'xa.yaml', '--level', 'xã', '--name', 'Sơn Mai'], ctx)).toBe(0);
    expect(ctx.out()).toBe('Đã tạo xa.yaml (xã Sơn Mai, năm 2026). Sửa nội dung rồi chạy: cchc-plan build xa.yaml\n');
    const text = readFileSync(path.join(dir, 'xa.yaml'), 'utf8');
    expect(text).toContain('  - { name: UBND tỉnh, purpose: b/c }\n  - { name: Sở Nội vụ, purpose: b/c }');
    expect(text).toContain('Thực hiện Kế hoạch cải cách hành chính của Ủy ban nhân dân tỉnh;');
  });
  it('huyện only for plans dated before 1 July 2025', async () => {
    const dir = tempDir();
    const ctx = memoryContext(dir);
    expect(await run(['init', 'h.yaml', '--level', 'huyện', '--name', 'Sơn Tịnh'], ctx)).toBe(2);
    expect(ctx.err()).toContain('cchc-plan: --level huyện: từ 01/7/2025 chính quyền địa phương còn hai cấp (tỉnh; xã, phường, đặc khu), không còn cấp huyện.');
    expect(readdirSync(dir)).toEqual([]);
    expect(await run(['init', 'h.yaml', '--level', 'huyen', '--name', 'Sơn Tịnh', '--year', '2025'], memoryContext(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'h.yaml'), 'utf8')).toContain('name: [ỦY BAN NHÂN DÂN, HUYỆN SƠN TỊNH]');
  });
  it('an unknown level is named with the levels there are', async () => {
    const ctx = memoryContext(tempDir());
    expect(await run(['init', 'x.yaml', '--level', 'phuogn'], ctx)).toBe(2);
    expect(ctx.err()).toContain('cchc-plan: --level "phuogn": không có cấp này. Có phải ý bạn là "phường"?');
  });
  it('without --name: asks on a terminal, fails clearly elsewhere (never "XÃ AN BÌNH")', async () => {
    const dir = tempDir();
    const ctx = memoryContext(dir);
    expect(await run(['init', 'xa.yaml', '--level', 'xa'], ctx)).toBe(2);
    expect(ctx.err()).toBe('cchc-plan: cần tên xã: thêm --name, ví dụ cchc-plan init xa.yaml --level "xã" --name "Sơn Mai" (không hỏi được vì lệnh không chạy trong terminal).\n');
    expect(readdirSync(dir)).toEqual([]);
    const asked: string[] = [];
    const tty = { ...memoryContext(dir), prompt: async (q: string) => (asked.push(q), 'Trương Quang Trọng') };
    expect(await run(['init', 'phuong.yaml', '--level', 'phường'], tty)).toBe(0);
    expect(asked).toEqual(['Tên phường (ví dụ "Sơn Mai"): ']);
    const text = readFileSync(path.join(dir, 'phuong.yaml'), 'utf8');
    expect(text).toContain('name: [ỦY BAN NHÂN DÂN, PHƯỜNG TRƯƠNG QUANG TRỌNG]');
    expect(text).toContain('place: Phường Trương Quang Trọng'); // named after a person: keeps its unit word
  });
});

describe('7. the command line speaks Vietnamese (English with --lang en), one message per mistake', () => {
  const cases: [string[], string][] = [
    [['biuld', 'plan.yaml'], 'cchc-plan: không có lệnh "biuld". Có phải ý bạn là "build"?\n  → Xem: cchc-plan --help\n'],
    [['build'], 'cchc-plan: thiếu đối số <plans> (tệp .yaml, thư mục hoặc mẫu glob).\n  → Xem: cchc-plan build --help\n'],
    [['build', 'plan.yaml', '--lang', 'fr'], 'cchc-plan: --lang "fr": giá trị không hợp lệ. Giá trị được phép: vi, en.\n  → Xem: cchc-plan build --help\n'],
    [['build', '--fromat', 'pdf', 'plan.yaml'], 'cchc-plan: không có tùy chọn "--fromat". Có phải ý bạn là "--format"?\n  → Xem: cchc-plan build --help\n'],
    [['diff', 'a.yaml', 'b.yaml', 'c.yaml'], 'cchc-plan: thừa đối số "c.yaml": lệnh nhận 2 đối số, nhận được 3.\n  → Xem: cchc-plan diff --help\n'],
    [['init', 'x.yaml', '--year'], 'cchc-plan: tùy chọn --year <year> cần một giá trị.\n  → Xem: cchc-plan init --help\n'],
    [['biuld', '--lang', 'en'], 'cchc-plan: unknown command "biuld". Did you mean "build"?\n  → See: cchc-plan --help\n'],
  ];
  for (const [argv, expected] of cases) {
    it(`cchc-plan ${argv.join(' ')}`, async () => {
      const ctx = memoryContext(planDir());
      expect(await run(argv, ctx)).toBe(2);
      expect(ctx.err()).toBe(expected);
      expect(ctx.out()).toBe('');
    });
  }
  it('help: Vietnamese headings and descriptions, English with --lang en', async () => {
    const vi = memoryContext(planDir());
    expect(await run(['--help'], vi)).toBe(0);
    expect(vi.out()).toMatch(/^Cách dùng: cchc-plan \[tùy chọn\] \[lệnh\]\n\nDựng kế hoạch YAML thành văn bản DOCX\/PDF đúng thể thức Nghị định 30\/2020\/NĐ-CP\.\n\nTùy chọn:\n {2}-V, --version +in số phiên bản\n {2}-h, --help +in trợ giúp\n\nLệnh:\n {2}build \[tùy chọn\] <plans\.\.\.> +dựng DOCX và PDF từ tệp kế hoạch\n/);
    expect(vi.out()).not.toMatch(/Usage|Options|Commands|display help|output the version|Compile|\(default|choices:/);
    const build = memoryContext(planDir());
    expect(await run(['build', '--help'], build)).toBe(0);
    expect(build.out()).toContain('--lang <lang>           ngôn ngữ thông báo (chọn: vi, en; mặc định: vi)');
    expect(build.out()).toContain('Đối số:\n  plans');
    const en = memoryContext(planDir());
    expect(await run(['help', 'init', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toMatch(/^Usage: cchc-plan init \[options\] <output>\n\nscaffold a new plan for a level, or roll over last year's\n\nArguments:\n/);
    // Only the level names and the example name stay Vietnamese in the English help.
    expect(en.out().replace(/tỉnh|thành phố|xã|phường|đặc khu|huyện|Sơn Mai/g, '')).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });
  it('"cchc-plan" alone prints the help on stderr as a usage error', async () => {
    const ctx = memoryContext(planDir());
    expect(await run([], ctx)).toBe(2);
    expect(ctx.err()).toContain('Cách dùng: cchc-plan [tùy chọn] [lệnh]');
  });
  it('a misspelled key is one diagnostic, not "missing" plus "unknown"', async () => {
    const dir = planDir((t) => t.replace('summary:', 'sumary:'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err().match(/lỗi \[/g)).toHaveLength(1);
    expect(ctx.err()).toContain('plan.yaml:9:1: lỗi [schema-unknown-key] Trường không hợp lệ "sumary".');
    expect(ctx.err()).toContain('Có phải ý bạn là "summary"?');
  });
  it('YAML syntax errors are explained in Vietnamese', async () => {
    const dir = planDir((t) => t.replace('title: Chủ tịch', 'title: "Chủ tịch" UBND xã'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'plan.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toContain('lỗi [yaml-syntax] Lỗi cú pháp YAML: có chữ ở chỗ không mong đợi');
    expect(ctx.err()).not.toMatch(/Unexpected|scalar/);
  });
  it('system errors in words: a folder given as a file, an unreadable folder', async () => {
    const dir = planDir();
    const ctx = memoryContext(dir);
    expect(await run(['init', 'moi.yaml', '--from', '.'], ctx)).toBe(2);
    expect(ctx.err()).toBe('cchc-plan: --from: không đọc được "." (đây là thư mục, không phải tệp, EISDIR).\n');
    const fonts = path.join(dir, 'fonts');
    const { mkdirSync, chmodSync } = await import('node:fs');
    mkdirSync(fonts);
    chmodSync(fonts, 0o000);
    const expected = 'cchc-plan: không đọc thư mục được "fonts" (không có quyền đọc, EACCES).';
    if (process.getuid?.() === 0) {
      const { runAsNobody } = await import('./helpers.js');
      const r = runAsNobody(dir, ['build', 'plan.yaml', '--font-dir', 'fonts']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toBe(expected + '\n');
    } else {
      const c = memoryContext(dir);
      expect(await run(['build', 'plan.yaml', '--font-dir', 'fonts'], c)).toBe(2);
      expect(c.err()).toBe(expected + '\n');
    }
    chmodSync(fonts, 0o755);
  });
});

describe('10. --watch: a status line per rebuild, "✓ xong" once fixed, a clean screen on a terminal, Ctrl+C exits 130', () => {
  const waitFor = async (pred: () => boolean) => {
    for (let i = 0; i < 600 && !pred(); i++) await new Promise((r) => setTimeout(r, 50)); // up to 30 s on a loaded CI machine
    return pred();
  };
  it('with -q: the error, then "✓ xong" after the fix; stopped, it exits 130', async () => {
    const dir = planDir();
    const controller = new AbortController();
    let out = '';
    const ctx = { ...memoryContext(dir), signal: controller.signal, stdout: { write: (t: string) => void (out += t), isTTY: true } };
    const done = run(['build', 'plan.yaml', '--watch', '-q', '-f', 'docx'], ctx);
    expect(await waitFor(() => out.includes('Đang theo dõi 1 tệp kế hoạch'))).toBe(true);
    writeFileSync(path.join(dir, 'plan.yaml'), minimalText.replace('date: 2026-01-08', 'date: 2026-02-30'));
    expect(await waitFor(() => out.includes('✗'))).toBe(true);
    expect(ctx.err()).toContain('lỗi [date-invalid]');
    expect(out).toMatch(/\x1b\[2J\x1b\[H\[\d\d:\d\d:\d\d\] ✗ còn lỗi: sửa rồi lưu tệp, công cụ sẽ dựng lại \(\d+,\d giây\) — đang theo dõi, Ctrl\+C để dừng\n/);
    writeFileSync(path.join(dir, 'plan.yaml'), minimalText);
    expect(await waitFor(() => out.includes('✓ xong'))).toBe(true);
    expect(out).toMatch(/\x1b\[2J\x1b\[H\[\d\d:\d\d:\d\d\] ✓ xong \(\d+,\d giây\) — đang theo dõi, Ctrl\+C để dừng\n$/);
    controller.abort('SIGINT');
    expect(await done).toBe(130);
  });
  it('the built command exits 130 on Ctrl+C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const dir = planDir();
    const child = spawn(process.execPath, [path.join(EXAMPLES, '..', 'dist', 'cli', 'bin.js'), 'build', 'plan.yaml', '--watch', '-f', 'docx'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect(await waitFor(() => out.includes('Đang theo dõi'))).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
  });
});

describe('11. --open, completion scripts, every flag in --help works', () => {
  it('--open opens the PDF that build wrote (the DOCX when only that was built)', async () => {
    const dir = planDir();
    const opened: string[] = [];
    const ctx = { ...memoryContext(dir), openFile: async (f: string) => void opened.push(f) };
    expect(await run(['build', 'plan.yaml', '--open'], ctx)).toBe(0);
    expect(opened).toEqual([path.join(dir, 'plan.pdf')]);
    expect(ctx.err()).toBe('Đang mở plan.pdf\n');
    const docx = { ...memoryContext(dir), openFile: async (f: string) => void opened.push(f) };
    expect(await run(['build', 'plan.yaml', '--open', '-f', 'docx'], docx)).toBe(0);
    expect(opened[1]).toBe(path.join(dir, 'plan.docx'));
    // Nothing is opened when nothing was written, and a missing viewer is said in words.
    const bad = planDir((t) => t.replace('date: 2026-01-08', 'date: 2026-02-30'));
    const none = { ...memoryContext(bad), openFile: async (f: string) => void opened.push(f) };
    expect(await run(['build', 'plan.yaml', '--open'], none)).toBe(1);
    expect(opened).toHaveLength(2);
    const broken = { ...memoryContext(dir), openFile: async () => Promise.reject(Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT', program: 'xdg-open' })) };
    expect(await run(['build', 'plan.yaml', '--open', '-f', 'pdf'], broken)).toBe(0);
    expect(broken.err()).toBe('cchc-plan: --open: không mở được plan.pdf bằng xdg-open (không tìm thấy tệp, ENOENT); tệp đã được ghi, mở bằng tay.\n');
  });
  it('completion bash completes commands, options and their values in bash', async () => {
    const ctx = memoryContext(planDir());
    expect(await run(['completion', 'bash'], ctx)).toBe(0);
    const script = path.join(tempDir(), 'cchc-plan.bash');
    writeFileSync(script, ctx.out());
    const { execFileSync } = await import('node:child_process');
    const complete = (...words: string[]) =>
      execFileSync('bash', ['-c', `source "${script}"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _cchc_plan; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).trim();
    expect(complete('cchc-plan', 'bu')).toBe('build');
    expect(complete('cchc-plan', 'c')).toBe('check completion');
    expect(complete('cchc-plan', 'build', '--la')).toBe('--lang');
    expect(complete('cchc-plan', 'build', '--lang', '')).toBe('vi en');
    expect(complete('cchc-plan', 'init', 'x.yaml', '--level', 'p')).toBe('phuong');
    expect(complete('cchc-plan', 'diff', 'a', 'b', '-f', 'h')).toBe('html');
  });
  it('completion zsh, fish and powershell print scripts for the same commands (checked by the shells where installed)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { hasCommand } = await import('./helpers.js');
    // Under CI=true the shells must be there (.ci/run installs them); a developer machine may lack them.
    if (process.env.CI) for (const sh of ['zsh', 'fish']) expect(hasCommand(sh), `${sh} is required under CI=true`).toBe(true);
    for (const shell of ['zsh', 'fish', 'powershell']) {
      const ctx = memoryContext(planDir());
      expect(await run(['completion', shell], ctx), shell).toBe(0);
      const text = ctx.out();
      for (const word of ['build', 'validate', 'init', 'check', 'diff', 'schema', 'completion', '--lang', '--dry-run', '--open', 'dac-khu']) {
        expect(text, `${shell}: ${word}`).toContain(shell === 'fish' ? word.replace(/^--/, '-l ') : word);
      }
      const file = path.join(tempDir(), `c.${shell}`);
      writeFileSync(file, text);
      if (shell === 'zsh' && hasCommand('zsh')) execFileSync('zsh', ['-n', file]);
      if (shell === 'fish' && hasCommand('fish')) {
        execFileSync('fish', ['-n', file]);
        const got = execFileSync('fish', ['-c', `source ${file}; complete -C 'cchc-plan init x.yaml --level '`], { encoding: 'utf8' });
        expect(got.split('\n').map((l) => l.split('\t')[0]).filter(Boolean).sort()).toEqual(['dac-khu', 'huyen', 'phuong', 'thanh-pho', 'tinh', 'xa']);
      }
    }
  });
  it('init --json prints JSON, -q prints nothing, --lang en speaks English', async () => {
    const dir = tempDir();
    const json = memoryContext(dir);
    expect(await run(['init', 'a.yaml', '--level', 'xa', '--name', 'Sơn Mai', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toEqual({ version: 1, command: 'init', ok: true, output: 'a.yaml', dryRun: false, level: 'xa', name: 'Sơn Mai', year: 2026 });
    const quiet = memoryContext(dir);
    expect(await run(['init', 'b.yaml', '--level', 'xa', '--name', 'Sơn Mai', '-q'], quiet)).toBe(0);
    expect(quiet.out() + quiet.err()).toBe('');
    const en = memoryContext(dir);
    expect(await run(['init', 'c.yaml', '--level', 'xa', '--name', 'Sơn Mai', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toBe('Created c.yaml (xã Sơn Mai, year 2026). Edit it, then run: cchc-plan build c.yaml\n');
    copyFileSync(path.join(EXAMPLES, '002-xa-son-mai-2025.yaml'), path.join(dir, '2025.yaml'));
    const roll = memoryContext(dir);
    expect(await run(['init', '2026.yaml', '--from', '2025.yaml', '--json', '--dry-run'], roll)).toBe(0);
    const report = JSON.parse(roll.out());
    expect(report).toMatchObject({ command: 'init', dryRun: true, year: { from: 2025, to: 2026 } });
    expect(report.changes[3]).toEqual({ kind: 'year', line: 12, before: 'summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2025', after: 'summary: Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2026', path: 'summary' });
    expect(existsSync(path.join(dir, '2026.yaml'))).toBe(false);
  });
  it('every option listed in --help is accepted by its command', async () => {
    const help = memoryContext(planDir());
    expect(await run(['--help'], help)).toBe(0);
    const commands = [...help.out().matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands).toEqual(['build', 'validate', 'schema', 'init', 'check', 'diff', 'import', 'preview', 'completion']);
    // preview would start a server: give it a plan that does not exist, so it stops right after parsing.
    const extra = (command: string) => (command === 'preview' ? ['khong-co.yaml'] : []);
    for (const command of commands) {
      const ctx = memoryContext(planDir());
      expect(await run([command, '--help'], ctx)).toBe(0);
      for (const [, flag] of ctx.out().matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)) {
        // Parsing stops at an unknown option; a known one never gives "không có tùy chọn".
        const c = memoryContext(planDir());
        await run([command, flag, ...(/<\w+>/.test(ctx.out().split(flag)[1].split('\n')[0]) ? ['x'] : []), ...extra(command)], c);
        expect(c.err(), `${command} ${flag}`).not.toContain('không có tùy chọn');
      }
    }
  });
});

describe('init --json on a plan that cannot be rolled over', () => {
  it('prints the diagnostics as JSON, exit 1', async () => {
    const dir = planDir((t) => t.replace('summary:', 'sumary:'));
    const ctx = memoryContext(dir);
    expect(await run(['init', 'moi.yaml', '--from', 'plan.yaml', '--json'], ctx)).toBe(1);
    const report = JSON.parse(ctx.out());
    expect(report).toMatchObject({ command: 'init', ok: false, diagnostics: [{ code: 'schema-unknown-key', line: 9, column: 1 }] });
    expect(existsSync(path.join(dir, 'moi.yaml'))).toBe(false);
  });
});
