/**
 * Expand command-line plan arguments: files, folders (all *.yaml / *.yml below) and globs.
 * Inside a folder or glob the user typed, links are followed while they stay inside it (and out of
 * hidden folders); a plan that is a link leading elsewhere, a link to nothing, or not a regular
 * file is not read but listed in `skipped` with the reason, so the report can name it.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { diag, fileSpan } from '../diagnostics/index.js';
import type { FileKind } from '../world.js';
import type { FileResult } from './format.js';
import { fileKind, placeOf, realFolder, realLocation } from './read.js';

/** A plan (or a folder of plans) found but not read, and why. */
export interface Skipped {
  file: string;
  problem: 'outside' | 'hidden' | 'not-file' | 'broken-link';
  kind?: FileKind;
  /** A link to a folder (whose plans were not looked for). */
  folder?: boolean;
}

export async function expandInputs(args: string[], cwd: string): Promise<{ files: string[]; missing: string[]; skipped: Skipped[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (/[*?[{]/.test(arg)) {
      const found = await globFiles(arg, cwd, skipped);
      if (found.length === 0) missing.push(arg);
      files.push(...found);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      missing.push(arg);
      continue;
    }
    // A file typed by the user is read wherever it is (Builder refuses what is not a regular file).
    if (stat.isDirectory()) {
      const root = realFolder(abs);
      files.push(...(await walk(abs, { root, seen: new Set([root]), skipped, plansOnly: true })));
    } else files.push(abs);
  }
  return { files: [...new Set(files)], missing, skipped };
}

/** A skipped plan as a failed file of the report, with a diagnostic that says why. */
export function skippedResult(s: Skipped, cwd: string): FileResult {
  const value = path.relative(cwd, s.file) || s.file;
  const here = fileSpan(value);
  const d =
    s.problem === 'outside'
      ? diag('path-outside', { value, link: true }, here)
      : s.problem === 'hidden'
        ? diag('path-hidden', { value }, here)
        : s.problem === 'broken-link'
          ? diag('path-broken-link', { value }, here)
          : diag('path-not-file', { value, kind: s.kind ?? 'other' }, here);
  return { input: value, outputs: [], diagnostics: [d], status: 'invalid' };
}

const isPlan = (name: string) => /\.ya?ml$/i.test(name);

interface Walk {
  /** The real path of the folder the user typed: links may not lead out of it. */
  root: string;
  /** Real paths of the folders walked (a link back up would loop). */
  seen: Set<string>;
  skipped: Skipped[];
  /** Folder arguments: only *.yaml files, no hidden names; globs: every file (matched later). */
  plansOnly: boolean;
}

/** An entry of a folder: a file to keep, a folder to enter, or nothing. */
async function classify(p: string, e: Dirent, w: Walk): Promise<'file' | 'dir' | undefined> {
  const wanted = !w.plansOnly || isPlan(e.name);
  if (e.isDirectory()) return 'dir';
  if (e.isFile()) return wanted ? 'file' : undefined;
  if (e.isSymbolicLink()) {
    const where = realLocation(p);
    if (!('real' in where)) {
      if (wanted && where.problem === 'missing') w.skipped.push({ file: p, problem: 'broken-link' });
      return undefined;
    }
    let st;
    try {
      st = await fs.stat(where.real);
    } catch {
      return undefined;
    }
    const place = placeOf(where.real, [w.root]);
    if (place !== 'inside') {
      if (st.isDirectory()) w.skipped.push({ file: p, problem: place, folder: true });
      else if (wanted) w.skipped.push({ file: p, problem: place });
      return undefined;
    }
    if (st.isDirectory()) {
      if (w.seen.has(where.real)) return undefined;
      w.seen.add(where.real);
      return 'dir';
    }
    if (!wanted) return undefined;
    if (st.isFile()) return 'file';
    w.skipped.push({ file: p, problem: 'not-file', kind: fileKind(st) });
    return undefined;
  }
  // A FIFO, socket or device with a plan's name.
  if (wanted) w.skipped.push({ file: p, problem: 'not-file', kind: e.isFIFO() ? 'fifo' : e.isSocket() ? 'socket' : e.isCharacterDevice() || e.isBlockDevice() ? 'device' : 'other' });
  return undefined;
}

async function walk(dir: string, w: Walk): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (w.plansOnly ? e.name.startsWith('.') || e.name === 'node_modules' : e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    const what = await classify(p, e, w);
    if (what === 'dir') out.push(...(await walk(p, w)));
    else if (what === 'file') out.push(p);
  }
  return out;
}

/** Glob with *, **, ?, [..] and {a,b}: walk from the fixed prefix and match the rest. */
export async function globFiles(pattern: string, cwd: string, skipped: Skipped[] = []): Promise<string[]> {
  const norm = pattern.replace(/\\/g, '/');
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (/[*?[{]/.test(p)) break;
    fixed.push(p);
  }
  const base = path.resolve(cwd, fixed.join('/') || '.');
  const re = globToRegExp(path.resolve(cwd, norm).replace(/\\/g, '/'));
  let all: string[];
  const root = realFolder(base);
  const found: Skipped[] = [];
  try {
    all = await walk(base, { root, seen: new Set([root]), skipped: found, plansOnly: false });
  } catch {
    return [];
  }
  const matches = (f: string) => re.test(f.replace(/\\/g, '/'));
  // Links skipped: those the pattern would have matched (a plan), or folders it would have entered.
  skipped.push(...found.filter((s) => matches(s.file) || (s.folder && matches(path.join(s.file, 'x.yaml')))));
  return all.filter(matches);
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += glob.slice(i, end + 1);
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
