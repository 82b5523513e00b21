/**
 * Reading files that come from outside (plans, the images and templates a plan names, existing
 * outputs, DOCX files to check) without trusting them:
 * - the real path, after following every link, must lie inside one of the allowed roots (the
 *   plan's folder, or a folder the user typed), and not in a hidden file or folder there (.git,
 *   .env…), so a link committed next to a plan can never bring an outside file into a document;
 * - only regular files are opened, and without blocking: a FIFO, a device (/dev/zero), a socket or
 *   a folder is refused before a byte is read;
 * - a size cap is checked before reading (the file's size) and while reading (a file that grows).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, opendirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/index.js';
import { LIMITS } from '../plan/limits.js';
import type { TemplateSources } from '../model/templates.js';
import type { FileKind, ReadFailure, ReadResult, TemplateFileProblem } from '../world.js';

/** What a non-regular file is, in the words of the diagnostics. */
export function fileKind(st: Stats): FileKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

/** The real path of `file` (every link followed), or why there is none. */
export function realLocation(file: string): { real: string } | ReadFailure {
  try {
    return { real: realpathSync.native(file) };
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      let link = false;
      try {
        link = lstatSync(file).isSymbolicLink();
      } catch {
        // Not there at all.
      }
      return { problem: 'missing', ...(link ? { link } : {}) };
    }
    return { problem: 'unreadable', reason: code };
  }
}

/** Whether the last component of a path is a symbolic link. */
function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path of a folder, or the path itself when it cannot be resolved (reported later). */
export function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return path.resolve(dir);
  }
}

/**
 * Whether a real path lies inside one of the roots (real paths too): 'inside', 'hidden' (inside,
 * but in a file or folder whose name starts with a dot, below the root) or 'outside'.
 */
export function placeOf(real: string, roots: readonly string[]): 'inside' | 'hidden' | 'outside' {
  let hidden = false;
  for (const root of roots) {
    const rel = path.relative(root, real);
    if (rel === '') return 'inside';
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) continue;
    if (rel.split(path.sep).some((seg) => seg.startsWith('.'))) hidden = true;
    else return 'inside';
  }
  return hidden ? 'hidden' : 'outside';
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Read a regular file at a real path, at most `limit` bytes. The type is checked before opening
 * (devices are never opened) and again on the open descriptor (the file may have been swapped);
 * the open never blocks (a FIFO), and a link put in place after `realpath` is refused (O_NOFOLLOW).
 */
export function readRegular(real: string, limit: number): ReadResult {
  let st: Stats;
  try {
    st = statSync(real);
  } catch (e) {
    const code = errno(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { problem: 'missing' } : { problem: 'unreadable', reason: code };
  }
  if (!st.isFile()) return { problem: 'not-file', kind: fileKind(st) };
  if (st.size > limit) return { problem: 'too-large', size: st.size, limit };
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT') return { problem: 'missing' };
    if (code === 'ENXIO') return { problem: 'not-file', kind: 'socket' };
    return { problem: 'unreadable', reason: code };
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) return { problem: 'not-file', kind: fileKind(now) };
    if (now.size > limit) return { problem: 'too-large', size: now.size, limit };
    // One byte more than the limit: a file that grew while we read is caught too.
    let buf = Buffer.allocUnsafe(Math.min(now.size, limit) + 1);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (buf.length > limit) return { problem: 'too-large', size: total, limit };
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return { problem: 'too-large', size: total, limit };
    }
    return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, total) };
  } catch (e) {
    return { problem: 'unreadable', reason: errno(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Read `file` (any path) if its real path is inside the roots (`null`: anywhere, the user typed
 * it), is a regular file and is at most `limit` bytes.
 */
export function readWithin(file: string, roots: readonly string[] | null, limit: number): ReadResult {
  const where = placedWithin(file, roots);
  if (!('real' in where)) return where;
  const read = readRegular(where.real, limit);
  return 'bytes' in read || !where.linked ? read : { ...read, link: true };
}

/** The real path of `p` when it lies inside the roots (`null`: anywhere), and whether `p` is a link. */
function placedWithin(p: string, roots: readonly string[] | null): { real: string; linked: boolean } | ReadFailure {
  const where = realLocation(p);
  if (!('real' in where)) return where;
  const linked = isLink(p);
  if (roots) {
    const place = placeOf(where.real, roots);
    if (place !== 'inside') return { problem: place, ...(linked ? { link: true } : {}) };
  }
  return { real: where.real, linked };
}

/** A folder the plan names, checked as files are: inside the roots, a real folder. */
export function folderWithin(dir: string, roots: readonly string[] | null): { real: string } | ReadFailure {
  const where = placedWithin(dir, roots);
  if (!('real' in where)) return where;
  let st: Stats;
  try {
    st = statSync(where.real);
  } catch (e) {
    return { problem: 'unreadable', reason: errno(e) };
  }
  if (!st.isDirectory()) return { problem: 'not-file', kind: fileKind(st) };
  return { real: where.real };
}

/** Decode UTF-8 strictly (a BOM is dropped); the offset of the first invalid byte otherwise. */
export function utf8(bytes: Uint8Array): { text: string } | { offset: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    let lo = 0;
    let hi = bytes.length;
    // The longest valid prefix, by halving (the decoder says only "invalid").
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    return { offset: lo };
  }
}

/**
 * The `*.hbs` files of a template folder (a real path), each read as above. `display` is the
 * folder as it is shown in messages. Problems are per file: the other files are still read.
 */
export function readTemplateFolder(realDir: string, roots: readonly string[] | null, display: string): { templates: TemplateSources; problems: TemplateFileProblem[] } {
  const templates: TemplateSources = {};
  const problems: TemplateFileProblem[] = [];
  const names: string[] = [];
  let dir;
  try {
    dir = opendirSync(realDir);
  } catch (e) {
    return { templates, problems: [{ name: display, file: display, problem: 'unreadable', reason: errno(e) }] };
  }
  try {
    // A folder of a million files is listed only until the limit is passed.
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
      if (!entry.name.endsWith('.hbs')) continue;
      names.push(entry.name);
      if (names.length > LIMITS.templateFiles) {
        return { templates: {}, problems: [{ name: display, file: display, problem: 'too-many', limit: LIMITS.templateFiles }] };
      }
    }
  } finally {
    dir.closeSync();
  }
  names.sort();
  for (const name of names) {
    const file = path.join(display, name);
    const read = readWithin(path.join(realDir, name), roots, LIMITS.templateBytes);
    if (!('bytes' in read)) {
      problems.push({ name, file, ...read });
      continue;
    }
    const decoded = utf8(read.bytes);
    if (!('text' in decoded)) {
      const before = new TextDecoder().decode(read.bytes.subarray(0, decoded.offset)).split('\n');
      problems.push({ name, file, problem: 'encoding', offset: decoded.offset, line: before.length, column: before[before.length - 1].length + 1 });
      continue;
    }
    templates[name.slice(0, -4)] = { source: decoded.text, file };
  }
  return { templates, problems };
}

/** Why a file given on the command line (a plan, a DOCX to check) was not read, as a diagnostic on it. */
export function inputProblem(f: ReadFailure, display: string, limit: number): Diagnostic {
  const here = fileSpan(display);
  switch (f.problem) {
    case 'too-large':
      return diag('file-too-large', { size: f.size ?? '?', limit }, here);
    case 'not-file':
      return diag('path-not-file', { value: display, kind: f.kind ?? 'other' }, here);
    case 'missing':
      return f.link ? diag('path-broken-link', { value: display }, here) : diag('file-unreadable', { value: display, reason: 'ENOENT' }, here);
    case 'outside':
      return diag('path-outside', { value: display, link: true }, here);
    case 'hidden':
      return diag('path-hidden', { value: display }, here);
    case 'unreadable':
      return diag('file-unreadable', { value: display, reason: f.reason ?? '' }, here);
  }
}
