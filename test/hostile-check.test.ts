/**
 * `cchc-plan check` on hostile DOCX files: each ends in a clear refusal (exit 2, a message in
 * Vietnamese) within 5 s of CPU time and 300 MB of memory, never in "conforming", a crash or a
 * machine out of memory. The files are made here from a real DOCX of the minimal example:
 * - 60 parts of 60 MB each (a 3.5 MB file): the total inflated size must be bounded;
 * - document.xml repeating <w:p/> (60 MB, about 100 KB compressed): the number of elements;
 * - 200,000 nested <w:p> (17 KB): the depth;
 * - an entry whose header lies about its size;
 * - document.xml that is not UTF-8;
 * - a relationship that names another part as the main document;
 * - a link to /dev/zero and a FIFO named .docx (refused before reading).
 * The process measures itself (CPU time, VmHWM) and a watchdog kills it past 1 GB or 30 s
 * (test/measured-cli.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/render/docx/index.js';
import { compileText, EXAMPLES, ROOT, tempDir } from './helpers.js';
import { measuredCli } from './measured-cli.js';

/** `cchc-plan check` of one file, run in the file's folder, measured. */
const check = (file: string) => measuredCli(['check', path.basename(file)], path.dirname(file));

// ---- a ZIP writer that says what we want it to say -------------------------------------------
interface Entry {
  name: string;
  /** Deflated data, its CRC and sizes (the declared size may lie). */
  data: Buffer;
  crc: number;
  size: number;
}
/**
 * Raw deflate data of `mb` megabytes of one byte value, made without holding them: one megabyte
 * deflated and flushed to a byte boundary (its back-references stay inside it), repeated, then a
 * final empty block.
 */
function deflatedRepeat(mb: number, byte: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024, byte), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => segment), Buffer.from([0x03, 0x00])]);
}
const entry = (name: string, content: Uint8Array): Entry => ({ name, data: deflateRawSync(content), crc: crc32(content), size: content.length });
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, e.data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.crc, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

let base: Record<string, Uint8Array> | undefined;
/** The parts of a conforming DOCX (the minimal example). */
async function parts(): Promise<Record<string, Uint8Array>> {
  if (!base) {
    const r = compileText(readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8'), 'minimal.yaml');
    base = unzipSync(await renderDocx(r.value!.model));
  }
  return { ...base };
}
const docxOf = (p: Record<string, Uint8Array>, extra: Entry[] = []) => zip([...Object.entries(p).map(([n, b]) => entry(n, b)), ...extra]);
/** document.xml with `body` in place of its body's content. */
function documentWith(p: Record<string, Uint8Array>, body: string): Uint8Array {
  const xml = new TextDecoder().decode(p['word/document.xml']);
  return strToU8(xml.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${body}</w:body>`));
}

const measured: string[] = [];
/** Refused: exit 2 with a message, no "conforming", within the bounds. */
function expectRefused(name: string, r: Awaited<ReturnType<typeof check>>, message?: RegExp): void {
  measured.push(`${name}: exit ${r.status}${r.killed ? ` (killed: ${r.killed})` : ''}, ${Math.round(r.cpuMs)} ms CPU, ${Math.round(r.rssMb)} MB`);
  expect(r.killed, `${name}: ${r.killed}`).toBeUndefined();
  expect(r.status, `${name}\n${r.stdout}\n${r.stderr}`).toBe(2);
  expect(r.stdout, name).not.toContain('đạt thể thức');
  expect(r.stderr, name).toMatch(/^✗ \S+\.docx: .+/);
  if (message) expect(r.stderr, name).toMatch(message);
  expect(r.cpuMs, `${name}: CPU time`).toBeLessThan(5000);
  expect(r.rssMb, `${name}: peak memory`).toBeLessThan(300);
}

describe('check: hostile DOCX files', () => {
  it('the base file conforms (the cases below differ from it only as described)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'goc.docx'), docxOf(await parts()));
    const r = await check(path.join(dir, 'goc.docx'));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('60 parts of 60 MB each (3.5 MB file): the total inflated size is bounded', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(60 * 1024 * 1024, 0x20);
    const one = { data: deflatedRepeat(60, 0x20), crc: crc32(big), size: big.length };
    const extra = Array.from({ length: 60 }, (_, i) => ({ name: `customXml/item${i + 1}.xml`, ...one }));
    const file = path.join(dir, 'bom.docx');
    writeFileSync(file, docxOf(await parts(), extra));
    expect(readFileSync(file).length).toBeLessThan(8 * 1024 * 1024);
    expectRefused('60 × 60 MB', await check(file));
  }, 60000);

  it('document.xml repeating <w:p/> (60 MB, under the per-part limit; about 100 KB compressed): the number of elements is bounded', async () => {
    const dir = tempDir();
    const p = await parts();
    p['word/document.xml'] = documentWith(p, '<w:p/>'.repeat(10_000_000));
    const file = path.join(dir, 'doan.docx');
    writeFileSync(file, docxOf(p));
    expectRefused('many <w:p/>', await check(file));
  }, 60000);

  it('200,000 nested <w:p> (17 KB): the depth is bounded', async () => {
    const dir = tempDir();
    const p = await parts();
    p['word/document.xml'] = documentWith(p, '<w:p>'.repeat(200_000) + '</w:p>'.repeat(200_000));
    const file = path.join(dir, 'sau.docx');
    writeFileSync(file, docxOf(p));
    expectRefused('nested <w:p>', await check(file));
  }, 60000);

  it('an entry whose header lies about its size (says 60 MB, inflates to 4 GB)', async () => {
    const dir = tempDir();
    const p = await parts();
    const entries = Object.entries(p).map(([n, b]) => entry(n, b));
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    Object.assign(doc, { data: deflatedRepeat(4096, 0x20), crc: 0, size: 60 * 1024 * 1024 });
    const file = path.join(dir, 'doi.docx');
    writeFileSync(file, zip(entries));
    expectRefused('lying size', await check(file));
  }, 120000);

  it('document.xml that is not UTF-8 is refused with a clear message', async () => {
    const dir = tempDir();
    const p = await parts();
    const xml = Buffer.from(p['word/document.xml']);
    const at = xml.indexOf('<w:t');
    p['word/document.xml'] = Buffer.concat([xml.subarray(0, at), Buffer.from('<w:r><w:t>C\xf4ng h\xf2a</w:t></w:r>', 'latin1'), xml.subarray(at)]);
    const file = path.join(dir, 'ma.docx');
    writeFileSync(file, docxOf(p));
    expectRefused('not UTF-8', await check(file), /UTF-?8|mã hóa|bảng mã/i);
  });

  it('a relationship that names another part as the main document', async () => {
    const dir = tempDir();
    const p = await parts();
    const rels = new TextDecoder().decode(p['_rels/.rels']).replace(/Target="\/?word\/document\.xml"/, 'Target="word/styles.xml"');
    expect(rels).toContain('word/styles.xml');
    p['_rels/.rels'] = strToU8(rels);
    const file = path.join(dir, 'lac.docx');
    writeFileSync(file, docxOf(p));
    expectRefused('main document elsewhere', await check(file));
  });

  it('a link to /dev/zero and a FIFO named .docx are refused before reading', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', path.join(dir, 'zero.docx'));
    execFileSync('mkfifo', [path.join(dir, 'ong.docx')]);
    expectRefused('/dev/zero', await check(path.join(dir, 'zero.docx')), /không phải tệp thông thường/);
    expectRefused('FIFO', await check(path.join(dir, 'ong.docx')), /không phải tệp thông thường/);
  });

  it('prints what every case measured', () => {
    console.log(measured.join('\n'));
    expect(measured.length).toBeGreaterThan(0);
  });
});
