/** Size and depth limits, checked on the parsed data before schema validation. */
import { diag, type Diagnostic } from '../diagnostics/index.js';
import { LIMITS } from './limits.js';
import type { PathSegment, SourceMap } from './load.js';

/** Containers allowed above the deepest body item: body › item › items › … (two levels per item). */
const MAX_DATA_DEPTH = 4 + 2 * LIMITS.bodyDepth;

export function checkLimits(data: unknown, source: SourceMap): Diagnostic[] {
  let count = 0;
  let deepest: PathSegment[] | undefined;
  const walk = (v: unknown, path: PathSegment[]): void => {
    if (deepest || count > LIMITS.items * 4) return;
    count++;
    if (path.length > MAX_DATA_DEPTH) {
      deepest = path;
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(data, []);
  const out: Diagnostic[] = [];
  if (deepest) {
    out.push(diag('limit-exceeded', { what: 'depth', value: `> ${LIMITS.bodyDepth}`, limit: LIMITS.bodyDepth }, source.locate(deepest)));
  }
  if (count > LIMITS.items * 4) {
    out.push(diag('limit-exceeded', { what: 'items', value: `> ${LIMITS.items}`, limit: LIMITS.items }, source.start()));
  }
  return out;
}
