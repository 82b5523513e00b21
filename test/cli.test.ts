import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { EXAMPLES, memoryContext, ROOT, runAsNobody, tempDir } from './helpers.js';

const minimal = path.join(EXAMPLES, 'minimal.yaml');

function workspace(): string {
  const dir = tempDir();
  copyFileSync(minimal, path.join(dir, 'plan.yaml'));
  return dir;
}

describe('cchc-plan build', () => {
  it('writes the DOCX beside the plan and exits 0', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(0);
    expect(existsSync(path.join(dir, 'plan.docx'))).toBe(true);
    expect(ctx.out()).toContain('plan.yaml → plan.docx');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(minimal, 'utf8'));
  });

  it('writes into --out-dir, creating it', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '--out-dir', 'dist/out'], ctx)).toBe(0);
    expect(existsSync(path.join(dir, 'dist', 'out', 'plan.docx'))).toBe(true);
    expect(existsSync(path.join(dir, 'plan.docx'))).toBe(false);
  });

  it('-o is a file, as in pandoc and typst: `build plan.yaml -o ban-cuoi.pdf` writes that file, the format from its extension', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '-o', 'ban-cuoi.pdf'], ctx)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ban-cuoi.pdf', 'plan.yaml']);
    expect(readFileSync(path.join(dir, 'ban-cuoi.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(ctx.out()).toBe('✓ plan.yaml → ban-cuoi.pdf\n');
    expect(await run(['build', 'plan.yaml', '-o', 'ra/Ban Cuoi.DOCX'], memoryContext(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'ra', 'Ban Cuoi.DOCX')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('-o - writes the document to standard output (one format, with -f)', () => {
    const dir = workspace();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bin.js'), 'build', 'plan.yaml', '-o', '-', '-f', 'pdf'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(r.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.stdout.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    expect(r.stderr.toString()).toBe('✓ plan.yaml → (đầu ra chuẩn)\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it.each([
    [['-o', 'dist'], 'cchc-plan: -o "dist": tên tệp phải có đuôi .docx hoặc .pdf (định dạng theo đuôi tệp); để ghi vào một thư mục, dùng --out-dir dist.\n'],
    [['-o', 'san'], 'cchc-plan: -o "san" là một thư mục; -o nhận một tệp (ví dụ -o ban-cuoi.pdf). Để ghi vào thư mục này, dùng --out-dir san.\n'],
    [['-o', 'a.pdf', '-f', 'docx'], 'cchc-plan: -o "a.pdf" là tệp .pdf nhưng --format là "docx"; bỏ --format, định dạng theo đuôi tệp.\n'],
    [['-o', '-'], 'cchc-plan: -o - (ghi ra đầu ra chuẩn) cần đúng một định dạng: thêm -f pdf hoặc -f docx.\n'],
    [['-o', 'a.pdf', '--out-dir', 'x'], 'cchc-plan: -o và --out-dir không dùng cùng nhau: -o là một tệp, --out-dir là một thư mục.\n'],
    [['plan2.yaml', '-o', 'a.pdf'], 'cchc-plan: -o TỆP ghi đúng một tệp, cho một kế hoạch (ở đây có 2 kế hoạch); để dựng nhiều kế hoạch vào một thư mục, dùng --out-dir THƯ_MỤC.\n'],
  ])('-o %j is refused with what to write instead (exit 2), nothing written', async (args, message) => {
    const dir = workspace();
    copyFileSync(minimal, path.join(dir, 'plan2.yaml'));
    mkdirSync(path.join(dir, 'san'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', ...args], ctx)).toBe(2);
    expect(ctx.err()).toBe(message);
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'plan2.yaml', 'san']);
  });

  it('batch output: each file with its diagnostics right under it; the summary names the failed files', async () => {
    const dir = tempDir();
    for (const n of ['a', 'c']) copyFileSync(minimal, path.join(dir, `${n}.yaml`));
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(minimal, 'utf8').replace('date: 2026-01-08', 'date: 2026-02-31'));
    writeFileSync(path.join(dir, 'd.yaml'), readFileSync(minimal, 'utf8').replace('number: 3\n', ''));
    const ctx = memoryContext(dir);
    expect(await run(['build', '.', '--out-dir', 'out', '-f', 'docx', '-j', '1'], ctx)).toBe(1);
    expect(ctx.out()).toBe(
      ['✓ a.yaml → out/a.docx', '✓ c.yaml → out/c.docx', '4 tệp: 3 dựng xong, 1 không dựng được; 1 lỗi, 1 cảnh báo', 'Không dựng được (1):', '  b.yaml', ''].join('\n'),
    );
    expect(ctx.err()).toBe(
      [
        '✗ b.yaml: 1 lỗi, 0 cảnh báo',
        'b.yaml:8:7: lỗi [date-invalid] Ngày "2026-02-31" không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày.',
        '     8 | date: 2026-02-31',
        '       |       ^~~~~~~~~~',
        '  → Sửa lại ngày hoặc tháng, ví dụ 2026-02-28.',
        '',
        '✓ d.yaml → out/d.docx (1 cảnh báo)',
        'd.yaml:3:1: cảnh báo [draft-incomplete] Văn bản là dự thảo: số văn bản để trống.',
        '     3 | issuer:',
        '       | ^~~~~~~',
        '  → Văn thư sẽ điền khi ban hành; bổ sung "number" và "date" để có bản chính thức.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('batch output in English: plurals right', async () => {
    const dir = tempDir();
    copyFileSync(minimal, path.join(dir, 'a.yaml'));
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(minimal, 'utf8').replace('date: 2026-01-08', 'date: 2026-02-31'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', '.', '--lang', 'en'], ctx)).toBe(1);
    expect(ctx.out()).toBe('✓ a.yaml: Valid\n2 files: 1 valid, 1 invalid; 1 error, 0 warnings\nInvalid (1):\n  b.yaml\n');
    expect(ctx.err()).toMatch(/^✗ b\.yaml: 1 error, 0 warnings\nb\.yaml:8:7: error \[date-invalid\]/);
  });

  it('does not create the --out-dir folder when no plan is valid', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), readFileSync(minimal, 'utf8').replace('summary:', 'sumary:'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'bad.yaml', '--out-dir', 'dist/out'], ctx)).toBe(1);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('refuses an --out-dir that cannot become a folder, before building (exit 2)', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'taken'), 'a file');
    for (const out of ['taken', 'taken/sub']) {
      const ctx = memoryContext(dir);
      expect(await run(['build', 'plan.yaml', '--out-dir', out], ctx)).toBe(2);
      expect(ctx.err()).toContain(`lỗi [output-unwritable] Không ghi được "${out}" (một phần của đường dẫn là tệp, không phải thư mục, ENOTDIR).`);
    }
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'taken']);
  });

  it('exits 1 on an invalid plan, prints file:line:col with a hint, writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), readFileSync(minimal, 'utf8').replace('summary:', 'sumary:'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'bad.yaml'], ctx)).toBe(1);
    expect(ctx.err()).toMatch(/bad\.yaml:\d+:1: lỗi \[schema-unknown-key\] Trường không hợp lệ "sumary"/);
    expect(ctx.err()).toContain('Có phải ý bạn là "summary"?');
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('speaks English with --lang en', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), readFileSync(minimal, 'utf8').replace('date: 2026-01-08', 'date: 2026-02-30'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'bad.yaml', '--lang', 'en'], ctx)).toBe(1);
    expect(ctx.err()).toContain('error [date-invalid] The date "2026-02-30" does not exist.');
  });

  it('prints JSON with --json', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.yaml'), readFileSync(minimal, 'utf8').replace('authority: TM', 'authority: TMM'));
    const ctx = memoryContext(dir);
    expect(await run(['validate', '--json', 'bad.yaml'], ctx)).toBe(1);
    const report = JSON.parse(ctx.out());
    expect(report).toMatchObject({ version: 1, command: 'validate', ok: false, summary: { files: 1, failed: 1, errors: 1 } });
    expect(report.files[0].diagnostics[0]).toMatchObject({ code: 'schema-enum', severity: 'error', file: 'bad.yaml', line: expect.any(Number), column: expect.any(Number), hint: expect.stringContaining('"TM"') });
  });

  it('exits 2 on usage errors', async () => {
    const dir = tempDir();
    const ctx = memoryContext(dir);
    expect(await run(['build'], ctx)).toBe(2);
    expect(await run(['build', 'nope.yaml'], ctx)).toBe(2);
    expect(ctx.err()).toContain('không tìm thấy: nope.yaml');
    expect(await run(['frobnicate'], memoryContext(dir))).toBe(2);
    expect(await run(['validate', 'x.yaml', '--lang', 'fr'], memoryContext(dir))).toBe(2);
  });

  it('validate writes nothing and exits 0 on a valid plan (warnings do not fail)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'draft.yaml'), readFileSync(minimal, 'utf8').replace('number: 3\n', ''));
    const ctx = memoryContext(dir);
    expect(await run(['validate', 'draft.yaml'], ctx)).toBe(0);
    expect(ctx.err()).toContain('cảnh báo [draft-incomplete]');
    expect(readdirSync(dir)).toEqual(['draft.yaml']);
  });

  it('never overwrites the input', async () => {
    const dir = tempDir();
    const text = readFileSync(minimal, 'utf8');
    writeFileSync(path.join(dir, 'plan.docx'), text);
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.docx'], ctx)).toBe(1);
    expect(ctx.err()).toContain('[output-is-input]');
    expect(readFileSync(path.join(dir, 'plan.docx'), 'utf8')).toBe(text);
  });

  it('reports an unwritable output folder clearly and leaves no file', async () => {
    const dir = workspace();
    const out = path.join(dir, 'ro');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const expected = 'lỗi [output-unwritable] Không ghi được "ro" (không có quyền ghi, EACCES).';
    if (process.getuid?.() === 0) {
      // Root passes every permission check (CI runs as root): run the built CLI as an unprivileged user.
      const r = runAsNobody(dir, ['build', 'plan.yaml', '--out-dir', 'ro']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(expected);
    } else {
      const ctx = memoryContext(dir);
      expect(await run(['build', 'plan.yaml', '--out-dir', 'ro'], ctx)).toBe(2);
      expect(ctx.err()).toContain(expected);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('uses a template folder from the plan or from --templates', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'mau'));
    writeFileSync(path.join(dir, 'mau', 'closing.hbs'), 'Câu kết của tỉnh cho {{issuerFullName}}.');
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '--templates', 'mau'], ctx)).toBe(0);
    const { unzipText } = await import('./helpers.js');
    const xml = unzipText(new Uint8Array(readFileSync(path.join(dir, 'plan.docx'))))['word/document.xml'];
    expect(xml).toContain('Câu kết của tỉnh cho Ủy ban nhân dân xã An Bình./.');

    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(path.join(dir, 'plan.yaml'), 'utf8') + 'templates: thieu\n');
    const ctx2 = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx2)).toBe(1);
    expect(ctx2.err()).toContain('[template-missing]');
  });

  it('builds DOCX and PDF by default, one of them with --format, and uses --font-dir', async () => {
    const dir = workspace();
    expect(await run(['build', 'plan.yaml'], memoryContext(dir))).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['plan.docx', 'plan.pdf', 'plan.yaml']);
    const only = workspace();
    expect(await run(['build', 'plan.yaml', '--format', 'pdf'], memoryContext(only))).toBe(0);
    expect(readdirSync(only).sort()).toEqual(['plan.pdf', 'plan.yaml']);
    expect(await run(['build', 'plan.yaml', '--format', 'odt'], memoryContext(only))).toBe(2);

    const fonts = path.join(only, 'fonts');
    mkdirSync(fonts);
    const { bundledFontFiles } = await import('../src/cli/io.js');
    const f = bundledFontFiles();
    copyFileSync(f.regular, path.join(fonts, 'times.ttf'));
    copyFileSync(f.bold, path.join(fonts, 'timesbd.ttf'));
    copyFileSync(f.italic, path.join(fonts, 'timesi.ttf'));
    const ctx = memoryContext(only);
    expect(await run(['build', 'plan.yaml', '--font-dir', 'fonts'], ctx)).toBe(2);
    expect(ctx.err()).toContain('timesbi.ttf');
    copyFileSync(f.boldItalic, path.join(fonts, 'timesbi.ttf'));
    expect(await run(['build', 'plan.yaml', '--font-dir', 'fonts', '-f', 'pdf'], memoryContext(only))).toBe(0);
  });

  it('prints help and version with exit 0', async () => {
    const ctx = memoryContext(ROOT);
    expect(await run(['--help'], ctx)).toBe(0);
    expect(ctx.out()).toContain('build');
    expect(await run(['--version'], memoryContext(ROOT))).toBe(0);
  });
});
