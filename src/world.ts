/**
 * The World: everything the compiler needs from outside, supplied by the caller (as typst's
 * World). The core never touches the file system, the environment or the clock; it asks the
 * World. The CLI supplies a World over the file system (`cli/node-world.ts`); tests and library
 * users may supply their own (`memoryWorld` below keeps files in memory).
 */
import type { TemplateSources } from './model/templates.js';
import type { FontFiles, TextMeasurer } from './text/metrics.js';
import { LIMITS } from './plan/limits.js';

/** Why a file the plan names could not be read. */
export type ReadProblem =
  /** It does not exist (or, with `link`, is a link to nothing). */
  | 'missing'
  /** Its path, after every link, leaves the folders the user allowed. */
  | 'outside'
  /** Its path, after every link, enters a hidden file or folder (.git, .env…) of an allowed folder. */
  | 'hidden'
  /** It is a folder, a device, a pipe… not a regular file (`kind` says which). */
  | 'not-file'
  /** It is larger than the limit for its kind (`size`, `limit`). */
  | 'too-large'
  /** The system refused (permissions…); `reason` says how. */
  | 'unreadable';

/** What a path that is not a regular file is. */
export type FileKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export interface ReadFailure {
  problem: ReadProblem;
  /** A system error code (EACCES, ELOOP…) for 'unreadable'. */
  reason?: string;
  /** For 'too-large': the size found (at least) and the limit, in bytes. */
  size?: number;
  limit?: number;
  /** The path is a symbolic link (to nothing, or to a place not allowed). */
  link?: boolean;
  /** For 'not-file'. */
  kind?: FileKind;
}

export type ReadResult = { bytes: Uint8Array } | ReadFailure;

/** A file of a template folder that could not be used; the other files still are. */
export interface TemplateFileProblem extends Omit<ReadFailure, 'problem'> {
  /** The file name ("closing.hbs"), or the folder for 'too-many'. */
  name: string;
  /** The file as shown in messages. */
  file: string;
  /** A read problem, or: not UTF-8 ('encoding', at `offset`, `line`, `column`), more files than the limit ('too-many'). */
  problem: ReadProblem | 'encoding' | 'too-many';
  offset?: number;
  line?: number;
  column?: number;
}

export type TemplatesResult = { templates: TemplateSources; problems?: TemplateFileProblem[] } | ReadFailure;

/** A file named in a plan: the plan's own path (as the World knows it) and the path as written. */
export interface FileRequest {
  plan: string;
  path: string;
  /** What the file is for: the World applies the size limit of its kind (LIMITS.imageBytes, templateBytes). */
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
      if (!(f instanceof Uint8Array)) return { problem: 'not-file', kind: 'directory' };
      return f.length > LIMITS.imageBytes ? { problem: 'too-large', size: f.length, limit: LIMITS.imageBytes } : { bytes: f };
    },
    templateDir({ path }) {
      const key = resolve(path);
      if (key === undefined) return { problem: 'outside' };
      const f = files[key];
      if (f === undefined) return { problem: 'missing' };
      if (f instanceof Uint8Array) return { problem: 'not-file', kind: 'other' };
      return { templates: Object.fromEntries(Object.entries(f).map(([name, source]) => [name, { source, file: `${key}/${name}.hbs` }])) };
    },
  };
}
