/**
 * Stage 1b: JSON Schema validation (ajv, all errors) mapped to diagnostics with source positions.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { PathSegment, SourceMap } from './load.js';
import { suggest } from '../text/suggest.js';
import { dateProblem } from './dates.js';

const require = createRequire(import.meta.url);
/** The published schema file is the single source of truth; it ships at `schemas/plan.schema.json`. */
export const planSchema = require('../../schemas/plan.schema.json') as Record<string, unknown>;

type JsonSchema = Record<string, unknown>;
let compiled: ValidateFunction | undefined;
/**
 * The validator generated at build time (scripts/build-validator.mjs) when present; otherwise the
 * schema is compiled here (tests run from the TypeScript sources). Both use the same options.
 */
function validator(): ValidateFunction {
  if (!compiled) {
    try {
      const standalone = require('./schema-validator.cjs') as ValidateFunction | { default: ValidateFunction };
      compiled = typeof standalone === 'function' ? standalone : standalone.default;
    } catch {
      const { Ajv } = require('ajv') as typeof import('ajv');
      const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
      compiled = ajv.compile(planSchema);
    }
  }
  return compiled as ValidateFunction;
}

export function validateSchema(data: unknown, source: SourceMap): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  return mapErrors(validate.errors ?? [], data, source);
}

function unescapePointer(s: string): string {
  return decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
}
function splitInstancePath(p: string): PathSegment[] {
  return p
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** Human path: body[2].items[0].clause */
export function displayPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(plan)';
}

const isSummary = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';

/**
 * ajv reports every failed branch of an anyOf/oneOf. Keep only what the user needs: errors of the
 * branch meant for the value's type, one "which kind of item" error, and a type error when no
 * branch accepts the value at all. Branch schemas come from `verbose` errors (e.schema).
 */
export function mapErrors(errors: ErrorObject[], data: unknown, source: SourceMap): Diagnostic[] {
  const errs = errors.filter((e) => e.keyword !== 'if');
  const summaries = new Map<string, ErrorObject>();
  for (const e of errs) if (isSummary(e)) summaries.set(`${e.instancePath}|${e.schemaPath}`, e);
  /** The anyOf/oneOf summary error of the branch an error sits in, if any. */
  const branchOf = (e: ErrorObject): ErrorObject | undefined => {
    const m = /^(.*\/(?:anyOf|oneOf))\/\d+\/[^/]+$/.exec(e.schemaPath);
    return m ? summaries.get(`${e.instancePath}|${m[1]}`) : undefined;
  };
  const out: Diagnostic[] = [];
  const kindDone = new Set<string>();
  const kept: ErrorObject[] = [];
  for (const e of errs) {
    if (isSummary(e)) continue;
    const b = branchOf(e);
    // A branch whose type does not accept the value: either another branch was meant (noise), or
    // no branch accepts it and the anyOf/oneOf summary below reports one combined type error.
    if (b && e.keyword === 'type') continue;
    if (b && e.keyword === 'required' && b.keyword === 'oneOf' && isKindOneOf(b)) {
      if (!kindDone.has(e.instancePath)) {
        kindDone.add(e.instancePath);
        out.push(kindDiag(b, data, source));
      }
      continue;
    }
    kept.push(e);
  }
  for (const e of errs) {
    if (!isSummary(e)) continue;
    if (e.keyword === 'oneOf' && isKindOneOf(e)) {
      // More than one kind key on one item ("section" and "clause" together).
      if (!kindDone.has(e.instancePath)) {
        kindDone.add(e.instancePath);
        out.push(kindDiag(e, data, source));
      }
      continue;
    }
    const covered = [...kept, ...errs.filter((x) => isSummary(x) && x !== e)].some((x) => x.instancePath.startsWith(e.instancePath + '/')) || kept.some((x) => x.instancePath === e.instancePath) || kindDone.has(e.instancePath);
    if (covered) continue;
    const branches = (e.schema as JsonSchema[]) ?? [];
    const types = branches.flatMap((br) => (Array.isArray(br.type) ? (br.type as string[]) : br.type ? [br.type as string] : []));
    out.push(typeDiag(splitInstancePath(e.instancePath), types, source));
  }
  // On an item whose kind is unclear, the other errors at the same place are noise; so are enum or
  // range errors on a value of the wrong type.
  const typed = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const e of kept) {
    if (e.keyword === 'not' || kindDone.has(e.instancePath)) continue;
    if (e.keyword !== 'type' && typed.has(e.instancePath)) continue;
    out.push(...mapOne(e, data, source));
  }
  // One typo, one diagnostic: "sumary:" is an unknown key that means "summary"; the missing
  // "summary" it causes is the same mistake, so only the unknown key (with its "did you mean") stays.
  const typoFor = new Set(out.filter((d) => d.code === 'schema-unknown-key' && d.params.suggestion).map((d) => `${d.params.where ?? ''}|${d.params.suggestion}`));
  const seen = new Set<string>();
  return out.filter((d) => {
    if (d.code === 'schema-required' && typoFor.has(`${d.params.where ?? ''}|${d.params.key}`)) return false;
    const key = `${d.code}|${d.span.start.line}|${d.span.start.column}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ALL_KINDS = ['part', 'section', 'clause', 'subclause', 'point', 'bullet', 'text', 'task'];

function isKindOneOf(e: ErrorObject): boolean {
  const branches = e.schema as JsonSchema[] | undefined;
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => Array.isArray(b.required) && (b.required as string[]).length === 1 && Object.keys(b).every((k) => k === 'required' || k === 'not'));
}

function kindDiag(summary: ErrorObject, data: unknown, source: SourceMap): Diagnostic {
  const allowed = (summary.schema as JsonSchema[]).map((b) => (b.required as string[])[0]);
  const path = splitInstancePath(summary.instancePath);
  const value = valueAt(data, path);
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  const found = keys.filter((k) => ALL_KINDS.includes(k));
  const stray = keys.find((k) => !ALL_KINDS.includes(k) && !['id', 'text', 'items', 'lead', 'coordinating', 'time', 'frequency', 'output', 'labels'].includes(k));
  const where = stray && !found.length ? source.locate([...path, stray], 'key') : source.locate(path);
  return diag('schema-item-kind', { allowed: allowed.join(', '), found: found.join(', ') || undefined, suggestion: stray ? suggest(stray, allowed) : undefined }, where, { path: displayPath(path) });
}

function typeDiag(path: PathSegment[], types: string[], source: SourceMap): Diagnostic {
  const key = displayPath(path);
  const list = types.includes('integer') && types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  const quoteHint = list.includes('string') && !list.includes('array');
  return diag('schema-type', { key, types: [...new Set(list)], quoteHint }, source.locate(path), { path: key });
}

function mapOne(e: ErrorObject, data: unknown, source: SourceMap): Diagnostic[] {
  const path = splitInstancePath(e.instancePath);
  const key = displayPath(path);
  const parentSchema = e.parentSchema as JsonSchema | undefined;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      if (missing === 'lead' && parentSchema?.properties && 'task' in (parentSchema.properties as object)) {
        return [diag('task-no-lead', {}, source.locate(path), { path: displayPath([...path, 'lead']) })];
      }
      const props = (parentSchema?.properties ?? {}) as Record<string, JsonSchema>;
      const about = (props[missing]?.title as string | undefined) ?? missing;
      const value = valueAt(data, path) as Record<string, unknown>;
      const typo = value && typeof value === 'object' ? Object.keys(value).find((k) => !(k in props) && suggest(k, [missing]) === missing) : undefined;
      const loc = typo ? source.locate([...path, typo], 'key') : source.locate(path, path.length ? 'key' : 'value');
      return [diag('schema-required', { key: missing, where: path.length ? key : undefined, about }, loc, { path: displayPath([...path, missing]) })];
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((parentSchema?.properties ?? {}) as object).filter((k) => k !== '$schema');
      const p = [...path, extra];
      return [
        diag('schema-unknown-key', { key: extra, where: path.length ? key : undefined, allowed: allowed.join(', '), suggestion: suggest(extra, allowed) }, source.locate(p, 'key'), { path: displayPath(p) }),
      ];
    }
    case 'propertyNames':
      return [];
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      return [typeDiag(path, Array.isArray(t) ? t : String(t).split(','), source)];
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const value = valueAt(data, path);
      // propertyNames enum errors carry the offending key in params.propertyName.
      const propName = (e as ErrorObject & { propertyName?: string }).propertyName;
      const shown = propName ?? String(value);
      const loc = propName ? source.locate([...path, propName], 'key') : source.locate(path);
      return [diag('schema-enum', { key, value: shown, allowed: allowed.join(', '), suggestion: suggest(shown, allowed) }, loc, { path: key })];
    }
    case 'minimum':
    case 'maximum': {
      const s = parentSchema ?? {};
      const range = s.minimum !== undefined && s.maximum !== undefined ? `${s.minimum}–${s.maximum}` : e.keyword === 'minimum' ? `≥ ${s.minimum}` : `≤ ${s.maximum}`;
      return [diag('schema-range', { key, value: String(valueAt(data, path)), range }, source.locate(path), { path: key })];
    }
    case 'minLength':
    case 'minItems':
      return [diag('schema-empty', { key }, source.locate(path), { path: key })];
    case 'maxLength':
    case 'maxItems':
      return [diag('limit-exceeded', { what: key, value: lengthOf(valueAt(data, path)), limit: String((e.params as { limit: number }).limit) }, source.locate(path), { path: key })];
    case 'pattern': {
      const value = String(valueAt(data, path));
      const field = String(path[path.length - 1]);
      // A date in a known form whose day or month does not exist ("31/02/2025", "2025-02-31"):
      // say so in words rather than "not in the expected form".
      if (path.length === 1 && field === 'date') {
        const problem = dateProblem(value);
        if (problem) return [diag(problem.code, problem.params, source.locate(path), { path: key })];
      }
      return [diag('schema-format', { key, value, field }, source.locate(path), { path: key })];
    }
    case 'uniqueItems':
      return [diag('schema-other', { key, problem: 'duplicate-items' }, source.locate(path), { path: key })];
    default:
      return [diag('schema-other', { key, detail: e.message ?? e.keyword }, source.locate(path), { path: key })];
  }
}

function lengthOf(v: unknown): string {
  return Array.isArray(v) ? String(v.length) : typeof v === 'string' ? String(v.length) : '?';
}

