#!/usr/bin/env node
// Server side of `cchc-plan preview` (needs `npm run build` first): the time from the page's
// build request to the PDF bytes in hand, over HTTP on 127.0.0.1, for the largest example with a
// different summary each time (so nothing is cached), after warm-up, as the page does it:
// POST /api/build {text} → compile + the PDF of the first pages in the warm process → GET it
// (page 1 can be drawn now) → GET the whole PDF, made meanwhile.
// The page then draws page 1 with pdf.js; the browser test (test/preview-browser.test.ts)
// measures that end to end. Target: keystroke pause → updated page 1 on screen ≤ 300 ms.
// Prints one line.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 4;
const PLAN = '002-xa-son-mai-2026.yaml';
const examples = path.join(root, 'examples');

// The command in a process of its own, as a clerk runs it (the page is another process).
const child = spawn(process.execPath, [path.join(root, 'dist', 'cli', 'bin.js'), 'preview', PLAN, '--no-open'], { cwd: examples, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
    const m = /http:\/\/127\.0\.0\.1:([0-9]+)\/t\/([A-Za-z0-9_-]+)\//.exec(out);
    if (m) resolve(m);
  });
  child.once('exit', (code) => reject(new Error(`preview exited (${code}): ${out}`)));
});
const server = { port: Number(url[1]), token: url[2] };

function call(method, route, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path: `/t/${server.token}/${route}`, headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}` } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

const text = readFileSync(path.join(examples, PLAN), 'utf8');
const first = [];
const whole = [];
const compile = [];
const pdf = [];
let pages = 0;
for (let i = 0; i < WARMUP + RUNS; i++) {
  const edited = text.replace(/^summary: /m, `summary: Lần ${i} `);
  const t0 = performance.now();
  const built = JSON.parse((await call('POST', 'api/build', { name: PLAN, text: edited })).toString('utf8'));
  const head = built.first ? Buffer.from(built.first, 'base64') : await call('GET', built.pdf);
  const t1 = performance.now();
  const bytes = await call('GET', built.pdf);
  const t2 = performance.now();
  if (head.subarray(0, 5).toString() !== '%PDF-' || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('no PDF');
  pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  if (i < WARMUP) continue;
  first.push(t1 - t0);
  whole.push(t2 - t0);
  compile.push(built.timings.compile);
  pdf.push(built.timings.pdf);
}
child.kill('SIGTERM');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const ms = (x) => `${Math.round(x)} ms`;
console.log(
  `preview rebuild (server side), ${PLAN} (${pages} pages): page 1's PDF in hand median ${ms(median(first))}, p90 ${ms(p90(first))} ` +
    `(compile ${ms(median(compile))}, first pages PDF ${ms(median(pdf))}); whole PDF (made after a 120 ms pause) median ${ms(median(whole))}; ${RUNS} runs — ` +
    `drawing page 1 (pdf.js) and the pause before a rebuild come on top (browser test); target keystroke pause → page 1 ≤ 300 ms`,
);
