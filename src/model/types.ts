/**
 * The document model: every Decree-30 element with its wording resolved, numbering assigned and
 * text NFC-normalised. Emitters (DOCX, PDF) and the differ read only this.
 */
import type { Run } from '../text/inline.js';
import type { Measures } from '../decree30/measures.js';
import type { NumberStyle } from '../decree30/numbering.js';
import type { TableColumn, TaskField } from '../plan/types.js';

export type { Run };

export interface TaskModel {
  id?: string;
  content: Run[];
  lead: string;
  coordinating: string[];
  time?: string;
  frequency?: string;
  output?: string;
  /** Detail lines as printed inline ("Cơ quan chủ trì: …"), in order. */
  details: { field: TaskField; label: string; value: string }[];
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
  id?: string;
  /** Location in the plan, e.g. "body[2].items[0]". */
  path: string;
  children: BodyNode[];
}

export interface TaskRow {
  kind: 'group' | 'task';
  /** "I", "II" for groups; "1", "2" for tasks. */
  number: string;
  task?: TaskModel;
  group?: string;
  id?: string;
}

export interface TableModel {
  columns: { key: TableColumn; header: string; weight: number }[];
  rows: TaskRow[];
}

export interface AppendixModel {
  /** "Phụ lục" or "Phụ lục I". */
  label: string;
  title: string;
  /** "(Kèm theo Kế hoạch số … ngày … của …)". */
  reference: string;
  orientation: 'portrait' | 'landscape';
  body: BodyNode[];
  table?: TableModel;
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

export interface SignatureModel {
  /** Upper-case authority and position lines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  lines: string[];
  name?: string;
  image?: ImageAsset;
  seal?: ImageAsset;
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
    /** The summary broken into balanced lines when it does not fit on one. */
    summaryLines: string[];
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
  };
  appendices: AppendixModel[];
}
