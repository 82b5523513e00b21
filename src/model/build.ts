/**
 * Stage 2: a valid plan → the document model (numbering assigned once, wording from templates).
 * Pure: no I/O, no clock.
 */
import { asList, itemKind, type Plan, type PlanItem, type PlanNode, type PlanTask, type PlanTaskGroup, type TaskField } from '../plan/types.js';
import { dateParts, formatDocNumber, isoDate, parsePlanDate } from './dates.js';
import { collapseSpace, parseInline } from './inline.js';
import { mmToPt, resolveMeasures, textWidthMm } from './measures.js';
import type { TextMeasurer } from './metrics.js';
import { childStyle, labelFor, toRoman, type NumberStyle } from './numbering.js';
import type { TemplateData, Templates } from './templates.js';
import type { AppendixModel, BodyNode, DocumentModel, TableModel, TaskModel, TaskRow } from './types.js';
import { displayPath } from '../plan/validate.js';
import type { PathSegment } from '../plan/load.js';

export interface BuildOptions {
  templates: Templates;
  /** Font metrics for the exact lengths of the header lines. */
  measure: TextMeasurer;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); overrides the plan date in metadata. */
  sourceDateEpoch?: number;
}

export const TYPE_ABBREVIATIONS: Record<string, string> = {
  'Kế hoạch': 'KH', 'Quyết định': 'QĐ', 'Chỉ thị': 'CT', 'Quy chế': 'QC', 'Quy định': 'QyĐ', 'Thông báo': 'TB',
  'Hướng dẫn': 'HD', 'Chương trình': 'CTr', 'Phương án': 'PA', 'Đề án': 'ĐA', 'Báo cáo': 'BC', 'Tờ trình': 'TTr',
};

const UNIT_TYPES = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

export const upper = (s: string): string => s.toLocaleUpperCase('vi');
const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);
const titleWord = (w: string): string => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w);

/** "ỦY BAN NHÂN DÂN" + "XÃ SƠN MAI" → "Ủy ban nhân dân xã Sơn Mai" (lines may split anywhere). */
export function issuerFullName(lines: string[]): string {
  const words = collapseSpace(lines.join(' ')).split(' ');
  const lowerWords = words.map((w) => w.toLocaleLowerCase('vi'));
  // The administrative unit ("xã", "thành phố"…) starts the proper name; find it after the first word.
  let at = -1;
  let unitLength = 0;
  for (let i = 1; i < words.length && at < 0; i++) {
    for (const u of UNIT_TYPES) {
      const uw = u.split(' ');
      if (uw.every((w, k) => lowerWords[i + k] === w) && i + uw.length < words.length) {
        at = i;
        unitLength = uw.length;
        break;
      }
    }
  }
  const head = (at < 0 ? lowerWords : lowerWords.slice(0, at)).join(' ');
  const sentence = head ? head[0].toLocaleUpperCase('vi') + head.slice(1) : head;
  if (at < 0) return sentence;
  const unit = lowerWords.slice(at, at + unitLength).join(' ');
  const name = words.slice(at + unitLength).map(titleWord).join(' ');
  return `${sentence} ${unit} ${name}`;
}

/**
 * Break a centred title into balanced lines no wider than `maxPt`, so a wrapped summary does not
 * leave one word alone on its last line.
 */
export function balanceLines(text: string, maxPt: number, width: (s: string) => number): string[] {
  if (width(text) <= maxPt) return [text];
  const words = text.split(' ');
  const lineCount = Math.ceil(width(text) / maxPt);
  if (lineCount === 2) {
    let best: string[] | undefined;
    let bestMax = Infinity;
    for (let i = 1; i < words.length; i++) {
      const a = words.slice(0, i).join(' ');
      const b = words.slice(i).join(' ');
      const w = Math.max(width(a), width(b));
      if (w <= maxPt && w < bestMax) {
        best = [a, b];
        bestMax = w;
      }
    }
    if (best) return best;
  }
  // More lines: fill each towards an even share of the width.
  const target = width(text) / lineCount;
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    if (current && (width(next) > maxPt || (width(next) > target * 1.05 && lines.length < lineCount - 1))) {
      lines.push(current);
      current = w;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** The plan year: from the date, else from "năm 2025" in the summary. */
export function planYear(plan: Plan): number | undefined {
  const d = plan.date ? parsePlanDate(plan.date) : undefined;
  if (d) return d.year;
  const m = /năm (\d{4})/.exec(plan.summary);
  return m ? Number(m[1]) : undefined;
}

export function buildModel(plan: Plan, options: BuildOptions): DocumentModel {
  const { templates } = options;
  const measures = resolveMeasures(plan.format);
  const type = plan.type ?? 'Kế hoạch';
  const issuerLines = asList(plan.issuer.name).map((l) => upper(collapseSpace(l)));
  const fullName = plan.issuer.fullName ? collapseSpace(plan.issuer.fullName) : issuerFullName(issuerLines);
  const symbol = plan.symbol ?? `${TYPE_ABBREVIATIONS[type] ?? 'KH'}-${plan.issuer.abbreviation}`;
  const date = plan.date ? parsePlanDate(plan.date) : undefined;
  const parts = dateParts(date);
  const number = formatDocNumber(plan.number);
  const summary = collapseSpace(plan.summary);
  const base: TemplateData = {
    type,
    typeAbbr: TYPE_ABBREVIATIONS[type],
    number,
    symbol,
    place: collapseSpace(plan.place),
    ...parts,
    issuerFullName: fullName,
    issuerAbbreviation: plan.issuer.abbreviation,
    summary,
    summaryLower: lowerFirst(summary),
  };
  const t = (name: Parameters<Templates['render']>[0], extra: TemplateData = {}) => templates.render(name, { ...base, ...extra });

  const labels: Record<TaskField, string> = {
    lead: t('task-label-lead'),
    coordinating: t('task-label-coordinating'),
    time: t('task-label-time'),
    frequency: t('task-label-frequency'),
    output: t('task-label-output'),
  };
  const bodyTasks: { task: TaskModel; group?: string }[] = [];
  const convert = makeConverter(labels, bodyTasks);
  const body = convert(plan.body, 'root', '', ['body'], undefined);

  // Closing: the plan's paragraphs or the template's sentence; the last one ends with "./.".
  const closingText = asList(plan.closing).map(collapseSpace);
  if (closingText.length === 0) closingText.push(t('closing'));
  closingText[closingText.length - 1] = endWithSlashDot(closingText[closingText.length - 1]);
  const closing = closingText.map((p) => parseInline(p).runs);

  const appendixCount = plan.appendices?.length ?? 0;
  const appendices: AppendixModel[] = (plan.appendices ?? []).map((a, i) => {
    const roman = appendixCount > 1 ? toRoman(i + 1) : '';
    const tableSpec = a.table;
    let table: TableModel | undefined;
    if (tableSpec) {
      const source = tableSpec.source ?? 'all';
      const rows: TaskRow[] = [];
      if (source !== 'body') rows.push(...registerToRows(plan.tasks ?? [], convertTask));
      if (source !== 'register') rows.push(...bodyTasksToRows(bodyTasks, rows));
      const columns = (tableSpec.columns ?? ['stt', 'content', 'lead', 'coordinating', 'time']).map((key) => ({
        key,
        header: collapseSpace(tableSpec.headers?.[key] ?? t(`column-${key}` as const)),
        weight: measures.table.columnWeights[key],
      }));
      table = { columns, rows };
    }
    return {
      label: t('appendix-label', { roman }),
      title: upper(collapseSpace(a.title)),
      reference: t('appendix-reference'),
      orientation: a.orientation ?? (tableSpec ? 'landscape' : 'portrait'),
      body: a.items ? convert(a.items, 'root', '', ['appendices', i, 'items'], undefined) : [],
      ...(table ? { table } : {}),
    };
  });

  function convertTask(task: PlanTask): TaskModel {
    return taskModel(task, labels);
  }

  const sig = plan.signature;
  const authority = sig.authority ?? (sig.collective ? 'TM' : 'none');
  const sigLines: string[] = [];
  if (sig.collective && (authority === 'TM' || authority === 'KT' || authority === 'Q')) sigLines.push(`TM. ${upper(sig.collective)}`);
  if (authority === 'KT' || authority === 'Q' || authority === 'TL' || authority === 'TUQ') sigLines.push(`${authority}. ${upper(sig.head ?? '')}`);
  if (!(authority === 'Q' && (!sig.title || upper(sig.title) === upper(sig.head ?? '')))) sigLines.push(upper(sig.title));

  const recipientItems = plan.recipients.map((r) => {
    const name = collapseSpace(typeof r === 'string' ? r : r.name).replace(/^-\s*/, '').replace(/[;.,]\s*$/, '');
    const purpose = typeof r === 'string' ? undefined : r.purpose;
    return `- ${name}${purpose ? ` (${collapseSpace(purpose).replace(/^\(|\)$/g, '')})` : ''};`;
  });
  const archive = '- ' + t('archive-line', { units: asList(plan.archive.units).map(collapseSpace).join(', '), note: plan.archive.note ? collapseSpace(plan.archive.note) : undefined });

  const year = planYear(plan);
  const metaDate = options.sourceDateEpoch !== undefined
    ? new Date(options.sourceDateEpoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : isoDate(date) ?? (date ? `${date.year}-${String(date.month ?? 1).padStart(2, '0')}-01T00:00:00Z` : undefined);

  const header = {
    parent: asList(plan.issuer.parent).map((l) => upper(collapseSpace(l))),
    issuer: issuerLines,
    nationalTitle: t('national-title'),
    motto: t('motto'),
    numberLine: t('number-line'),
    placeDate: t('place-date'),
  };
  const { measure } = options;
  const size = measures.size;
  const issuerWidth = Math.max(...issuerLines.map((l) => measure.width(l, size.issuer, { bold: true })));
  const summaryLines = balanceLines(summary, mmToPt(textWidthMm(measures)), (t) => measure.width(t, size.summary, { bold: true }));
  const summaryWidth = Math.max(...summaryLines.map((l) => measure.width(l, size.summary, { bold: true })));
  // A long place name wraps after its comma, keeping "ngày … tháng … năm …" whole.
  const dateBox = mmToPt(measures.headerTable.rightColumnMm - 2 * measures.headerTable.cellMarginMm);
  const dateWidth = (t: string) => measure.width(t, size.placeDate, { italic: true });
  const comma = header.placeDate.indexOf(', ');
  const placeDateLines =
    dateWidth(header.placeDate) <= dateBox
      ? [header.placeDate]
      : comma > 0 && dateWidth(header.placeDate.slice(comma + 2)) <= dateBox
        ? [header.placeDate.slice(0, comma + 1), header.placeDate.slice(comma + 2)]
        : balanceLines(header.placeDate, dateBox, dateWidth);
  const rules = {
    motto: round2(measure.width(header.motto, size.motto, { bold: true }) * measures.rules.mottoRatio),
    issuer: round2(issuerWidth * measures.rules.issuerRatio),
    summary: round2(summaryWidth * measures.rules.summaryRatio),
  };

  return {
    meta: {
      title: summary,
      author: fullName,
      subject: `${type} ${plan.number ? `số ${number}/${symbol}` : symbol}`,
      keywords: [type, 'Nghị định 30/2020/NĐ-CP', fullName, ...(year ? [String(year)] : [])],
      language: 'vi-VN',
      ...(metaDate ? { date: metaDate } : {}),
      ...(year ? { year } : {}),
    },
    measures,
    header: { ...header, placeDateLines },
    rules,
    title: { type: t('type-line'), summary, summaryLines },
    grounds: (plan.grounds ?? []).map((g, i, all) => parseInline(endGround(collapseSpace(g), i === all.length - 1)).runs),
    opening: asList(plan.opening).map((p) => parseInline(p).runs),
    body,
    closing,
    signature: {
      lines: sigLines,
      ...(sig.name ? { name: collapseSpace(sig.name) } : {}),
      ...(sig.image ? { image: sig.image } : {}),
      ...(sig.seal ? { seal: sig.seal } : {}),
    },
    recipients: { label: t('recipients-label'), items: recipientItems, archive },
    appendices,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Grounds end with ";" and the last with "." (the tool adds or fixes the mark). */
function endGround(s: string, last: boolean): string {
  return s.replace(/[;.,]\s*$/, '') + (last ? '.' : ';');
}

/** The body ends with "./." after the last sentence. */
export function endWithSlashDot(s: string): string {
  const t = s.replace(/\s*\.\/\.\s*$/, '').trimEnd();
  if (/[.!?]$/.test(t)) return t.replace(/[.!?]$/, (m) => (m === '.' ? './.' : `${m}./.`));
  return `${t.replace(/[;,:]$/, '')}./.`;
}

function taskModel(task: PlanTask, labels: Record<TaskField, string>): TaskModel {
  const coordinating = asList(task.coordinating).map(collapseSpace);
  const model: TaskModel = {
    ...(task.id ? { id: task.id } : {}),
    content: parseInline(task.task).runs,
    lead: collapseSpace(task.lead),
    coordinating,
    ...(task.time ? { time: collapseSpace(task.time) } : {}),
    ...(task.frequency ? { frequency: collapseSpace(task.frequency) } : {}),
    ...(task.output ? { output: collapseSpace(task.output) } : {}),
    details: [],
  };
  // Inline order follows seed 002: frequency, lead, coordinating, time, output.
  const order: TaskField[] = ['frequency', 'lead', 'coordinating', 'time', 'output'];
  for (const field of order) {
    const value = field === 'coordinating' ? coordinating.join('; ') : (model[field] as string | undefined);
    if (!value) continue;
    model.details.push({ field, label: collapseSpace(task.labels?.[field] ?? labels[field]), value });
  }
  return model;
}

function makeConverter(labels: Record<TaskField, string>, bodyTasks: { task: TaskModel; group?: string }[]) {
  const convert = (items: PlanItem[], parentStyle: NumberStyle | 'root', parentLabel: string, path: PathSegment[], group: string | undefined): BodyNode[] => {
    const counters = new Map<NumberStyle, number>();
    const next = (style: NumberStyle) => {
      const n = (counters.get(style) ?? 0) + 1;
      counters.set(style, n);
      return labelFor(style, n, parentLabel);
    };
    return items.map((item, i) => {
      const p = [...path, i];
      const kind = itemKind(item);
      if (kind === 'string' || kind === 'text') {
        const text = typeof item === 'string' ? [item] : asList((item as { text: string | string[] }).text);
        return { kind: 'text', label: '', paragraphs: text.map((s) => parseInline(s).runs), path: displayPath(p), children: [] };
      }
      if (kind === 'task') {
        const task = taskModel(item as PlanTask, labels);
        bodyTasks.push({ task, ...(group ? { group } : {}) });
        const style = childStyle(parentStyle);
        return {
          kind: 'task',
          style,
          label: next(style),
          paragraphs: [task.content],
          task,
          ...(task.id ? { id: task.id } : {}),
          path: displayPath(p),
          children: [],
        };
      }
      const node = item as PlanNode;
      const style: NumberStyle = kind === 'bullet' && (parentStyle === 'bullet' || parentStyle === 'subbullet') ? 'subbullet' : (kind as NumberStyle);
      const label = next(style);
      const raw = node[kind as keyof PlanNode] as string | null | undefined;
      const upperTitle = style === 'part' || style === 'section';
      // Parts, sections, clauses and sub-clauses have headings; a point or bullet's value is its first paragraph.
      const isHeading = style === 'part' || style === 'section' || style === 'clause' || style === 'subclause';
      const heading = raw && isHeading ? parseInline(upperTitle ? upper(raw) : raw).runs : undefined;
      const lead = raw && !isHeading ? [parseInline(raw).runs] : [];
      const childGroup = style === 'section' || style === 'part' ? collapseSpace(raw ?? '') : group;
      return {
        kind: style,
        style,
        label,
        ...(heading ? { heading } : {}),
        paragraphs: [...lead, ...asList(node.text).map((s) => parseInline(s).runs)],
        ...(node.id ? { id: node.id } : {}),
        path: displayPath(p),
        children: node.items ? convert(node.items, style, label, [...p, 'items'], childGroup) : [],
      };
    });
  };
  return convert;
}

function registerToRows(entries: (PlanTask | PlanTaskGroup)[], convert: (t: PlanTask) => TaskModel): TaskRow[] {
  const rows: TaskRow[] = [];
  let groupNo = 0;
  let taskNo = 0;
  for (const e of entries) {
    if ('group' in e) {
      rows.push({ kind: 'group', number: toRoman(++groupNo), group: collapseSpace(e.group), ...(e.id ? { id: e.id } : {}) });
      e.tasks.forEach((task, i) => rows.push({ kind: 'task', number: String(i + 1), task: convert(task), ...(task.id ? { id: task.id } : {}) }));
      taskNo = 0;
    } else {
      rows.push({ kind: 'task', number: String(++taskNo), task: convert(e), ...(e.id ? { id: e.id } : {}) });
    }
  }
  return rows;
}

/** Body tasks in the appendix table, grouped by their part or section title. */
function bodyTasksToRows(tasks: { task: TaskModel; group?: string }[], existing: TaskRow[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const grouped = tasks.some((t) => t.group);
  let groupNo = existing.filter((r) => r.kind === 'group').length;
  let taskNo = grouped ? 0 : existing.filter((r) => r.kind === 'task').length;
  let current: string | undefined;
  for (const { task, group } of tasks) {
    if (grouped && group !== current) {
      current = group;
      rows.push({ kind: 'group', number: toRoman(++groupNo), group: group ?? '' });
      taskNo = 0;
    }
    rows.push({ kind: 'task', number: String(++taskNo), task, ...(task.id ? { id: task.id } : {}) });
  }
  return rows;
}

