#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { pendingWrites } from './builder.js';
import { nodeContext } from './context.js';
import { run } from './run.js';

const controller = new AbortController();
const ctx = { ...nodeContext(), signal: controller.signal };
let interrupted = false;

// Ctrl+C or a CI timeout: never leave a half-written output behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const tmp of pendingWrites) rmSync(tmp, { force: true });
    if (interrupted || !process.argv.includes('--watch') && !process.argv.includes('-w')) process.exit(signal === 'SIGINT' ? 130 : 143);
    interrupted = true;
    controller.abort();
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
