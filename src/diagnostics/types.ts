/**
 * Diagnostics as data (as unified's vfile messages): a code from the catalogue, language-neutral
 * parameters, a span in the source and the path of the value in the plan. The language is chosen
 * only where a message is printed (`render.ts`).
 */
export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning';

/** 1-based line and column; 0 and 0 when the problem concerns the whole file. */
export interface Position {
  line: number;
  column: number;
}

/** Where a problem is: from `start` to `end` (end exclusive) in `file`. */
export interface Span {
  file: string;
  start: Position;
  end: Position;
}

/** Parameters are plain JSON values, the same in every language. */
export type ParamValue = string | number | boolean | null | undefined | readonly ParamValue[];
export type Params = Record<string, ParamValue>;

export interface Diagnostic<Code extends string = string> {
  code: Code;
  severity: Severity;
  params: Params;
  span: Span;
  /** Where in the plan the value is, e.g. "body[2].items[0].clause"; absent when not tied to a value. */
  path?: string;
}

/** A point in a file (the span of one character, or the whole file with line 0). */
export function pointSpan(file: string, line: number, column: number): Span {
  return { file, start: { line, column }, end: { line, column: line > 0 ? column + 1 : column } };
}

/** The whole file. */
export function fileSpan(file: string): Span {
  return pointSpan(file, 0, 0);
}
