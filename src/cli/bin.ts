#!/usr/bin/env node
import { nodeContext } from './context.js';
import { run } from './run.js';

run(process.argv.slice(2), nodeContext()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cchc-plan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
