/** What a DOCX is read into: paragraphs with effective formatting, tables, sections and parts. */
import type { EffectiveRun, ParaProps } from './styles.js';

export interface Run {
  text: string;
  fmt: EffectiveRun;
}

export interface Field {
  /** Field instruction, e.g. "PAGE \* MERGEFORMAT". */
  instr: string;
  fmt: EffectiveRun;
}

export interface Para {
  part: string;
  /** 1-based position among the paragraphs of its part, table cells included. */
  index: number;
  /** 0-based section. */
  section: number;
  page?: number;
  /** Numbering label (if any) followed by the runs' text; tabs as "\t", line breaks as "\n". */
  text: string;
  label: string;
  runs: Run[];
  fmt: ParaProps;
  styleId?: string;
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  markSizePt: number;
  cell?: Cell;
  /** Index of the top-level block (paragraph or table) it belongs to. */
  block: number;
  /** Horizontal lines drawn as shapes in the paragraph's runs (inline, or anchored in it). */
  lines: LineShape[];
  fields: Field[];
}

/** Where an anchored shape is: its centre's offset from a reference (column, paragraph, page …), or an alignment in it. */
export interface ShapeOffset {
  /** DrawingML's relativeFrom (VML's "text" is read as column / paragraph, "char" as character). */
  from: string;
  centrePt?: number;
  /** left, center, right, inside, outside; top, center, bottom. */
  align?: string;
}

/** A horizontal straight line drawn as a shape (DrawingML or VML). */
export interface LineShape {
  kind: 'drawingml' | 'vml';
  /** Inline shapes sit in the line of text like a character; anchored ones float at an offset. */
  inline: boolean;
  lengthPt: number;
  /** Stroke weight in points; undefined when the file leaves it to defaults. */
  weightPt?: number;
  /** False when the outline is switched off (a:noFill, stroked="f", hidden): nothing is printed. */
  stroked: boolean;
  /** Dash style when not solid ("dash", "sysDot", "dashDot", "custom" …). */
  dash?: string;
  /** Anchored shapes: horizontal and vertical position of the line's centre. */
  x?: ShapeOffset;
  y?: ShapeOffset;
  /** Word's layoutInCell as the file says it (Word 2013 and later, and LibreOffice, lay a shape out in its cell anyway). */
  inCell?: boolean;
}

export interface Cell {
  table: Table;
  row: number;
  /** First grid column. */
  col: number;
  widthTw: number;
  marginLeftTw: number;
  marginRightTw: number;
  paras: Para[];
  /** Tables nested in the cell, in order (their paragraphs are not in `paras`). */
  tables?: Table[];
}

export interface Table {
  block: number;
  section: number;
  nested: boolean;
  /** Indent of the table's leading edge from the margin (w:tblInd, dxa), in twips. */
  indentTw: number;
  rows: { header: boolean; cells: Cell[] }[];
  /** Every paragraph inside, nested tables included. */
  paras: Para[];
}

export type HeaderType = 'default' | 'first' | 'even';

export interface Section {
  index: number;
  widthTw: number;
  heightTw: number;
  landscape: boolean;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number; gutter: number };
  titlePg: boolean;
  /** Header and footer parts in effect (inherited from the previous section when not set). */
  headers: Partial<Record<HeaderType, string>>;
  footers: Partial<Record<HeaderType, string>>;
  pageStart?: number;
  pageFormat?: string;
  /** How the section starts: nextPage, continuous, evenPage, oddPage, nextColumn. */
  start: string;
}

export type Block = { kind: 'p'; para: Para } | { kind: 'tbl'; table: Table };

export interface DocModel {
  paras: Para[];
  blocks: Block[];
  sections: Section[];
  /** Header and footer paragraphs by part name. */
  parts: Map<string, Para[]>;
  /** Whether pages are known (Word's last layout is recorded in the file). */
  pagesKnown: boolean;
  pageCount?: number;
}

/** Text width of a section in twips. */
export function textWidthTw(s: Section): number {
  return s.widthTw - s.margin.left - s.margin.right - s.margin.gutter;
}

/** Width in twips of the box a paragraph is laid out in: its table cell or the section's text area. */
export function boxTw(doc: DocModel, p: Para): number {
  if (p.cell) return Math.max(0, p.cell.widthTw - p.cell.marginLeftTw - p.cell.marginRightTw);
  return textWidthTw(doc.sections[Math.min(p.section, doc.sections.length - 1)]);
}
