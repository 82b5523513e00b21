/** File-system helpers of the CLI: templates, fonts, safe writes. */
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSources } from '../model/templates.js';
import type { FontFiles } from '../model/metrics.js';
import { requireFromHere } from './context.js';

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

/**
 * Write through a temporary file in the same folder and rename, so an interrupted or failed build
 * never leaves a half-written output.
 */
export async function writeAtomic(file: string, bytes: Uint8Array, pending?: Set<string>): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.floor(Math.random() * 1e9).toString(36)}.tmp`);
  pending?.add(tmp);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    pending?.delete(tmp);
  }
}
