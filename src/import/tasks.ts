/**
 * Tasks: the detail lines a plan prints under a task ("- Cơ quan chủ trì: …;", "- Thời gian thực
 * hiện: …."), and task tables (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian …,
 * in any order and with the usual variants of the names).
 */
import type { PlanTask, TableColumn, TaskField } from '../plan/types.js';
import { collapse, toInline } from './inline.js';
import type { Line } from './types.js';

/** The default words of the task lines and table headers (templates/default). */
export const DEFAULT_TASK_LABELS: Record<TaskField, string> = {
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  time: 'Thời gian thực hiện',
  frequency: 'Tần suất',
  output: 'Sản phẩm',
};
export const DEFAULT_HEADERS: Record<TableColumn, string> = {
  stt: 'STT',
  content: 'Nội dung nhiệm vụ',
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  time: 'Thời gian hoàn thành',
  frequency: 'Tần suất',
  output: 'Sản phẩm',
};

export interface Detail {
  field: TaskField;
  label: string;
  value: string;
  /** The field was chosen by position, not by a keyword of the label. */
  guessed: boolean;
}

const FIELD_WORDS: [RegExp, TaskField][] = [
  [/chủ\s*trì/iu, 'lead'],
  [/phối\s*hợp/iu, 'coordinating'],
  [/thời\s*gian|thời\s*hạn|tiến\s*độ/iu, 'time'],
  [/tần\s*suất|số\s*lần/iu, 'frequency'],
  [/sản\s*phẩm|kết\s*quả\s*đầu\s*ra/iu, 'output'],
];
const AGENCY_LABEL = /^(cơ\s*quan|đơn\s*vị|bộ\s*phận|trách\s*nhiệm|người)(?![\p{L}\p{N}])/iu;

/** "Cơ quan chủ trì: Sở Nội vụ;" → label and value; undefined when the line is not a detail line. */
export function detailLine(text: string): { label: string; value: string } | undefined {
  const m = /^([^:]{3,40}?)\s*:\s*(\S.*?)\s*[;.]?$/u.exec(text.trim());
  if (!m) return undefined;
  const label = m[1].trim();
  if (!FIELD_WORDS.some(([re]) => re.test(label)) && !AGENCY_LABEL.test(label)) return undefined;
  if (label.split(/\s+/).length > 6) return undefined;
  return { label, value: m[2].trim() };
}

/**
 * Assign detail lines to task fields: by the words of their labels, and labels that only name an
 * agency ("Cơ quan chỉ đạo", "Đơn vị thực hiện") to the first free of lead, coordinating.
 * Undefined when the lines do not make a task (no lead, a field twice, a line that is not a detail).
 */
export function detailsOf(lines: string[]): Detail[] | undefined {
  const out: Detail[] = [];
  const used = new Set<TaskField>();
  for (const text of lines) {
    const d = detailLine(text);
    if (!d) return undefined;
    let field = FIELD_WORDS.find(([re]) => re.test(d.label))?.[1];
    let guessed = false;
    if (!field) {
      field = (['lead', 'coordinating'] as const).find((f) => !used.has(f));
      guessed = true;
    }
    if (!field || used.has(field)) return undefined;
    used.add(field);
    out.push({ field, label: d.label, value: d.value, guessed });
  }
  return used.has('lead') ? out : undefined;
}

/** A task from its content and detail lines; labels kept where they differ from the defaults. */
export function taskFrom(content: string, details: Detail[]): PlanTask {
  const task: PlanTask = { task: content, lead: '' };
  const labels: Partial<Record<TaskField, string>> = {};
  for (const d of details) {
    task[d.field] = d.value;
    if (collapse(d.label) !== DEFAULT_TASK_LABELS[d.field]) labels[d.field] = collapse(d.label);
  }
  const ordered: PlanTask = { task: task.task, lead: task.lead };
  for (const k of ['coordinating', 'time', 'frequency', 'output'] as const) if (task[k]) (ordered as unknown as Record<string, unknown>)[k] = task[k];
  if (Object.keys(labels).length) ordered.labels = labels;
  return ordered;
}

// ---- tables ---------------------------------------------------------------------------------

const COLUMN_WORDS: [RegExp, TableColumn][] = [
  [/^(stt|tt|số\s*tt|số\s*thứ\s*tự)\.?$/iu, 'stt'],
  [/thời\s*gian|thời\s*hạn|tiến\s*độ|hoàn\s*thành/iu, 'time'],
  [/phối\s*hợp/iu, 'coordinating'],
  [/chủ\s*trì|trách\s*nhiệm|thực\s*hiện|đầu\s*mối/iu, 'lead'],
  [/tần\s*suất/iu, 'frequency'],
  [/sản\s*phẩm|kết\s*quả/iu, 'output'],
  [/nội\s*dung|nhiệm\s*vụ|hoạt\s*động|công\s*việc/iu, 'content'],
];

export function columnOf(header: string): TableColumn | undefined {
  const h = collapse(header);
  return COLUMN_WORDS.find(([re]) => re.test(h))?.[1];
}

export interface TableShape {
  /** Column key of each cell of the header row (undefined: not a plan column). */
  keys: (TableColumn | undefined)[];
  headers: string[];
  /** Index of the first data row. */
  start: number;
}

/** The columns of a task table from its header row, or undefined when it is not one. */
export function tableShape(rows: Line[][][]): TableShape | undefined {
  for (let r = 0; r < Math.min(2, rows.length); r++) {
    const headers = rows[r].map((cell) => collapse(cell.map((l) => l.text).join(' ')));
    const keys = headers.map(columnOf);
    const seen = new Set<TableColumn>();
    const unique = keys.map((k) => (k && !seen.has(k) ? (seen.add(k), k) : undefined));
    if (unique.includes('content') && (unique.includes('lead') || unique.includes('time')) && unique.filter(Boolean).length >= 3) {
      let start = r + 1;
      // A row of column numbers "(1) (2) (3)" under the header.
      while (start < rows.length && rows[start].every((c) => /^\(?\d{0,2}\)?$/.test(collapse(c.map((l) => l.text).join(' '))))) start++;
      return { keys: unique, headers, start };
    }
  }
  return undefined;
}

export const cellText = (cell: Line[] | undefined): string => collapse((cell ?? []).map((l) => l.text).join(' '));
export const cellInline = (cell: Line[] | undefined): string => collapse((cell ?? []).map((l) => toInline(l.pieces)).join(' '));
