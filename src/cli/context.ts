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
  /** Opens a written file in a viewer (build --open); the system's opener when absent. */
  openFile?: (file: string) => Promise<void>;
  /** Asks the user a question on the terminal; absent when standard input is not a terminal. */
  prompt?: (question: string) => Promise<string | undefined>;
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
    ...(process.stdin.isTTY ? { prompt: askOnTerminal } : {}),
  };
}

/** One line read from the terminal (stdin), the question written to stderr so stdout stays clean. */
async function askOnTerminal(question: string): Promise<string | undefined> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } catch {
    return undefined;
  } finally {
    rl.close();
  }
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
