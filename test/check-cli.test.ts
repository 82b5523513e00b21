/** `cchc-plan check` on the command line: text and JSON reports, languages, exit codes 0/1/2. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Command, CommanderError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCheck } from '../src/cli/commands/check.js';
import { renderDocx } from '../src/render/docx/index.js';
import { compileFile, memoryContext, ROOT, tempDir, type Captured } from './helpers.js';

async function runCheck(args: string[], ctx: Captured): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('cchc-plan')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  registerCheck(program, ctx, (c) => (code = c));
  try {
    await program.parseAsync(['check', ...args], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return 2;
    throw e;
  }
  return code;
}

let dir: string;
beforeAll(async () => {
  dir = tempDir('cchc-check-');
  const compiled = compileFile(path.join(ROOT, 'test', 'fixtures', 'check', 'base.yaml'));
  const good = await renderDocx(compiled.value!.model);
  writeFileSync(path.join(dir, 'ok.docx'), good);
  const files = unzipSync(good);
  const xml = strFromU8(files['word/document.xml']);
  // Two defects: a number without its leading zero (error) and "- Lưu: VT." without a drafting unit (warning).
  files['word/document.xml'] = strToU8(xml.replace('Số: 03/KH-UBND', 'Số: 3/KH-UBND'));
  writeFileSync(path.join(dir, 'bad.docx'), zipSync(files));
  files['word/document.xml'] = strToU8(xml.replace('- Lưu: VT, VP.', '- Lưu: VT.'));
  writeFileSync(path.join(dir, 'warn.docx'), zipSync(files));
  writeFileSync(path.join(dir, 'notes.docx'), 'plain text, not a DOCX');
});

describe('cchc-plan check', () => {
  it('exits 0 on a conforming file', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['ok.docx'], ctx)).toBe(0);
    expect(ctx.out()).toBe('✓ ok.docx: đạt thể thức Nghị định 30\n');
  });

  it('exits 1 and lists each finding with its place, measured value, text, decree paragraph and hint', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['bad.docx'], ctx)).toBe(1);
    const out = ctx.out();
    expect(out).toContain('✗ bad.docx: 1 lỗi, 0 cảnh báo');
    expect(out).toContain('bad.docx, đoạn 8: lỗi [number-leading-zero] Số nhỏ hơn 10 phải ghi thêm số 0 phía trước — thực tế: "3"; yêu cầu: "03".');
    expect(out).toContain('"Số: 3/KH-UBND" — Phụ lục I, Mục II, khoản 3, điểm c');
    expect(out).toContain('→ Viết "Số: 05/…"');
  });

  it('speaks English with --lang en', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['bad.docx', '--lang', 'en'], ctx)).toBe(1);
    expect(ctx.out()).toContain('bad.docx, ¶ 8: error [number-leading-zero] Numbers below 10 take a leading zero — found: "3"; expected: "03".');
    expect(ctx.out()).toContain('Appendix I, Section II, item 3, point c');
  });

  it('warnings alone keep exit 0; -q hides them and the ✓ lines', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['warn.docx'], ctx)).toBe(0);
    expect(ctx.out()).toContain('✓ warn.docx: đạt thể thức (1 cảnh báo)');
    expect(ctx.out()).toContain('cảnh báo [recipients-archive]');
    const quiet = memoryContext(dir);
    expect(await runCheck(['-q', 'warn.docx', 'ok.docx'], quiet)).toBe(0);
    expect(quiet.out()).toBe('');
  });

  it('prints a JSON report with --json', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['--json', 'ok.docx', 'bad.docx'], ctx)).toBe(1);
    const report = JSON.parse(ctx.out());
    expect(report).toMatchObject({ version: 1, command: 'check', ok: false, summary: { files: 2, conforming: 1, nonconforming: 1, unreadable: 0, errors: 1, warnings: 0 } });
    expect(report.files[0]).toMatchObject({ input: 'ok.docx', status: 'conforming', kind: 'document', findings: [], elements: { nationalTitle: 5 } });
    expect(report.files[1].findings[0]).toEqual({
      rule: 'number-leading-zero',
      severity: 'error',
      element: 'number',
      text: 'Số: 3/KH-UBND',
      location: { part: 'word/document.xml', paragraph: 8, section: 1 },
      measured: '"3"',
      expected: '"03"',
      source: 'Phụ lục I, Mục II, khoản 3, điểm c',
      message: 'Số nhỏ hơn 10 phải ghi thêm số 0 phía trước — thực tế: "3"; yêu cầu: "03".',
      hint: 'Viết "Số: 05/…" thay vì "Số: 5/…".',
      params: { measured: { quote: '3' }, expected: { quote: '03' } },
    });
  });

  it('JSON texts follow --lang; the values are also there as language-neutral phrases', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['--json', '--lang', 'en', 'warn.docx', 'notes.docx'], ctx)).toBe(2);
    const [warn, notes] = JSON.parse(ctx.out()).files;
    expect(warn.findings).toEqual([
      {
        rule: 'recipients-archive',
        severity: 'warning',
        element: 'recipients',
        text: '- Lưu: VT.',
        location: expect.objectContaining({ part: 'word/document.xml' }),
        measured: '"- Lưu: VT."',
        expected: '"- Lưu: VT, <drafting unit> (<copies>)."',
        source: 'Appendix I, Section II, item 9, point d',
        message: 'The last recipient line is "- Lưu: VT, <drafting unit> (<copies>)." ending with "." — found: "- Lưu: VT."; expected: "- Lưu: VT, <drafting unit> (<copies>).".',
        hint: 'For example "- Lưu: VT, VP."',
        params: { measured: { quote: '- Lưu: VT.' }, expected: { word: 'archiveForm' } },
      },
    ]);
    expect(notes).toMatchObject({ status: 'unreadable', error: expect.stringMatching(/^not a readable DOCX: not a ZIP\/DOCX file \(/) });
  });

  it('exits 2 on an unreadable or missing file, and still reports the others', async () => {
    const ctx = memoryContext(dir);
    expect(await runCheck(['ok.docx', 'notes.docx', 'missing.docx'], ctx)).toBe(2);
    expect(ctx.err()).toContain('✗ notes.docx: không đọc được tệp DOCX: không phải tệp ZIP/DOCX');
    expect(ctx.err()).toContain('✗ missing.docx: không tìm thấy tệp');
    expect(ctx.out()).toContain('✓ ok.docx');
    expect(ctx.out()).toContain('3 tệp: 1 đạt, 0 không đạt, 2 không đọc được');
    const json = memoryContext(dir);
    expect(await runCheck(['--json', 'notes.docx'], json)).toBe(2);
    expect(JSON.parse(json.out()).files[0]).toMatchObject({ input: 'notes.docx', status: 'unreadable', error: expect.stringContaining('ZIP') });
  });

  it('exits 2 on a usage error', async () => {
    expect(await runCheck(['--lang', 'fr', 'ok.docx'], memoryContext(dir))).toBe(2);
    expect(await runCheck([], memoryContext(dir))).toBe(2);
  });
});
