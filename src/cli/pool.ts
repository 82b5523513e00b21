/**
 * Run builds on worker threads (one Builder per thread), in input order for the report. Falls back
 * to the main thread when the compiled worker is not available (tests run the TypeScript sources).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildOutcome, BuildSettings } from './builder.js';
import { expectWritesIn } from './io.js';

export type Progress = (done: number, total: number, file: string) => void;

export function workerScript(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** Workers of the batch under way, stopped first when the process is interrupted. */
const activeWorkers = new Set<Worker>();

export async function stopWorkers(): Promise<void> {
  await Promise.all([...activeWorkers].map((w) => w.terminate()));
}

export async function buildAll(files: string[], settings: BuildSettings, jobs: number, progress?: Progress): Promise<BuildOutcome[]> {
  const script = workerScript();
  const threads = Math.max(1, Math.min(jobs, files.length));
  const outcomes: BuildOutcome[] = new Array(files.length);
  let done = 0;
  if (threads === 1 || !script) {
    const { Builder } = await import('./builder.js');
    const builder = new Builder(settings);
    for (const [i, f] of files.entries()) {
      outcomes[i] = await builder.build(f);
      progress?.(++done, files.length, f);
    }
    return outcomes;
  }
  let next = 0;
  // Workers write in these folders; an interrupt sweeps them once the workers have stopped.
  for (const f of files) expectWritesIn(settings.outDir ?? path.dirname(f));
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: settings }));
  workers.forEach((w) => activeWorkers.add(w));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              w.postMessage({ id, file: files[id] });
            };
            w.on('message', (msg: { id: number; outcome?: BuildOutcome; error?: string }) => {
              if (msg.error) return reject(new Error(msg.error));
              outcomes[msg.id] = msg.outcome!;
              progress?.(++done, files.length, files[msg.id]);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    workers.forEach((w) => activeWorkers.delete(w));
  }
  return outcomes;
}
