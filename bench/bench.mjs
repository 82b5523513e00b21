#!/usr/bin/env node
// npm run bench — timings on this machine (never asserted in unit tests).
// Cold: a fresh `cchc-plan build` process per run, beside `node -e 0` measured in the same run.
// In-process: compile + render of the largest example, after a warm-up.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
function timeProcess(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

const rows = [];
if (ALL) {
rows.push(['node -e 0 (baseline)', timeProcess(['-e', '0'])]);
rows.push(['cold cchc-plan --version (start-up, no plan)', timeProcess([bin, '--version'])]);
// The floor of a cold DOCX+PDF build: Node plus loading the modules it needs, doing no work.
const dist = (p) => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);
const loadOnly = `await import(${dist('cli/run.js')}); await import(${dist('cli/builder.js')}); await import(${dist('render/docx/index.js')}); await import(${dist('render/pdf/index.js')}); (await import(${dist('render/pdf/patches/engine.js')})).pdfEngine();`;
rows.push(['cold load of the modules a DOCX+PDF build needs (no work)', timeProcess(['--input-type=module', '-e', loadOnly])]);
rows.push([`cold build ${path.basename(largest)} --format docx`, timeProcess([bin, 'build', largest, '--out-dir', out, '-q', '--format', 'docx'])]);
rows.push([`cold build ${path.basename(largest)} --format pdf`, timeProcess([bin, 'build', largest, '--out-dir', out, '-q', '--format', 'pdf'])]);
rows.push([`cold build ${path.basename(largest)} --format docx,pdf`, timeProcess([bin, 'build', largest, '--out-dir', out, '-q', '--format', 'docx,pdf'])]);
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
// Batch: a few hundred generated plans (the minimal example with varied names and extra tasks).
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const batchDir = mkdtempSync(path.join(os.tmpdir(), 'cchc-batch-'));
const base = readFileSync(path.join(root, 'examples', 'minimal.yaml'), 'utf8');
for (let i = 0; i < BATCH; i++) {
  const tasks = Array.from({ length: 1 + (i % 5) }, (_, k) => `      - task: Nhiệm vụ tuyên truyền số ${k + 1} của đơn vị ${i}.\n        lead: Văn phòng HĐND và UBND xã\n        time: Quý ${['I', 'II', 'III', 'IV'][k % 4]}/2026\n`).join('');
  writeFileSync(path.join(batchDir, `xa-${String(i).padStart(3, '0')}.yaml`), base.replace(/AN BÌNH/g, `SỐ ${i}`).replace(/An Bình/g, `Xã Số ${i}`).replace('        time: Thường xuyên\n', `        time: Thường xuyên\n${tasks}`));
}
// Each batch is run BENCH_BATCH_RUNS times (median): this kind of machine varies a lot between runs.
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
for (const [label, format] of [['docx', 'docx'], ['docx+pdf', 'docx,pdf']]) {
  const times = [];
  for (let r = 0; r < BATCH_RUNS; r++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, 'build', batchDir, '--out-dir', path.join(batchDir, 'out'), '-q', '--format', format], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const s = median(times);
  const all = times.map((t) => (BATCH / t).toFixed(1)).join(', ');
  rows.push([`batch ${BATCH} plans ${label} (${os.availableParallelism?.() ?? os.cpus().length} workers)`, s * 1000, `${(BATCH / s).toFixed(1)} plans/s (runs: ${all})`]);
}
}

console.log(`cchc-plan bench — ${os.cpus().length} cores, node ${process.version}, median of ${RUNS}`);
for (const [name, ms, extra] of rows) console.log(`${name.padEnd(64)} ${ms.toFixed(0).padStart(6)} ms${extra ? `  ${extra}` : ''}`);
console.log(`\npatch on / off (gain), median of ${PATCH_RUNS} (docx ${3 * PATCH_RUNS}) interleaved in-process renders${' '.repeat(6)}wall${' '.repeat(24)}cpu`);
for (const [name, wall, cpu] of patchRows) console.log(`${name.padEnd(44)} ${wall.padEnd(30)} ${cpu}`);
