/**
 * The outside world, passed in. Only this folder touches `process`, the file system and the clock;
 * tests run the CLI in-process with an in-memory or temporary context.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Output {
  write(text: string): void;
  /** Raw bytes (a document written with `build -o -`); absent where only text can go. */
  writeBytes?(bytes: Uint8Array): void;
  isTTY: boolean;
}

export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  /** Root of the installed package (templates/, schemas/). */
  packageRoot: string;
  cpus: number;
  /** "Today", only for choosing the year of a new plan (never written into a document). */
  today: Date;
  /** Stops long-running commands (--watch); SIGINT in the real CLI. */
  signal?: AbortSignal;
}

export function nodeContext(): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (t) => void process.stdout.write(t), writeBytes: (b) => void process.stdout.write(b), isTTY: !!process.stdout.isTTY },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: !!process.stderr.isTTY },
    packageRoot: packageRoot(),
    cpus: Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
    today: new Date(),
  };
}

export function packageRoot(): string {
  // dist/cli/context.js → package root
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function readBytesSync(file: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return undefined;
  }
}

export const requireFromHere = createRequire(import.meta.url);
