#!/usr/bin/env node
// Timing of `cchc-plan diff` on two large plans (needs `npm run build` first).
// Generates a ~50-page plan and a successor-year edit of it in memory (year rolled over, items
// reworded, removed, added and moved, deadlines and lead agencies changed), compiles both to
// document models, and times the comparison alone (median of several runs, after warm-up).
// Prints one line: "diff of two N-page plans: X ms" (N counted in the rendered PDF of the old plan).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
const { compilePlan, diffModels, renderPdf, nodeWorld, readTemplateDir, defaultTemplatesDir, bundledFontFiles, readFontFiles } = await import(dist('index.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SECTIONS = Number(process.env.BENCH_SECTIONS ?? 11);

// Deterministic pseudo-random text (mulberry32).
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = (
  'tuyên truyền cải cách hành chính chuyển đổi số cán bộ công chức viên chức người dân doanh nghiệp thủ tục ' +
  'dịch vụ công trực tuyến một cửa liên thông nâng cao nhận thức trách nhiệm người đứng đầu cơ quan đơn vị ' +
  'địa phương kế hoạch nhiệm vụ giải pháp hiệu quả thiết thực kịp thời đầy đủ thường xuyên chính quyền điện tử ' +
  'dữ liệu định danh xác thực thanh toán không dùng tiền mặt hội nghị tập huấn bồi dưỡng kiểm tra giám sát ' +
  'báo cáo kết quả thực hiện phối hợp chủ trì hướng dẫn đôn đốc công khai minh bạch sáng kiến mô hình điển hình'
).split(' ');
const LEADS = ['Văn phòng HĐND và UBND xã', 'Phòng Văn hóa – Xã hội', 'Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công', 'Công an xã', 'Đoàn Thanh niên xã'];

function sentence(rand, n) {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  w[0] = w[0][0].toLocaleUpperCase('vi') + w[0].slice(1);
  return `${w.join(' ')}.`;
}

function largePlan(seed) {
  const rand = rng(seed);
  const body = [];
  for (let s = 0; s < SECTIONS; s++) {
    const clauses = [];
    for (let c = 0; c < 6; c++) {
      const items = [];
      for (let p = 0; p < 4; p++) items.push({ point: `${sentence(rand, 26)} Thực hiện trong năm 2025.` });
      for (let t = 0; t < 2; t++) {
        items.push({
          task: sentence(rand, 22),
          lead: LEADS[Math.floor(rand() * LEADS.length)],
          coordinating: 'Các cơ quan, đơn vị liên quan',
          time: `Quý ${['I', 'II', 'III', 'IV'][Math.floor(rand() * 4)]}/2025`,
        });
      }
      clauses.push({ clause: sentence(rand, 6).slice(0, -1), text: sentence(rand, 60), items });
    }
    body.push({ section: sentence(rand, 5).slice(0, -1), items: clauses });
  }
  return {
    issuer: { name: ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], abbreviation: 'UBND' },
    place: 'An Bình',
    number: 12,
    date: '2025-01-08',
    summary: 'Tuyên truyền cải cách hành chính và chuyển đổi số năm 2025',
    opening: `${sentence(rand, 50)} Ủy ban nhân dân xã ban hành Kế hoạch năm 2025 như sau:`,
    body,
    signature: { authority: 'TM', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn An' },
    recipients: ['UBND huyện', 'Các cơ quan, đơn vị thuộc UBND xã'],
    archive: { units: 'VP' },
  };
}

/** The successor year: rolled over and edited the way offices do. */
function successor(plan) {
  const rand = rng(7);
  const next = JSON.parse(JSON.stringify(plan).replaceAll('2025', '2026'));
  next.number = 3;
  for (const section of next.body) {
    for (const clause of section.items) {
      const items = clause.items;
      for (const item of items) {
        const r = rand();
        if (r < 0.06 && item.point) item.point = item.point.replace(/^(\S+ \S+ \S+)/, '$1 và mở rộng');
        else if (r < 0.1 && item.task) item.time = 'Quý IV/2026';
        else if (r < 0.13 && item.task) item.lead = LEADS[(LEADS.indexOf(item.lead) + 1) % LEADS.length];
      }
      if (rand() < 0.2) items.splice(Math.floor(rand() * items.length), 1);
      if (rand() < 0.2) items.splice(Math.floor(rand() * items.length), 0, { point: sentence(rand, 24) });
      if (rand() < 0.15) items.push(items.shift());
    }
  }
  next.body.push(next.body.shift());
  return next;
}

const world = nodeWorld({ cwd: root, fonts: readFontFiles(bundledFontFiles()), defaultTemplates: readTemplateDir(defaultTemplatesDir(root)) });
function compile(plan, name) {
  const out = compilePlan(new TextEncoder().encode(YAML.stringify(plan)), name, world, { lang: 'vi' });
  if (!out.value) throw new Error(`${name}: ${out.diagnostics.map((d) => d.message).join('; ')}`);
  return out.value.model;
}
const oldPlan = largePlan(2025);
const oldModel = compile(oldPlan, 'old.yaml');
const newModel = compile(successor(oldPlan), 'new.yaml');
const pdf = Buffer.from(await renderPdf(oldModel, world)).toString('latin1');
const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const times = [];
let result;
for (let i = 0; i < RUNS + 2; i++) {
  const t0 = process.hrtime.bigint();
  result = diffModels(oldModel, newModel);
  if (i >= 2) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
if (process.env.BENCH_VERBOSE) console.error(JSON.stringify(result.summary));
console.log(`diff of two ${pages}-page plans: ${median.toFixed(1)} ms`);
