/**
 * Hostile input: every bad input ends in a clear diagnostic (code, line, column, hint), never an
 * exception, a crash or a half-written file. The corpus is test/fixtures/hostile/ (with the 25
 * plans of test/fixtures/invalid/), plus generated cases that are too large to commit.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { LIMITS } from '../src/plan/limits.js';
import { renderDocx } from '../src/render/docx/index.js';
import { compileFile, compileText as compileIn, EXAMPLES, memoryContext, ROOT, tempDir, unzipText, shown } from './helpers.js';

const dir = path.join(ROOT, 'test', 'fixtures', 'hostile');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, [string, number, number, string][]>;
const minimal = readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8');
const compileText = (text: string | Uint8Array, file = 'plan.yaml') => compileIn(text, file, dir);

describe('hostile corpus', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  it('has at least 60 cases with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(expected).sort()).toEqual(files);
  });
  for (const f of files) {
    it(f, () => {
      const r = compileFile(path.join(dir, f));
      expect(r.value).toBeUndefined();
      const got = r.diagnostics.map((d) => [d.code, d.span.start.line, d.span.start.column, d.severity]);
      expect(got.sort()).toEqual([...expected[f]].sort());
      for (const lang of ['vi', 'en'] as const) {
        for (const d of r.diagnostics.map((x) => shown(x, lang))) {
          expect(d.message).not.toMatch(/undefined|\[object/);
          expect(d.hint, `${f}: ${d.code} has a hint`).toBeTruthy();
        }
      }
    });
  }
});

describe('generated hostile inputs', () => {
  it('refuses a 10 MB plan before parsing it', () => {
    const big = minimal + `# ${'x'.repeat(10 * 1024 * 1024)}\n`;
    const r = compileText(big);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });
  it('refuses more items than the limit before schema validation', () => {
    // Plain paragraphs are the smallest items: the file stays under the size limit.
    const items = Array.from({ length: LIMITS.items * 4 + 10 }, (_, i) => `          - ${i}`).join('\n');
    const text = minimal.replace('          - bullet: Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.', items);
    expect(text.length).toBeLessThan(LIMITS.fileBytes);
    const r = compileText(text);
    expect(r.diagnostics.map((d) => d.code)).toContain('limit-exceeded');
  });
  it('accepts a UTF-8 BOM and CRLF line ends, with correct positions', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimal.replace(/\n/g, '\r\n'))]);
    const r = compileText(bom);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.value).toBeDefined();
  });
  it('normalises decomposed (NFD) Vietnamese to NFC in the document', async () => {
    const r = compileText(minimal.normalize('NFD'));
    expect(r.value).toBeDefined();
    const xml = unzipText(await renderDocx(r.value!.model))['word/document.xml'];
    expect(xml).toBe(xml.normalize('NFC'));
    expect(xml).toContain('Nâng cao nhận thức của cán bộ');
  });
  it('never lets characters that are invalid in XML reach the DOCX', () => {
    for (const ch of ['\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff']) {
      const r = compileText(minimal.replace('Nâng cao nhận thức', `Nâng cao ${JSON.stringify(ch).slice(1, -1)} nhận thức`).replace('- bullet: Nâng cao', '- bullet: "Nâng cao').replace('cải cách hành chính.\n      - clause: Yêu cầu', 'cải cách hành chính."\n      - clause: Yêu cầu'));
      expect(r.value, JSON.stringify(ch)).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code)).toContain('text-control-char');
    }
  });
});

describe('CLI on hostile ground', () => {
  it('reports an output path taken by a folder (a locked or unwritable output) and writes nothing', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'plan.yaml'), minimal);
    mkdirSync(path.join(work, 'plan.docx'));
    const ctx = memoryContext(work);
    expect(await run(['build', 'plan.yaml'], ctx)).toBe(2);
    expect(ctx.err()).toContain('[output-not-file]');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('explains an internal error without a stack trace, unless --debug', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'plan.yaml'), minimal);
    const broken = { ...memoryContext(work), packageRoot: path.join(work, 'missing-install') };
    expect(await run(['build', 'plan.yaml'], broken)).toBe(2);
    expect(broken.err()).toContain('lỗi nội bộ');
    expect(broken.err()).toContain('Vui lòng báo lỗi');
    expect(broken.err()).not.toMatch(/\n\s+at /);
    const debug = { ...memoryContext(work), packageRoot: path.join(work, 'missing-install') };
    expect(await run(['build', 'plan.yaml', '--debug'], debug)).toBe(2);
    expect(debug.err()).toMatch(/\n\s+at /);
  });
  it.each(['1', '2'])('leaves no partial output when interrupted (SIGINT, %s thread(s))', async (jobs) => {
    const work = tempDir();
    for (let i = 0; i < 12; i++) copyFileSync(path.join(EXAMPLES, '002-xa-son-mai-2025.yaml'), path.join(work, `p${i}.yaml`));
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bin.js'), 'build', '.', '--out-dir', 'out', '-j', jobs, '-q'], { cwd: work, stdio: 'ignore' });
    const out = path.join(work, 'out');
    // Interrupt as soon as the first outputs appear, in the middle of the batch.
    for (let i = 0; i < 1200 && !(existsSync(out) && readdirSync(out).length >= 2); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(out).length, 'outputs appeared before the interrupt').toBeGreaterThanOrEqual(2);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of files) {
      const bytes = readFileSync(path.join(out, f));
      if (f.endsWith('.pdf')) expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
      if (f.endsWith('.docx')) expect(Object.keys(unzipText(new Uint8Array(bytes)))).toContain('word/document.xml');
    }
    expect(files.length).toBeLessThan(24);
  }, 60000);
});
