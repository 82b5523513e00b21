/**
 * The document model: every Decree-30 element with its wording resolved, numbering assigned and
 * text NFC-normalised. Emitters (DOCX, PDF) and the differ read only this.
 */
import type { Run } from '../text/inline.js';
import type { Measures } from '../decree30/measures.js';
import type { NumberStyle } from '../decree30/numbering.js';
import type { TableColumn, TaskField } from '../plan/types.js';

export type { Run };

/*
 * Revision marks. A redline (`cchc-plan diff -f docx`) is the new plan's model carrying its
 * differences from the old plan as data, for an emitter to show as tracked changes:
 *   - `rev` on a body node, task detail line, table, column, row or appendix: the whole element
 *     (with everything inside it: text, children, rows, paragraph marks) was inserted or deleted;
 *   - `revised` beside the fields that changed: the same text as marked runs, the old text put
 *     back where it stood, and lists of elements with the deleted ones put back (`rev: 'del'`).
 * The plain fields hold exactly the new plan: an emitter that does not show revisions (the PDF)
 * prints the new plan from a redline, and removing every `rev` and `revised` key gives the new
 * plan's model. Ordinary models have neither key.
 */
export type Revision = 'ins' | 'del';

/** A run of a redline: `rev` when the text was inserted or deleted. */
export interface MarkedRun extends Run {
  rev?: Revision;
}

/**
 * A paragraph (or a line of a multi-line paragraph) of a redline: its runs, and `rev` when its
 * own paragraph mark (the break after it) was inserted or deleted, so that undoing the change
 * joins it to the next paragraph.
 */
export interface MarkedParagraph {
  runs: MarkedRun[];
  rev?: Revision;
}

/** A detail line as printed inline ("Cơ quan chủ trì: …"). */
export interface TaskDetail {
  field: TaskField;
  label: string;
  value: string;
  /** Redline: the whole line was inserted or deleted. */
  rev?: Revision;
  /** Redline: the value with its marks. */
  revised?: { value?: MarkedRun[] };
}

export interface TaskModel {
  id?: string;
  content: Run[];
  lead: string;
  coordinating: string[];
  time?: string;
  frequency?: string;
  output?: string;
  /** Detail lines as printed inline ("Cơ quan chủ trì: …"), in order. */
  details: TaskDetail[];
  /** Redline: marked fields; `details` with the deleted lines put back. */
  revised?: {
    content?: MarkedRun[];
    lead?: MarkedRun[];
    coordinating?: MarkedParagraph[];
    time?: MarkedRun[];
    frequency?: MarkedRun[];
    output?: MarkedRun[];
    details?: TaskDetail[];
  };
}

export type BodyKind = 'part' | 'section' | 'clause' | 'subclause' | 'point' | 'bullet' | 'subbullet' | 'text' | 'task';

export interface BodyNode {
  kind: BodyKind;
  /** Numbering style used for the label (a task takes the style of its position). */
  style?: NumberStyle;
  /** Printed label: "A.", "I.", "1.", "1.1.", "a)", "-", "+"; empty for plain text. */
  label: string;
  /** Heading runs (bold for parts, sections, clauses), when the item has one. */
  heading?: Run[];
  /** Paragraphs of text under the heading (or the item's own text when it has no heading). */
  paragraphs: Run[][];
  task?: TaskModel;
  /** A clause, sub-clause or point whose bold heading (label included) runs into its first paragraph. */
  runIn?: boolean;
  /** A part whose label ("Phần I") stands on its own centred line, its title centred below it. */
  ownLine?: boolean;
  id?: string;
  /** Location in the plan, e.g. "body[2].items[0]". */
  path: string;
  children: BodyNode[];
  /** Redline: the node and everything under it was inserted or deleted. */
  rev?: Revision;
  /** Redline: marked heading and paragraphs; `children` with the deleted ones put back. */
  revised?: { heading?: MarkedRun[]; paragraphs?: MarkedParagraph[]; children?: BodyNode[] };
}

export interface TaskRow {
  kind: 'group' | 'task';
  /** "I", "II" for groups; "1", "2" for tasks. */
  number: string;
  task?: TaskModel;
  group?: string;
  id?: string;
  /** Redline: the row was inserted or deleted. */
  rev?: Revision;
  /** Redline: the marked group title (numbers follow positions and are not tracked). */
  revised?: { group?: MarkedRun[] };
}

export interface TableColumnModel {
  key: TableColumn;
  header: string;
  weight: number;
  /** Redline: the column's header was inserted (a column the old table did not have). */
  rev?: Revision;
  revised?: { header?: MarkedRun[] };
}

export interface TableModel {
  columns: TableColumnModel[];
  rows: TaskRow[];
  /** Redline: the whole table was inserted or deleted. */
  rev?: Revision;
  /** Redline: `rows` with the deleted ones put back. */
  revised?: { rows?: TaskRow[] };
}

export interface AppendixModel {
  /** "Phụ lục" or "Phụ lục I". */
  label: string;
  title: string;
  /** The title broken into balanced lines (never a year alone on the last line). */
  titleLines: string[];
  /** "(Kèm theo Kế hoạch số … ngày … của …)". */
  reference: string;
  orientation: 'portrait' | 'landscape';
  body: BodyNode[];
  table?: TableModel;
  /** Redline: the whole appendix was inserted or deleted. */
  rev?: Revision;
  /** Redline: marked title and reference; `body` with the deleted nodes put back; a deleted `table`. */
  revised?: { title?: MarkedRun[]; reference?: MarkedRun[]; body?: BodyNode[]; table?: TableModel };
}

/** An image the plan names, read and decoded once: emitters place it, the differ compares paths. */
export interface ImageAsset {
  /** The path as written in the plan. */
  path: string;
  type: 'png' | 'jpg';
  /** Size in pixels. */
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * Recipient lines that share one purpose, printed once after a right brace drawn beside them
 * ("- Thường trực Thành ủy; / - Thường trực HĐND thành phố; } (để báo cáo)").
 */
export interface RecipientGroup {
  /** The group's lines are `items[first]` … `items[first + count - 1]`. */
  first: number;
  count: number;
  /** "(để báo cáo)". */
  purpose: string;
  /** The purpose broken into the lines it takes beside the brace. */
  purposeLines: string[];
  /** How many printed lines the group's items take, wrapped at their width: the brace's height. */
  lines: number;
  /** Room kept on the right of the group's items for the brace and the purpose, in points. */
  indentRightPt: number;
}

export interface SignatureModel {
  /** Upper-case authority and position lines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  lines: string[];
  name?: string;
  image?: ImageAsset;
  seal?: ImageAsset;
  /** Redline: marked lines and name (images are not tracked). */
  revised?: { lines?: MarkedParagraph[]; name?: MarkedRun[] };
}

export interface DocumentModel {
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    language: 'vi-VN';
    /** ISO date from the plan (or SOURCE_DATE_EPOCH), never the wall clock; undefined for a draft. */
    date?: string;
    /** The plan year, for year-aware diffs. */
    year?: number;
  };
  measures: Measures;
  header: {
    parent: string[];
    issuer: string[];
    nationalTitle: string;
    motto: string;
    numberLine: string;
    placeDate: string;
    /** The place and date broken after the comma when they do not fit on one line. */
    placeDateLines: string[];
    /** Redline: marked lines and texts. */
    revised?: {
      parent?: MarkedParagraph[];
      issuer?: MarkedParagraph[];
      nationalTitle?: MarkedRun[];
      motto?: MarkedRun[];
      numberLine?: MarkedRun[];
      placeDateLines?: MarkedParagraph[];
    };
  };
  /** Lengths in points of the solid lines under the motto (= its width), the issuer and the summary (1/3–1/2). */
  rules: {
    motto: number;
    issuer: number;
    summary: number;
  };
  title: {
    type: string;
    summary: string;
    /** The summary broken into balanced lines when it does not fit on one, or as the plan gives them. */
    summaryLines: string[];
    /**
     * A plan promulgated by a decision: "(Ban hành kèm theo Quyết định số … ngày … của …)" in
     * balanced lines, printed under the summary with the summary's line under it; the document
     * then has no number and no place and date of its own.
     */
    promulgationLines?: string[];
    /** Redline: marked type and summary lines. */
    revised?: { type?: MarkedRun[]; summaryLines?: MarkedParagraph[] };
  };
  grounds: Run[][];
  opening: Run[][];
  body: BodyNode[];
  /** Closing paragraphs; the last one ends with "./.". */
  closing: Run[][];
  signature: SignatureModel;
  recipients: {
    label: string;
    /** Printed lines including the leading "- " and the final ";" / ".". */
    items: string[];
    archive: string;
    /** Lines that share one purpose, drawn with a brace (absent when there are none). */
    groups?: RecipientGroup[];
    /** Width of "- " at the recipients' size: a wrapped line continues there (a hanging indent). */
    hangingPt: number;
    /** No recipients are printed (a plan promulgated by a decision: the decision carries them). */
    none?: boolean;
    /** Redline: `items` marked, the deleted ones put back; the marked archive line. */
    revised?: { items?: MarkedParagraph[]; archive?: MarkedRun[] };
  };
  appendices: AppendixModel[];
  /** Redline: these lists marked, with their deleted elements put back. */
  revised?: {
    grounds?: MarkedParagraph[];
    opening?: MarkedParagraph[];
    body?: BodyNode[];
    closing?: MarkedParagraph[];
    appendices?: AppendixModel[];
  };
}
