/**
 * The CLI as CI and clerks use it: batches, --check after a template change, JSON, schema, init,
 * watch, and byte-identical output across runs and time zones.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { checkPlanText } from '../src/plan/index.js';
import { EXAMPLES, memoryContext, ROOT, tempDir } from './helpers.js';

const minimal = path.join(EXAMPLES, 'minimal.yaml');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

function batchDir(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'plans', 'xa'), { recursive: true });
  for (const n of ['a', 'b', 'c']) copyFileSync(minimal, path.join(dir, 'plans', 'xa', `${n}.yaml`));
  writeFileSync(path.join(dir, 'plans', 'xa', 'hong.yaml'), readFileSync(minimal, 'utf8').replace('date: 2026-01-08', 'date: 2026-02-31'));
  return dir;
}

describe.skipIf(process.platform === 'win32')('the README set-up command', () => {
  // `npx cchc-plan` in a fresh clone links this folder into npm's npx cache and runs
  // dist/cli/bin.js through its shebang, so the build must leave that file executable (tsc does
  // not). The test runs the file the same way, by path and without `node`. It does not call npx
  // itself: with an empty npm cache npx runs `prepare` (a full rebuild of dist/) while the other
  // test files are reading dist/.
  it('the built bin runs through its shebang', () => {
    const out = tempDir();
    const r = spawnSync(path.join(ROOT, 'dist', 'cli', 'bin.js'), ['build', path.join(EXAMPLES, 'minimal.yaml'), '--out-dir', out, '-q'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['minimal.docx', 'minimal.pdf']);
  });
});

describe('batch builds', () => {
  it('builds a glob; one bad plan does not stop the others; exit 1', async () => {
    const dir = batchDir();
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plans/**/*.yaml', '--out-dir', 'dist', '--format', 'docx', '--jobs', '2'], ctx)).toBe(1);
    expect(readdirSync(path.join(dir, 'dist')).sort()).toEqual(['a.docx', 'b.docx', 'c.docx']);
    expect(ctx.out()).toContain('4 tệp: 3 dựng xong, 1 không dựng được; 1 lỗi, 0 cảnh báo\nKhông dựng được (1):\n  plans/xa/hong.yaml\n');
    // The diagnostic is printed under its file's line, as soon as that file is done.
    expect(ctx.err()).toContain('✗ plans/xa/hong.yaml: 1 lỗi, 0 cảnh báo\nplans/xa/hong.yaml:8:7: lỗi [date-invalid]');
  });

  it('builds a folder with worker threads (compiled CLI)', () => {
    const dir = batchDir();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bin.js'), 'build', 'plans', '--out-dir', 'out', '-j', '2', '--json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 4, failed: 1, errors: 1, warnings: 0 });
    expect(report.files.map((f: { input: string; status: string }) => `${f.input}:${f.status}`)).toEqual([
      'plans/xa/a.yaml:ok', 'plans/xa/b.yaml:ok', 'plans/xa/c.yaml:ok', 'plans/xa/hong.yaml:invalid',
    ]);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.docx', 'a.pdf', 'b.docx', 'b.pdf', 'c.docx', 'c.pdf']);
  });
});

describe('--check', () => {
  it('passes when outputs are current and fails after a template change', async () => {
    const dir = tempDir();
    copyFileSync(minimal, path.join(dir, 'plan.yaml'));
    mkdirSync(path.join(dir, 'mau'));
    writeFileSync(path.join(dir, 'mau', 'closing.hbs'), 'Câu kết cũ.');
    expect(await run(['build', 'plan.yaml', '--templates', 'mau'], memoryContext(dir))).toBe(0);
    const ok = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '--templates', 'mau', '--check'], ok)).toBe(0);
    expect(ok.out()).toContain('plan.yaml: khớp');
    writeFileSync(path.join(dir, 'mau', 'closing.hbs'), 'Câu kết mới của tỉnh.');
    const stale = memoryContext(dir);
    const before = sha(path.join(dir, 'plan.docx'));
    expect(await run(['build', 'plan.yaml', '--templates', 'mau', '--check'], stale)).toBe(1);
    expect(stale.out()).toContain('✗ plan.yaml: cũ: plan.docx, plan.pdf');
    expect(sha(path.join(dir, 'plan.docx'))).toBe(before); // --check writes nothing
    const json = memoryContext(dir);
    await run(['build', 'plan.yaml', '--templates', 'mau', '--check', '--json'], json);
    expect(JSON.parse(json.out()).files[0]).toMatchObject({ status: 'stale', stale: ['plan.docx', 'plan.pdf'] });
  });
  it('reports missing outputs', async () => {
    const dir = tempDir();
    copyFileSync(minimal, path.join(dir, 'plan.yaml'));
    const ctx = memoryContext(dir);
    expect(await run(['build', 'plan.yaml', '--check', '-f', 'docx'], ctx)).toBe(1);
    expect(ctx.out()).toBe('✗ plan.yaml: thiếu: plan.docx\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
  it('says "cũ" (stale) in a batch, and names the stale files in the summary', async () => {
    const dir = tempDir();
    for (const n of ['a', 'b', 'c']) copyFileSync(minimal, path.join(dir, `${n}.yaml`));
    expect(await run(['build', '.', '-f', 'docx'], memoryContext(dir))).toBe(0);
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(minimal, 'utf8').replace('Nguyễn Văn An', 'Trần Thị Bình'));
    writeFileSync(path.join(dir, 'c.yaml'), readFileSync(minimal, 'utf8').replace('date: 2026-01-08', 'date: 2026-02-31'));
    const ctx = memoryContext(dir);
    expect(await run(['build', '.', '-f', 'docx', '--check', '-j', '1'], ctx)).toBe(1);
    expect(ctx.out()).toBe(['✓ a.yaml: khớp', '✗ b.yaml: cũ: b.docx', '3 tệp: 1 khớp, 1 cũ, 1 không dựng được; 1 lỗi, 0 cảnh báo', 'Cũ, cần dựng lại (1):', '  b.yaml', 'Không dựng được (1):', '  c.yaml', ''].join('\n'));
    const en = memoryContext(dir);
    expect(await run(['build', '.', '-f', 'docx', '--check', '-j', '1', '--lang', 'en'], en)).toBe(1);
    expect(en.out()).toContain('3 files: 1 up to date, 1 stale, 1 failed; 1 error, 0 warnings\nStale, to rebuild (1):\n  b.yaml\nFailed (1):\n  c.yaml\n');
  });
});

describe('reproducible output', () => {
  it('is byte-identical across runs and time zones', () => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES, '001-tinh-quang-tri-2023.yaml'), path.join(dir, 'plan.yaml'));
    const build = (tz: string, out: string) =>
      execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bin.js'), 'build', 'plan.yaml', '--out-dir', out, '-q'], { cwd: dir, env: { ...process.env, TZ: tz } });
    build('UTC', 'a');
    build('Asia/Ho_Chi_Minh', 'b');
    build('America/Los_Angeles', 'c');
    for (const f of ['plan.docx', 'plan.pdf']) {
      expect(sha(path.join(dir, 'b', f))).toBe(sha(path.join(dir, 'a', f)));
      expect(sha(path.join(dir, 'c', f))).toBe(sha(path.join(dir, 'a', f)));
    }
  }, 60000);
  it('takes document dates from SOURCE_DATE_EPOCH when set', async () => {
    const dir = tempDir();
    copyFileSync(minimal, path.join(dir, 'plan.yaml'));
    expect(await run(['build', 'plan.yaml', '-f', 'docx'], memoryContext(dir, { SOURCE_DATE_EPOCH: '1700000000' }))).toBe(0);
    const { unzipText } = await import('./helpers.js');
    expect(unzipText(new Uint8Array(readFileSync(path.join(dir, 'plan.docx'))))['docProps/core.xml']).toContain('2023-11-14T22:13:20Z');
    expect(await run(['build', 'plan.yaml'], memoryContext(dir, { SOURCE_DATE_EPOCH: 'hôm qua' }))).toBe(2);
  });
});

describe('schema and init', () => {
  it('prints the JSON Schema', async () => {
    const ctx = memoryContext(ROOT);
    expect(await run(['schema'], ctx)).toBe(0);
    expect(JSON.parse(ctx.out()).$id).toMatch(/plan\.schema\.json$/);
  });
  it('scaffolds a valid plan for each level and never overwrites', async () => {
    const dir = tempDir();
    // Districts exist only in plans dated before 1 July 2025; the context's "today" is 2026-11-22.
    for (const [level, year] of [['tinh', '2026'], ['huyen', '2025'], ['xa', '2026']]) {
      const ctx = memoryContext(dir);
      expect(await run(['init', `${level}.yaml`, '--level', level, '--name', 'Sơn Mai', ...(year === '2025' ? ['--year', year] : [])], ctx)).toBe(0);
      const text = readFileSync(path.join(dir, `${level}.yaml`), 'utf8');
      expect(text).toContain(`năm ${year}`);
      const checked = checkPlanText(text, `${level}.yaml`);
      expect(checked.value, JSON.stringify(checked.diagnostics)).toBeDefined();
      expect(await run(['build', `${level}.yaml`, '-f', 'docx'], memoryContext(dir))).toBe(0);
    }
    const again = memoryContext(dir);
    const before = readFileSync(path.join(dir, 'xa.yaml'), 'utf8');
    expect(await run(['init', 'xa.yaml', '--level', 'xa'], again)).toBe(2);
    expect(again.err()).toContain('đã tồn tại; không ghi đè');
    expect(readFileSync(path.join(dir, 'xa.yaml'), 'utf8')).toBe(before);
  });
  it('rolls a plan over to the next year', async () => {
    const dir = tempDir();
    copyFileSync(path.join(EXAMPLES, '002-xa-son-mai-2025.yaml'), path.join(dir, '2025.yaml'));
    const ctx = memoryContext(dir);
    expect(await run(['init', '2026.yaml', '--from', '2025.yaml', '--year', '2026'], ctx)).toBe(0);
    expect(ctx.out()).toMatch(/\d+ chỗ đổi năm 2025 → 2026/);
    const text = readFileSync(path.join(dir, '2026.yaml'), 'utf8');
    const plan = checkPlanText(text, '2026.yaml').value!.plan;
    expect(plan.summary).toBe('Truyền thông về cải cách hành chính và chuyển đổi số xã Sơn Mai năm 2026');
    expect(plan.number).toBeUndefined();
    expect(plan.date).toBe('2026');
    // Dates of earlier documents stay as they were; the structure and comments are kept.
    expect(text).toContain('ngày 23/7/2025');
    expect(text).toContain('# ');
    expect(JSON.stringify(plan.body).length).toBeGreaterThan(10000);
  });
});

describe('--watch', () => {
  it('reads a plan for its template folder as the build does: bounded, no aliases', async () => {
    const { namedTemplateFolder } = await import('../src/cli/watch.js');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), 'templates: mau-tinh\n');
    expect(namedTemplateFolder(path.join(dir, 'a.yaml'))).toBe(path.join(dir, 'mau-tinh'));
    writeFileSync(path.join(dir, 'big.yaml'), 'templates: mau-tinh\n' + '# x\n'.repeat(1024 * 1024));
    expect(namedTemplateFolder(path.join(dir, 'big.yaml'))).toBeUndefined();
    writeFileSync(path.join(dir, 'alias.yaml'), 'x: &a mau-tinh\ntemplates: *a\n');
    expect(namedTemplateFolder(path.join(dir, 'alias.yaml'))).toBeUndefined();
    // Within the size limit, but more YAML values than the build parses (the parser would take seconds).
    writeFileSync(path.join(dir, 'values.yaml'), 'templates: mau-tinh\nx:\n' + '- 1\n'.repeat(300000));
    expect(namedTemplateFolder(path.join(dir, 'values.yaml'))).toBeUndefined();
  });

  it('rebuilds when the plan changes, until stopped', async () => {
    const dir = tempDir();
    copyFileSync(minimal, path.join(dir, 'plan.yaml'));
    const controller = new AbortController();
    const ctx = { ...memoryContext(dir), signal: controller.signal };
    const done = run(['build', 'plan.yaml', '--watch', '-f', 'docx'], ctx);
    const waitFor = async (pred: () => boolean) => {
      for (let i = 0; i < 600 && !pred(); i++) await new Promise((r) => setTimeout(r, 50)); // up to 30 s on a loaded CI machine
      return pred();
    };
    expect(await waitFor(() => existsSync(path.join(dir, 'plan.docx')) && ctx.out().includes('Đang theo dõi'))).toBe(true);
    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(minimal, 'utf8').replace('Nguyễn Văn An', 'Trần Thị Bình'));
    expect(await waitFor(() => ctx.out().split('plan.yaml → plan.docx').length === 3)).toBe(true);
    const { unzipText } = await import('./helpers.js');
    expect(unzipText(new Uint8Array(readFileSync(path.join(dir, 'plan.docx'))))['word/document.xml']).toContain('Trần Thị Bình');
    controller.abort();
    expect(await done).toBe(130); // stopped like an interrupted command (Ctrl+C)
  });
});
