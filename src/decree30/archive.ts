/**
 * The last line of "Nơi nhận" (Phụ lục I, Mục II, khoản 9, điểm d): "Lưu" and a colon, "VT", a
 * comma, the drafting unit's abbreviation and the number of copies kept, then a full stop —
 * "- Lưu: VT, VP (02)." One definition for the plan's validation and for the checker of any DOCX.
 *
 * "- Lưu: VT." names no drafting unit. Offices often write it (the original of example 002 does),
 * so it is a lesser defect: a warning when a plan asks for it and when a document has it.
 */
import type { Severity } from '../diagnostics/index.js';

/** The form of the line: "- Lưu: VT" and optionally ", <unit> (<copies>)", ending with ".". */
export const ARCHIVE_LINE = /^- Lưu: VT(, .+)?\.$/u;

/** How an archive line without a drafting unit ("- Lưu: VT.") is reported, by `build` and by `check`. */
export const ARCHIVE_WITHOUT_UNIT: Severity = 'warning';

export type ArchiveProblem = 'form' | 'no-unit';

/** What is wrong with a printed archive line, if anything. */
export function archiveProblem(text: string): ArchiveProblem | undefined {
  const m = ARCHIVE_LINE.exec(text);
  if (!m) return 'form';
  return m[1] ? undefined : 'no-unit';
}

/** Whether a plan's `archive:` names no drafting unit (it prints "- Lưu: VT."). */
export function archiveWithoutUnit(units: readonly string[]): boolean {
  return !units.some((u) => u.trim());
}
