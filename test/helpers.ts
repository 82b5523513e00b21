import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
