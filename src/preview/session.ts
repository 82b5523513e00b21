/**
 * The state behind the preview page: which plan is open, what is on disk, the last outputs
 * built. It compiles in process with a warm World (templates, fonts and caches loaded once) and
 * does its I/O only through the PreviewIO it is given.
 *
 * Saving is guarded: a save names the disk version its text was edited from; when the file on
 * disk is no longer that version (another editor saved it), nothing is written and the page is
 * told about the conflict. Only the plan that is open is ever written.
 */
import { createHash } from 'node:crypto';
import { diagnosticJson, hasErrors, renderDiagnostic, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics/index.js';
import { previewTexts, say, type PreviewTextKey } from '../diagnostics/catalog/index.js';
import { diffModels } from '../diff/index.js';
import { formatHtml } from '../diff/report/index.js';
import type { DocumentModel } from '../model/types.js';
import { compilePlan } from '../pipeline.js';
import { renderDocx } from '../render/docx/index.js';
import { renderPdf } from '../render/pdf/index.js';
import type { World } from '../world.js';
import { firstPagesModel } from './first-pages.js';
import type { PreviewIO } from './io.js';
import type { ActionResponse, BuildResponse, CompareResponse, CreateRequest, OpenPlan, PageDiagnostic, SaveResponse, ServerEvent, StateResponse } from './protocol.js';

/** A digest of a file's bytes: equal digests, equal files. */
export function version(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** How a file on disk is written, so a save changes only what was edited. */
interface Layout {
  bom: boolean;
  crlf: boolean;
}

interface DiskState {
  version: string;
  text: string;
  layout: Layout;
  readOnly: boolean;
}

/** A built PDF kept for the page to fetch, with the model it came from (for DOCX and compare). */
export interface Output {
  id: string;
  pdf: Uint8Array;
  model: DocumentModel;
  text: string;
}

const BOM = '\uFEFF';
/** How long the clerk must pause before the whole PDF of a long plan is made, milliseconds. */
const WHOLE_AFTER_MS = 120;
/** Plan file names the page may create: one name in the folder, no path. */
export const PLAN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,120}\.ya?ml$/u;

function decode(bytes: Uint8Array): DiskState {
  const v = version(bytes);
  let text: string;
  let readOnly = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    readOnly = true;
  }
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  const crlf = text.includes('\r\n');
  return { version: v, text: text.replace(/\r\n?/g, '\n'), layout: { bom, crlf }, readOnly };
}

function encode(text: string, layout: Layout): Uint8Array {
  let t = text.replace(/\r\n?/g, '\n');
  if (layout.crlf) t = t.replace(/\n/g, '\r\n');
  return new TextEncoder().encode((layout.bom ? BOM : '') + t);
}

export interface SessionOptions {
  io: PreviewIO;
  world: World;
  lang: Lang;
  /** The plans folder's name (for the page's title). */
  folder: string;
  /** The year a new plan gets by default. */
  year: number;
  /** Told when the open plan changes on disk, or another plan is opened. */
  notify?: (event: ServerEvent) => void;
}

export class PreviewSession {
  private name: string | undefined;
  private disk: DiskState | undefined;
  private unwatch: (() => void) | undefined;
  private outputs: Output[] = [];
  /** Whole PDFs waiting for the clerk to pause, by build id. */
  private making = new Map<string, Promise<void>>();
  /** The newest build that compiled. */
  private current: Omit<Output, 'pdf'> | undefined;
  private last: { name: string; text: string; response: BuildResponse } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private latestRequest = 0;
  private counter = 0;

  constructor(private readonly options: SessionOptions) {}

  text(key: PreviewTextKey, params: Record<string, unknown> = {}): string {
    return say(this.options.lang, previewTexts[key] as { vi: (p: unknown) => string; en: (p: unknown) => string }, params);
  }

  get openName(): string | undefined {
    return this.name;
  }

  /** Open a plan of the folder (replacing the open one). */
  async open(name: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const plans = await this.options.io.listPlans();
    if (!plans.includes(name)) return { ok: false, message: this.text('unknownPlan', { name }) };
    const read = await this.options.io.readPlan(name);
    if (!('bytes' in read)) return { ok: false, message: this.text('unknownPlan', { name }) };
    this.unwatch?.();
    this.name = name;
    this.disk = decode(read.bytes);
    this.outputs = [];
    this.current = undefined;
    this.last = undefined;
    this.unwatch = this.options.io.watchPlan(name, () => void this.checkDisk());
    this.options.notify?.({ type: 'opened', name });
    return { ok: true };
  }

  close(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private openPlan(): OpenPlan | null {
    if (!this.name || !this.disk) return null;
    return { name: this.name, text: this.disk.text, version: this.disk.version, readOnly: this.disk.readOnly };
  }

  async state(): Promise<StateResponse> {
    return { lang: this.options.lang, folder: this.options.folder, plans: await this.options.io.listPlans(), plan: this.openPlan(), year: this.options.year };
  }

  /**
   * Read the open plan from disk again; when it differs from what we knew, tell the page. Called
   * by the file watcher, and before every save.
   */
  async checkDisk(): Promise<void> {
    const name = this.name;
    if (!name) return;
    const read = await this.options.io.readPlan(name);
    if (name !== this.name) return;
    if (!('bytes' in read)) {
      if (read.problem === 'missing' && this.disk) {
        this.options.notify?.({ type: 'missing', name, message: this.text('missing', { name }) });
      }
      return;
    }
    const v = version(read.bytes);
    if (this.disk && v === this.disk.version) return;
    this.disk = decode(read.bytes);
    this.options.notify?.({ type: 'disk', plan: this.openPlan()! });
  }

  /** Write the page's text to the open plan, unless the file changed on disk since `base`. */
  async save(name: string, text: string, base: string): Promise<SaveResponse> {
    if (name !== this.name || !this.disk) return { ok: false, conflict: false, message: this.text('notOpen', { name }) };
    if (this.disk.readOnly) return { ok: false, conflict: false, message: this.text('readOnly', { name }) };
    const read = await this.options.io.readPlan(name);
    // A file deleted meanwhile is written again (the page said so); one that changed is not.
    if ('bytes' in read) {
      const onDisk = version(read.bytes);
      if (onDisk !== this.disk.version) this.disk = decode(read.bytes);
      if (onDisk !== base) return { ok: false, conflict: true, disk: this.openPlan()!, message: this.text('conflict', { name }) };
    } else if (read.problem !== 'missing') {
      return { ok: false, conflict: false, message: this.text('saveFailed', { name, reason: read.reason ?? read.problem }) };
    } else if (base !== this.disk.version) {
      return { ok: false, conflict: true, disk: this.openPlan()!, message: this.text('conflict', { name }) };
    }
    const bytes = encode(text, this.disk.layout);
    try {
      await this.options.io.writePlan(name, bytes);
    } catch (e) {
      const reason = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
      return { ok: false, conflict: false, message: this.text('saveFailed', { name, reason }) };
    }
    this.disk = { ...decode(bytes), layout: this.disk.layout };
    return { ok: true, version: this.disk.version };
  }

  private pageDiagnostics(diagnostics: Diagnostic[]): PageDiagnostic[] {
    return sortDiagnostics([...diagnostics]).map((d) => {
      const j = diagnosticJson(d, this.options.lang);
      return {
        code: j.code,
        severity: j.severity,
        message: j.message,
        ...(j.hint ? { hint: j.hint } : {}),
        file: j.file,
        line: j.line,
        column: j.column,
        ...(j.path !== undefined ? { path: j.path } : {}),
        span: j.span,
      };
    });
  }

  /**
   * Compile the page's text and render its PDF. Builds run one at a time; a request that is
   * overtaken by a newer one while it waits is answered without building (the page only wants
   * the latest text).
   */
  build(name: string, text: string): Promise<BuildResponse> {
    const ticket = ++this.latestRequest;
    const run = this.queue.then(async (): Promise<BuildResponse> => {
      if (ticket !== this.latestRequest || name !== this.name) return { ok: false, diagnostics: [] };
      if (this.last && this.last.name === name && this.last.text === text) return this.last.response;
      const response = await this.buildNow(name, text, ticket);
      this.last = { name, text, response };
      return response;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async buildNow(name: string, text: string, ticket: number): Promise<BuildResponse> {
    const world = this.options.world;
    const t0 = performance.now();
    const compiled = compilePlan(new TextEncoder().encode(text), name, world);
    const t1 = performance.now();
    const diagnostics = this.pageDiagnostics(compiled.diagnostics);
    if (!compiled.value) return { ok: true, diagnostics, timings: { compile: t1 - t0, pdf: 0 } };
    const model = compiled.value.model;
    const id = `${++this.counter}`;
    this.current = { id, text, model };
    const first = firstPagesModel(model);
    if (!first) {
      this.keep({ id, text, model, pdf: await renderPdf(model, world) });
      return { ok: true, diagnostics, pdf: `out/${id}.pdf`, timings: { compile: t1 - t0, pdf: performance.now() - t1 } };
    }
    // A long plan: its first pages now, in the answer. The whole PDF is made once the clerk
    // pauses (no newer build asked for meanwhile), so typing on never waits for it.
    const firstPdf = await renderPdf(first, world);
    const t2 = performance.now();
    const whole = new Promise<void>((resolve) => setTimeout(resolve, WHOLE_AFTER_MS))
      .then(async () => {
        if (ticket === this.latestRequest) await this.wholePdf(id);
      })
      .finally(() => this.making.delete(id));
    this.making.set(id, whole);
    whole.catch(() => undefined);
    return { ok: true, diagnostics, pdf: `out/${id}.pdf`, first: Buffer.from(firstPdf).toString('base64'), timings: { compile: t1 - t0, pdf: t2 - t1 } };
  }

  private keep(output: Output): void {
    this.outputs.push(output);
    // The page may still fetch the one before while the newest arrives.
    if (this.outputs.length > 3) this.outputs.shift();
  }

  /** The whole PDF of build `id`, made now if it was not yet (the newest build only). */
  private async wholePdf(id: string): Promise<Uint8Array | undefined> {
    const made = this.outputs.find((o) => o.id === id);
    if (made) return made.pdf;
    const current = this.current;
    if (!current || current.id !== id) return undefined;
    const pdf = await renderPdf(current.model, this.options.world);
    if (!this.outputs.some((o) => o.id === id)) this.keep({ ...current, pdf });
    return pdf;
  }

  /**
   * A PDF built by this session, by id: waits for one still being made; undefined when a newer
   * build overtook it before it was made.
   */
  async output(id: string): Promise<Uint8Array | undefined> {
    await this.making.get(id)?.catch(() => undefined);
    return this.outputs.find((o) => o.id === id)?.pdf ?? (this.current?.id === id ? this.wholePdf(id) : undefined);
  }

  /** The newest build of the open plan that compiled, with its whole PDF. */
  async latest(): Promise<Output | undefined> {
    const current = this.current;
    if (!current) return undefined;
    const pdf = await this.wholePdf(current.id);
    return pdf ? { ...current, pdf } : undefined;
  }

  async docx(): Promise<{ name: string; bytes: Uint8Array } | undefined> {
    const out = await this.latest();
    if (!out || !this.name) return undefined;
    return { name: this.name, bytes: await renderDocx(out.model, { cache: this.options.world.cache }) };
  }

  /** The diff report (HTML) of another plan of the folder against the page's text. */
  async compare(name: string, text: string, other: string, swap: boolean): Promise<CompareResponse> {
    if (name !== this.name) return { ok: false, message: this.text('notOpen', { name }) };
    const plans = await this.options.io.listPlans();
    if (!plans.includes(other)) return { ok: false, message: this.text('unknownPlan', { name: other }) };
    // The page's text as it is now (usually just built: then its model is at hand).
    const model = this.current?.text === text ? this.current.model : this.compile(name, text);
    if (!model) return { ok: false, message: this.text('compareCurrentInvalid') };
    const read = await this.options.io.readPlan(other);
    if (!('bytes' in read)) return { ok: false, message: this.text('unknownPlan', { name: other }) };
    const compiled = compilePlan(read.bytes, other, this.options.world);
    if (!compiled.value || hasErrors(compiled.diagnostics)) {
      const first = sortDiagnostics(compiled.diagnostics.filter((d) => d.severity === 'error'))[0];
      const where = first && first.span.start.line > 0 ? ` (${first.span.file}:${first.span.start.line})` : '';
      return { ok: false, message: this.text('compareOtherInvalid', { name: other, first: first ? renderDiagnostic(first, this.options.lang).message + where : '' }) };
    }
    const [oldModel, newModel, oldFile, newFile] = swap ? [model, compiled.value.model, name, other] : [compiled.value.model, model, other, name];
    const result = diffModels(oldModel, newModel, { oldFile, newFile });
    return { ok: true, html: formatHtml(result, { lang: this.options.lang }), total: result.summary.total };
  }

  /** The model of a text, or undefined when it has errors. */
  private compile(name: string, text: string): DocumentModel | undefined {
    const compiled = compilePlan(new TextEncoder().encode(text), name, this.options.world);
    return compiled.value && !hasErrors(compiled.diagnostics) ? compiled.value.model : undefined;
  }

  /** Make a new plan in the folder (as `cchc-plan init`) and open it. */
  async create(request: CreateRequest): Promise<ActionResponse> {
    const file = request.file.trim();
    if (!PLAN_NAME.test(file) || file.includes('..')) return { ok: false, message: this.text('badFileName', { file }) };
    const plans = await this.options.io.listPlans();
    if (request.from !== undefined && !plans.includes(request.from)) return { ok: false, message: this.text('unknownPlan', { name: request.from }) };
    if (request.from === undefined && !request.level) return { ok: false, message: this.text('needLevel') };
    const made = await this.options.io.createPlan({
      file,
      ...(request.from !== undefined ? { from: request.from } : { level: request.level! }),
      ...(request.unit?.trim() ? { unit: request.unit.trim() } : {}),
      ...(request.year !== undefined ? { year: request.year } : {}),
      lang: this.options.lang,
    });
    if (!made.ok) return { ok: false, message: made.message };
    const opened = await this.open(file);
    if (!opened.ok) return { ok: false, message: opened.message };
    return { ok: true, message: made.message, state: await this.state() };
  }
}

