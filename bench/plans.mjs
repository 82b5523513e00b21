// Generated plans for the bench: the minimal example with varied names and extra tasks (batches),
// and plans of a chosen length (the linearity row).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = readFileSync(path.join(root, 'examples', 'minimal.yaml'), 'utf8');

/** Plan number `i` of a batch: one page or two. */
export function batchPlan(i) {
  const tasks = Array.from({ length: 1 + (i % 5) }, (_, k) => `      - task: Nhiệm vụ tuyên truyền số ${k + 1} của đơn vị ${i}.\n        lead: Văn phòng HĐND và UBND xã\n        time: Quý ${['I', 'II', 'III', 'IV'][k % 4]}/2026\n`).join('');
  return base.replace(/AN BÌNH/g, `SỐ ${i}`).replace(/An Bình/g, `Xã Số ${i}`).replace('        time: Thường xuyên\n', `        time: Thường xuyên\n${tasks}`);
}

const SENTENCE = 'Tiếp tục đẩy mạnh cải cách thủ tục hành chính, rà soát, đơn giản hóa quy trình, rút ngắn thời gian giải quyết hồ sơ, nâng cao chất lượng phục vụ người dân và doanh nghiệp';

/** A plan with `units` sections of clauses, points and tasks: about two pages per unit. */
export function longPlan(units) {
  let body = '';
  for (let u = 1; u <= units; u++) {
    body += `  - section: Nhóm nhiệm vụ thứ ${u} về cải cách hành chính\n    items:\n`;
    for (let c = 1; c <= 3; c++) {
      body += `      - clause: Nội dung ${u}.${c}\n        items:\n`;
      for (let p = 1; p <= 3; p++) body += `          - point: ${SENTENCE} (mục ${u}.${c}.${p}); tăng cường **kỷ luật, kỷ cương** hành chính, ứng dụng công nghệ thông tin trong hoạt động của cơ quan.\n`;
    }
    for (let t = 1; t <= 2; t++) body += `      - task: Thực hiện nhiệm vụ ${u}.${t}, ${SENTENCE}.\n        lead: Văn phòng HĐND và UBND xã\n        coordinating: Các cơ quan, đơn vị thuộc UBND xã\n        time: Quý ${['I', 'II', 'III', 'IV'][t % 4]}/2026\n`;
  }
  return base.replace(/^body:\n[\s\S]*?(?=^signature:)/m, `body:\n${body}`);
}
