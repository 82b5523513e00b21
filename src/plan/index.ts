/** Stage 1: bytes of a YAML plan → a validated plan with its source map, or diagnostics. */
import { hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { decodeUtf8, parsePlanText, type SourceMap } from './load.js';
import { checkSemantics } from './semantic.js';
import type { Plan } from './types.js';
import { validateSchema } from './validate.js';
import { checkLimits } from './limits-check.js';
import { checkTrailingComments } from './comments.js';
import { checkTypedLabels } from './labels.js';
import { checkLayout } from './layout-rules.js';

export interface CheckedPlan {
  plan: Plan;
  source: SourceMap;
}

export function loadPlan(bytes: Uint8Array, file: string): { value?: CheckedPlan; diagnostics: Diagnostic[] } {
  const decoded = decodeUtf8(bytes, file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  return checkPlanText(decoded.text, file);
}

export function checkPlanText(text: string, file: string): { value?: CheckedPlan; diagnostics: Diagnostic[] } {
  const parsed = parsePlanText(text, file);
  if (!parsed.plan) return { diagnostics: parsed.diagnostics };
  const { data, source } = parsed.plan;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Cheap size checks first: a huge or absurdly deep document is refused before ajv walks it.
  const limits = checkLimits(data, source);
  if (limits.length) return { diagnostics: limits };
  // Text that YAML would drop as a comment (" #…" after a plain value): reported with the rest.
  const lost = checkTrailingComments(body, source);
  const schemaDiagnostics = [...lost, ...validateSchema(data, source)];
  if (hasErrors(schemaDiagnostics)) return { diagnostics: schemaDiagnostics };
  const plan = data as Plan;
  // Labels typed by hand: removed where they are the tool's own, an error where they are not.
  const labelled = checkTypedLabels(plan, source, body);
  const diagnostics = [...schemaDiagnostics, ...checkSemantics(plan, source), ...labelled.diagnostics, ...checkLayout(plan, source)];
  if (hasErrors(diagnostics)) return { diagnostics };
  return { value: { plan: labelled.plan, source }, diagnostics };
}

export type { Plan } from './types.js';
export { SourceMap } from './load.js';
