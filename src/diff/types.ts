/**
 * The public result of comparing two plans: a stable, documented structure (docs/diff.md) that
 * every formatter reads. Version it when a field changes meaning.
 */

export const DIFF_FORMAT = 'cchc-plan-diff';
export const DIFF_FORMAT_VERSION = 1;

/** What a compared item is. Stable names (JSON). */
export type ItemKind =
  | 'header'
  | 'ground'
  | 'opening'
  | 'part'
  | 'section'
  | 'clause'
  | 'subclause'
  | 'point'
  | 'bullet'
  | 'text'
  | 'task'
  | 'closing'
  | 'signature'
  | 'recipient'
  | 'archive'
  | 'appendix'
  | 'row'
  | 'group';

export type ChangeType = 'added' | 'removed' | 'modified' | 'moved' | 'year';

/** One piece of a word-level diff; the old text is the equal + delete pieces, the new one equal + insert. */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A field of an item: "text", "heading", "content", "lead", "coordinating", "time", "frequency", "output", "title"… */
export interface FieldChange {
  name: string;
  /** Absent when the item was added. */
  old?: string;
  /** Absent when the item was removed. */
  new?: string;
  /** Word-level diff, only for a field present on both sides whose text changed. */
  segments?: Segment[];
}

/** Where an item is in one of the two plans. */
export interface Location {
  /** Printed numbering label ("II.", "3.", "a)", "-"), empty for unnumbered items. */
  label: string;
  /** Location in the plan: "body[2].items[0]", "header.summary", "recipients[3]". */
  path: string;
  /** Headings of the enclosing items, outermost first ("C. NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ", "I. VỀ CHUYỂN ĐỔI SỐ"). */
  context: string[];
  /** 0-based position of the item in document order among all compared items of that plan. */
  position: number;
}

export interface Change {
  type: ChangeType;
  kind: ItemKind;
  /** For header, signature and archive items: which field ("summary", "placeDate", "name"…). */
  slot?: string;
  /** The plan's `id:` when it has one (either side). */
  id?: string;
  /** Short text identifying the item (its heading, text or task content; the new one when both exist). */
  text: string;
  /** Set on a modified item that also changed place. */
  moved?: boolean;
  /** The old kind when an item matched by `id:` changed kind (e.g. clause → point). */
  oldKind?: ItemKind;
  old?: Location;
  new?: Location;
  /** Changed fields (modified, year), or every field of an added/removed item. */
  fields: FieldChange[];
  /** For an added or removed item: its added or removed sub-items, nested. */
  children?: Change[];
}

export interface PlanInfo {
  /** The file as given on the command line (or a caller's label). */
  file: string;
  /** Trích yếu. */
  title: string;
  /** The plan year (model.meta.year), when known. */
  year?: number;
}

export interface YearUpdate {
  from: number;
  to: number;
  /** How many items changed only by the plan year. */
  count: number;
  /** Whether the individual items are listed (--show-year-changes). */
  shown: boolean;
  /** The year-only changes (type "year"); empty unless shown. */
  changes: Change[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  modified: number;
  /** Items that changed place: type "moved" plus modified items flagged `moved`. */
  moved: number;
  /** Items whose only difference is their numbering label: never reported as changes. */
  renumbered: number;
  /** Items changed only by the plan year (grouped as one change). */
  yearUpdated: number;
  /** Reported changes: `changes.length`, plus 1 for the grouped year update when there is one. */
  total: number;
}

export interface DiffResult {
  format: typeof DIFF_FORMAT;
  version: typeof DIFF_FORMAT_VERSION;
  old: PlanInfo;
  new: PlanInfo;
  summary: DiffSummary;
  /** The grouped "year updated" change, or null when no item changed only by its year. */
  year: YearUpdate | null;
  /** Changes in the order of the new plan (removed items where they stood). */
  changes: Change[];
}

export interface DiffOptions {
  /** Labels of the two plans (file names as typed). */
  oldFile?: string;
  newFile?: string;
  /** List year-only edits one by one, and show year substitutions inside other edits. */
  showYearChanges?: boolean;
}
