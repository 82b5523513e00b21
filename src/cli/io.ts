/** File-system helpers of the CLI: templates, fonts, safe writes. */
import { accessSync, constants, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSources } from '../model/templates.js';
import type { FontFiles } from '../text/metrics.js';
import { packageRoot, requireFromHere } from './context.js';

/** Read `*.hbs` files of a folder into template sources. */
export function readTemplateDir(dir: string): TemplateSources {
  const out: TemplateSources = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.hbs')) continue;
    const file = path.join(dir, name);
    out[name.slice(0, -4)] = { source: readFileSync(file, 'utf8'), file };
  }
  return out;
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

export function readFontFiles(files: Record<keyof FontFiles, string>): FontFiles {
  return {
    regular: new Uint8Array(readFileSync(files.regular)),
    bold: new Uint8Array(readFileSync(files.bold)),
    italic: new Uint8Array(readFileSync(files.italic)),
    boldItalic: new Uint8Array(readFileSync(files.boldItalic)),
  };
}

/** Folders where this process writes temporary files; swept when the process is interrupted. */
const temporaryDirs = new Set<string>();

/** Mark a folder where outputs (and so temporary files) may be written, also by worker threads. */
export function expectWritesIn(dir: string): void {
  temporaryDirs.add(path.resolve(dir));
}

/** Remove this process's temporary files (named ".<output>.<pid>.<random>.tmp") from those folders. */
export function sweepTemporaryFiles(): void {
  const ours = new RegExp(`^\\..+\\.${process.pid}\\.[0-9a-z]+\\.tmp$`);
  for (const dir of temporaryDirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (ours.test(name)) rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Write through a temporary file in the same folder and rename, so an interrupted or failed build
 * never leaves a half-written output. Synchronous on purpose: an interrupt is handled between two
 * JavaScript tasks, so it sees either no temporary file or a complete output, never a file being
 * created behind its back by the thread pool.
 */
export function writeAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  expectWritesIn(dir);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.floor(Math.random() * 1e9).toString(36)}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
