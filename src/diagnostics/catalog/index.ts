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
