/** The command line as a process (bin.ts loads it): signals, exit code. */
import { nodeContext } from './context.js';
import { sweepTemporaryFiles } from './io.js';
import { stopWorkers } from './pool.js';
import { run } from './run.js';

const controller = new AbortController();
const ctx = { ...nodeContext(), signal: controller.signal };
const watching = process.argv.includes('--watch') || process.argv.includes('-w');
let interrupted = false;

// Ctrl+C or a CI timeout: never leave a half-written output behind. --watch stops at the first
// signal after its rebuild; otherwise (or at a second signal) the workers are stopped, this
// process's temporary files are removed, and the process exits.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (watching && !interrupted) {
      interrupted = true;
      controller.abort(signal);
      return;
    }
    void stopWorkers().finally(() => {
      sweepTemporaryFiles();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

run(process.argv.slice(2), ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cchc-plan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
