/** Expand command-line plan arguments: files, folders (all *.yaml / *.yml below) and globs. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function expandInputs(args: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (/[*?[{]/.test(arg)) {
      const found = await globFiles(arg, cwd);
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
    if (stat.isDirectory()) files.push(...(await walk(abs)));
    else files.push(abs);
  }
  return { files: [...new Set(files)], missing };
}

const isPlan = (name: string) => /\.ya?ml$/i.test(name);

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && isPlan(e.name)) out.push(p);
  }
  return out;
}

/** Glob with *, **, ?, [..] and {a,b}: walk from the fixed prefix and match the rest. */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
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
  try {
    all = await walkAll(base);
  } catch {
    return [];
  }
  return all.filter((f) => re.test(f.replace(/\\/g, '/')));
}

async function walkAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walkAll(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
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
