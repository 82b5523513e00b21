/** The plain types of diagnostics, shared by the catalogue and the stages. */
export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning';

export interface SourceLocation {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when the problem concerns the whole file. */
  column: number;
}

export type Params = Record<string, string | number | undefined>;
