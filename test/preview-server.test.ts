/**
 * The preview server in process: who may talk to it (token, Host, Origin), which paths it answers
 * (none reaches the file system), atomic saves that keep the file's layout, and conflicts with
 * another editor. Real HTTP on 127.0.0.1, a real plans folder in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { folderIO } from '../src/cli/commands/preview.js';
import type { PreviewIO } from '../src/preview/io.js';
import type { BuildResponse, SaveResponse, ServerEvent, StateResponse } from '../src/preview/protocol.js';
import { checkRequest } from '../src/preview/security.js';
import { startPreview, type PreviewServer } from '../src/preview/server.js';
import { firstPagesModel } from '../src/preview/first-pages.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { compileFile, EXAMPLES, exampleFiles, hasCommand, memoryContext, ROOT, tempDir, testWorld } from './helpers.js';

const LARGEST = '002-xa-son-mai-2026.yaml';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstu';
const ASSETS = new Map<string, Uint8Array>([
  ['index.html', new TextEncoder().encode('<!doctype html><html lang="%LANG%"><title>t</title></html>')],
  ['app.js', new TextEncoder().encode('console.log(1)')],
]);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
  json: <T>() => T;
}

function http(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers }, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode!, headers: res.headers, body, text: body.toString('utf8'), json: <T>() => JSON.parse(body.toString('utf8')) as T });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (s: PreviewServer, route: string, body: unknown, headers: Record<string, string> = {}) =>
  http(s.port, { method: 'POST', path: `/t/${s.token}${route}`, headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${s.port}`, ...headers }, body: JSON.stringify(body) });
const get = (s: PreviewServer, route: string, headers: Record<string, string> = {}) => http(s.port, { path: `/t/${s.token}${route}`, headers });

const servers: PreviewServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

/** A plans folder with a copy of the minimal example (and its comments). */
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('cchc-preview-');
  copyFileSync(path.join(EXAMPLES, 'minimal.yaml'), path.join(dir, 'plan.yaml'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function serve(dir: string, options: { plan?: string; io?: PreviewIO; lang?: 'vi' | 'en' } = {}): Promise<PreviewServer> {
  const s = await startPreview({
    io: options.io ?? folderIO(dir, memoryContext(dir)),
    world: testWorld(dir),
    lang: options.lang ?? 'vi',
    assets: ASSETS,
    folder: path.basename(dir),
    plan: options.plan ?? 'plan.yaml',
    token: TOKEN,
    year: 2026,
  });
  servers.push(s);
  return s;
}

/** Server-sent events of the server, as they come. */
function events(s: PreviewServer): { next: (pred: (e: ServerEvent) => boolean, ms?: number) => Promise<ServerEvent>; close: () => void } {
  const seen: ServerEvent[] = [];
  const waiters: { pred: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  let buffer = '';
  const req = httpRequest({ host: '127.0.0.1', port: s.port, path: `/t/${s.token}/api/events`, headers: { Host: `127.0.0.1:${s.port}` }, setHost: false }, (res) => {
    res.on('data', (c: Buffer) => {
      buffer += c.toString('utf8');
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (!data) continue;
        const e = JSON.parse(data.slice(6)) as ServerEvent;
        seen.push(e);
        for (const w of [...waiters]) if (w.pred(e)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(e));
      }
    });
  });
  req.on('error', () => undefined);
  req.end();
  return {
    next: (pred, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const found = seen.find(pred);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`no event in ${ms} ms; seen ${JSON.stringify(seen)}`)), ms);
        waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      }),
    close: () => req.destroy(),
  };
}

describe('who may talk to the server (checkRequest)', () => {
  const port = 4321;
  const ok = (extra: Partial<Parameters<typeof checkRequest>[0]> = {}, headers: Record<string, string> = {}) =>
    checkRequest({ method: 'GET', url: `/t/${TOKEN}/api/state`, headers: { host: `127.0.0.1:${port}`, ...headers }, ...extra }, port, TOKEN);

  it('accepts the page itself, on 127.0.0.1 or localhost', () => {
    expect(ok()).toEqual({ ok: true, route: '/api/state' });
    expect(ok({}, { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' })).toEqual({ ok: true, route: '/api/state' });
    expect(ok({}, { 'sec-fetch-site': 'none' }).ok).toBe(true);
  });
  it('refuses another Host (DNS rebinding), another port, or none', () => {
    expect(ok({}, { host: `evil.example:${port}` })).toMatchObject({ ok: false, status: 421 });
    expect(ok({}, { host: `127.0.0.1:${port + 1}` })).toMatchObject({ ok: false, status: 421 });
    expect(ok({}, { host: '127.0.0.1' })).toMatchObject({ ok: false, status: 421 });
    expect(checkRequest({ method: 'GET', url: `/t/${TOKEN}/`, headers: {} }, port, TOKEN)).toMatchObject({ ok: false, status: 421 });
  });
  it('refuses requests from another origin or site', () => {
    expect(ok({}, { origin: 'http://evil.example' })).toMatchObject({ ok: false, status: 403 });
    expect(ok({}, { origin: 'null' })).toMatchObject({ ok: false, status: 403 });
    expect(ok({}, { origin: `https://127.0.0.1:${port}` })).toMatchObject({ ok: false, status: 403 });
    expect(ok({}, { 'sec-fetch-site': 'cross-site' })).toMatchObject({ ok: false, status: 403 });
    expect(ok({}, { 'sec-fetch-site': 'same-site' })).toMatchObject({ ok: false, status: 403 });
  });
  it('refuses a missing, wrong or partial token', () => {
    for (const url of ['/', '/api/state', '/t/', '/t//api/state', `/t/${TOKEN.slice(0, -1)}/api/state`, `/t/${TOKEN}x/api/state`, `/T/${TOKEN}/api/state`]) {
      expect(ok({ url }), url).toMatchObject({ ok: false, status: 403 });
    }
  });
  it('answers only plain routes: no dot segments, escapes or backslashes', () => {
    for (const route of ['/assets/../../package.json', '/assets/..', '/assets/%2e%2e/x', '/assets/..%2fpackage.json', '/assets\\..\\x', '/./api/state', '/assets/.hidden', '//etc/passwd']) {
      expect(ok({ url: `/t/${TOKEN}${route}` }), route).toMatchObject({ ok: false, status: 404 });
    }
    expect(ok({ url: `http://127.0.0.1:${port}/t/${TOKEN}/` })).toMatchObject({ ok: false, status: 400 });
    expect(ok({ method: 'PUT' })).toMatchObject({ ok: false, status: 405 });
    expect(ok({ url: `/t/${TOKEN}/api/state?x=../../y` })).toEqual({ ok: true, route: '/api/state' });
  });
});

describe('preview server over HTTP', () => {
  it('serves the page and its assets under the token only, with protective headers', async () => {
    const s = await serve(folder());
    const page = await get(s, '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="vi"');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await get(s, '/assets/app.js')).status).toBe(200);
    expect((await get(s, '/assets/index.html')).status).toBe(404);
    expect((await get(s, '/assets/missing.js')).status).toBe(404);
    expect((await http(s.port, { path: '/' })).status).toBe(403);
    expect((await http(s.port, { path: `/t/${TOKEN}` })).headers.location).toBe(`/t/${TOKEN}/`);
    expect((await http(s.port, { path: `/t/${TOKEN}/`, headers: { Host: `evil.example:${s.port}` } })).status).toBe(421);
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/t/${TOKEN}/`);
  });

  it('never lets a request name a file: only plans listed in the folder, by name', async () => {
    const dir = folder({ 'other.yaml': readFileSync(path.join(EXAMPLES, 'minimal.yaml')) });
    const asked: string[] = [];
    const real = folderIO(dir, memoryContext(dir));
    const io: PreviewIO = { ...real, readPlan: (name) => (asked.push(name), real.readPlan(name)) };
    const s = await serve(dir, { io });
    asked.length = 0;
    for (const name of ['../plan.yaml', '/etc/passwd', 'sub/plan.yaml', '..', 'plan.yaml/..', 'PLAN.YAML']) {
      const r = await post(s, '/api/open', { name });
      expect(r.status, name).toBe(404);
      const c = await post(s, '/api/compare', { name: 'plan.yaml', text: 'x', other: name });
      expect(c.json<{ ok: boolean }>().ok, name).toBe(false);
    }
    expect(asked).toEqual([]);
    for (const route of ['/assets/../plan.yaml', '/out/../plan.yaml', '/out/1.yaml', '/download/yaml', '/plan.yaml']) {
      expect((await get(s, route)).status, route).toBe(404);
    }
    expect(asked).toEqual([]);
  });

  it('refuses writes from another origin, and bodies that are not JSON', async () => {
    const dir = folder();
    const before = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    const s = await serve(dir);
    const state = (await get(s, '/api/state')).json<StateResponse>();
    const body = { name: 'plan.yaml', text: 'hacked: true\n', base: state.plan!.version };
    expect((await post(s, '/api/save', body, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(s, '/api/save', body, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(s, '/api/save', body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await http(s.port, { method: 'POST', path: `/t/${TOKEN}/api/save`, headers: { 'Content-Type': 'application/json' }, body: '{' })).status).toBe(400);
    expect((await http(s.port, { method: 'POST', path: `/t/${TOKEN}/api/save`, headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(9 * 1024 * 1024, 32) })).status).toBe(413);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(before);
  });

  it('builds the text it is sent: diagnostics in the language, the PDF under /out', async () => {
    const s = await serve(folder(), { lang: 'vi' });
    const state = (await get(s, '/api/state')).json<StateResponse>();
    expect(state.plan?.name).toBe('plan.yaml');
    expect(state.plans).toEqual(['plan.yaml']);
    const good = (await post(s, '/api/build', { name: 'plan.yaml', text: state.plan!.text })).json<BuildResponse>();
    expect(good.ok).toBe(true);
    expect(good.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(good.pdf).toMatch(/^out\/[0-9]+\.pdf$/);
    const pdf = await get(s, `/${good.pdf}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const broken = state.plan!.text.replace(/^summary:/m, 'summry:');
    const bad = (await post(s, '/api/build', { name: 'plan.yaml', text: broken })).json<BuildResponse>();
    expect(bad.pdf).toBeUndefined();
    const unknown = bad.diagnostics.find((d) => d.code === 'schema-unknown-key')!;
    expect(unknown.message).toBe('Trường không hợp lệ "summry".');
    expect(unknown.hint).toContain('Có phải ý bạn là "summary"?');
    expect(unknown.line).toBe(broken.split('\n').findIndex((l) => l.startsWith('summry:')) + 1);
    // The newest good build is what the download buttons give.
    const docx = await get(s, '/download/docx');
    expect(docx.status).toBe(200);
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    expect(docx.headers['content-disposition']).toContain('filename="plan.docx"');
    expect((await get(s, '/download/pdf')).body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('speaks English with --lang en (diagnostics, refusals, the page language)', async () => {
    const dir = folder();
    const s = await serve(dir, { lang: 'en' });
    expect((await get(s, '/')).text).toContain('lang="en"');
    const state = (await get(s, '/api/state')).json<StateResponse>();
    expect(state.lang).toBe('en');
    const bad = (await post(s, '/api/build', { name: 'plan.yaml', text: state.plan!.text.replace(/^summary:/m, 'summry:') })).json<BuildResponse>();
    expect(bad.diagnostics.find((d) => d.code === 'schema-unknown-key')?.message).toBe('Unknown field "summry".');
    expect((await http(s.port, { path: '/' })).text).toContain('Refused');
    writeFileSync(path.join(dir, 'plan.yaml'), 'summary: changed elsewhere\n');
    const conflict = (await post(s, '/api/save', { name: 'plan.yaml', text: 'x', base: state.plan!.version })).json<{ message: string }>();
    expect(conflict.message).toContain('was changed on disk elsewhere');
  });

  it('saves atomically (a new file renamed over the old), keeping comments, CRLF and BOM', async () => {
    const original = '\uFEFF' + readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8').replace(/\r?\n/g, '\r\n');
    const dir = folder({ 'plan.yaml': original });
    const s = await serve(dir);
    const state = (await get(s, '/api/state')).json<StateResponse>();
    expect(state.plan!.text.startsWith('\uFEFF')).toBe(false);
    expect(state.plan!.text.includes('\r')).toBe(false);
    const edited = state.plan!.text.replace(/^(summary: .*)$/m, '$1 (sửa)');
    expect(edited).not.toBe(state.plan!.text);
    const inode = statSync(path.join(dir, 'plan.yaml')).ino;
    const saved = await post(s, '/api/save', { name: 'plan.yaml', text: edited, base: state.plan!.version });
    expect(saved.status).toBe(200);
    const onDisk = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(onDisk).toBe('\uFEFF' + edited.replace(/\n/g, '\r\n'));
    // Every comment of the original is still there.
    for (const line of original.split('\r\n').filter((l) => l.trimStart().startsWith('#'))) expect(onDisk).toContain(line);
    expect(statSync(path.join(dir, 'plan.yaml')).ino).not.toBe(inode);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(saved.json<SaveResponse>()).toEqual({ ok: true, version: expect.any(String) });
  });

  it('writes only the open plan', async () => {
    const dir = folder({ 'other.yaml': 'x: 1\n' });
    const s = await serve(dir);
    const other = await post(s, '/api/save', { name: 'other.yaml', text: 'hacked: true\n', base: '' });
    expect(other.status).toBe(422);
    expect(readFileSync(path.join(dir, 'other.yaml'), 'utf8')).toBe('x: 1\n');
    const outside = await post(s, '/api/save', { name: '../plan.yaml', text: 'hacked: true\n', base: '' });
    expect(outside.status).toBe(422);
  });

  it('a change on disk is announced; a save based on the old version is refused (conflict) and writes nothing', async () => {
    const dir = folder();
    const file = path.join(dir, 'plan.yaml');
    const s = await serve(dir);
    const stream = events(s);
    try {
      const state = (await get(s, '/api/state')).json<StateResponse>();
      // Another editor saves the file.
      const theirs = state.plan!.text.replace(/^(summary: .*)$/m, '$1 — sửa ở Notepad');
      writeFileSync(file, theirs);
      const event = await stream.next((e) => e.type === 'disk');
      expect(event).toMatchObject({ type: 'disk', plan: { name: 'plan.yaml', text: theirs } });
      // The page still had the old version and unsaved edits: refused, nothing written.
      const mine = state.plan!.text.replace(/^(summary: .*)$/m, '$1 — sửa ở trang');
      const refused = await post(s, '/api/save', { name: 'plan.yaml', text: mine, base: state.plan!.version });
      expect(refused.status).toBe(409);
      const body = refused.json<Extract<SaveResponse, { conflict: true }>>();
      expect(body.disk.text).toBe(theirs);
      expect(body.message).toContain('đã được sửa ở nơi khác');
      expect(readFileSync(file, 'utf8')).toBe(theirs);
      // Choosing to keep mine means saving on top of the version now on disk.
      const kept = await post(s, '/api/save', { name: 'plan.yaml', text: mine, base: body.disk.version });
      expect(kept.status).toBe(200);
      expect(readFileSync(file, 'utf8')).toBe(mine);
    } finally {
      stream.close();
    }
  });

  it('a plan that is not UTF-8 is shown read-only and never saved', async () => {
    const dir = folder({ 'plan.yaml': Buffer.from('summary: C\xe9ng h\xdfa\n', 'latin1') });
    const s = await serve(dir);
    const state = (await get(s, '/api/state')).json<StateResponse>();
    expect(state.plan!.readOnly).toBe(true);
    const r = await post(s, '/api/save', { name: 'plan.yaml', text: 'summary: x\n', base: state.plan!.version });
    expect(r.status).toBe(422);
    expect(readFileSync(path.join(dir, 'plan.yaml')).toString('latin1')).toBe('summary: C\xe9ng h\xdfa\n');
  });

  it('without a plan: lists the folder, creates a plan as init does (never over an existing file), opens it', async () => {
    const dir = folder();
    const s2 = await startPreview({ io: folderIO(dir, memoryContext(dir)), world: testWorld(dir), lang: 'vi', assets: ASSETS, folder: 'x', token: TOKEN, year: 2026 });
    servers.push(s2);
    const state = (await get(s2, '/api/state')).json<StateResponse>();
    expect(state.plan).toBeNull();
    expect(state.plans).toEqual(['plan.yaml']);
    expect((await post(s2, '/api/create', { file: '../evil.yaml', level: 'xa' })).status).toBe(422);
    expect((await post(s2, '/api/create', { file: 'plan.yaml', level: 'xa' })).json<{ message: string }>().message).toContain('đã tồn tại');
    const made = await post(s2, '/api/create', { file: 'ke-hoach-2026.yaml', level: 'xa', unit: 'An Bình', year: 2026 });
    expect(made.status).toBe(200);
    const after = made.json<{ ok: true; state: StateResponse }>().state;
    expect(after.plan?.name).toBe('ke-hoach-2026.yaml');
    expect(after.plans).toEqual(['ke-hoach-2026.yaml', 'plan.yaml']);
    expect(readFileSync(path.join(dir, 'ke-hoach-2026.yaml'), 'utf8')).toContain('XÃ AN BÌNH');
    const built = (await post(s2, '/api/build', { name: 'ke-hoach-2026.yaml', text: after.plan!.text })).json<BuildResponse>();
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('compares the page with another plan of the folder (diff report as HTML)', async () => {
    const dir = tempDir('cchc-preview-');
    for (const f of ['002-xa-son-mai-2025.yaml', '002-xa-son-mai-2026.yaml']) copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
    const s = await serve(dir, { plan: '002-xa-son-mai-2026.yaml' });
    const state = (await get(s, '/api/state')).json<StateResponse>();
    const r = (await post(s, '/api/compare', { name: state.plan!.name, text: state.plan!.text, other: '002-xa-son-mai-2025.yaml' })).json<{ ok: boolean; html: string; total: number }>();
    expect(r.ok).toBe(true);
    expect(r.total).toBe(17);
    expect(r.html).toContain('<del>');
    expect(r.html).toContain('002-xa-son-mai-2025.yaml');
    const invalid = (await post(s, '/api/compare', { name: state.plan!.name, text: 'summary: [', other: '002-xa-son-mai-2025.yaml' })).json<{ ok: boolean; message: string }>();
    expect(invalid).toEqual({ ok: false, message: expect.stringContaining('còn lỗi') });
  });
});

describe('cchc-plan preview (command)', () => {
  it('refuses a missing plan or a bad port (exit 2)', async () => {
    const dir = folder();
    const ctx = memoryContext(dir);
    expect(await run(['preview', 'missing.yaml', '--no-open'], ctx)).toBe(2);
    expect(ctx.err()).toContain('không tìm thấy tệp kế hoạch: missing.yaml');
    const ctx2 = memoryContext(dir);
    expect(await run(['preview', 'plan.yaml', '--no-open', '--port', '80'], ctx2)).toBe(2);
    expect(ctx2.err()).toContain('--port "80"');
  });

  it('serves until stopped, printing the address with its token', async () => {
    const dir = folder();
    const controller = new AbortController();
    const ctx = { ...memoryContext(dir), signal: controller.signal };
    const running = run(['preview', 'plan.yaml', '--no-open'], ctx);
    let url = '';
    for (let i = 0; i < 600 && !url; i++) {
      await new Promise((r) => setTimeout(r, 50));
      url = /http:\/\/127\.0\.0\.1:[0-9]+\/t\/[A-Za-z0-9_-]{43}\//.exec(ctx.out())?.[0] ?? '';
    }
    expect(url).not.toBe('');
    const u = new URL(url);
    const page = await http(Number(u.port), { path: u.pathname });
    expect(page.status).toBe(200);
    expect(page.text).toContain('assets/app.js');
    controller.abort();
    expect(await running).toBe(0);
    await expect(http(Number(u.port), { path: u.pathname })).rejects.toThrow();
  });
});

describe('page 1 first (long plans)', () => {
  const pdfPage1 = (pdf: Uint8Array, dir: string, name: string): Buffer => {
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '72', '-gray', file, path.join(dir, name)]);
    const out = readdirSync(dir).find((n) => n.startsWith(`${name}-`) && n.endsWith('.pgm'))!;
    return readFileSync(path.join(dir, out));
  };

  it.skipIf(!hasCommand('pdftoppm'))('draws page 1 of every example exactly as the whole PDF does, from a cut model', async () => {
    const dir = tempDir('cchc-first-');
    let cut = 0;
    for (const name of exampleFiles()) {
      const compiled = compileFile(name);
      const model = compiled.value!.model;
      const first = firstPagesModel(model);
      if (!first) continue;
      cut++;
      const world = testWorld(ROOT);
      const [whole, part] = [await renderPdf(model, world), await renderPdf(first, world)];
      expect(part.length).toBeLessThan(whole.length);
      const base = path.basename(name, '.yaml');
      expect(pdfPage1(part, dir, `${base}-first`).equals(pdfPage1(whole, dir, `${base}-whole`)), base).toBe(true);
    }
    expect(cut).toBeGreaterThanOrEqual(3);
    // A short plan without appendices is drawn whole: nothing to gain.
    expect(firstPagesModel(compileFile(path.join(EXAMPLES, 'minimal.yaml')).value!.model)).toBeUndefined();
  });

  it('answers a long plan with its first pages, then serves the whole PDF', async () => {
    const dir = tempDir('cchc-preview-');
    copyFileSync(path.join(EXAMPLES, LARGEST), path.join(dir, LARGEST));
    const s = await serve(dir, { plan: LARGEST });
    const state = (await get(s, '/api/state')).json<StateResponse>();
    const built = (await post(s, '/api/build', { name: LARGEST, text: state.plan!.text })).json<BuildResponse>();
    const first = Buffer.from(built.first!, 'base64');
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    const whole = (await get(s, `/${built.pdf}`)).body;
    const pages = (b: Buffer) => (b.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages(first)).toBeLessThan(pages(whole));
    expect(pages(whole)).toBe(11);
  });
});
