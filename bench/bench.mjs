#!/usr/bin/env node
// npm run bench — timings on this machine (never asserted in unit tests).
// Cold: a fresh `cchc-plan build` process per run, beside `node -e 0` measured in the same run.
// In-process: compile + render of the largest example, after a warm-up.
// Targets (issue 17), each printed at the end with the measured figure beside it: the cold build
// against Typst's cold compile of the same text (interleaved runs), a batch of 200 plans with two
// workers, the warm rebuild preview does, peak memory (cold build, a batch of 1,000 plans) and
// time against plan length (a generated 200-page plan against a 20-page one).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchPlan, longPlan } from './plans.mjs';
import { typstSource } from './typst.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'cli', 'bin.js');
const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, 'examples', f));
const largest = examples.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const out = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_ONLY=patches: only the rows of the patches of other packages (on / off).
const ALL = process.env.BENCH_ONLY !== 'patches';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
function timeOnce(args, options = {}) {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: 'ignore', ...options });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function timeProcess(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(timeOnce(args));
  return median(times);
}
/** Peak resident memory (kB, all threads) of a process, read by the preloaded peak-memory.cjs. */
function peakMemory(args) {
  const file = path.join(out, `peak-${process.hrtime.bigint()}`);
  execFileSync(process.execPath, ['-r', path.join(root, 'bench', 'peak-memory.cjs'), ...args], { stdio: 'ignore', env: { ...process.env, BENCH_PEAK_FILE: file } });
  return Number(readFileSync(file, 'utf8').trim()) / 1024;
}

const rows = [];
/** [target, measured, goal, met] */
const targets = [];
const target = (name, measured, goal, met) => targets.push([name, measured, goal, met]);
if (ALL) {
rows.push(['node -e 0 (baseline)', timeProcess(['-e', '0'])]);
rows.push(['cold cchc-plan --version (start-up, no plan)', timeProcess([bin, '--version'])]);
// The floor of a cold DOCX+PDF build: Node plus loading the modules it needs, doing no work.
const dist = (p) => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);
const loadOnly = `await import(${dist('cli/run.js')}); await import(${dist('cli/builder.js')}); await import(${dist('render/docx/index.js')}); await import(${dist('render/pdf/index.js')}); (await import(${dist('render/pdf/patches/engine.js')})).pdfEngine();`;
rows.push(['cold load of the modules a DOCX+PDF build needs (no work)', timeProcess(['--input-type=module', '-e', loadOnly])]);
rows.push([`cold build ${path.basename(largest)} --format docx`, timeProcess([bin, 'build', largest, '--out-dir', out, '-q', '--format', 'docx'])]);
rows.push([`cold build ${path.basename(largest)} --format pdf`, timeProcess([bin, 'build', largest, '--out-dir', out, '-q', '--format', 'pdf'])]);
// The cold build beside Typst's cold compile of the same text with the same fonts, interleaved.
const buildArgs = [bin, 'build', largest, '--out-dir', out, '-q', '--format', 'docx,pdf'];
{
  const { compilePlan: compile, nodeWorld: world0, readTemplateDir: templates, defaultTemplatesDir: templatesDir, bundledFontFiles: fontFiles, readFontFiles: readFonts } = await import(path.join(root, 'dist', 'index.js'));
  const w = world0({ cwd: root, fonts: readFonts(fontFiles()), defaultTemplates: templates(templatesDir(root)) });
  const typ = path.join(out, 'plan.typ');
  writeFileSync(typ, typstSource(compile(new Uint8Array(readFileSync(largest)), path.relative(root, largest), w, { lang: 'vi' }).value.model));
  const typstArgs = [path.join(root, 'bench', 'typst.mjs'), typ, path.join(out, 'typst.pdf')];
  timeOnce(typstArgs);
  const ours = [];
  const typst = [];
  for (let i = 0; i < RUNS; i++) {
    typst.push(timeOnce(typstArgs));
    ours.push(timeOnce(buildArgs));
  }
  const pages = (readFileSync(path.join(out, 'typst.pdf'), 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
  rows.push([`cold build ${path.basename(largest)} --format docx,pdf`, median(ours)]);
  rows.push([`cold Typst compile of the same text, same fonts (${pages} pages)`, median(typst)]);
  const ratio = median(ours) / median(typst);
  target('cold DOCX+PDF build ÷ cold Typst compile', `${ratio.toFixed(2)}× (${median(ours).toFixed(0)} / ${median(typst).toFixed(0)} ms)`, '≤ 2×', ratio <= 2);
  const peak = median(Array.from({ length: 3 }, () => peakMemory(buildArgs.slice())));
  rows.push(['peak memory, cold build docx,pdf (MB)', peak]);
  target('peak memory of a cold DOCX+PDF build', `${peak.toFixed(0)} MB`, '≤ 150 MB', peak <= 150);
}
}

// In-process.
const { compilePlan, renderDocx, renderPdf, nodeWorld, readTemplateDir, defaultTemplatesDir, bundledFontFiles, readFontFiles } = await import(path.join(root, 'dist', 'index.js'));
const world = nodeWorld({ cwd: root, fonts: readFontFiles(bundledFontFiles()), defaultTemplates: readTemplateDir(defaultTemplatesDir(root)) });
const bytes = new Uint8Array(readFileSync(largest));
async function inProcess(kind) {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = process.hrtime.bigint();
    const { value } = compilePlan(bytes, path.relative(root, largest), world, { lang: 'vi' });
    if (kind !== 'pdf') await renderDocx(value.model, { cache: world.cache });
    if (kind !== 'docx') await renderPdf(value.model, world);
    if (i >= 2) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}
if (ALL) {
  rows.push([`in-process ${path.basename(largest)} docx`, await inProcess('docx')]);
  rows.push([`in-process ${path.basename(largest)} pdf`, await inProcess('pdf')]);
  rows.push([`in-process ${path.basename(largest)} docx+pdf`, await inProcess('both')]);
  const warm = rows.find((r) => r[0] === `in-process ${path.basename(largest)} pdf`)[1];
  target('warm rebuild, largest example: compile + PDF (as preview)', `${warm.toFixed(0)} ms`, '≤ 100 ms', warm <= 100);

  // Time against plan length: generated plans of about 20 and 200 pages, compile + DOCX + PDF in this
  // (warm) process, the short one rendered as often as the long one takes.
  const sized = async (units, runs) => {
    const text = new TextEncoder().encode(longPlan(units));
    const times = [];
    let pages = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = process.hrtime.bigint();
      const { value } = compilePlan(text, `long-${units}.yaml`, world, { lang: 'vi' });
      await renderDocx(value.model, { cache: world.cache });
      const pdf = await renderPdf(value.model, world);
      if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    }
    return { ms: median(times), pages };
  };
  const short = await sized(14, RUNS);
  const long = await sized(146, Math.max(3, Math.ceil(RUNS / 2)));
  rows.push([`in-process generated plan, ${short.pages} pages, docx+pdf`, short.ms]);
  rows.push([`in-process generated plan, ${long.pages} pages, docx+pdf`, long.ms]);
  const growth = long.ms / short.ms;
  target(`time against length: ${long.pages} pages ÷ ${short.pages} pages`, `${growth.toFixed(1)}× (${long.ms.toFixed(0)} / ${short.ms.toFixed(0)} ms)`, '≤ 12×', growth <= 12);
}

// Patches of other packages' internals (README "Patches of other packages"): each one on and off
// in the same process, runs interleaved, rendering an already compiled model. Wall time and CPU
// time (user + system) are both given: on a busy machine the CPU time varies less.
const { setPdfPatches, PDF_PATCHES } = await import(path.join(root, 'dist', 'render', 'pdf', 'patches', 'switches.js'));
const { setDocxPatches, DOCX_PATCHES } = await import(path.join(root, 'dist', 'render', 'docx', 'patches', 'switches.js'));
const PATCH_RUNS = Number(process.env.BENCH_PATCH_RUNS ?? 15);
const minimal = path.join(root, 'examples', 'minimal.yaml');
const modelOf = (file) => compilePlan(new Uint8Array(readFileSync(file)), path.relative(root, file), world, { lang: 'vi' }).value.model;
const patchRows = [];
async function onOff(label, render, set, runs = PATCH_RUNS) {
  const samples = { on: { wall: [], cpu: [] }, off: { wall: [], cpu: [] } };
  for (let i = 0; i < runs + 3; i++) {
    for (const state of i % 2 ? ['off', 'on'] : ['on', 'off']) {
      set(state === 'on');
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      await render();
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(c0);
      if (i >= 3) {
        samples[state].wall.push(wall);
        samples[state].cpu.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  set(true);
  const m = (state, kind) => median(samples[state][kind]);
  const gain = (kind) => `${(100 * (1 - m('on', kind) / m('off', kind))).toFixed(0)} %`;
  patchRows.push([label, `${m('on', 'wall').toFixed(1)} / ${m('off', 'wall').toFixed(1)} ms (${gain('wall')})`, `${m('on', 'cpu').toFixed(1)} / ${m('off', 'cpu').toFixed(1)} ms (${gain('cpu')})`]);
}
for (const [file, name] of [[largest, path.basename(largest, '.yaml')], [minimal, 'minimal']]) {
  const model = modelOf(file);
  for (const patch of [...Object.keys(PDF_PATCHES), 'all']) {
    await onOff(`pdf ${name}: ${patch === 'all' ? 'all patches' : patch}`, () => renderPdf(model, world), (on) => setPdfPatches(patch === 'all' ? { all: on } : { [patch]: on }));
  }
  for (const patch of [...Object.keys(DOCX_PATCHES), 'all']) {
    await onOff(`docx ${name}: ${patch === 'all' ? 'all patches' : patch}`, () => renderDocx(model, { cache: world.cache }), (on) => setDocxPatches(patch === 'all' ? { all: on } : { [patch]: on }), 3 * PATCH_RUNS);
  }
}

if (ALL) {
// Batch: a few hundred generated plans (the minimal example with varied names and extra tasks),
// two workers (-j 2) as on a 2-core machine.
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const batchFolder = (n) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-batch-'));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `xa-${String(i).padStart(4, '0')}.yaml`), batchPlan(i));
  return dir;
};
const batchDir = batchFolder(BATCH);
// Each batch is run BENCH_BATCH_RUNS times (median): this kind of machine varies a lot between runs.
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
for (const [label, format] of [['docx', 'docx'], ['docx+pdf', 'docx,pdf']]) {
  const times = [];
  for (let r = 0; r < BATCH_RUNS; r++) times.push(timeOnce([bin, 'build', batchDir, '--out-dir', path.join(batchDir, 'out'), '-q', '-j', '2', '--format', format]) / 1000);
  const s = median(times);
  const all = times.map((t) => (BATCH / t).toFixed(1)).join(', ');
  rows.push([`batch ${BATCH} plans ${label} (2 workers)`, s * 1000, `${(BATCH / s).toFixed(1)} plans/s (runs: ${all})`]);
  if (format === 'docx,pdf') target(`batch of ${BATCH} plans, DOCX+PDF, 2 workers`, `${(BATCH / s).toFixed(1)} plans/s`, '≥ 100 plans/s', BATCH / s >= 100);
}
rmSync(batchDir, { recursive: true, force: true });
// A batch of 1,000 plans: peak memory of the whole process (main thread and workers).
const BIG = Number(process.env.BENCH_BIG_BATCH ?? 1000);
if (BIG > 0) {
  const bigDir = batchFolder(BIG);
  const t0 = process.hrtime.bigint();
  const peak = peakMemory([bin, 'build', bigDir, '--out-dir', path.join(bigDir, 'out'), '-q', '-j', '2']);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  rows.push([`batch ${BIG} plans docx+pdf (2 workers), peak memory (MB)`, peak, `${(BIG / s).toFixed(1)} plans/s`]);
  target(`peak memory of a batch of ${BIG} plans (all threads)`, `${peak.toFixed(0)} MB`, '≤ 400 MB', peak <= 400);
  rmSync(bigDir, { recursive: true, force: true });
}
}

console.log(`cchc-plan bench — ${os.cpus().length} cores, node ${process.version}, median of ${RUNS}`);
for (const [name, v, extra] of rows) console.log(`${name.padEnd(64)} ${v.toFixed(0).padStart(6)}${name.endsWith('(MB)') ? '   ' : ' ms'}${extra ? `  ${extra}` : ''}`);
console.log(`\npatch on / off (gain), median of ${PATCH_RUNS} (docx ${3 * PATCH_RUNS}) interleaved in-process renders${' '.repeat(6)}wall${' '.repeat(24)}cpu`);
for (const [name, wall, cpu] of patchRows) console.log(`${name.padEnd(44)} ${wall.padEnd(30)} ${cpu}`);

if (targets.length) {
  console.log(`\ntargets (issue 17), load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const [name, measured, goal, met] of targets) console.log(`${name.padEnd(58)} ${measured.padEnd(30)} target ${goal.padEnd(14)} ${met ? 'met' : 'NOT MET'}`);
}
rmSync(out, { recursive: true, force: true });
