/** TypeScript view of a plan that passed `schemas/plan.schema.json`. */

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
  text?: Paragraphs;
  items?: PlanItem[];
}
export interface PlanText {
  text: Paragraphs;
}
export type PlanItem = string | PlanNode | PlanText | PlanTask;

export type Authority = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ' | 'none';

export interface PlanSignature {
  authority?: Authority;
  collective?: string;
  head?: string;
  title: string;
  name?: string;
  image?: string;
  seal?: string;
}

export type PlanRecipient = string | { name: string; purpose?: string };

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

export interface PlanFormat {
  bodySize?: 13 | 14;
  lineSpacing?: number;
  paragraphSpacing?: number;
  firstLineIndent?: 1 | 1.27;
  headerSize?: 12 | 13;
  pageNumberSize?: 13 | 14;
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
}

export interface Plan {
  $schema?: string;
  templates?: string;
  issuer: { parent?: Lines; name: Lines; abbreviation: string; fullName?: string };
  place: string;
  type?: string;
  number?: number | null;
  symbol?: string;
  date?: string | null;
  summary: string;
  grounds?: string[];
  opening?: Paragraphs;
  body: PlanItem[];
  closing?: Paragraphs;
  signature: PlanSignature;
  recipients: PlanRecipient[];
  archive: { units?: Lines; note?: string };
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
