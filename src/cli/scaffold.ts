/**
 * `cchc-plan init`: scaffold a plan for a level (tỉnh, huyện, xã), or roll last year's plan over to a
 * new year (year in titles and text updated, number and date cleared, structure and tasks kept).
 * Never overwrites an existing file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import { checkPlanText } from '../plan/index.js';
import { planYear } from '../plan/year.js';
import type { Plan } from '../plan/types.js';
import type { CliContext } from './context.js';
import { formatDiagnostic, makeChalk } from './format.js';
import { writeAtomic } from './io.js';

export interface InitOptions {
  lang: Lang;
  quiet?: boolean;
  level?: 'tinh' | 'huyen' | 'xa';
  from?: string;
  year?: string;
  name?: string;
}

const LEVELS = {
  tinh: {
    unit: 'TỈNH', unitLower: 'tỉnh', sample: 'Quảng Trị', archive: 'NC',
    recipients: ['{ name: Bộ Nội vụ, purpose: b/c }', '{ name: Thường trực Tỉnh ủy, purpose: b/c }', '{ name: Thường trực HĐND tỉnh, purpose: b/c }', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thị xã, thành phố', 'Các cơ quan báo chí trên địa bàn tỉnh'],
    lead: 'Sở Nội vụ', coordinating: 'Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố', grounds: 'Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2030 của Chính phủ',
  },
  huyen: {
    unit: 'HUYỆN', unitLower: 'huyện', sample: 'Sơn Tịnh', archive: 'NV',
    recipients: ['{ name: UBND tỉnh, purpose: b/c }', '{ name: Sở Nội vụ, purpose: b/c }', '{ name: Thường trực Huyện ủy, purpose: b/c }', '{ name: Thường trực HĐND huyện, purpose: b/c }', 'Chủ tịch, các PCT UBND huyện', 'Các cơ quan, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn'],
    lead: 'Phòng Nội vụ', coordinating: 'Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn', grounds: 'Kế hoạch cải cách hành chính của Ủy ban nhân dân tỉnh',
  },
  xa: {
    unit: 'XÃ', unitLower: 'xã', sample: 'An Bình', archive: 'VP',
    recipients: ['{ name: UBND huyện, purpose: b/c }', 'TT Đảng ủy, TT HĐND xã', 'CT, các PCT UBND xã', 'Các cơ quan, đơn vị thuộc UBND xã', 'Các thôn'],
    lead: 'Văn phòng HĐND và UBND xã', coordinating: 'Các cơ quan, đơn vị thuộc UBND xã', grounds: 'Kế hoạch cải cách hành chính của Ủy ban nhân dân huyện',
  },
} as const;

export function scaffold(level: keyof typeof LEVELS, name: string, year: number, schemaRef: string): string {
  const l = LEVELS[level];
  const upperName = name.toLocaleUpperCase('vi');
  const full = `Ủy ban nhân dân ${l.unitLower} ${name}`;
  return `# yaml-language-server: $schema=${schemaRef}
# Kế hoạch tuyên truyền cải cách hành chính năm ${year} — tạo bởi "cchc-plan init --level ${level}".
# Sửa nội dung cho phù hợp; không gõ số thứ tự (I., 1., a), -), công cụ tự đánh số.
issuer:
  name: [ỦY BAN NHÂN DÂN, ${l.unit} ${upperName}]
  abbreviation: UBND
place: ${name}
# number: 12            # số văn bản: để trống khi là dự thảo
date: "${year}"          # dự thảo: chỉ năm; khi ban hành ghi đủ NĂM-THÁNG-NGÀY
summary: Tuyên truyền cải cách hành chính năm ${year}
opening: >-
  Thực hiện ${l.grounds}; ${full} ban hành Kế hoạch tuyên truyền
  cải cách hành chính năm ${year}, như sau:
body:
  - section: Mục đích, yêu cầu
    items:
      - clause: Mục đích
        items:
          - bullet: Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về cải cách hành chính.
          - bullet: Tạo sự đồng thuận, ủng hộ và tham gia của người dân, doanh nghiệp trong thực hiện cải cách hành chính.
      - clause: Yêu cầu
        items:
          - bullet: Công tác tuyên truyền phải thường xuyên, kịp thời, nội dung thiết thực, hình thức phù hợp với từng đối tượng.
  - section: Đối tượng tuyên truyền
    items:
      - clause:
        text: Cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.
      - clause:
        text: Người dân, doanh nghiệp và các tổ chức trên địa bàn.
  - section: Nội dung, hình thức tuyên truyền
    items:
      - clause: Nội dung
        items:
          - bullet: Các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về cải cách hành chính.
          - bullet: Kết quả thực hiện cải cách thủ tục hành chính, cơ chế một cửa, một cửa liên thông, dịch vụ công trực tuyến.
      - clause: Hình thức
        items:
          - bullet: Tuyên truyền trên trang thông tin điện tử, hệ thống truyền thanh và mạng xã hội.
          - bullet: Lồng ghép tuyên truyền trong các hội nghị, cuộc họp.
  - section: Kinh phí thực hiện
    items:
      - Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm ${year} của các cơ quan, đơn vị.
  - section: Tổ chức thực hiện
    items:
      - task: Tham mưu triển khai, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.
        lead: ${l.lead}
        coordinating: ${l.coordinating}
        time: Năm ${year}
closing: >-
  Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm ${year} của ${full}. Trong quá trình
  triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${l.lead} để tổng hợp, báo cáo
signature:
  authority: KT
  collective: Ủy ban nhân dân
  head: Chủ tịch
  title: Phó Chủ tịch
  # name: Họ và tên người ký
recipients:
${l.recipients.map((r) => `  - ${r}`).join('\n')}
archive: { units: ${l.archive} }
`;
}

/** Replace the plan year in the text that refers to it; deadlines in tasks move with it. */
export function rollOver(source: string, from: number, to: number): { text: string; changes: number } {
  const doc = parseDocument(source, { keepSourceTokens: false });
  let changes = 0;
  const yearPhrase = new RegExp(`(\\b(?:năm|Năm|NĂM)\\s+)${from}\\b`, 'gu');
  const anyYear = new RegExp(`\\b${from}\\b`, 'g');
  const visit = (node: unknown, key: string | undefined) => {
    if (isMap(node)) {
      for (const item of node.items) if (isPair(item)) visit(item.value, isScalar(item.key) ? String(item.key.value) : undefined);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, key);
    } else if (isScalar(node) && typeof node.value === 'string') {
      const re = key === 'time' || key === 'frequency' ? anyYear : yearPhrase;
      const replaced = node.value.replace(re, (m, prefix?: string) => {
        changes++;
        return typeof prefix === 'string' && key !== 'time' && key !== 'frequency' ? `${prefix}${to}` : String(to);
      });
      node.value = replaced;
    }
  };
  visit(doc.contents as Node, undefined);
  // The new plan is a draft: no number, only the year.
  doc.delete('number');
  doc.set('date', String(to));
  return { text: doc.toString({ lineWidth: 0 }), changes };
}

export async function initPlan(output: string, opts: InitOptions, ctx: CliContext): Promise<number> {
  const lang = opts.lang;
  const target = path.resolve(ctx.cwd, output);
  if (!/\.ya?ml$/i.test(target)) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.initNotYaml, { value: output })}\n`);
    return 2;
  }
  if (existsSync(target)) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.initExists, { value: output })}\n`);
    return 2;
  }
  if (!opts.level && !opts.from) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.initNeedsLevel, {})}\n`);
    return 2;
  }
  let year: number | undefined;
  if (opts.year !== undefined) {
    year = Number(opts.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2999) {
      ctx.stderr.write(`cchc-plan: ${say(lang, CLI.initYearInvalid, { value: opts.year })}\n`);
      return 2;
    }
  }
  let text: string;
  let summary: string;
  if (opts.from) {
    const from = path.resolve(ctx.cwd, opts.from);
    let source: string;
    try {
      source = readFileSync(from, 'utf8');
    } catch {
      ctx.stderr.write(`cchc-plan: ${say(lang, CLI.notFound, { value: opts.from })}\n`);
      return 2;
    }
    const checked = checkPlanText(source, opts.from);
    if (!checked.value) {
      const c = makeChalk(ctx.stderr.isTTY, ctx.env);
      for (const d of checked.diagnostics) ctx.stderr.write(formatDiagnostic(d, lang, c, source) + '\n');
      return 1;
    }
    const old = planYear(checked.value.plan as Plan);
    if (old === undefined) {
      ctx.stderr.write(`cchc-plan: ${say(lang, CLI.initNoYear, {})}\n`);
      return 1;
    }
    year ??= old + 1;
    const rolled = rollOver(source, old, year);
    text = rolled.text;
    summary = say(lang, CLI.initRolled, { output, from: opts.from, changes: rolled.changes, old, year });
  } else {
    year ??= ctx.today.getFullYear();
    const level = opts.level!;
    const schema = path.relative(path.dirname(target), path.join(ctx.packageRoot, 'schemas', 'plan.schema.json')).split(path.sep).join('/');
    text = scaffold(level, opts.name ?? LEVELS[level].sample, year, schema);
    summary = say(lang, CLI.initCreated, { output, level, year });
  }
  // What we write must itself be a valid plan (drafts give warnings only).
  const check = checkPlanText(text, output);
  if (!check.value) throw new Error(`generated plan is invalid: ${check.diagnostics.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column}`).join(', ')}`);
  writeAtomic(target, new TextEncoder().encode(text));
  if (!opts.quiet) ctx.stdout.write(summary + '\n');
  return 0;
}
