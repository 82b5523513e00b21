/**
 * The World over the file system: files a plan names are read relative to the plan's folder and
 * must stay inside it (or inside what the user allowed with --allow-outside). Only the CLI layer
 * does I/O; the compiler asks this object.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSources } from '../model/templates.js';
import { createMeasurer, type FontFiles } from '../text/metrics.js';
import { Cache, type FileRequest, type ReadResult, type TemplatesResult, type World } from '../world.js';
import { isDirectory, readTemplateDir } from './io.js';

export interface NodeWorldOptions {
  /** Plans are named relative to this folder (the working directory). */
  cwd: string;
  fonts: FontFiles;
  /** The package's default templates folder. */
  defaultTemplates: TemplateSources;
  /** --templates DIR, applied last. */
  override?: TemplateSources;
  /** --allow-outside: files named by a plan may live outside its folder. */
  allowOutside?: boolean;
  sourceDateEpoch?: number;
}

/** Paths in a plan are relative to its folder and stay inside it unless allowed. */
export function isOutside(relative: string): boolean {
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) return true;
  const norm = path.posix.normalize(relative.replace(/\\/g, '/'));
  return norm === '..' || norm.startsWith('../');
}

export function nodeWorld(options: NodeWorldOptions): World {
  const locate = (req: FileRequest): string | undefined => (!options.allowOutside && isOutside(req.path) ? undefined : path.resolve(options.cwd, path.dirname(req.plan), req.path));
  return {
    templates: { defaults: options.defaultTemplates, ...(options.override ? { override: options.override } : {}) },
    fonts: options.fonts,
    measure: createMeasurer(options.fonts),
    ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
    cache: new Cache(),
    read(req): ReadResult {
      const file = locate(req);
      if (!file) return { problem: 'outside' };
      try {
        return { bytes: new Uint8Array(readFileSync(file)) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing' };
        if (code === 'EISDIR') return { problem: 'not-file' };
        return { problem: 'unreadable', reason: code ?? String(e) };
      }
    },
    templateDir(req): TemplatesResult {
      const dir = locate(req);
      if (!dir) return { problem: 'outside' };
      if (!isDirectory(dir)) {
        try {
          statSync(dir);
          return { problem: 'not-file' };
        } catch {
          return { problem: 'missing' };
        }
      }
      return { templates: readTemplateDir(dir) };
    },
  };
}
