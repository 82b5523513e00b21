/** JSON: the DiffResult as documented in docs/diff.md, two-space indented, keys in a fixed order. */
import type { DiffResult } from '../types.js';

export function formatJson(result: DiffResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
