/**
 * The World: everything the compiler needs from outside, supplied by the caller (as typst's
 * World). The core never touches the file system, the environment or the clock; it asks the
 * World. The CLI supplies a World over the file system (`cli/node-world.ts`); tests and library
 * users may supply their own (`memoryWorld` below keeps files in memory).
 */
import type { TemplateSources } from './model/templates.js';
import type { FontFiles, TextMeasurer } from './text/metrics.js';

/** Why a file the plan names could not be read. */
export type ReadProblem =
  /** It does not exist (or a link to nothing). */
  | 'missing'
  /** Its path, after every link, leaves the folders the user allowed. */
  | 'outside'
  /** It is a folder, a device, a pipe… not a regular file. */
  | 'not-file'
  /** It is larger than the limit for its kind. */
  | 'too-large'
  /** The system refused (permissions…); `reason` says how. */
  | 'unreadable';

export type ReadResult = { bytes: Uint8Array } | { problem: ReadProblem; reason?: string; limit?: number };
export type TemplatesResult = { templates: TemplateSources } | { problem: ReadProblem; reason?: string };

/** A file named in a plan: the plan's own path (as the World knows it) and the path as written. */
export interface FileRequest {
  plan: string;
  path: string;
  /** What the file is for: the World may apply a size limit per kind. */
  kind: 'image' | 'templates';
}

/** Values kept for the World's lifetime (compiled templates, formatted constant parts…). */
export class Cache {
  private readonly values = new Map<unknown, unknown>();
  get<T>(key: unknown, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const v = make();
    this.values.set(key, v);
    return v;
  }
}

export interface World {
  /** Read a file the plan names (an image), relative to the plan's folder. */
  read(request: FileRequest): ReadResult;
  /** The `*.hbs` files of a template folder the plan names, relative to the plan's folder. */
  templateDir(request: FileRequest): TemplatesResult;
  /** The package's default wording, and the folder given on the command line (applied last). */
  templates: { defaults: TemplateSources; override?: TemplateSources };
  /** The fonts for the PDF, and their metrics for the exact line lengths. */
  fonts: FontFiles;
  measure: TextMeasurer;
  /** SOURCE_DATE_EPOCH, seconds: the date written into document metadata. */
  sourceDateEpoch?: number;
  cache: Cache;
}

/**
 * A World over files held in memory, by path relative to the plan's folder. Paths that leave the
 * folder are refused, as the file-system World does.
 */
export function memoryWorld(base: Pick<World, 'templates' | 'fonts' | 'measure'> & Partial<Pick<World, 'sourceDateEpoch' | 'cache'>>, files: Record<string, Uint8Array | Record<string, string>> = {}): World {
  const resolve = (p: string) => {
    const parts: string[] = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (!parts.length) return undefined;
        parts.pop();
      } else parts.push(seg);
    }
    return /^([a-zA-Z]:)?[\\/]/.test(p) ? undefined : parts.join('/');
  };
  return {
    ...base,
    cache: base.cache ?? new Cache(),
    read({ path }) {
      const key = resolve(path);
      if (key === undefined) return { problem: 'outside' };
      const f = files[key];
      if (f === undefined) return { problem: 'missing' };
      return f instanceof Uint8Array ? { bytes: f } : { problem: 'not-file' };
    },
    templateDir({ path }) {
      const key = resolve(path);
      if (key === undefined) return { problem: 'outside' };
      const f = files[key];
      if (f === undefined) return { problem: 'missing' };
      if (f instanceof Uint8Array) return { problem: 'not-file' };
      return { templates: Object.fromEntries(Object.entries(f).map(([name, source]) => [name, { source, file: `${key}/${name}.hbs` }])) };
    },
  };
}
