/**
 * The built CLI run in its own process and measured, for the hostile-input tests: the process
 * writes its own CPU time (process.resourceUsage) and peak memory (/proc/self/status VmHWM) when it
 * exits, through a preloaded module; a watchdog kills it past 1 GB of memory or 30 s of wall time
 * (a hang uses no CPU), and the run says why in `killed`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

/** A preload that writes the process's own peak memory and CPU time when it exits. */
const MEASURE = path.join(tempDir('cchc-measure-'), 'measure.mjs');
writeFileSync(
  MEASURE,
  `import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  // The peak of this process's own memory (VmHWM): getrusage's maxRSS also counts the parent's
  // pages at fork time on Linux.
  const hwm = /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  writeFileSync(process.env.CCHC_MEASURE_OUT, JSON.stringify({ rssKb: hwm ? Number(hwm[1]) : u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`,
);

export interface Run {
  status: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  killed?: string;
}

/** Run the built CLI in `cwd`, measured; `wrap` runs it under a shell prefix (ulimit…). */
export async function measuredCli(args: string[], cwd: string, options: { wrap?: string } = {}): Promise<Run> {
  const out = path.join(tempDir('cchc-m-'), 'm.json');
  const node = [process.execPath, '--import', pathToFileURL(MEASURE).href, BIN, ...args];
  const [cmd, argv] = options.wrap ? ['bash', ['-c', `${options.wrap}; exec "$@"`, 'bash', ...node]] : [node[0], node.slice(1)];
  const started = Date.now();
  const child = spawn(cmd, argv, { cwd, env: { ...process.env, NO_COLOR: '1', CCHC_MEASURE_OUT: out }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  let killed: string | undefined;
  const watchdog = setInterval(() => {
    let rss = 0;
    try {
      rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return;
    }
    if (rss > 1024 || Date.now() - started > 30000) {
      killed = rss > 1024 ? `over 1 GB (${Math.round(rss)} MB)` : 'over 30 s';
      child.kill('SIGKILL');
    }
  }, 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(watchdog);
  const wallMs = Date.now() - started;
  const m = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { rssKb: number; cpuMs: number }) : { rssKb: Infinity, cpuMs: Infinity };
  const bytes = Buffer.concat(stdout);
  return { status, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr: Buffer.concat(stderr).toString('utf8'), wallMs, cpuMs: m.cpuMs, rssMb: m.rssKb / 1024, ...(killed ? { killed } : {}) };
}
