/**
 * The one catalogue of texts, Vietnamese and English, by area: the plan's diagnostics (build,
 * validate, diff), the checker's rules, the words of the reports and of the command line. Every
 * area uses the same shapes (./entry.ts); nothing outside this folder writes a user-facing text.
 */
import type { Entry } from './entry.js';
import { importMessages } from './import.js';
import { planMessages } from './plan.js';

/** Every diagnostic code with its texts. */
export const catalog = {
  ...planMessages,
  ...importMessages,
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof catalog;

export { entry, phrase, s, say, type Entry, type Text, type Texts } from './entry.js';
export { CLI } from './cli.js';
export { DIFF_WORDS, FIELD_NAMES, KIND_NAMES, SLOT_NAMES, TYPE_NAMES } from './diff.js';
export { checkNumber, checkReport, checkRules, checkUnits, checkWords, type ElementId, type RuleEntry, type RuleId, type Unit, type WordKey } from './check.js';
export { previewTexts, type PreviewTextKey } from './preview.js';
