/**
 * Building one plan file: read, compile, render, then write (or compare, for --check).
 * Used in the main thread and in worker threads alike; settings are plain data so they cross
 * thread boundaries.
 */
import { mkdirSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic, type Lang } from '../diagnostics/index.js';
import type { DocumentModel } from '../model/types.js';
import { compilePlan } from '../pipeline.js';
import type { World } from '../world.js';
import { nodeWorld } from './node-world.js';
import type { FontFiles } from '../text/metrics.js';
import { decodeUtf8 } from '../plan/load.js';
import { readBytesSync } from './context.js';
import type { FileResult } from './format.js';
import { readFontFiles, readTemplateDir, writeAtomic } from './io.js';

export type OutputFormat = 'docx' | 'pdf';
export type BuildMode = 'write' | 'check' | 'validate';

export interface BuildSettings {
  cwd: string;
  packageRoot: string;
  lang: Lang;
  mode: BuildMode;
  formats: OutputFormat[];
  outDir?: string;
  /** Absolute paths of the four font files. */
  fontFiles: Record<keyof FontFiles, string>;
  /** Absolute path of --templates. */
  templatesDir?: string;
  allowOutside: boolean;
  sourceDateEpoch?: number;
}

export interface LoadedPlan {
  /** The plan's path relative to the working directory. */
  display: string;
  diagnostics: Diagnostic[];
  text?: string;
  model?: DocumentModel;
}

export interface BuildOutcome {
  result: FileResult;
  /** The plan's text, for source excerpts in diagnostics. */
  text?: string;
}

export class Builder {
  readonly world: World;

  constructor(private readonly settings: BuildSettings) {
    this.world = nodeWorld({
      cwd: settings.cwd,
      fonts: readFontFiles(settings.fontFiles),
      defaultTemplates: readTemplateDir(path.join(settings.packageRoot, 'templates', 'default')),
      ...(settings.templatesDir ? { override: readTemplateDir(settings.templatesDir) } : {}),
      allowOutside: settings.allowOutside,
      ...(settings.sourceDateEpoch !== undefined ? { sourceDateEpoch: settings.sourceDateEpoch } : {}),
    });
  }

  /** The output paths of a plan. */
  targets(abs: string): { format: OutputFormat; file: string }[] {
    const dir = this.settings.outDir ?? path.dirname(abs);
    return this.settings.formats.map((format) => ({ format, file: path.join(dir, `${path.parse(abs).name}.${format}`) }));
  }

  /** Read and compile one plan: its diagnostics, its text (for excerpts) and, when valid, its model. */
  async load(abs: string): Promise<LoadedPlan> {
    const lang = this.settings.lang;
    const display = path.relative(this.settings.cwd, abs) || abs;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(abs));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return { display, diagnostics: [diag('file-unreadable', { reason }, { file: display, line: 0, column: 0 })] };
    }
    const text = decodeUtf8(bytes, display).text;
    const compiled = compilePlan(bytes, display, this.world);
    return { display, diagnostics: compiled.diagnostics, ...(text !== undefined ? { text } : {}), ...(compiled.value ? { model: compiled.value.model } : {}) };
  }

  async build(abs: string): Promise<BuildOutcome> {
    const s = this.settings;
    const lang = s.lang;
    const rel = (p: string) => path.relative(s.cwd, p) || p;
    const loaded = await this.load(abs);
    const { display, text, model } = loaded;
    const result: FileResult = { input: display, outputs: [], diagnostics: [...loaded.diagnostics], status: 'ok' };
    const here = { file: display, line: 0, column: 0 };
    if (!model) {
      result.status = 'invalid';
      return { result, ...(text !== undefined ? { text } : {}) };
    }
    if (s.mode === 'validate') return { result, ...(text !== undefined ? { text } : {}) };

    const targets = this.targets(abs);
    if (targets.some((t) => path.resolve(t.file) === path.resolve(abs))) {
      result.diagnostics.push(diag('output-is-input', { value: display }, here));
      result.status = 'invalid';
      return { result, ...(text !== undefined ? { text } : {}) };
    }
    // Render everything in memory first: a failure leaves no output at all.
    const rendered: { file: string; bytes: Uint8Array }[] = [];
    for (const t of targets) {
      const out =
        t.format === 'docx'
          ? await (await import('../render/docx/index.js')).renderDocx(model, { cache: this.world.cache })
          : await (await import('../render/pdf/index.js')).renderPdf(model, this.world);
      rendered.push({ file: t.file, bytes: out });
    }
    if (s.mode === 'check') {
      result.stale = [];
      for (const r of rendered) {
        const current = readBytesSync(r.file);
        if (!current || Buffer.compare(Buffer.from(current), Buffer.from(r.bytes)) !== 0) result.stale.push(rel(r.file));
        else result.outputs.push(rel(r.file));
      }
      if (result.stale.length) result.status = 'stale';
      return { result, ...(text !== undefined ? { text } : {}) };
    }
    for (const r of rendered) {
      try {
        // The output folder (-o) is made here, by the first plan that has something to write.
        mkdirSync(path.dirname(r.file), { recursive: true });
        writeAtomic(r.file, r.bytes);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        result.diagnostics.push(diag('output-unwritable', { value: rel(r.file), reason: code }, here));
        result.status = 'error';
        break;
      }
      result.outputs.push(rel(r.file));
    }
    return { result, ...(text !== undefined ? { text } : {}) };
  }
}
