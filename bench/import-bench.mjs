#!/usr/bin/env node
// Timing of `cchc-plan import` in process (needs `npm run build` first): the DOCX of the largest
// example is built once, then imported (read, recognised, YAML written and checked) several times
// after a warm-up. Prints one line: "import of <name>.docx (N paragraphs): X ms, CPU Y ms (target < 300 ms)".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const { compilePlan, renderDocx, nodeWorld, readTemplateDir, defaultTemplatesDir, bundledFontFiles, readFontFiles } = await import(dist('index.js'));
const { importPlan } = await import(dist('import/index.js'));

const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, 'examples', f));
const largest = examples.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const world = nodeWorld({ cwd: root, fonts: readFontFiles(bundledFontFiles()), defaultTemplates: readTemplateDir(defaultTemplatesDir(root)) });
const { value } = compilePlan(new Uint8Array(readFileSync(largest)), path.relative(root, largest), world);
const docx = await renderDocx(value.model, { cache: world.cache });
const name = `${path.basename(largest, '.yaml')}.docx`;

// Wall time, and the CPU time of this process (which other work on a busy machine disturbs less).
const times = [];
const cpu = [];
let units = 0;
for (let i = 0; i < RUNS + 2; i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = importPlan({ bytes: docx, file: name });
  const c = process.cpuUsage(c0);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.errors.length) throw new Error(`import failed: ${result.errors.map((d) => d.code).join(', ')}`);
  units = result.report.units;
  if (i >= 2) {
    times.push(ms);
    cpu.push((c.user + c.system) / 1000);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`import of ${name} (${units} paragraphs, in process): ${median(times).toFixed(1)} ms, CPU ${median(cpu).toFixed(1)} ms (target < 300 ms)`);
