/**
 * The World over the file system. A file a plan names is read relative to the plan's folder and,
 * after every link is followed, must be a regular file inside that folder (not in a hidden file or
 * folder of it, such as .git) or inside a folder the user typed with --allow-outside; it is read
 * with the size cap of its kind. Only the CLI layer does I/O; the compiler asks this object.
 */
import path from 'node:path';
import type { TemplateSources } from '../model/templates.js';
import { LIMITS } from '../plan/limits.js';
import { createMeasurer, type FontFiles } from '../text/metrics.js';
import { Cache, type FileRequest, type ReadResult, type TemplatesResult, type World } from '../world.js';
import { folderWithin, readTemplateFolder, readWithin, realFolder } from './read.js';

export interface NodeWorldOptions {
  /** Plans are named relative to this folder (the working directory). */
  cwd: string;
  fonts: FontFiles;
  /** The package's default templates folder. */
  defaultTemplates: TemplateSources;
  /** --templates DIR, applied last. */
  override?: TemplateSources;
  /**
   * --allow-outside: folders (absolute, or relative to `cwd`) where files named by a plan may also
   * be; `true` allows any place (links are still followed, special files still refused).
   */
  allowOutside?: boolean | readonly string[];
  sourceDateEpoch?: number;
}

/** Paths in a plan are relative to its folder and stay inside it unless allowed. */
export function isOutside(relative: string): boolean {
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) return true;
  const norm = path.posix.normalize(relative.replace(/\\/g, '/'));
  return norm === '..' || norm.startsWith('../');
}

export function nodeWorld(options: NodeWorldOptions): World {
  const anywhere = options.allowOutside === true;
  const extra = Array.isArray(options.allowOutside) ? options.allowOutside.map((d) => realFolder(path.resolve(options.cwd, d))) : [];
  const rootsCache = new Map<string, string[]>();
  /** The folders a plan's files may be in: its own folder (real path) and the allowed ones. */
  const rootsOf = (planDir: string): string[] | null => {
    if (anywhere) return null;
    let roots = rootsCache.get(planDir);
    if (!roots) rootsCache.set(planDir, (roots = [realFolder(planDir), ...extra]));
    return roots;
  };
  /** The file a request names, or undefined when its text alone leaves the allowed places. */
  const locate = (req: FileRequest): { file: string; roots: string[] | null; display: string } | undefined => {
    const planDir = path.resolve(options.cwd, path.dirname(req.plan));
    // Without --allow-outside, a path that leaves the folder by its text is refused without
    // looking at the file system at all.
    if (!anywhere && !extra.length && isOutside(req.path)) return undefined;
    const file = path.resolve(planDir, req.path);
    return { file, roots: rootsOf(planDir), display: path.relative(options.cwd, file) || '.' };
  };
  return {
    templates: { defaults: options.defaultTemplates, ...(options.override ? { override: options.override } : {}) },
    fonts: options.fonts,
    measure: createMeasurer(options.fonts),
    ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
    cache: new Cache(),
    read(req): ReadResult {
      const where = locate(req);
      if (!where) return { problem: 'outside' };
      return readWithin(where.file, where.roots, req.kind === 'image' ? LIMITS.imageBytes : LIMITS.templateBytes);
    },
    templateDir(req): TemplatesResult {
      const where = locate(req);
      if (!where) return { problem: 'outside' };
      const dir = folderWithin(where.file, where.roots);
      if (!('real' in dir)) return dir;
      return readTemplateFolder(dir.real, where.roots, where.display);
    },
  };
}
