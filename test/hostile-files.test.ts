/**
 * Untrusted plans, templates and images, as CI meets them when it builds plans from many offices
 * and publishes the documents: no file from outside the allowed folders reaches a document, a
 * special or huge file never hangs or exhausts the machine, one bad plan never stops a batch, and
 * outputs are replaced together or not at all.
 *
 * Every case runs the built CLI in its own process and checks the diagnostic code, the exit status,
 * the time (under 5 s of CPU, user + system) and the peak memory (under 300 MB), measured by the
 * process itself at exit (CPU from process.resourceUsage, peak memory from /proc/self/status
 * VmHWM). Time is CPU time so that other work on the machine (the rest of the test suite, other
 * builds) does not make the bound flaky; a hang, which uses no CPU (a FIFO), is caught by the wall
 * clock: a watchdog kills a process past 30 s or 1 GB, and the case fails. Wall times are printed
 * with the measurements at the end.
 * Large or special files (FIFOs, links, /dev/zero, bombs, quadratic YAML, a git checkout with a
 * committed link) are made here; small ones are in test/fixtures/hostile/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, createDeflate, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { replaceOutputs } from '../src/cli/io.js';
import { EXAMPLES, ROOT, runAsNobody, tempDir, unzipText } from './helpers.js';
import { measuredCli, type Run } from './measured-cli.js';

const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
const SIGNATURE = path.join(ROOT, 'test', 'fixtures', 'images', 'chu-ky.png');
const minimal = readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8');
const LIMIT = { cpuMs: 5000, rssMb: 300 };

/** The built CLI in its own process, measured (test/measured-cli.ts). */
const cli = measuredCli;

const measured: string[] = [];
/** The exit status and the bounds every case must meet, and the codes it must report (--json). */
function expectRun(name: string, r: Run, exit: number, codes: string[] = []): void {
  measured.push(`${name}: exit ${r.status}, ${Math.round(r.cpuMs)} ms CPU, ${r.wallMs} ms wall, ${Math.round(r.rssMb)} MB`);
  expect(r.killed, `${name}: ${r.killed}`).toBeUndefined();
  expect(r.status, `${name}\n${r.stderr}`).toBe(exit);
  expect(r.cpuMs, `${name}: CPU time`).toBeLessThan(LIMIT.cpuMs);
  expect(r.rssMb, `${name}: peak memory`).toBeLessThan(LIMIT.rssMb);
  for (const code of codes) expect(r.stdout + r.stderr, `${name}: [${code}]`).toContain(code);
  expect(r.stderr, name).not.toContain('lỗi nội bộ');
}

/** Every file below a folder, as one buffer (to look for a secret in any output). */
function everything(dir: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        parts.push(readFileSync(p));
        if (/\.docx$/.test(e.name)) parts.push(Buffer.from(Object.values(unzipText(new Uint8Array(readFileSync(p)))).join('')));
      }
    }
  };
  walk(dir);
  return Buffer.concat(parts);
}

/** A plan folder with the minimal plan, changed by `edit`. */
function planDir(edit: (text: string) => string = (t) => t, name = 'plan.yaml'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), edit(minimal));
  return dir;
}
const withImage = (file: string) => (t: string) => t.replace('signature:\n', `signature:\n  image: ${file}\n`);
const withTemplates = (dir: string) => (t: string) => t.replace('signature:\n', `templates: ${dir}\nsignature:\n`);

// ---- PNG files made to measure ------------------------------------------------------------------
function chunk(type: string, data: Buffer): Buffer {
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** An RGBA PNG of `w` × `h` whose image data is `raw` (default: the right number of zero bytes), or already deflated `data`. */
function png(w: number, h: number, options: { raw?: Buffer; data?: Buffer; interlace?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[12] = options.interlace ? 1 : 0;
  const data = options.data ?? deflateSync(options.raw ?? Buffer.alloc(h * (w * 4 + 1)), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

/** Zero bytes deflated in a stream (the test never holds them): `mb` megabytes of image data. */
async function zeros(mb: number): Promise<Buffer> {
  const z = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const mega = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!z.write(mega)) await new Promise((r) => z.once('drain', r));
  await new Promise((r) => z.end(r));
  return Buffer.concat(out);
}

describe('no file from outside the allowed folders reaches a document', () => {
  it('refuses a signature image that is a link to a file outside the plan folder', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'outside'));
    const secret = Buffer.concat([readFileSync(SIGNATURE), Buffer.from('OUTSIDE-SECRET-BYTES')]);
    writeFileSync(path.join(root, 'outside', 'secret.png'), secret);
    mkdirSync(path.join(root, 'plan'));
    writeFileSync(path.join(root, 'plan', 'plan.yaml'), withImage('chu-ky.png')(minimal));
    symlinkSync('../outside/secret.png', path.join(root, 'plan', 'chu-ky.png'));
    const r = await cli(['build', 'plan/plan.yaml', '--json'], root);
    expectRun('image link outside', r, 1, ['path-outside']);
    expect(readdirSync(path.join(root, 'plan')).sort()).toEqual(['chu-ky.png', 'plan.yaml']);
    expect(r.stdout + r.stderr).not.toContain('OUTSIDE-SECRET-BYTES');
  });

  it('follows a link that stays inside the plan folder (the image is in the DOCX)', async () => {
    const dir = planDir(withImage('chu-ky.png'));
    mkdirSync(path.join(dir, 'anh'));
    copyFileSync(SIGNATURE, path.join(dir, 'anh', 'that.png'));
    symlinkSync('anh/that.png', path.join(dir, 'chu-ky.png'));
    const r = await cli(['build', 'plan.yaml', '-f', 'docx'], dir);
    expectRun('image link inside', r, 0);
    const { unzipSync } = await import('fflate');
    const media = Object.entries(unzipSync(new Uint8Array(readFileSync(path.join(dir, 'plan.docx'))))).filter(([n]) => n.startsWith('word/media/'));
    expect(media.map(([, b]) => Buffer.from(b).equals(readFileSync(SIGNATURE)))).toEqual([true]);
  });

  it.each([
    ['/etc/passwd', () => '/etc/passwd', 'root:'],
    ["another folder's .env", (root: string) => { mkdirSync(path.join(root, 'khac')); writeFileSync(path.join(root, 'khac', '.env'), 'API_TOKEN=ENV-SECRET-VALUE\n'); return path.join(root, 'khac', '.env'); }, 'ENV-SECRET-VALUE'],
  ])('refuses a template that is a link to %s', async (_name, target, secret) => {
    const root = tempDir();
    const dir = path.join(root, 'plan');
    mkdirSync(path.join(dir, 'mau'), { recursive: true });
    writeFileSync(path.join(dir, 'plan.yaml'), withTemplates('mau')(minimal));
    symlinkSync(target(root), path.join(dir, 'mau', 'closing.hbs'));
    const r = await cli(['build', 'plan.yaml'], dir);
    expectRun(`template link to ${_name}`, r, 1, ['[path-outside]']);
    expect(readdirSync(dir).sort()).toEqual(['mau', 'plan.yaml']);
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('refuses a templates folder that is itself a link to elsewhere', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'elsewhere'));
    writeFileSync(path.join(root, 'elsewhere', 'closing.hbs'), 'ELSEWHERE-WORDING');
    const dir = path.join(root, 'plan');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'plan.yaml'), withTemplates('mau')(minimal));
    symlinkSync('../elsewhere', path.join(dir, 'mau'));
    const r = await cli(['build', 'plan.yaml'], dir);
    expectRun('templates folder link', r, 1, ['[path-outside]']);
    expect(readdirSync(dir).sort()).toEqual(['mau', 'plan.yaml']);
  });

  it('in a CI checkout, a committed link to .git/config never brings the token into a document', async () => {
    const origin = tempDir();
    const git = (cwd: string, ...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd, stdio: 'pipe' });
    git(origin, 'init', '-q');
    mkdirSync(path.join(origin, 'plans', 'xa', 'mau'), { recursive: true });
    writeFileSync(path.join(origin, 'plans', 'xa', 'plan.yaml'), withTemplates('mau')(minimal));
    symlinkSync('../../../.git/config', path.join(origin, 'plans', 'xa', 'mau', 'closing.hbs'));
    // The same at the top of the repository, where .git is inside the plan's folder.
    mkdirSync(path.join(origin, 'mau'));
    writeFileSync(path.join(origin, 'plan.yaml'), withTemplates('mau')(minimal));
    symlinkSync('../.git/config', path.join(origin, 'mau', 'closing.hbs'));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'plans');
    const checkout = path.join(tempDir(), 'checkout');
    execFileSync('git', ['clone', '-q', origin, checkout]);
    // What actions/checkout leaves in .git/config.
    git(checkout, 'config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX1NFQ1JFVA==');
    expect(statSync(path.join(checkout, 'plans', 'xa', 'mau', 'closing.hbs')).isFile()).toBe(true); // the link resolves
    const deep = await cli(['build', 'plans/xa/plan.yaml', '--out-dir', 'dist'], checkout);
    expectRun('committed link, plan in plans/xa', deep, 1, ['[path-outside]']);
    const top = await cli(['build', 'plan.yaml', '--out-dir', 'dist'], checkout);
    expectRun('committed link, plan at the top', top, 1, ['[path-hidden]']);
    for (const r of [deep, top]) expect(r.stdout + r.stderr).not.toMatch(/AUTHORIZATION|eC1hY2Nlc3M|extraheader/);
    expect(existsSync(path.join(checkout, 'dist'))).toBe(false);
    expect(everything(checkout).includes('ghs_SECRET')).toBe(false);
  });

  it('--allow-outside DIR allows that folder (the user typed it), and only that folder', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'chung'));
    copyFileSync(SIGNATURE, path.join(root, 'chung', 'chu-ky.png'));
    mkdirSync(path.join(root, 'khac'));
    copyFileSync(SIGNATURE, path.join(root, 'khac', 'con-dau.png'));
    const dir = path.join(root, 'plan');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'plan.yaml'), withImage('../chung/chu-ky.png')(minimal));
    expectRun('outside without --allow-outside', await cli(['validate', 'plan.yaml'], dir), 1, ['[path-outside]']);
    expectRun('--allow-outside ../chung', await cli(['build', 'plan.yaml', '--allow-outside', '../chung', '-f', 'docx'], dir), 0);
    writeFileSync(path.join(dir, 'plan.yaml'), withImage('../chung/chu-ky.png')(minimal).replace('  image:', '  seal: ../khac/con-dau.png\n  image:'));
    expectRun('a second folder not allowed', await cli(['validate', 'plan.yaml', '--allow-outside', '../chung'], dir), 1, ['[path-outside]']);
  });
});

describe('special files: never opened for reading, never a hang', () => {
  it.each(['build', 'validate'])('%s: a signature image that is a FIFO', async (command) => {
    const dir = planDir(withImage('chu-ky.png'));
    execFileSync('mkfifo', [path.join(dir, 'chu-ky.png')]);
    expectRun(`${command} FIFO image`, await cli([command, 'plan.yaml'], dir), 1, ['[path-not-file]', 'FIFO']);
  });

  it('a template that is a FIFO', async () => {
    const dir = planDir(withTemplates('mau'));
    mkdirSync(path.join(dir, 'mau'));
    execFileSync('mkfifo', [path.join(dir, 'mau', 'closing.hbs')]);
    expectRun('FIFO template', await cli(['build', 'plan.yaml'], dir), 1, ['[path-not-file]']);
  });

  it('a FIFO in the --templates folder is a usage error before any plan is read', async () => {
    const dir = planDir();
    mkdirSync(path.join(dir, 'mau'));
    execFileSync('mkfifo', [path.join(dir, 'mau', 'closing.hbs')]);
    expectRun('FIFO in --templates', await cli(['build', 'plan.yaml', '--templates', 'mau'], dir), 2, ['[path-not-file]']);
  });

  it('a signature image that links to /dev/zero', async () => {
    const dir = planDir(withImage('chu-ky.png'));
    symlinkSync('/dev/zero', path.join(dir, 'chu-ky.png'));
    expectRun('image → /dev/zero', await cli(['build', 'plan.yaml'], dir), 1, ['[path-outside]']);
    // Even where the user allowed /dev, a device is never read.
    expectRun('image → /dev/zero, /dev allowed', await cli(['build', 'plan.yaml', '--allow-outside', '/dev'], dir), 1, ['[path-not-file]']);
  });

  it('a plan that links to /dev/zero (validate, build --check, diff) or is a FIFO', async () => {
    const dir = planDir();
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    expectRun('validate plan → /dev/zero', await cli(['validate', 'zero.yaml'], dir), 1, ['[path-not-file]']);
    expectRun('build --check plan → /dev/zero', await cli(['build', 'zero.yaml', '--check'], dir), 1, ['[path-not-file]']);
    expectRun('diff plan → /dev/zero', await cli(['diff', 'plan.yaml', 'zero.yaml'], dir), 2, ['[path-not-file]']);
    expectRun('validate plan FIFO', await cli(['validate', 'fifo.yaml'], dir), 1, ['[path-not-file]']);
  });

  it('check: a DOCX that links to /dev/zero', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', path.join(dir, 'ban.docx'));
    const r = await cli(['check', 'ban.docx'], dir);
    expectRun('check → /dev/zero', r, 2);
    expect(r.stderr).toContain('không phải tệp thông thường');
  });

  it('build --check: an existing output that links to /dev/zero is stale, read no further than the new one', async () => {
    const dir = planDir();
    expectRun('first build', await cli(['build', 'plan.yaml', '-f', 'docx'], dir), 0);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'plan.docx'));
    symlinkSync('/dev/zero', path.join(dir, 'plan.docx'));
    const r = await cli(['build', 'plan.yaml', '-f', 'docx', '--check'], dir);
    expectRun('--check output → /dev/zero', r, 1);
    expect(r.stdout).toContain('✗ plan.yaml: cũ: plan.docx');
  });
});

describe('images: bytes, size and content are checked in validate', () => {
  it('a 200 MB image is refused by its size before it is read', async () => {
    const dir = planDir(withImage('to.png'));
    writeFileSync(path.join(dir, 'to.png'), readFileSync(SIGNATURE));
    truncateSync(path.join(dir, 'to.png'), 200 * 1024 * 1024); // sparse: no disk used
    expectRun('200 MB image', await cli(['validate', 'plan.yaml'], dir), 1, ['[image-too-large]']);
  });

  it('a 1.5 MB PNG that declares 20000 × 20000 RGBA', async () => {
    const dir = planDir(withImage('lon.png'));
    const head = png(20000, 20000, { raw: Buffer.alloc(1000) });
    writeFileSync(path.join(dir, 'lon.png'), Buffer.concat([head, Buffer.alloc(1.5 * 1024 * 1024 - head.length)]));
    expectRun('20000 × 20000', await cli(['validate', 'plan.yaml'], dir), 1, ['[image-dimensions]']);
  });

  it.each(['', '-i'])('a PNG whose data inflate to 1 GB (decompression bomb%s)', async (kind) => {
    const dir = planDir(withImage('bom.png'));
    writeFileSync(path.join(dir, 'bom.png'), png(1000, 1000, { data: await zeros(1024), interlace: kind === '-i' }));
    expectRun(`PNG bomb${kind}`, await cli(['validate', 'plan.yaml'], dir), 1, ['[image-corrupt]']);
  });

  it.each([
    ['68-image-zero-size.yaml', 'image-empty'],
    ['69-image-png-junk.yaml', 'image-corrupt'],
    ['70-image-huge-dimensions.yaml', 'image-dimensions'],
    ['71-image-jpeg-junk.yaml', 'image-corrupt'],
    ['72-image-png-bad-crc.yaml', 'image-corrupt'],
  ])('%s: validate and build both stop on it, with no internal error', async (file, code) => {
    expectRun(`${file} validate`, await cli(['validate', file], HOSTILE), 1, [`[${code}]`]);
    const out = tempDir();
    expectRun(`${file} build`, await cli(['build', file, '--out-dir', out], HOSTILE), 1, [`[${code}]`]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a PNG at the limits (2000 × 2000 RGBA) is decoded within the bounds and placed', async () => {
    const dir = planDir(withImage('chu-ky.png'));
    writeFileSync(path.join(dir, 'chu-ky.png'), png(2000, 2000));
    expectRun('2000 × 2000 PNG', await cli(['build', 'plan.yaml', '-f', 'docx'], dir), 0);
  });
});

describe('templates: size, nesting and characters', () => {
  const tplDir = (source: string | ((file: string) => void)) => {
    const dir = planDir(withTemplates('mau'));
    mkdirSync(path.join(dir, 'mau'));
    const file = path.join(dir, 'mau', 'closing.hbs');
    if (typeof source === 'string') writeFileSync(file, source);
    else source(file);
    return dir;
  };
  it('8,000 nested {{#if}} (216 KB) is refused by its size', async () => {
    expectRun('8000 nested ifs', await cli(['validate', 'plan.yaml'], tplDir('{{#if issuerFullName}}'.repeat(8000) + 'x' + '{{/if}}'.repeat(8000))), 1, ['[template-too-large]']);
  });
  it('2,000 nested {{#if}} within the size limit is refused by its depth', async () => {
    expectRun('2000 nested ifs', await cli(['validate', 'plan.yaml'], tplDir('{{#if a}}'.repeat(2000) + 'x' + '{{/if}}'.repeat(2000))), 1, ['[template-nesting]']);
  });
  it('a 100 MB template is refused before it is read', async () => {
    expectRun('100 MB template', await cli(['validate', 'plan.yaml'], tplDir((f) => { writeFileSync(f, 'x'); truncateSync(f, 100 * 1024 * 1024); })), 1, ['[template-too-large]']);
  });
  it('a folder named closing.hbs, and a link to nothing', async () => {
    expectRun('folder closing.hbs', await cli(['build', 'plan.yaml'], tplDir((f) => mkdirSync(f))), 1, ['[path-not-file]']);
    expectRun('dangling closing.hbs', await cli(['build', 'plan.yaml'], tplDir((f) => symlinkSync('khong-co.hbs', f))), 1, ['[path-broken-link]']);
  });
  it('a template cannot write to the console (with -o - that is the PDF itself)', async () => {
    const r = await cli(['build', 'plan.yaml', '-o', '-', '-f', 'pdf'], tplDir('{{log place}}Kết.'));
    expectRun('{{log}} template', r, 1, ['[template-error]']);
    expect(r.stdoutBytes.length).toBe(0);
  });
  it('a template that emits U+FFFE: no DOCX is written (so none can be called conforming)', async () => {
    const out = tempDir();
    const r = await cli(['build', '73-template-emits-fffe.yaml', '--out-dir', out], HOSTILE);
    expectRun('U+FFFE template', r, 1, ['[template-control-char]', 'U+FFFE']);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('YAML: cost bounded before the parser runs', () => {
  const keys = (n: number) => `issuer:\n${Array.from({ length: n }, (_, i) => `  ${i.toString(36)}:\n`).join('')}`;
  it('a 2 MB plan of 238,000 keys in one mapping', async () => {
    const dir = planDir(() => keys(238000));
    expect(statSync(path.join(dir, 'plan.yaml')).size).toBeLessThan(2 * 1024 * 1024);
    expectRun('238,000 keys', await cli(['validate', 'plan.yaml'], dir), 1, ['[limit-exceeded]', 'YAML']);
  });
  it('40,000 keys in one mapping (the parser runs; duplicate keys are checked in linear time)', async () => {
    expectRun('40,000 keys', await cli(['validate', 'plan.yaml'], planDir(() => keys(40000))), 1, ['[limit-exceeded]']);
  });
  it('a flow sequence of a million values', async () => {
    expectRun('1,000,000 values', await cli(['validate', 'plan.yaml'], planDir(() => `body: [${'0,'.repeat(1_000_000)}0]\n`)), 1, ['[limit-exceeded]']);
  });
  it('"__proto__:" is an unknown key; its fields are never used', async () => {
    const out = tempDir();
    const top = await cli(['build', '77-proto-key.yaml', '--out-dir', out], HOSTILE);
    expectRun('__proto__ key', top, 1, ['[schema-unknown-key]', '"__proto__"']);
    const item = await cli(['build', '78-proto-item.yaml', '--out-dir', out], HOSTILE);
    expectRun('__proto__ item', item, 1, ['[schema-item-kind]']);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('batches, interrupts and writes', () => {
  it('bad plans (junk PNG, a folder named closing.hbs, a FIFO image) fail alone; the batch goes on and names them', async () => {
    const dir = tempDir();
    const plans = path.join(dir, 'plans');
    mkdirSync(plans);
    for (let i = 0; i < 6; i++) writeFileSync(path.join(plans, `p${i}.yaml`), minimal);
    writeFileSync(path.join(plans, 'p2.yaml'), withImage('rac.png')(minimal));
    writeFileSync(path.join(plans, 'rac.png'), readFileSync(path.join(HOSTILE, '69-junk.png')));
    writeFileSync(path.join(plans, 'p3.yaml'), withTemplates('mau')(minimal));
    mkdirSync(path.join(plans, 'mau', 'closing.hbs'), { recursive: true });
    writeFileSync(path.join(plans, 'p4.yaml'), withImage('ong.png')(minimal));
    execFileSync('mkfifo', [path.join(plans, 'ong.png')]);
    const r = await cli(['build', 'plans', '--out-dir', 'out', '-f', 'docx', '-j', '2'], dir);
    expectRun('batch with three bad plans', r, 1, ['[image-corrupt]', '[path-not-file]']);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['p0.docx', 'p1.docx', 'p5.docx']);
    expect(r.stdout).toContain('6 tệp: 3 dựng xong, 3 không dựng được; 3 lỗi, 0 cảnh báo\nKhông dựng được (3):\n  plans/p2.yaml\n  plans/p3.yaml\n  plans/p4.yaml\n');
    // Each failure's diagnostics right under its file.
    expect(r.stderr).toMatch(/✗ plans\/p2\.yaml: 1 lỗi, 0 cảnh báo\nplans\/p2\.yaml:\d+:\d+: lỗi \[image-corrupt\]/);
    expect(r.stderr).toMatch(/✗ plans\/p4\.yaml: 1 lỗi, 0 cảnh báo\nplans\/p4\.yaml:\d+:\d+: lỗi \[path-not-file\]/);
  });

  it('links to plans in a folder: followed inside it; outside, dangling or special ones are named, not skipped silently', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'plans', 'chung'), { recursive: true });
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'plans', 'chung', 'goc.yaml'), minimal);
    writeFileSync(path.join(dir, 'elsewhere', 'ngoai.yaml'), minimal);
    symlinkSync('chung/goc.yaml', path.join(dir, 'plans', 'ban-sao.yaml'));
    symlinkSync('../elsewhere/ngoai.yaml', path.join(dir, 'plans', 'ngoai.yaml'));
    symlinkSync('khong-co.yaml', path.join(dir, 'plans', 'hong.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'plans', 'ong.yaml')]);
    for (const arg of ['plans', 'plans/**/*.yaml']) {
      const r = await cli(['validate', arg, '--json'], dir);
      expectRun(`links in ${arg}`, r, 1);
      const report = JSON.parse(r.stdout) as { files: { input: string; status: string; diagnostics: { code: string }[] }[] };
      const got = Object.fromEntries(report.files.map((f) => [f.input, f.status === 'ok' ? 'ok' : f.diagnostics.map((d) => d.code).join()]));
      expect(got).toEqual({ 'plans/ban-sao.yaml': 'ok', 'plans/chung/goc.yaml': 'ok', 'plans/ngoai.yaml': 'path-outside', 'plans/hong.yaml': 'path-broken-link', 'plans/ong.yaml': 'path-not-file' });
    }
  });

  it("sweeps the temporary files of processes that no longer run, and leaves a running one's", async () => {
    const dir = planDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = `.plan.pdf.${dead}.k3j9x.tmp`;
    const live = `.plan.pdf.${process.pid}.a1b2c.tmp`;
    writeFileSync(path.join(dir, stale), Buffer.alloc(2 * 1024 * 1024));
    writeFileSync(path.join(dir, live), 'being written by a running build');
    expectRun('sweep', await cli(['build', 'plan.yaml'], dir), 0);
    expect(readdirSync(dir).sort()).toEqual([live, 'plan.docx', 'plan.pdf', 'plan.yaml'].sort());
  });

  it('a write error on the second output leaves the previous pair untouched (disk full: file size limit)', async () => {
    const dir = planDir();
    expectRun('first build', await cli(['build', 'plan.yaml'], dir), 0);
    const sha = (f: string) => createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex');
    const before = { docx: sha('plan.docx'), pdf: sha('plan.pdf') };
    writeFileSync(path.join(dir, 'plan.yaml'), minimal.replace('Nguyễn Văn An', 'Trần Thị Bình'));
    expect(statSync(path.join(dir, 'plan.docx')).size).toBeLessThan(24 * 1024);
    expect(statSync(path.join(dir, 'plan.pdf')).size).toBeGreaterThan(24 * 1024);
    // Files larger than 24 KB cannot be written (EFBIG): the new DOCX fits, the new PDF does not.
    const r = await cli(['build', 'plan.yaml'], dir, { wrap: "trap '' XFSZ; ulimit -f 24" });
    expectRun('EFBIG on the PDF', r, 2, ['[output-unwritable]', 'EFBIG']);
    expect({ docx: sha('plan.docx'), pdf: sha('plan.pdf') }).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['plan.docx', 'plan.pdf', 'plan.yaml']);
  });

  it('a read-only (444) output is refused unless --force', async () => {
    const dir = planDir();
    expectRun('first build', await cli(['build', 'plan.yaml'], dir), 0);
    chmodSync(path.join(dir, 'plan.pdf'), 0o444);
    const before = readFileSync(path.join(dir, 'plan.pdf'));
    const docxBefore = readFileSync(path.join(dir, 'plan.docx'));
    writeFileSync(path.join(dir, 'plan.yaml'), minimal.replace('Nguyễn Văn An', 'Trần Thị Bình'));
    const r = await cli(['build', 'plan.yaml'], dir);
    expectRun('read-only output', r, 2, ['[output-read-only]']);
    expect(r.stderr).toContain('plan.yaml: lỗi [output-read-only] Tệp kết quả "plan.pdf" đang được đặt chỉ đọc; không ghi đè.');
    expect(readFileSync(path.join(dir, 'plan.pdf')).equals(before)).toBe(true);
    expect(readFileSync(path.join(dir, 'plan.docx')).equals(docxBefore)).toBe(true); // the pair stays together
    expectRun('--force', await cli(['build', 'plan.yaml', '--force'], dir), 0);
    expect(readFileSync(path.join(dir, 'plan.pdf')).equals(before)).toBe(false);
  });

  it('an output the user running the build may not write is refused as read-only (as an unprivileged user under root)', async () => {
    const dir = planDir();
    expectRun('first build', await cli(['build', 'plan.yaml'], dir), 0);
    const before = readFileSync(path.join(dir, 'plan.pdf'));
    writeFileSync(path.join(dir, 'plan.yaml'), minimal.replace('Nguyễn Văn An', 'Trần Thị Bình'));
    if (process.getuid?.() === 0) {
      // Root passes every permission check (CI runs as root): run as "nobody", for whom the outputs
      // (root's, mode 644) are not writable.
      const r = runAsNobody(dir, ['build', 'plan.yaml']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('[output-read-only]');
    } else {
      chmodSync(path.join(dir, 'plan.pdf'), 0o444);
      const r = await cli(['build', 'plan.yaml'], dir);
      expectRun('not writable', r, 2, ['[output-read-only]']);
    }
    expect(readFileSync(path.join(dir, 'plan.pdf')).equals(before)).toBe(true);
  });

  it("an unexpected failure while building one plan is that plan's build-failed diagnostic, never a thrown error", async () => {
    const { Builder } = await import('../src/cli/builder.js');
    const { bundledFontFiles } = await import('../src/cli/io.js');
    class Broken extends Builder {
      override async load(): Promise<never> {
        throw new TypeError('boom');
      }
    }
    const dir = planDir();
    const b = new Broken({ cwd: dir, packageRoot: ROOT, lang: 'vi', mode: 'write', formats: ['docx'], fontFiles: bundledFontFiles(), allowOutside: false });
    const o = await b.build(path.join(dir, 'plan.yaml'));
    expect(o.result).toMatchObject({ input: 'plan.yaml', status: 'error', outputs: [], diagnostics: [{ code: 'build-failed', params: { detail: 'boom' } }] });
  });

  it('replaceOutputs puts the previous pair back when a rename fails half way', () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.docx');
    const b = path.join(dir, 'a.pdf');
    writeFileSync(a, 'old docx');
    writeFileSync(b, 'old pdf');
    let renames = 0;
    const refusal = replaceOutputs(
      [
        { file: a, bytes: new TextEncoder().encode('new docx') },
        { file: b, bytes: new TextEncoder().encode('new pdf') },
      ],
      {
        // The old files are plain text, not outputs cchc-plan wrote: --force, so only the rename is tested.
        force: true,
        rename: (from, to) => {
          if (++renames === 2) throw Object.assign(new Error('injected'), { code: 'EIO' });
          execFileSync('mv', [from, to]);
        },
      },
    );
    expect(refusal).toMatchObject({ file: b, problem: 'error', reason: 'EIO' });
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['old docx', 'old pdf']);
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'a.pdf']);
  });
});

describe('measurements', () => {
  it('prints what every case measured', () => {
    console.log(measured.join('\n'));
    expect(measured.length).toBeGreaterThan(30);
  });
});
