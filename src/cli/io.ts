/** File-system helpers of the CLI: templates, fonts, safe writes. */
import { accessSync, constants, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSources } from '../model/templates.js';
import type { FontFiles } from '../text/metrics.js';
import type { FileKind } from '../world.js';
import { packageRoot, requireFromHere } from './context.js';
import { fileKind, readTemplateFolder, readWithin, realFolder } from './read.js';

/**
 * Read the `*.hbs` files of a folder the user gave (the package's defaults, --templates, a
 * library caller's folder) into template sources. Links are followed only inside the folder, and
 * each file is read with the template size cap; any problem is thrown (see readTemplateFolder for
 * the problems one by one).
 */
export function readTemplateDir(dir: string): TemplateSources {
  const real = realFolder(dir);
  const { templates, problems } = readTemplateFolder(real, [real], dir);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.problem}${p.reason ? ` ${p.reason}` : ''}`).join('; '));
  return templates;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why `dir` could not be made into an output folder (an error code such as ENOTDIR or EACCES),
 * or undefined when it is a writable folder or could be created as one. Creates nothing.
 */
export function outDirProblem(dir: string): string | undefined {
  let p = path.resolve(dir);
  for (;;) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return code ?? String(e);
      const parent = path.dirname(p);
      if (parent === p) return 'ENOENT';
      p = parent;
      continue;
    }
    if (!st.isDirectory()) return 'ENOTDIR';
    try {
      accessSync(p, constants.W_OK | constants.X_OK);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? String(e);
    }
    return undefined;
  }
}

/** The package's default wording (templates/default/*.hbs). */
export function defaultTemplatesDir(root = packageRoot()): string {
  return path.join(root, 'templates', 'default');
}

/** Tinos (metric-compatible with Times New Roman, full Vietnamese), installed with the package. */
export function bundledFontFiles(): Record<keyof FontFiles, string> {
  const base = path.dirname(requireFromHere.resolve('@expo-google-fonts/tinos/package.json'));
  return {
    regular: path.join(base, '400Regular', 'Tinos_400Regular.ttf'),
    bold: path.join(base, '700Bold', 'Tinos_700Bold.ttf'),
    italic: path.join(base, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
    boldItalic: path.join(base, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
  };
}

/** Times New Roman files of an office (--font-dir): times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf (any case). */
export function fontDirFiles(dir: string): Record<keyof FontFiles, string> | undefined {
  const names = readdirSync(dir);
  const find = (...candidates: string[]) => names.find((n) => candidates.includes(n.toLowerCase()));
  const regular = find('times.ttf', 'timesnewroman.ttf', 'times new roman.ttf', 'tinos-regular.ttf', 'liberationserif-regular.ttf');
  const bold = find('timesbd.ttf', 'timesnewromanbold.ttf', 'times new roman bold.ttf', 'tinos-bold.ttf', 'liberationserif-bold.ttf');
  const italic = find('timesi.ttf', 'timesnewromanitalic.ttf', 'times new roman italic.ttf', 'tinos-italic.ttf', 'liberationserif-italic.ttf');
  const boldItalic = find('timesbi.ttf', 'timesnewromanbolditalic.ttf', 'times new roman bold italic.ttf', 'tinos-bolditalic.ttf', 'liberationserif-bolditalic.ttf');
  if (!regular || !bold || !italic || !boldItalic) return undefined;
  return { regular: path.join(dir, regular), bold: path.join(dir, bold), italic: path.join(dir, italic), boldItalic: path.join(dir, boldItalic) };
}

/** Largest font file read, in bytes (Times New Roman is under 1 MB; a CJK font is about 20 MB). */
export const FONT_BYTES = 64 * 1024 * 1024;

/** Why a font file cannot be used (not a regular file, too large, unreadable), or undefined. */
export function fontFileProblem(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile()) return fileKind(st);
    if (st.size > FONT_BYTES) return `> ${FONT_BYTES} bytes`;
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
}

export function readFontFiles(files: Record<keyof FontFiles, string>): FontFiles {
  const read = (file: string) => {
    const r = readWithin(file, null, FONT_BYTES);
    if (!('bytes' in r)) throw new Error(`${file}: ${r.problem}${r.kind ? ` (${r.kind})` : ''}${r.reason ? ` ${r.reason}` : ''}`);
    return r.bytes;
  };
  return { regular: read(files.regular), bold: read(files.bold), italic: read(files.italic), boldItalic: read(files.boldItalic) };
}

/** Folders where this process writes temporary files; swept when the process is interrupted. */
const temporaryDirs = new Set<string>();

/** Mark a folder where outputs (and so temporary files) may be written, also by worker threads. */
export function expectWritesIn(dir: string): void {
  temporaryDirs.add(path.resolve(dir));
}

/** Temporary files: ".<output>.<pid>.<random>.tmp", beside the output. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-z]+\.tmp$/;

/** Remove this process's temporary files (named ".<output>.<pid>.<random>.tmp") from those folders. */
export function sweepTemporaryFiles(): void {
  for (const dir of temporaryDirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (TEMPORARY.exec(name)?.[1] === String(process.pid)) rmSync(path.join(dir, name), { force: true });
  }
}

/** Whether a process of this machine has this id (EPERM: it exists, owned by another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const swept = new Set<string>();

/**
 * Remove the temporary files that processes which no longer run left in a folder (a build killed
 * with SIGKILL, a power cut): once per folder and process, before the first write there. Files of
 * running processes, ours included, are left alone.
 */
export function sweepStaleTemporaryFiles(dir: string): string[] {
  const abs = path.resolve(dir);
  if (swept.has(abs)) return [];
  swept.add(abs);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      if (!lstatSync(path.join(abs, name)).isFile()) continue;
      rmSync(path.join(abs, name), { force: true });
      removed.push(name);
    } catch {
      // Removed by someone else meanwhile, or not ours to remove.
    }
  }
  return removed;
}

const temporaryName = (file: string, tag = '') =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.floor(Math.random() * 1e9).toString(36)}${tag}.tmp`);

/**
 * Write through a temporary file in the same folder and rename, so an interrupted or failed build
 * never leaves a half-written output. Synchronous on purpose: an interrupt is handled between two
 * JavaScript tasks, so it sees either no temporary file or a complete output, never a file being
 * created behind its back by the thread pool.
 */
export function writeAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  expectWritesIn(dir);
  const tmp = temporaryName(file);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Why an output could not be written; nothing was changed on disk. */
export type WriteRefusal =
  | { file: string; problem: 'read-only' }
  | { file: string; problem: 'not-file'; kind: FileKind }
  | { file: string; problem: 'error'; reason: string };

/**
 * Replace a plan's outputs together: every output is first written in full to a temporary file
 * beside it; only when all are written are they renamed into place, the previous files kept as
 * hard links until the last rename succeeded. On any failure (disk full, no permission, a folder
 * or a read-only file in the way without `force`) the previous outputs are left exactly as they
 * were and no temporary file remains. `rename` is replaceable for tests.
 */
export function replaceOutputs(writes: readonly { file: string; bytes: Uint8Array }[], options: { force?: boolean; rename?: (from: string, to: string) => void } = {}): WriteRefusal | undefined {
  const rename = options.rename ?? renameSync;
  // 1. What is in the way: a folder, a device, a read-only file (unless --force).
  for (const w of writes) {
    let st;
    try {
      st = lstatSync(w.file);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) continue; // the rename replaces the link itself, never its target
    if (!st.isFile()) return { file: w.file, problem: 'not-file', kind: fileKind(st) };
    if (!options.force && readOnly(w.file, st.mode)) return { file: w.file, problem: 'read-only' };
  }
  const temporary: string[] = [];
  const backups: (string | undefined)[] = [];
  let current = writes[0]?.file ?? '';
  const cleanUp = () => {
    for (const t of temporary) rmSync(t, { force: true });
  };
  try {
    // 2. Every new output in full, beside its place.
    for (const w of writes) {
      current = w.file;
      const dir = path.dirname(w.file);
      // The output folder (--out-dir, -o) is made here, by the first plan that has something to write.
      mkdirSync(dir, { recursive: true });
      expectWritesIn(dir);
      sweepStaleTemporaryFiles(dir);
      const tmp = temporaryName(w.file);
      temporary.push(tmp);
      writeFileSync(tmp, w.bytes, { flag: 'wx' });
    }
    // 3. The previous outputs kept aside (hard links: no copy), so that a failed rename can be undone.
    for (const w of writes) {
      current = w.file;
      let backup: string | undefined;
      try {
        lstatSync(w.file);
        backup = temporaryName(w.file, 'b');
        try {
          linkSync(w.file, backup);
        } catch {
          copyFileSync(w.file, backup);
        }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        backup = undefined;
      }
      backups.push(backup);
    }
  } catch (e) {
    cleanUp();
    for (const b of backups) if (b) rmSync(b, { force: true });
    return { file: current, problem: 'error', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  // 4. All renames, or none.
  for (let i = 0; i < writes.length; i++) {
    try {
      rename(temporary[i], writes[i].file);
    } catch (e) {
      for (let j = 0; j < i; j++) {
        const b = backups[j];
        if (b) renameSync(b, writes[j].file);
        else rmSync(writes[j].file, { force: true });
      }
      for (let j = i; j < writes.length; j++) {
        rmSync(temporary[j], { force: true });
        const b = backups[j];
        if (b) rmSync(b, { force: true });
      }
      return { file: writes[i].file, problem: 'error', reason: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
  }
  for (const b of backups) if (b) rmSync(b, { force: true });
  return undefined;
}

/** A file the user protected: no write bit for its owner (mode 444…), or no write access for us. */
function readOnly(file: string, mode: number): boolean {
  if ((mode & 0o200) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
