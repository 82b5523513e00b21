/** TypeScript view of a plan that passed `schemas/plan.schema.json`. */
import type { FormatChoices } from '../decree30/measures.js';

export type Paragraphs = string | string[];
export type Lines = string | string[];

export interface PlanTask {
  task: string;
  id?: string;
  lead: string;
  coordinating?: Paragraphs;
  time?: string;
  frequency?: string;
  output?: string;
  labels?: Partial<Record<TaskField, string>>;
}
export type TaskField = 'lead' | 'coordinating' | 'time' | 'frequency' | 'output';

export interface PlanTaskGroup {
  group: string;
  id?: string;
  tasks: PlanTask[];
}

export type NodeKind = 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet';
export const NODE_KINDS: readonly NodeKind[] = ['part', 'section', 'clause', 'subclause', 'point', 'bullet'];

export interface PlanNode {
  part?: string;
  section?: string;
  clause?: string | null;
  subclause?: string | null;
  point?: string | null;
  bullet?: string;
  id?: string;
  /** Clause, sub-clause or point: the bold heading runs into its first paragraph ("3. Đối tượng: …"). */
  runIn?: boolean;
  text?: Paragraphs;
  items?: PlanItem[];
}
export interface PlanText {
  text: Paragraphs;
}
export type PlanItem = string | PlanNode | PlanText | PlanTask;

export type { Authority } from '../decree30/vocabulary.js';
import type { Authority } from '../decree30/vocabulary.js';

export interface PlanSignature {
  authority?: Authority;
  collective?: string;
  head?: string;
  title: string;
  name?: string;
  image?: string;
  seal?: string;
}

/** A recipient line, or a group of lines sharing one purpose (drawn with a brace). */
export type PlanRecipient = string | { name: string; purpose?: string } | PlanRecipientGroup;
export interface PlanRecipientGroup {
  group: string[];
  purpose: string;
}

/** How parts are numbered and laid out: "A. TITLE", "Phần I" over a centred title, "PHẦN I. TITLE". */
export type { PartStyle } from '../decree30/numbering.js';
import type { PartStyle } from '../decree30/numbering.js';

/** The decision a plan is promulgated with ("ban hành kèm theo Quyết định số …"). */
export interface PlanPromulgation {
  type?: string;
  symbol?: string;
  issuer?: string;
}

export type TableColumn = 'stt' | 'content' | 'lead' | 'coordinating' | 'time' | 'frequency' | 'output';

export interface PlanAppendix {
  title: string;
  orientation?: 'landscape' | 'portrait';
  items?: PlanItem[];
  table?: {
    source?: 'register' | 'body' | 'all';
    columns?: TableColumn[];
    headers?: Partial<Record<TableColumn, string>>;
  };
}

/** The plan's `format:` choices: the decree's own table of what may vary. */
export type PlanFormat = FormatChoices;

export interface Plan {
  $schema?: string;
  templates?: string;
  issuer: { parent?: Lines; name: Lines; abbreviation: string; fullName?: string };
  place: string;
  type?: string;
  partStyle?: PartStyle;
  number?: number | null;
  symbol?: string;
  date?: string | null;
  /** With `promulgatedBy`, `number` and `date` are the decision's. */
  promulgatedBy?: PlanPromulgation;
  /** One string (broken into balanced lines by the tool) or the lines as the office wants them. */
  summary: Lines;
  grounds?: string[];
  opening?: Paragraphs;
  body: PlanItem[];
  closing?: Paragraphs;
  signature: PlanSignature;
  /** Optional only for a plan promulgated by a decision (the decision carries them). */
  recipients?: PlanRecipient[];
  archive?: { units?: Lines; note?: string };
  tasks?: (PlanTask | PlanTaskGroup)[];
  appendices?: PlanAppendix[];
  format?: PlanFormat;
}

export function asList(v: Paragraphs | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The kind key of a body item, or 'text' / 'task' / 'string'. */
export function itemKind(item: PlanItem): NodeKind | 'text' | 'task' | 'string' {
  if (typeof item === 'string') return 'string';
  if ('task' in item) return 'task';
  for (const k of NODE_KINDS) if (k in item) return k;
  return 'text';
}
