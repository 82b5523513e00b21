import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { CliContext } from '../src/cli/context.js';
import { bundledFontFiles, readFontFiles, readTemplateDir } from '../src/cli/io.js';
import { nodeWorld, type NodeWorldOptions } from '../src/cli/node-world.js';
import type { TemplateSources } from '../src/model/templates.js';
import { renderDiagnostic, type Diagnostic, type Lang } from '../src/diagnostics/index.js';
import { compilePlan } from '../src/pipeline.js';
import type { FontFiles } from '../src/text/metrics.js';
import type { World } from '../src/world.js';

export const ROOT = path.resolve(__dirname, '..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const UPDATE = !!process.env.UPDATE_GOLDEN;

export function tempDir(prefix = 'cchc-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Captured extends CliContext {
  out: () => string;
  err: () => string;
}

export function memoryContext(cwd: string, env: Record<string, string | undefined> = {}): Captured {
  let out = '';
  let err = '';
  return {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    packageRoot: ROOT,
    cpus: 2,
    today: new Date(Date.UTC(2026, 10, 22)),
    out: () => out,
    err: () => err,
  };
}

let fonts: FontFiles | undefined;
let defaults: TemplateSources | undefined;
/** A World over the file system in which plan paths are relative to `cwd`. */
export function testWorld(cwd = EXAMPLES, extra: Partial<NodeWorldOptions> = {}): World {
  fonts ??= readFontFiles(bundledFontFiles());
  defaults ??= readTemplateDir(path.join(ROOT, 'templates', 'default'));
  return nodeWorld({ cwd, fonts, defaultTemplates: defaults, ...extra });
}

/** Compile a plan given as text or bytes, named `file` in the folder `dir`. */
export function compileText(text: string | Uint8Array, file = 'plan.yaml', dir = EXAMPLES) {
  return compilePlan(typeof text === 'string' ? new TextEncoder().encode(text) : text, file, testWorld(dir));
}

export function compileFile(file: string) {
  return compilePlan(new Uint8Array(readFileSync(file)), path.relative(ROOT, file), testWorld(ROOT));
}

/** A diagnostic as a reader sees it: its place and its words in a language. */
export function shown(d: Diagnostic, lang: Lang = 'vi') {
  return { code: d.code, file: d.span.file, line: d.span.start.line, column: d.span.start.column, ...renderDiagnostic(d, lang) };
}

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(EXAMPLES, f));
}

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

/**
 * Run the built CLI as the unprivileged user "nobody" (for permission tests: root passes every
 * check). `dir` is made readable to that user; the caller decides what it may write.
 */
export function runAsNobody(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  chmodSync(dir, 0o755);
  for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) chmodSync(path.join(dir, f), 0o644);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(ROOT, 'dist', 'cli', 'bin.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: dir },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Whether to skip tests that need these tools: only on a developer machine that lacks them. Under
 * CI=true nothing is skipped, so a missing tool fails the tests that use it.
 */
export function skipWithout(...cmds: string[]): boolean {
  if (process.env.CI) return false;
  return cmds.some((c) => !hasCommand(c));
}

/** Whether a command-line tool (soffice, pdftotext…) is installed. */
export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * LibreOffice's PDFs of DOCX files (in `dir`/lo), drawn with the fonts our PDF embeds: a fontconfig
 * file of its own gives LibreOffice the bundled Tinos for "Times New Roman" and hides Liberation
 * Serif, which LibreOffice would take instead and which has no Vietnamese letters (it would draw
 * them with another, wider font). Returns the folder of the PDFs.
 */
export function libreOfficePdfs(docxFiles: string[], dir: string): string {
  const fonts = path.dirname(path.dirname(bundledFontFiles().regular));
  const conf = path.join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
  <selectfont><rejectfont><pattern><patelt name="family"><string>Liberation Serif</string></patelt></pattern></rejectfont></selectfont>
  <match target="pattern">
    <test qual="any" name="family"><string>Times New Roman</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>Tinos</string></edit>
  </match>
</fontconfig>
`,
  );
  const out = path.join(dir, 'lo');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', out, ...docxFiles], {
    stdio: 'ignore',
    timeout: 240000,
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
  return out;
}

/** A word of a PDF page as poppler reads it, in points from the top left, with its baseline and size. */
export interface PdfWord {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  baseline: number;
  size: number;
}

/**
 * The words of a page (`pdftotext -bbox`) with their baselines. Poppler's box of a word is the
 * font's ascent above the baseline and its descent below, as the PDF's font descriptors give them
 * (0.95 and −0.35 em when they are 0, as LibreOffice writes them); the fonts of one PDF share them.
 */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  const bytes = readFileSync(pdf, 'latin1');
  const of = (key: string, fallback: number) => {
    const values = new Set([...bytes.matchAll(new RegExp(`/${key}\\s+(-?[\\d.]+)`, 'g'))].map((m) => Math.abs(Number(m[1]))));
    if (values.size > 1) throw new Error(`${pdf}: fonts with different /${key}`);
    const v = [...values][0];
    return v && v < 3000 ? v / 1000 : fallback;
  };
  const ascent = of('Ascent', 0.95);
  const descent = of('Descent', 0.35);
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => {
    const [x0, y0, x1, y1] = [1, 2, 3, 4].map((i) => Number(m[i]));
    const size = (y1 - y0) / (ascent + descent);
    const text = m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    return { text, x0, x1, y0, y1, baseline: y1 - descent * size, size };
  });
}

/** A page as grey pixels (0 black … 255 white), `dpi` dots per inch; `at(xPt, yPt)` reads the pixel at a point. */
export function pagePixels(pdf: string, page: number, dpi = 144): { width: number; height: number; at: (xPt: number, yPt: number) => number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  const scale = dpi / 72;
  return { width, height, at: (x, y) => data[Math.round(y * scale) * width + Math.round(x * scale)] ?? 255 };
}
