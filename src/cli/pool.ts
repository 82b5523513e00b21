/**
 * Run builds on worker threads (one Builder per thread). Falls back to the main thread when the
 * compiled worker is not available (tests run the TypeScript sources). Each outcome is handed to
 * `onOutcome` as soon as its plan is done, so the command can report it at once.
 *
 * One plan never stops a batch: a plan that throws is its own diagnostic (Builder.build), and a
 * worker that dies on a plan (out of memory…) reports that plan as failed and is replaced by a
 * fresh worker for the plans left. Only a worker that cannot even start (a broken installation)
 * stops the batch, since every other worker would fail the same way.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { diag, fileSpan } from '../diagnostics/index.js';
import type { BuildOutcome, BuildSettings, PdfRenderer } from './builder.js';
import type { WorkerData } from './worker.js';
import { expectWritesIn } from './io.js';

export type OnOutcome = (index: number, outcome: BuildOutcome) => void;

/** The old-generation heap of one worker: a runaway plan fails alone instead of the process. */
const WORKER_HEAP_MB = 1536;
/** The young generation of the PDF thread of a single build (pdfHelper). */
const PDF_HELPER_YOUNG_MB = 8;

export function workerScript(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** Workers of the batch under way, stopped first when the process is interrupted. */
const activeWorkers = new Set<Worker>();
let stopping = false;

export async function stopWorkers(): Promise<void> {
  stopping = true;
  await Promise.all([...activeWorkers].map((w) => w.terminate()));
}

/** A plan whose worker died under it. */
function failed(file: string, settings: BuildSettings, detail: string): BuildOutcome {
  const input = path.relative(settings.cwd, file) || file;
  return { result: { input, outputs: [], diagnostics: [diag('build-failed', { detail }, fileSpan(input))], status: 'error' } };
}

/**
 * The PDF of one cold DOCX + PDF build, on a second core: a worker thread loads the PDF renderer
 * and the fonts while this thread reads and compiles the plan, then renders the model while this
 * thread makes the DOCX. Whatever the worker cannot do (it does not start, it dies) is done here
 * instead; an error of the rendering itself is the plan's, as it would be here.
 */
export function pdfHelper(script: string, settings: BuildSettings): { render: PdfRenderer; stop(): void } {
  // A small young generation: the second heap then adds about 10 MB to the peak memory instead of 30.
  let worker: Worker | undefined = new Worker(script, { workerData: { settings, role: 'pdf' } satisfies WorkerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: PDF_HELPER_YOUNG_MB } });
  activeWorkers.add(worker);
  // Until the worker has started, it keeps the process alive on its own; a build that stops
  // before sending it anything (an invalid plan) must not wait for it.
  worker.unref();
  const stop = () => {
    if (!worker) return;
    activeWorkers.delete(worker);
    void worker.terminate();
    worker = undefined;
  };
  let failedToRun = false;
  worker.on('error', () => (failedToRun = true));
  return {
    stop,
    async render(model) {
      const { Builder } = await import('./builder.js');
      const here = () => new Builder(settings).renderPdf(model);
      const w = worker;
      if (!w || failedToRun) return here();
      w.ref();
      const answer = await new Promise<{ bytes?: Uint8Array; error?: string } | undefined>((resolve) => {
        w.once('message', resolve);
        w.once('error', () => resolve(undefined));
        w.once('exit', () => resolve(undefined));
        w.postMessage({ model });
      });
      stop();
      if (!answer) return here();
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.bytes!;
    },
  };
}

export interface BuildAllOptions {
  /**
   * One DOCX + PDF plan: render its PDF on a worker thread, beside the DOCX. `auto`: when a core is
   * idle (the load average leaves one free); on a busy machine the second thread only adds work.
   * Not for --watch, whose rebuilds are warm.
   */
  pdfWorker?: 'auto' | 'always' | 'never';
}

/** Whether a second core is free now (the one-minute load average; 0 where the system has none). */
function idleCore(): boolean {
  return os.loadavg()[0] + 1 <= os.availableParallelism();
}

export async function buildAll(files: string[], settings: BuildSettings, jobs: number, onOutcome?: OnOutcome, options: BuildAllOptions = {}): Promise<BuildOutcome[]> {
  const script = workerScript();
  const threads = Math.max(1, Math.min(jobs, files.length));
  const outcomes: BuildOutcome[] = new Array(files.length);
  const finish = (i: number, o: BuildOutcome) => {
    outcomes[i] = o;
    onOutcome?.(i, o);
  };
  if (threads === 1 || !script) {
    const both = settings.formats.includes('docx') && settings.formats.includes('pdf') && !settings.output;
    const wanted = options.pdfWorker === 'always' || (options.pdfWorker === 'auto' && idleCore());
    const helper = wanted && script && jobs > 1 && files.length === 1 && settings.mode !== 'validate' && both ? pdfHelper(script, settings) : undefined;
    try {
      const { Builder } = await import('./builder.js');
      const builder = new Builder(settings, helper?.render);
      for (const [i, f] of files.entries()) {
        finish(i, await builder.build(f));
        // Back to the event loop between plans: an interrupt (SIGINT) is handled there.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      helper?.stop();
    }
    return outcomes;
  }
  let next = 0;
  // Workers write in these folders; an interrupt sweeps them once the workers have stopped.
  for (const f of files) expectWritesIn(settings.outDir ?? path.dirname(settings.output && settings.output !== '-' ? settings.output : f));
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData: { settings, role: 'batch' } satisfies WorkerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      activeWorkers.add(w);
      let ready = false;
      let current: number | undefined;
      let over = false;
      const end = () => {
        over = true;
        activeWorkers.delete(w);
        void w.terminate();
      };
      const send = () => {
        if (next >= files.length || stopping) {
          end();
          return resolve();
        }
        current = next++;
        w.postMessage({ id: current, file: files[current] });
      };
      w.on('message', (msg: { ready?: true; id?: number; outcome?: BuildOutcome; error?: string }) => {
        if (msg.ready) {
          ready = true;
          return send();
        }
        const i = msg.id!;
        current = undefined;
        finish(i, msg.outcome ?? failed(files[i], settings, msg.error ?? '?'));
        send();
      });
      const died = (detail: string, error?: Error) => {
        if (over) return;
        end();
        if (!ready) return reject(error ?? new Error(detail));
        if (current !== undefined) finish(current, failed(files[current], settings, detail));
        if (stopping || next >= files.length) return resolve();
        runWorker().then(resolve, reject);
      };
      w.on('error', (e: Error & { code?: string }) => died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `${e.code}: > ${WORKER_HEAP_MB} MB` : (e.code ?? e.message), e));
      w.on('exit', (code) => died(`worker exit ${code}`));
    });
  try {
    await Promise.all(Array.from({ length: threads }, runWorker));
  } finally {
    for (const w of activeWorkers) void w.terminate();
  }
  return outcomes;
}
