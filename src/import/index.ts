/**
 * `import`: last year's Word file (or a copied text) → a plan YAML and a report. Pure: bytes in,
 * YAML text and report out; no files, no clock. The DOCX is read by src/docx-read (the reader the
 * checker uses); the YAML is checked with the project's own loader before it is handed back.
 */
import { collectiveBody } from '../decree30/signature.js';
import { fileSpan, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { TYPE_ABBREVIATIONS, DEFAULT_TYPE, leadingUnit } from '../decree30/vocabulary.js';
import { DocxReadError, isOleFile, type DocxLimits } from '../docx-read/package.js';
import { checkPlanText } from '../plan/index.js';
import { normalizeStrings } from '../plan/load.js';
import type { PlanAppendix, PlanItem, PlanRecipient, PlanSignature, PlanTask, PlanTaskGroup } from '../plan/types.js';
import { readAppendices, isAppendixStart } from './appendix.js';
import { assemble } from './assemble.js';
import { BodyBuilder, newRoot, toItems, type BodyBlock } from './body.js';
import { findEnd, readEnd, stripEndMark, takeClosing } from './closing.js';
import { readDocxSource } from './from-docx.js';
import { decodeText, readTextSource } from './from-text.js';
import { recogniseHeader, type Header } from './header.js';
import { collapse, toInline } from './inline.js';
import { excerpt, Notes, type ImportNote } from './notes.js';
import type { Block, Line, Source, SourceRef } from './types.js';
import { extractTextTables } from './text-table.js';
import { writeYaml } from './yaml.js';

export type { ImportNote } from './notes.js';
export { DOCX_LIMITS } from '../docx-read/package.js';

export type ImportFormat = 'docx' | 'text' | 'markdown';

export interface ImportInput {
  bytes: Uint8Array;
  /** The input's name as it should appear in the report (and, for the format, its extension). */
  file: string;
  format?: ImportFormat;
  /** The `$schema` path written on the first line, as seen from where the YAML is written. */
  schemaRef?: string;
  limits?: DocxLimits;
}

export interface ImportReport {
  input: string;
  format: ImportFormat;
  /** Paragraphs (DOCX) or lines (text) read. */
  units: number;
  /** What was recognised, counted per kind (issuer, section, clause, task, recipient…). */
  recognised: Record<string, number>;
  /** Every guess and everything that could not be placed, in source order. */
  notes: ImportNote[];
}

export interface ImportResult {
  /** The plan YAML, when the input could be read. */
  yaml?: string;
  plan?: Record<string, unknown>;
  report?: ImportReport;
  /** Errors: the input could not be read (nothing to write). */
  errors: Diagnostic[];
}

const PLACEHOLDER = 'CẦN BỔ SUNG';

export function formatOf(file: string): ImportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') return 'docx';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return undefined;
}

export function importPlan(input: ImportInput): ImportResult {
  const { file } = input;
  const notes = new Notes(file);
  const fail = (code: Diagnostic['code'], params: Record<string, string | number | boolean>): ImportResult => ({
    errors: [{ code, severity: 'error', params, span: fileSpan(file) }],
  });
  const bytes = input.bytes;
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format: ImportFormat | undefined = isZip || isOleFile(bytes) ? 'docx' : (input.format ?? formatOf(file) ?? 'text');
  let source: Source;
  if (format === 'docx') {
    try {
      source = readDocxSource(bytes, file, notes, input.limits);
    } catch (e) {
      if (!(e instanceof DocxReadError)) throw e;
      const info = e.info;
      if (info.limit) return fail('import-too-large', { what: info.limit.what, value: info.limit.value, max: info.limit.max, ...(info.part ? { part: info.part } : {}) });
      if (info.encrypted) return fail('import-encrypted', {});
      if (e.reason === 'legacy-or-encrypted') return fail('import-legacy-doc', {});
      if (info.truncated) return fail('import-truncated', {});
      if (info.dtd) return fail('import-xml-dtd', { part: info.part ?? '' });
      if (e.reason === 'bad-xml' || e.reason === 'bad-encoding') return fail('import-bad-xml', { detail: e.message });
      return fail('import-not-docx', { detail: e.message });
    }
  } else {
    const decoded = decodeText(bytes, notes);
    if (decoded.problem) {
      const p = decoded.problem;
      return p.code === 'import-encoding' ? fail('import-encoding', { offset: p.offset }) : fail('import-too-large', { what: p.what, value: p.value, max: p.max });
    }
    const read = readTextSource(decoded.text!, file, format, notes);
    if (read.problem) {
      const p = read.problem;
      return p.code === 'import-encoding' ? fail('import-encoding', { offset: p.offset }) : fail('import-too-large', { what: p.what, value: p.value, max: p.max });
    }
    source = read.source!;
  }
  if (!source.blocks.some((b) => (b.kind === 'line' ? b.line.text : b.table.rows.flat(2).some((l) => l.text)))) return fail('import-empty', {});
  const paragraphCount = source.blocks.reduce((n, b) => n + (b.kind === 'line' ? 1 : b.table.rows.flat(2).length), 0);
  if (paragraphCount > (input.limits?.paragraphs ?? 20_000) && format !== 'docx') return fail('import-too-large', { what: 'paragraphs', value: paragraphCount, max: input.limits?.paragraphs ?? 20_000 });

  const built = recognise(source, notes);
  const report: ImportReport = {
    input: file,
    format: source.format,
    units: source.units,
    recognised: Object.fromEntries([...notes.counts].sort((a, b) => kindOrder(a[0]) - kindOrder(b[0]))),
    notes: [...notes.list].sort((a, b) => (a.source?.n ?? 0) - (b.source?.n ?? 0)),
  };
  const header = [
    `Nhập từ ${baseName(file)} bằng "cchc-plan import". Đọc các chú thích "# …" và báo cáo nhập trước khi dựng.`,
    'Số thứ tự (I., 1., a), -, +) không ghi trong tệp này: công cụ tự đánh số khi dựng.',
  ];
  const yaml = writeYaml(built.plan as never, { schemaRef: input.schemaRef ?? 'schemas/plan.schema.json', header, comments: built.comments });
  // The YAML must read back as the same plan and pass the project's own checks.
  const checked = checkPlanText(yaml, file.replace(/\.[^.]+$/, '.yaml'));
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (!checked.value || hasErrors(errors)) {
    const first = errors[0];
    return { errors: [{ code: 'import-output-invalid', severity: 'error', params: { code: first?.code ?? '', detail: JSON.stringify(first?.params ?? {}) }, span: fileSpan(file) }], report };
  }
  if (JSON.stringify(normalizeStrings(checked.value.plan)) !== JSON.stringify(stripUndefined(built.plan))) {
    return { errors: [{ code: 'import-output-invalid', severity: 'error', params: { code: 'yaml-roundtrip', detail: 'the YAML does not read back as the plan' }, span: fileSpan(file) }], report };
  }
  return { yaml, plan: built.plan, report, errors: [] };
}

/** Kinds in the order they stand in a plan, for the report. */
const KIND_ORDER = ['parent', 'issuer', 'number', 'place', 'date', 'type', 'summary', 'grounds', 'opening', 'part', 'section', 'clause', 'subclause', 'point', 'bullet', 'text', 'task', 'closing', 'signature', 'recipient', 'archive', 'appendix', 'table'];
const kindOrder = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function stripUndefined(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v));
}

interface Built {
  plan: Record<string, unknown>;
  comments: Map<string, string[]>;
}

function recognise(source: Source, notes: Notes): Built {
  const comments = new Map<string, string[]>();
  const say = (path: string, text: string) => comments.set(path, [...(comments.get(path) ?? []), text]);
  const count = (k: string, n = 1) => notes.count(k, n);
  const mode = source.format === 'docx' ? 'docx' : 'text';
  const blocks = mode === 'text' ? extractTextTables(source.blocks) : source.blocks;
  for (const b of blocks) {
    if (b.kind !== 'table' || !b.table.guessedLines) continue;
    for (const n of b.table.guessedLines) notes.add('import-guess', { what: 'table-cell' }, { unit: 'line', n });
  }

  // ---- header and title ----
  const { header, next } = recogniseHeader(blocks, notes);
  // ---- end block (signature, recipients) and appendices ----
  let appStart = blocks.length;
  for (let i = next; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'line' && b.line.text && isAppendixStart(b.line) && (mode === 'text' || b.line.align === 'center' || b.line.landscape)) {
      // Only after the signature block, or when no signature block comes before it.
      const end = findEnd(blocks, next, i);
      if (end < i || findEnd(blocks, i, blocks.length) === blocks.length) {
        appStart = i;
        break;
      }
    }
  }
  const endStart = findEnd(blocks, next, appStart);
  const bodyBlocks = blocks.slice(next, endStart);

  // ---- body paragraphs (text lines assembled), tables kept in place ----
  const items: BodyBlock[] = [];
  let pending: Line[] = [];
  const flush = () => {
    for (const l of assemble(pending)) items.push({ kind: 'line', line: l });
    pending = [];
  };
  for (const b of bodyBlocks) {
    if (b.kind === 'table') {
      flush();
      items.push(b);
    } else if (b.line.text || b.line.src.unit === 'line') pending.push(b.line);
  }
  flush();
  dropFurniture(items, notes);

  // ---- grounds and opening: the paragraphs before the first numbered item ----
  const isLabelled = (l: Line) =>
    !!l.auto ||
    /^(PHẦN\s+\S+|[IVXLC]+\.|[A-ZĐ]\.|\d{1,2}(\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])\s*/u.test(l.text) ||
    // An unnumbered heading: a bold line in capitals (DOCX).
    (mode === 'docx' && l.bold === 'all' && l.text.length <= 120 && /\p{L}/u.test(l.text) && l.text === l.text.toLocaleUpperCase('vi'));
  let firstItem = items.findIndex((b) => b.kind === 'table' || isLabelled(b.line));
  if (firstItem < 0) firstItem = items.length;
  let preamble = items.slice(0, firstItem).map((b) => (b as { line: Line }).line);
  let rest = items.slice(firstItem);
  // The closing: among the last paragraphs (after the last table).
  const lastTable = rest.map((b) => b.kind).lastIndexOf('table');
  const tailLines = rest.slice(lastTable + 1).map((b) => (b as { line: Line }).line);
  let closingLines: Line[] = [];
  if (tailLines.length) {
    const taken = takeClosing(tailLines, notes);
    closingLines = taken.closing;
    rest = [...rest.slice(0, lastTable + 1), ...taken.rest.map((line): BodyBlock => ({ kind: 'line', line }))];
  } else if (!rest.length && preamble.length) {
    const taken = takeClosing(preamble, notes);
    closingLines = taken.closing;
    preamble = taken.rest;
  } else notes.add('import-guess', { what: 'no-closing' });

  const grounds: Line[] = [];
  const groundLike = (l: Line) => /^(căn cứ|xét|theo đề nghị)(?![\p{L}\p{N}])/iu.test(l.text) && !/;\s*căn cứ(?![\p{L}\p{N}])/iu.test(l.text.slice(6));
  for (const l of preamble) {
    if (grounds.length === preamble.indexOf(l) && groundLike(l) && (mode === 'docx' ? l.italic === 'all' : /[;.]$/.test(l.text))) grounds.push(l);
    else break;
  }
  if (mode === 'text' && grounds.length && !/\.$/.test(grounds[grounds.length - 1].text)) grounds.length = 0;
  if (grounds.length && mode === 'text') notes.add('import-guess', { what: 'grounds', count: grounds.length }, grounds[0].src, 'grounds');
  const opening = preamble.slice(grounds.length);

  // ---- body tree ----
  const root = newRoot();
  const builder = new BodyBuilder(root, notes, mode);
  for (const b of rest) builder.add(b);
  builder.finish();
  for (const p of placeholderHeadings(root)) {
    notes.add('import-placeholder', { field: 'heading', value: PLACEHOLDER }, p.src);
  }

  // ---- end block ----
  const end = readEnd(blocks.slice(endStart, appStart), notes);

  // ---- appendices ----
  let register: (PlanTask | PlanTaskGroup)[] | undefined;
  const appendices = readAppendices(blocks.slice(appStart), notes, mode, comments, (k) => count(k), () => !!register).map((a) => {
    if (a.register && !register) register = a.register;
    return a.appendix;
  });

  // ---- the plan, in schema order ----
  const plan: Record<string, unknown> = {};
  const type = header.type && header.type !== DEFAULT_TYPE ? header.type : undefined;
  const typeAbbr = TYPE_ABBREVIATIONS[header.type ?? DEFAULT_TYPE];
  // issuer
  const issuer: Record<string, unknown> = {};
  if (header.parent.length) {
    issuer.parent = header.parent.length === 1 ? header.parent[0] : header.parent.slice(0, 4);
    count('parent');
  }
  if (header.parentGuessed) say('issuer.parent', 'Đoán: dòng này là cơ quan chủ quản (in thường, không đậm).');
  let issuerLines = header.issuer.slice(0, 4);
  if (header.issuer.length > 4) issuerLines = [...header.issuer.slice(0, 3), header.issuer.slice(3).join(' ')];
  if (!issuerLines.length) {
    issuerLines = [PLACEHOLDER];
    notes.add('import-placeholder', { field: 'issuer', value: PLACEHOLDER }, undefined, 'issuer.name');
    say('issuer.name', 'Không thấy tên cơ quan ban hành trong bản gốc: điền vào đây.');
  } else count('issuer');
  issuer.name = issuerLines.length === 1 ? issuerLines[0] : issuerLines;
  const { abbreviation, symbol } = abbreviationOf(header, typeAbbr, issuerLines, notes, say);
  issuer.abbreviation = abbreviation;
  plan.issuer = issuer;
  // place
  let place = header.place;
  if (place) count('place');
  else {
    const unitLine = issuerLines[issuerLines.length - 1] ?? '';
    const unit = leadingUnit(unitLine);
    if (unit && unitLine !== PLACEHOLDER) {
      place = titleCase(unitLine.slice(unit.length).trim());
      notes.add('import-guess', { what: 'place-from-issuer', value: place }, header.src.issuer, 'place');
      say('place', 'Đoán: bản gốc không có dòng địa danh, ngày tháng; địa danh lấy theo tên cơ quan.');
    } else {
      place = PLACEHOLDER;
      notes.add('import-placeholder', { field: 'place', value: PLACEHOLDER }, undefined, 'place');
      say('place', 'Không thấy địa danh trong bản gốc: điền vào đây.');
    }
  }
  plan.place = place;
  if (type) plan.type = type;
  if (header.number !== undefined && header.number !== null) {
    plan.number = header.number;
    count('number');
  } else if (header.numberSeen) say('summary', 'Bản gốc để trống số văn bản (dự thảo): "number" chưa ghi.');
  else notes.add('import-placeholder', { field: 'number', value: '' }, undefined, 'number');
  if (symbol) plan.symbol = symbol;
  if (header.date) {
    plan.date = header.date;
    count('date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(header.date)) say('date', 'Bản gốc để trống ngày (hoặc cả tháng): dự thảo, chỉ ghi năm/tháng.');
  } else if (!header.src.placeDate) notes.add('import-placeholder', { field: 'date', value: '' }, undefined, 'date');
  if (!header.summary && !header.type && opening.length && !grounds.length && next === 0) {
    // No header and no type line (a copy that starts at the title): a first short paragraph
    // without an end mark is the summary.
    const first = opening[0];
    if (first.text.length <= 200 && !/[.;:]$/.test(first.text) && !/^(căn cứ|thực hiện|trên cơ sở)(?![\p{L}\p{N}])/iu.test(first.text)) {
      header.summary = first.text;
      header.src.summary = first.src;
      opening.shift();
      notes.add('import-guess', { what: 'summary', text: excerpt(first.text) }, first.src, 'summary');
      say('summary', 'Đoán: bản gốc không có dòng tên loại "KẾ HOẠCH"; đoạn đầu tiên được coi là trích yếu.');
    }
  }
  if (header.summary) {
    plan.summary = header.summary;
    count('summary');
  } else {
    plan.summary = PLACEHOLDER;
    notes.add('import-placeholder', { field: 'summary', value: PLACEHOLDER }, header.src.type, 'summary');
    say('summary', 'Không thấy trích yếu dưới tên loại văn bản: điền vào đây.');
  }
  if (header.type) count('type');
  // grounds, opening
  if (grounds.length) {
    plan.grounds = grounds.map((l) => toInline(l.pieces, { italic: true }).replace(/[;.,]\s*$/u, ''));
    count('grounds', grounds.length);
  }
  const openingTexts: string[] = [];
  header.unplaced.forEach((u, k) => {
    openingTexts.push(u.text);
    notes.add('import-unplaced', { text: excerpt(u.text) }, u.src, `opening[${k}]`);
  });
  if (header.unplaced.length) say('opening', `${header.unplaced.length} dòng đầu văn bản không xếp được (${header.unplaced.map((u) => `"${excerpt(u.text, 30)}"`).join(', ')}) được giữ ở đây: chuyển hoặc xóa.`);
  for (const l of opening) openingTexts.push(toInline(l.pieces));
  if (opening.length) count('opening', opening.length);
  if (openingTexts.length) plan.opening = openingTexts.length === 1 ? openingTexts[0] : openingTexts;
  // body
  let body = toItems(root.items, 'body', comments, (k) => count(k));
  if (!body.length) {
    body = [PLACEHOLDER];
    notes.add('import-placeholder', { field: 'body', value: PLACEHOLDER });
    say('body', 'Không thấy nội dung có đánh số: điền nội dung vào đây.');
  }
  plan.body = body;
  // closing
  if (closingLines.length) {
    const texts = closingLines.map((l) => toInline(l.pieces));
    texts[texts.length - 1] = stripEndMark(texts[texts.length - 1]);
    plan.closing = texts.length === 1 ? texts[0] : texts;
    count('closing');
  }
  // signature
  let signature: PlanSignature | undefined = end.signature;
  if (signature?.title) count('signature');
  else {
    // No position line: the name (when there is one) is kept, the position is to be filled in.
    signature = { ...(signature?.name ? { authority: 'none' as const } : {}), title: PLACEHOLDER, ...(signature?.name ? { name: signature.name } : {}) };
    notes.add('import-placeholder', { field: 'signature', value: PLACEHOLDER }, end.signatureSrc, 'signature.title');
    say('signature', 'Không thấy quyền hạn, chức vụ người ký: điền vào "title" (và "authority", "collective", "head" nếu ký thay mặt, ký thay).');
  }
  // Nghị định 30, Điều 13 khoản 2: a deputy of a collective body (UBND, HĐND) signs under
  // "TM. <collective>". An old file that lacks that line gets it, and the report says so.
  const collective = collectiveBody(issuerLines);
  if (collective && (signature.authority === 'KT' || signature.authority === 'Q') && !signature.collective) {
    signature = { ...signature, collective };
    notes.add('import-guess', { what: 'signature-collective', value: collective }, end.signatureSrc, 'signature.collective');
    say('signature.collective', `Bản cũ thiếu dòng "TM. ${collective}" trên "${signature.authority}. …": đã thêm theo Nghị định 30 (Điều 13 khoản 2).`);
  }
  plan.signature = signature;
  for (const u of end.unplaced) notes.add('import-unplaced', { text: excerpt(u.text) }, u.src, 'signature');
  if (end.unplaced.length) say('signature', `Dòng không xếp được ở khối chữ ký: ${end.unplaced.map((u) => `"${excerpt(u.text, 40)}"`).join(', ')}.`);
  // recipients, archive
  let recipients: PlanRecipient[] = end.recipients;
  if (recipients.length) count('recipient', recipients.length);
  else {
    recipients = [PLACEHOLDER];
    notes.add('import-placeholder', { field: 'recipients', value: PLACEHOLDER }, end.recipientsSrc, 'recipients');
    say('recipients', 'Không thấy danh sách nơi nhận: điền vào đây.');
  }
  plan.recipients = recipients;
  if (end.archive) count('archive');
  else notes.add('import-placeholder', { field: 'archive', value: 'Lưu: VT.' }, end.recipientsSrc, 'archive');
  plan.archive = end.archive ?? {};
  // tasks, appendices
  if (register?.length) plan.tasks = register;
  const bodyTasks = collectTasks(body);
  for (const a of appendices) {
    if (a.table && register && sameTasks(register, bodyTasks)) {
      // The table repeats the tasks written in the body: the tool builds it from them.
      a.table.source = 'body';
      delete plan.tasks;
    }
    if (a.table && a.table.source === 'register' && !register?.length) delete a.table;
  }
  if (appendices.length) plan.appendices = appendices;
  return { plan, comments };
}

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w))
    .join(' ');
}

const ABBREVIATION = /^[A-ZĐ0-9][A-ZĐ0-9.&]*(-[A-ZĐ0-9.&]+)*$/u;
const KNOWN_ABBREVIATIONS: [RegExp, string][] = [
  [/^(ỦY|UỶ) BAN NHÂN DÂN(?![\p{L}\p{N}])/u, 'UBND'],
  [/^HỘI ĐỒNG NHÂN DÂN(?![\p{L}\p{N}])/u, 'HĐND'],
  [/^SỞ NỘI VỤ(?![\p{L}\p{N}])/u, 'SNV'],
  [/^VĂN PHÒNG(?![\p{L}\p{N}])/u, 'VP'],
];

function abbreviationOf(
  header: Header,
  typeAbbr: string | undefined,
  issuer: string[],
  notes: Notes,
  say: (path: string, text: string) => void,
): { abbreviation: string; symbol?: string } {
  const symbol = header.symbol;
  if (symbol) {
    const parts = symbol.split('-');
    if (parts.length >= 2 && parts[0] === typeAbbr && ABBREVIATION.test(parts.slice(1).join('-'))) return { abbreviation: parts.slice(1).join('-') };
    const last = parts[parts.length - 1];
    if (ABBREVIATION.test(last)) return { abbreviation: last, symbol };
  }
  if (issuer.length === 1 && issuer[0] === PLACEHOLDER) {
    notes.add('import-placeholder', { field: 'abbreviation', value: 'UBND' }, undefined, 'issuer.abbreviation');
    say('issuer.abbreviation', 'Chữ viết tắt tạm "UBND": sửa theo cơ quan ban hành.');
    return { abbreviation: 'UBND' };
  }
  const line = issuer.join(' ').toLocaleUpperCase('vi');
  const known = KNOWN_ABBREVIATIONS.find(([re]) => re.test(line))?.[1];
  const guess =
    known ??
    (line
      .split(/\s+/)
      .filter((w) => /^\p{L}/u.test(w))
      .map((w) => w[0])
      .join('')
      .replace(/[^A-ZĐ0-9]/gu, '') || 'UBND');
  notes.add('import-guess', { what: 'abbreviation', value: guess }, header.src.number ?? header.src.issuer, 'issuer.abbreviation');
  say('issuer.abbreviation', `Đoán: chữ viết tắt "${guess}" (bản gốc không có dòng "Số: …/${typeAbbr ?? 'KH'}-…").`);
  return { abbreviation: guess };
}

function collectTasks(items: PlanItem[]): PlanTask[] {
  const out: PlanTask[] = [];
  const walk = (list: PlanItem[]) => {
    for (const it of list) {
      if (typeof it === 'string') continue;
      if ('task' in it) out.push(it as PlanTask);
      else if ('items' in it && Array.isArray((it as { items?: PlanItem[] }).items)) walk((it as { items: PlanItem[] }).items);
    }
  };
  walk(items);
  return out;
}

function sameTasks(register: (PlanTask | PlanTaskGroup)[], body: PlanTask[]): boolean {
  const flat = register.flatMap((e) => ('group' in e ? e.tasks : [e]));
  const key = (t: PlanTask) => `${collapse(t.task.replace(/[*\\]/g, ''))}|${collapse(t.lead)}`;
  return flat.length > 0 && flat.length === body.length && flat.every((t, i) => key(t) === key(body[i]));
}

function placeholderHeadings(root: ReturnType<typeof newRoot>): { src: SourceRef }[] {
  const out: { src: SourceRef }[] = [];
  const walk = (n: ReturnType<typeof newRoot>) => {
    for (const c of n.items) {
      if ((c.kind === 'part' || c.kind === 'section') && !c.title) {
        c.title = PLACEHOLDER;
        c.comments.push('Tiêu đề không đọc được: điền vào đây.');
        out.push({ src: c.src });
      }
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Running headers or page numbers that a text copy carries inside the body. */
function dropFurniture(items: BodyBlock[], notes: Notes): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const b = items[i];
    if (b.kind !== 'line') continue;
    if (/^[-–—\s]*(trang\s+)?\d{1,3}(\s*\/\s*\d{1,3})?[-–—\s]*$/iu.test(b.line.text)) {
      notes.add('import-dropped', { what: 'page-number', text: b.line.text }, b.line.src);
      items.splice(i, 1);
    }
  }
}

export type { Block, Line, Source };
