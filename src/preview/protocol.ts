/**
 * What the preview server and its page say to each other (JSON over HTTP). Shared by the server
 * (src/preview) and the page (src/preview/client); types only.
 */
import type { Lang } from '../diagnostics/index.js';

/** A diagnostic as the page shows it: rendered in the server's language, with its span. */
export interface PageDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  path?: string;
  span: { file: string; start: { line: number; column: number }; end: { line: number; column: number } };
}

/** The plan open in the page, as it is on disk. */
export interface OpenPlan {
  /** File name in the plans folder. */
  name: string;
  /** Its text (line ends as "\n"; the server restores the file's own on save). */
  text: string;
  /** A digest of the bytes on disk: a save names the version it was based on. */
  version: string;
  /** Not UTF-8 text: shown, never saved. */
  readOnly: boolean;
}

export interface StateResponse {
  lang: Lang;
  /** The folder's name, for the title. */
  folder: string;
  /** Plans of the folder (file names), to open or compare. */
  plans: string[];
  plan: OpenPlan | null;
  /** The year a new plan gets by default. */
  year: number;
}

export interface BuildRequest {
  name: string;
  text: string;
}

export interface BuildResponse {
  /** Built from the text sent (false: the plan changed meanwhile; nothing was built). */
  ok: boolean;
  diagnostics: PageDiagnostic[];
  /** The PDF of this text, when it compiled: fetch it from `pdf` (it may still be in the making). */
  pdf?: string;
  /**
   * A PDF of the document's first pages only, in base64, sent with the answer (long plans):
   * page 1 as in `pdf`, to draw while the whole PDF is made (the server is busy making it, so
   * this one comes in the answer rather than by another request).
   */
  first?: string;
  /** Server time spent before answering, milliseconds: compiling, and the first PDF made. */
  timings?: { compile: number; pdf: number };
}

export interface SaveRequest {
  name: string;
  text: string;
  /** The disk version the text was edited from. */
  base: string;
}

export type SaveResponse =
  | { ok: true; version: string }
  | { ok: false; conflict: true; disk: OpenPlan; message: string }
  | { ok: false; conflict: false; message: string };

export interface CompareRequest {
  /** The plan to compare with (a name from `plans`), taken as the older one unless `swap`. */
  other: string;
  name: string;
  text: string;
  swap?: boolean;
}

export type CompareResponse = { ok: true; html: string; total: number } | { ok: false; message: string };

export interface OpenRequest {
  name: string;
}

export interface CreateRequest {
  /** File name of the new plan (…yaml), in the plans folder. */
  file: string;
  level?: 'tinh' | 'huyen' | 'xa';
  /** Unit name, e.g. "Sơn Mai". */
  unit?: string;
  year?: number;
  /** Last year's plan (a name from `plans`) to roll over instead of a level. */
  from?: string;
}

export type ActionResponse = { ok: true; message?: string; state: StateResponse } | { ok: false; message: string };

/** Pushed on /api/events (server-sent events). */
export type ServerEvent =
  /** The open plan changed on disk (another editor). */
  | { type: 'disk'; plan: OpenPlan }
  /** The open plan was deleted or cannot be read. */
  | { type: 'missing'; name: string; message: string }
  /** The server opened another plan (another tab). */
  | { type: 'opened'; name: string };
