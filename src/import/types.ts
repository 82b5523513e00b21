/**
 * What the importer works on: the source (a DOCX read by docx-read, or text) as one sequence of
 * lines and tables with their formatting and their place in the source, whatever the format.
 */
export type Share = 'all' | 'none' | 'mixed';

/** Where a line came from: a paragraph of a DOCX (1-based, table cells included) or a line of text. */
export interface SourceRef {
  unit: 'paragraph' | 'line';
  n: number;
}

/** A piece of formatted text. */
export interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface Line {
  /** Plain text: NFC, white space collapsed, hard line breaks joined. */
  text: string;
  /** The text's formatted pieces (line breaks and tabs kept as "\n" and "\t"). */
  pieces: Piece[];
  /** Word's automatic numbering label as shown ("I.", "1.", "a)", "-"), trimmed; "" when none. */
  auto: string;
  bold: Share;
  italic: Share;
  align?: 'center' | 'left' | 'right' | 'both';
  /** Leading spaces of a text line (its indentation), when the source is text. */
  indent?: number;
  src: SourceRef;
  /** In a landscape section (DOCX). */
  landscape?: boolean;
  /** Text laid out in columns on one line (tabs or runs of spaces): left and right pieces. */
  columns?: Piece[][];
  /** Where each column starts on the line (text sources). */
  columnStarts?: number[];
  /** A blank line at a page break (text from a PDF): it does not end a paragraph. */
  pageBreak?: boolean;
}

export interface TableBlock {
  /** Rows of cells of lines. */
  rows: Line[][][];
  src: SourceRef;
  landscape: boolean;
  /** Lines of a table read from text where a cell boundary had to be guessed. */
  guessedLines?: number[];
}

export type Block = { kind: 'line'; line: Line } | { kind: 'table'; table: TableBlock };

export interface Source {
  file: string;
  format: 'docx' | 'text' | 'markdown';
  blocks: Block[];
  /** Units read: paragraphs of the DOCX, or lines of the text. */
  units: number;
}
