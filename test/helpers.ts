import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { CliContext } from '../src/cli/context.js';
import { bundledFontFiles, readFontFiles, readTemplateDir } from '../src/cli/io.js';
import { compilePlan, type CompileInputs } from '../src/compile.js';
import { createMeasurer } from '../src/model/metrics.js';

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

let measure: ReturnType<typeof createMeasurer> | undefined;
export function testInputs(lang: 'vi' | 'en' = 'vi', planDir = EXAMPLES): CompileInputs {
  measure ??= createMeasurer(readFontFiles(bundledFontFiles()));
  return {
    lang,
    templates: readTemplateDir(path.join(ROOT, 'templates', 'default')),
    planTemplates: (rel) => {
      const dir = path.resolve(planDir, rel);
      return existsSync(dir) && statSync(dir).isDirectory() ? readTemplateDir(dir) : undefined;
    },
    measure,
    images: (p) => {
      try {
        return new Uint8Array(readFileSync(path.resolve(planDir, p)));
      } catch {
        return undefined;
      }
    },
  };
}

export function compileFile(file: string, lang: 'vi' | 'en' = 'vi') {
  return compilePlan(new Uint8Array(readFileSync(file)), path.relative(ROOT, file), testInputs(lang, path.dirname(file)));
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

/** Whether a command-line tool (soffice, pdftotext…) is installed. */
export function hasCommand(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
