/**
 * `cchc-plan init`: scaffold a plan for a level of local government (tỉnh, thành phố, xã, phường,
 * đặc khu; huyện for plans dated before 1 July 2025), or roll last year's plan over to a new year
 * (only the plan's own year changes; every change is printed; number and date cleared). Never
 * overwrites an existing file.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, say } from '../diagnostics/catalog/index.js';
import { diagnosticJson, type Lang } from '../diagnostics/index.js';
import { LEVELS, levelProblem, parseLevel, twoLevels, type Level } from '../decree30/local-government.js';
import { checkPlanText } from '../plan/index.js';
import { rollOver, type Rollover } from '../plan/rollover.js';
import { planYear } from '../plan/year.js';
import type { Plan } from '../plan/types.js';
import { suggest } from '../text/suggest.js';
import { EXIT } from './common.js';
import type { CliContext } from './context.js';
import { formatDiagnostic, JSON_FORMAT_VERSION, makeChalk } from './format.js';
import { writeAtomic } from './io.js';

export interface InitOptions {
  lang: Lang;
  quiet?: boolean;
  json?: boolean;
  level?: string;
  from?: string;
  year?: string;
  name?: string;
  dryRun?: boolean;
}

/** The wording of a new plan for a level in a year (two-level local government from 2025). */
interface Wording {
  upper: string;
  lower: string;
  recipients: string[];
  lead: string;
  coordinating: string;
  grounds: string;
  archive: string;
  /** A YAML comment above the recipients, when the clerk should check them. */
  recipientsNote?: string;
}

function wording(level: Level, year: number): Wording {
  const { upper, lower, tier } = LEVELS[level];
  const two = twoLevels(year);
  if (tier === 'province') {
    const party = level === 'thanh-pho' ? 'Thành ủy' : 'Tỉnh ủy';
    const below = two ? 'UBND các xã, phường' : `UBND các huyện, thị xã, thành phố`;
    return {
      upper, lower, archive: 'NV',
      recipients: ['{ name: Bộ Nội vụ, purpose: b/c }', `{ name: Thường trực ${party}, purpose: b/c }`, `{ name: Thường trực HĐND ${lower}, purpose: b/c }`, `Chủ tịch, các PCT UBND ${lower}`, `Các sở, ban, ngành ${lower}`, below, `Các cơ quan báo chí trên địa bàn ${lower}`],
      lead: 'Sở Nội vụ',
      coordinating: `Các sở, ban, ngành ${lower}; ${below}`,
      grounds: 'Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2030 của Chính phủ',
      ...(two ? { recipientsNote: 'Có đặc khu thì thêm "đặc khu" vào dòng UBND các xã, phường.' } : {}),
    };
  }
  if (tier === 'district') {
    return {
      upper, lower, archive: 'NV',
      recipients: ['{ name: UBND tỉnh, purpose: b/c }', '{ name: Sở Nội vụ, purpose: b/c }', '{ name: Thường trực Huyện ủy, purpose: b/c }', '{ name: Thường trực HĐND huyện, purpose: b/c }', 'Chủ tịch, các PCT UBND huyện', 'Các cơ quan, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn'],
      lead: 'Phòng Nội vụ',
      coordinating: 'Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn',
      grounds: 'Kế hoạch cải cách hành chính của Ủy ban nhân dân tỉnh',
    };
  }
  // Communes, wards and special zones: since 1 July 2025 they report to the province.
  const above = two ? 'tỉnh' : 'huyện';
  const villages = level === 'xa' ? 'Các thôn' : level === 'phuong' ? 'Các tổ dân phố' : 'Các thôn, tổ dân phố';
  return {
    upper, lower, archive: 'VP',
    recipients: [`{ name: UBND ${above}, purpose: b/c }`, `{ name: ${two ? 'Sở Nội vụ' : 'Phòng Nội vụ huyện'}, purpose: b/c }`, `TT Đảng ủy, TT HĐND ${lower}`, `CT, các PCT UBND ${lower}`, `Các cơ quan, đơn vị thuộc UBND ${lower}`, villages],
    lead: `Văn phòng HĐND và UBND ${lower}`,
    coordinating: `Các cơ quan, đơn vị thuộc UBND ${lower}`,
    grounds: `Kế hoạch cải cách hành chính của Ủy ban nhân dân ${above}`,
  };
}

export function scaffold(level: Level, name: string, year: number, schemaRef: string, place = name): string {
  const l = wording(level, year);
  const upperName = name.toLocaleUpperCase('vi');
  const full = `Ủy ban nhân dân ${l.lower} ${name}`;
  return `# yaml-language-server: $schema=${schemaRef}
# Kế hoạch tuyên truyền cải cách hành chính năm ${year} — tạo bởi "cchc-plan init --level ${level}".
# Sửa nội dung cho phù hợp; không gõ số thứ tự (I., 1., a), -), công cụ tự đánh số.
issuer:
  name: [ỦY BAN NHÂN DÂN, ${l.upper} ${upperName}]
  abbreviation: UBND
place: ${place}
# number: 12            # số văn bản: để trống khi là dự thảo
date: "${year}"          # dự thảo: chỉ năm; khi ban hành ghi đủ ngày, ví dụ 08/01/${year}
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
${l.recipientsNote ? `# ${l.recipientsNote}\n` : ''}recipients:
${l.recipients.map((r) => `  - ${r}`).join('\n')}
archive: { units: ${l.archive} }
`;
}

/** "xã Sơn Mai", "XÃ SƠN MAI" → "Sơn Mai": the unit word is the level's, not part of the name. */
function bareName(name: string, level: Level): string {
  const n = name.trim().replace(/\s+/g, ' ');
  const unit = LEVELS[level].lower;
  return n.toLocaleLowerCase('vi').startsWith(unit + ' ') ? n.slice(unit.length + 1).trim() : n;
}

const isUrl = (ref: string) => /^[a-z][a-z0-9+.-]+:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);

export async function initPlan(output: string, opts: InitOptions, ctx: CliContext): Promise<number> {
  const lang = opts.lang;
  const fail = (text: string, code: number = EXIT.usage) => {
    ctx.stderr.write(`cchc-plan: ${text}\n`);
    return code;
  };
  const target = path.resolve(ctx.cwd, output);
  if (!/\.ya?ml$/i.test(target)) return fail(say(lang, CLI.initNotYaml, { value: output }));
  if (existsSync(target)) return fail(say(lang, CLI.initExists, { value: output }));
  if (!opts.level && !opts.from) return fail(say(lang, CLI.initNeedsLevel, {}));
  let year: number | undefined;
  if (opts.year !== undefined) {
    year = Number(opts.year);
    if (!Number.isInteger(year) || year < 1945 || year > 2999) return fail(say(lang, CLI.initYearInvalid, { value: opts.year }));
  }
  const packageSchema = path.join(ctx.packageRoot, 'schemas', 'plan.schema.json');
  const relativeTo = (file: string) => {
    const rel = path.relative(path.dirname(target), file).split(path.sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };

  let text: string;
  let report: () => void;
  if (opts.from) {
    const from = path.resolve(ctx.cwd, opts.from);
    let source: string;
    try {
      source = readFileSync(from, 'utf8');
    } catch (e) {
      return fail(say(lang, CLI.initFromUnreadable, { value: opts.from, reason: (e as NodeJS.ErrnoException).code ?? '' }));
    }
    const checked = checkPlanText(source, opts.from);
    if (!checked.value) {
      if (opts.json) {
        const diagnostics = checked.diagnostics.map((d) => diagnosticJson(d, lang));
        ctx.stdout.write(JSON.stringify({ version: JSON_FORMAT_VERSION, command: 'init', ok: false, output, from: opts.from, diagnostics }, null, 2) + '\n');
        return EXIT.invalid;
      }
      const c = makeChalk(ctx.stderr.isTTY, ctx.env);
      for (const d of checked.diagnostics) ctx.stderr.write(formatDiagnostic(d, lang, c, source) + '\n');
      return EXIT.invalid;
    }
    const old = planYear(checked.value.plan as Plan);
    if (old === undefined) return fail(say(lang, CLI.initNoYear, {}), EXIT.invalid);
    const to = year ?? old + 1;
    // A relative schema path is relative to the old file; the new file may be elsewhere.
    const schemaRef = (ref: string) => {
      if (isUrl(ref)) return undefined;
      const resolved = path.resolve(path.dirname(from), ref);
      return relativeTo(existsSync(resolved) ? resolved : packageSchema);
    };
    const rolled = rollOver(source, old, to, { schemaRef });
    text = rolled.text;
    report = () => printRollover(rolled, { output, from: opts.from!, old, year: to }, opts, ctx);
  } else {
    const level = parseLevel(opts.level!);
    if (!level) {
      const typed = opts.level!;
      const names = ['tỉnh', 'thành phố', 'xã', 'phường', 'đặc khu', 'huyện'];
      return fail(say(lang, CLI.initLevelInvalid, { value: typed, suggestion: suggest(typed, names) }));
    }
    year ??= ctx.today.getFullYear();
    const problem = levelProblem(level, year);
    if (problem) return fail(say(lang, problem === 'district-abolished' ? CLI.initDistrictAbolished : CLI.initLevelNotYet, { level: LEVELS[level].lower, year }));
    let name = opts.name;
    if (name === undefined) {
      if (!ctx.prompt) return fail(say(lang, CLI.initNeedsName, { level: LEVELS[level].lower, output }));
      name = await ctx.prompt(say(lang, CLI.initAskName, { level: LEVELS[level].lower }));
    }
    name = bareName(name ?? '', level);
    if (!name) return fail(say(lang, CLI.initNeedsName, { level: LEVELS[level].lower, output }));
    const schema = relativeTo(packageSchema);
    text = scaffold(level, name, year, schema);
    // A place named after a person or a number keeps its unit word ("Phường Trương Quang Trọng").
    const unit = checkPlanText(text, output).diagnostics.find((d) => d.code === 'place-unit-type');
    if (unit) text = scaffold(level, name, year, schema, String(unit.params.suggestion));
    const y = year;
    report = () => {
      if (opts.json) ctx.stdout.write(JSON.stringify({ version: JSON_FORMAT_VERSION, command: 'init', ok: true, output, dryRun: !!opts.dryRun, level, name, year: y }, null, 2) + '\n');
      else if (!opts.quiet) ctx.stdout.write(say(lang, opts.dryRun ? CLI.initWouldCreate : CLI.initCreated, { output, level: LEVELS[level].lower, name, year: y }) + '\n');
    };
  }
  // What we write must itself be a valid plan (drafts give warnings only).
  const check = checkPlanText(text, output);
  if (!check.value) throw new Error(`generated plan is invalid: ${check.diagnostics.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column}`).join(', ')}`);
  if (!opts.dryRun) {
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeAtomic(target, new TextEncoder().encode(text));
    } catch (e) {
      return fail(say(lang, CLI.initUnwritable, { value: output, reason: (e as NodeJS.ErrnoException).code ?? '' }));
    }
  }
  report();
  return EXIT.ok;
}

/** Every change, line by line (old → new), and the years kept because they are another document's. */
function printRollover(r: Rollover, info: { output: string; from: string; old: number; year: number }, opts: InitOptions, ctx: CliContext): void {
  const lang = opts.lang;
  const years = r.changes.filter((c) => c.kind === 'year').length;
  if (opts.json) {
    ctx.stdout.write(
      JSON.stringify({ version: JSON_FORMAT_VERSION, command: 'init', ok: true, output: info.output, from: info.from, dryRun: !!opts.dryRun, year: { from: info.old, to: info.year }, changes: r.changes, kept: r.kept }, null, 2) + '\n',
    );
    return;
  }
  if (opts.quiet) return;
  const c = makeChalk(ctx.stdout.isTTY, ctx.env);
  const out: string[] = [say(lang, opts.dryRun ? CLI.initWouldRoll : CLI.initRolled, { ...info, changes: years })];
  const width = String(Math.max(1, ...r.changes.map((x) => x.line))).length;
  for (const change of r.changes) {
    const label = say(lang, CLI.initLine, { line: String(change.line).padStart(width) });
    out.push(`  ${label}  ${c.red(change.before.trim())}`);
    const after = change.kind === 'number' ? c.dim(say(lang, CLI.initLineRemoved, {})) : c.green(change.after.trim());
    out.push(`  ${' '.repeat(label.length - 1)}→  ${after}`);
  }
  if (r.kept.length) {
    out.push(say(lang, CLI.initKept, { count: r.kept.length, old: info.old }));
    for (const k of r.kept) out.push(`  ${say(lang, CLI.initLine, { line: String(k.line).padStart(width) })}  ${k.excerpt} ${c.dim(`(${say(lang, CLI.initKeptReason, { reason: k.reason })})`)}`);
  }
  ctx.stdout.write(out.join('\n') + '\n');
}
