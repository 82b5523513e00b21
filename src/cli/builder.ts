/**
 * Building one plan file: read, compile, render, then write (or compare, for --check).
 * Used in the main thread and in worker threads alike; settings are plain data so they cross
 * thread boundaries. Whatever goes wrong with one plan ends as that plan's diagnostics: build()
 * never throws, so a batch always goes on to the next plan.
 */
import path from 'node:path';
import { diag, fileSpan, type Diagnostic, type Lang } from '../diagnostics/index.js';
import type { TemplateSources } from '../model/templates.js';
import type { DocumentModel } from '../model/types.js';
import { compilePlan } from '../pipeline.js';
import { LIMITS } from '../plan/limits.js';
import type { World } from '../world.js';
import { nodeWorld } from './node-world.js';
import type { FontFiles } from '../text/metrics.js';
import { decodeUtf8 } from '../plan/load.js';
import type { FileResult } from './format.js';
import { readFontFiles, readTemplateDir, replaceOutputs } from './io.js';
import { inputProblem, readWithin } from './read.js';

export type OutputFormat = 'docx' | 'pdf';
export type BuildMode = 'write' | 'check' | 'validate';

export interface BuildSettings {
  cwd: string;
  packageRoot: string;
  lang: Lang;
  mode: BuildMode;
  formats: OutputFormat[];
  /** --out-dir: the folder of every output. */
  outDir?: string;
  /** -o FILE: the one output file (absolute; its format is `formats[0]`), or "-" for standard output. */
  output?: string;
  /** --force: replace read-only outputs too. */
  force?: boolean;
  /** Absolute paths of the four font files. */
  fontFiles: Record<keyof FontFiles, string>;
  /** Absolute path of --templates (watched by --watch). */
  templatesDir?: string;
  /** The templates of --templates, read and checked once by the command. */
  templateOverride?: TemplateSources;
  /** --allow-outside: folders where files named by a plan may also be (true: anywhere). */
  allowOutside: boolean | string[];
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
  /** With `-o -`: the output, for the command to write to standard output. */
  bytes?: Uint8Array;
}

export class Builder {
  readonly world: World;

  constructor(private readonly settings: BuildSettings) {
    this.world = nodeWorld({
      cwd: settings.cwd,
      fonts: readFontFiles(settings.fontFiles),
      defaultTemplates: readTemplateDir(path.join(settings.packageRoot, 'templates', 'default')),
      ...(settings.templateOverride ? { override: settings.templateOverride } : {}),
      allowOutside: settings.allowOutside,
      ...(settings.sourceDateEpoch !== undefined ? { sourceDateEpoch: settings.sourceDateEpoch } : {}),
    });
  }

  /** The output paths of a plan. */
  targets(abs: string): { format: OutputFormat; file: string }[] {
    const { output, outDir, formats } = this.settings;
    if (output) return [{ format: formats[0], file: output }];
    const dir = outDir ?? path.dirname(abs);
    return formats.map((format) => ({ format, file: path.join(dir, `${path.parse(abs).name}.${format}`) }));
  }

  /** Read and compile one plan: its diagnostics, its text (for excerpts) and, when valid, its model. */
  async load(abs: string): Promise<LoadedPlan> {
    const display = path.relative(this.settings.cwd, abs) || abs;
    // The plan was typed by the user or found inside a folder they typed: any place, but only a
    // regular file, read with the size cap (a link to /dev/zero or a FIFO is refused at once).
    const read = readWithin(abs, null, LIMITS.fileBytes);
    if (!('bytes' in read)) return { display, diagnostics: [inputProblem(read, display, LIMITS.fileBytes)] };
    const bytes = read.bytes;
    const text = decodeUtf8(bytes, display).text;
    const compiled = compilePlan(bytes, display, this.world);
    return { display, diagnostics: compiled.diagnostics, ...(text !== undefined ? { text } : {}), ...(compiled.value ? { model: compiled.value.model } : {}) };
  }

  /** Build one plan. Never throws: an unexpected failure is the plan's `build-failed` diagnostic. */
  async build(abs: string): Promise<BuildOutcome> {
    const display = path.relative(this.settings.cwd, abs) || abs;
    try {
      return await this.buildOne(abs);
    } catch (e) {
      const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
      const d = diag('build-failed', { detail }, fileSpan(display));
      return { result: { input: display, outputs: [], diagnostics: [d], status: 'error' } };
    }
  }

  private async buildOne(abs: string): Promise<BuildOutcome> {
    const s = this.settings;
    const rel = (p: string) => (p === '-' ? '-' : path.relative(s.cwd, p) || p);
    const loaded = await this.load(abs);
    const { display, text, model } = loaded;
    const result: FileResult = { input: display, outputs: [], diagnostics: [...loaded.diagnostics], status: 'ok' };
    const withText = <T extends object>(o: T) => ({ ...o, ...(text !== undefined ? { text } : {}) });
    const here = fileSpan(display);
    if (!model) {
      result.status = 'invalid';
      return withText({ result });
    }
    if (s.mode === 'validate') return withText({ result });

    const targets = this.targets(abs);
    if (targets.some((t) => t.file !== '-' && path.resolve(t.file) === path.resolve(abs))) {
      result.diagnostics.push(diag('output-is-input', { value: display }, here));
      result.status = 'invalid';
      return withText({ result });
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
    if (s.output === '-') {
      result.outputs.push('-');
      return withText({ result, bytes: rendered[0].bytes });
    }
    if (s.mode === 'check') {
      result.stale = [];
      result.missing = [];
      for (const r of rendered) {
        // Never more than the new output's size: a link to /dev/zero or a huge file is just "stale".
        const current = readWithin(r.file, null, r.bytes.length);
        if ('bytes' in current && Buffer.compare(Buffer.from(current.bytes), Buffer.from(r.bytes)) === 0) result.outputs.push(rel(r.file));
        else {
          // `stale` lists every output to rebuild (format version 1); `missing` those not there at all.
          result.stale.push(rel(r.file));
          if (!('bytes' in current) && current.problem === 'missing') result.missing.push(rel(r.file));
        }
      }
      if (result.stale.length) result.status = 'stale';
      if (!result.missing.length) delete result.missing;
      return withText({ result });
    }
    // Replace the outputs together: all of them, or none (the previous files stay as they were).
    const refusal = replaceOutputs(rendered, { force: !!s.force });
    if (refusal) {
      const value = rel(refusal.file);
      if (refusal.problem === 'read-only') result.diagnostics.push(diag('output-read-only', { value }, here));
      else if (refusal.problem === 'foreign') result.diagnostics.push(diag('output-foreign', { value, app: refusal.app }, here));
      else if (refusal.problem === 'not-file') result.diagnostics.push(diag('output-not-file', { value, kind: refusal.kind }, here));
      else result.diagnostics.push(diag('output-unwritable', { value, reason: refusal.reason }, here));
      result.status = 'error';
      return withText({ result });
    }
    result.outputs.push(...rendered.map((r) => rel(r.file)));
    return withText({ result });
  }
}
