/**
 * Outputs another program wrote are never replaced without --force: the office's original Word
 * file beside a plan imported from it, or our DOCX edited and saved in Word.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { EXAMPLES, memoryContext, ROOT, tempDir } from './helpers.js';

function workspace(): string {
  const dir = tempDir();
  copyFileSync(path.join(EXAMPLES, 'minimal.yaml'), path.join(dir, 'plan.yaml'));
  return dir;
}

/** Our DOCX as Word would leave it after a save: the same parts, app.xml naming Word. */
function savedByWord(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  parts['docProps/app.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>');
  return zipSync(parts);
}

describe('outputs another program wrote', () => {
  it('rebuilds over its own outputs', async () => {
    const dir = workspace();
    expect(await run(['build', 'plan.yaml'], memoryContext(dir))).toBe(0);
    expect(await run(['build', 'plan.yaml'], memoryContext(dir))).toBe(0);
  });

  it('keeps a DOCX saved by Word (and writes no PDF either), replaces it with --force', async () => {
    const dir = workspace();
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], memoryContext(dir))).toBe(0);
    const edited = savedByWord(readFileSync(path.join(dir, 'plan.docx')));
    writeFileSync(path.join(dir, 'plan.docx'), edited);
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(2);
    expect(ctx.err()).toContain('lỗi [output-foreign] Đã có tệp "plan.docx" không do cchc-plan tạo ra (do Microsoft Office Word lưu)');
    expect(Buffer.compare(readFileSync(path.join(dir, 'plan.docx')), Buffer.from(edited))).toBe(0);
    expect(() => readFileSync(path.join(dir, 'plan.pdf'))).toThrow();
    const forced = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '--force'], forced)).toBe(0);
    expect(Buffer.compare(readFileSync(path.join(dir, 'plan.docx')), Buffer.from(edited))).not.toBe(0);
  });

  it('keeps the original Word file a plan was imported from', async () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'import', 'xa-nghia-hoa-2024.docx'), path.join(dir, 'ke-hoach.docx'));
    const original = readFileSync(path.join(dir, 'ke-hoach.docx'));
    expect(await run(['import', 'ke-hoach.docx'], memoryContext(dir))).toBe(0);
    const ctx = memoryContext(dir);
    expect(await run(['build', 'ke-hoach.yaml', '-f', 'docx'], ctx)).toBe(2);
    expect(ctx.err()).toContain('[output-foreign]');
    expect(Buffer.compare(readFileSync(path.join(dir, 'ke-hoach.docx')), original)).toBe(0);
  });

  it('keeps a PDF another program produced', async () => {
    const dir = workspace();
    const pdf = '%PDF-1.7\n1 0 obj\n<< /Producer (Microsoft\\256 Word for Microsoft 365) >>\nendobj\ntrailer\n<< /Info 1 0 R >>\n%%EOF\n';
    writeFileSync(path.join(dir, 'plan.pdf'), pdf, 'latin1');
    const ctx = memoryContext(dir, {});
    expect(await run(['build', 'plan.yaml', '-f', 'pdf', '--lang', 'en'], ctx)).toBe(2);
    expect(ctx.err()).toContain('"plan.pdf" exists and was not written by cchc-plan (saved by Microsoft® Word for Microsoft 365)');
    expect(readFileSync(path.join(dir, 'plan.pdf'), 'latin1')).toBe(pdf);
  });

  it('replaces an empty file, keeps a file that is not a DOCX at all', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'plan.docx'), '');
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], memoryContext(dir))).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
    writeFileSync(path.join(dir, 'plan.docx'), 'ghi chú của văn thư');
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], ctx)).toBe(2);
    expect(ctx.err()).toContain('[output-foreign]');
    expect(readFileSync(path.join(dir, 'plan.docx'), 'utf8')).toBe('ghi chú của văn thư');
  });
});
