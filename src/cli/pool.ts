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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { diag, fileSpan } from '../diagnostics/index.js';
import type { BuildOutcome, BuildSettings } from './builder.js';
import { expectWritesIn } from './io.js';

export type OnOutcome = (index: number, outcome: BuildOutcome) => void;

/** The old-generation heap of one worker: a runaway plan fails alone instead of the process. */
const WORKER_HEAP_MB = 1536;

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

export async function buildAll(files: string[], settings: BuildSettings, jobs: number, onOutcome?: OnOutcome): Promise<BuildOutcome[]> {
  const script = workerScript();
  const threads = Math.max(1, Math.min(jobs, files.length));
  const outcomes: BuildOutcome[] = new Array(files.length);
  const finish = (i: number, o: BuildOutcome) => {
    outcomes[i] = o;
    onOutcome?.(i, o);
  };
  if (threads === 1 || !script) {
    const { Builder } = await import('./builder.js');
    const builder = new Builder(settings);
    for (const [i, f] of files.entries()) {
      finish(i, await builder.build(f));
      // Back to the event loop between plans: an interrupt (SIGINT) is handled there.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcomes;
  }
  let next = 0;
  // Workers write in these folders; an interrupt sweeps them once the workers have stopped.
  for (const f of files) expectWritesIn(settings.outDir ?? path.dirname(settings.output && settings.output !== '-' ? settings.output : f));
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
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
