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
