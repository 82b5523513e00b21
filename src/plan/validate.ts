/**
 * Stage 1b: JSON Schema validation (ajv, all errors) mapped to diagnostics with source positions.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { diag, type Diagnostic, type Lang } from '../diagnostics/index.js';
import type { PathSegment, SourceMap } from './load.js';
import { suggest } from '../text/suggest.js';

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

export function validateSchema(data: unknown, source: SourceMap, lang: Lang): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  return mapErrors(validate.errors ?? [], data, source, lang);
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

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'một chuỗi văn bản', en: 'a text' },
  array: { vi: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một khối các trường', en: 'a mapping of fields' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  number: { vi: 'một số', en: 'a number' },
  null: { vi: 'để trống', en: 'empty' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
};
function typeList(types: string[], lang: Lang): string {
  const names = [...new Set(types)].map((t) => TYPE_NAMES[t]?.[lang] ?? t);
  return names.join(lang === 'vi' ? ' hoặc ' : ' or ');
}

const isSummary = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';

/**
 * ajv reports every failed branch of an anyOf/oneOf. Keep only what the user needs: errors of the
 * branch meant for the value's type, one "which kind of item" error, and a type error when no
 * branch accepts the value at all. Branch schemas come from `verbose` errors (e.schema).
 */
export function mapErrors(errors: ErrorObject[], data: unknown, source: SourceMap, lang: Lang): Diagnostic[] {
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
        out.push(kindDiag(b, data, source, lang));
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
        out.push(kindDiag(e, data, source, lang));
      }
      continue;
    }
    const covered = [...kept, ...errs.filter((x) => isSummary(x) && x !== e)].some((x) => x.instancePath.startsWith(e.instancePath + '/')) || kept.some((x) => x.instancePath === e.instancePath) || kindDone.has(e.instancePath);
    if (covered) continue;
    const branches = (e.schema as JsonSchema[]) ?? [];
    const types = branches.flatMap((br) => (Array.isArray(br.type) ? (br.type as string[]) : br.type ? [br.type as string] : []));
    out.push(typeDiag(lang, splitInstancePath(e.instancePath), types, source));
  }
  // On an item whose kind is unclear, the other errors at the same place are noise; so are enum or
  // range errors on a value of the wrong type.
  const typed = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const e of kept) {
    if (e.keyword === 'not' || kindDone.has(e.instancePath)) continue;
    if (e.keyword !== 'type' && typed.has(e.instancePath)) continue;
    out.push(...mapOne(e, data, source, lang));
  }
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.code}|${d.line}|${d.column}|${d.message}`;
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

function kindDiag(summary: ErrorObject, data: unknown, source: SourceMap, lang: Lang): Diagnostic {
  const allowed = (summary.schema as JsonSchema[]).map((b) => (b.required as string[])[0]);
  const path = splitInstancePath(summary.instancePath);
  const value = valueAt(data, path);
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  const found = keys.filter((k) => ALL_KINDS.includes(k));
  const stray = keys.find((k) => !ALL_KINDS.includes(k) && !['id', 'text', 'items', 'lead', 'coordinating', 'time', 'frequency', 'output', 'labels'].includes(k));
  const where = stray && !found.length ? source.locate([...path, stray], 'key') : source.locate(path);
  return diag(lang, 'schema-item-kind', { allowed: allowed.join(', '), found: found.join(', ') || undefined, suggestion: stray ? suggest(stray, allowed) : undefined }, where, { path: displayPath(path) });
}

function typeDiag(lang: Lang, path: PathSegment[], types: string[], source: SourceMap): Diagnostic {
  const key = displayPath(path);
  const list = types.includes('integer') && types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  return diag(
    lang,
    'schema-type',
    {
      key,
      expectedVi: typeList(list, 'vi'),
      expectedEn: typeList(list, 'en'),
      hintVi: list.includes('string') && !list.includes('array') ? 'Đặt văn bản trong ngoặc kép nếu nó bắt đầu bằng số hoặc ký tự đặc biệt.' : undefined,
      hintEn: list.includes('string') && !list.includes('array') ? 'Quote the text if it starts with a number or a special character.' : undefined,
    },
    source.locate(path),
    { path: key },
  );
}

function mapOne(e: ErrorObject, data: unknown, source: SourceMap, lang: Lang): Diagnostic[] {
  const path = splitInstancePath(e.instancePath);
  const key = displayPath(path);
  const parentSchema = e.parentSchema as JsonSchema | undefined;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      if (missing === 'lead' && parentSchema?.properties && 'task' in (parentSchema.properties as object)) {
        return [diag(lang, 'task-no-lead', {}, source.locate(path), { path: displayPath([...path, 'lead']) })];
      }
      const props = (parentSchema?.properties ?? {}) as Record<string, JsonSchema>;
      const about = (props[missing]?.title as string | undefined) ?? missing;
      const value = valueAt(data, path) as Record<string, unknown>;
      const typo = value && typeof value === 'object' ? Object.keys(value).find((k) => !(k in props) && suggest(k, [missing]) === missing) : undefined;
      const loc = typo ? source.locate([...path, typo], 'key') : source.locate(path, path.length ? 'key' : 'value');
      return [diag(lang, 'schema-required', { key: missing, where: path.length ? key : undefined, about }, loc, { path: displayPath([...path, missing]) })];
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((parentSchema?.properties ?? {}) as object).filter((k) => k !== '$schema');
      const p = [...path, extra];
      return [
        diag(lang, 'schema-unknown-key', { key: extra, where: path.length ? key : undefined, allowed: allowed.join(', '), suggestion: suggest(extra, allowed) }, source.locate(p, 'key'), { path: displayPath(p) }),
      ];
    }
    case 'propertyNames':
      return [];
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      return [typeDiag(lang, path, Array.isArray(t) ? t : String(t).split(','), source)];
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const value = valueAt(data, path);
      // propertyNames enum errors carry the offending key in params.propertyName.
      const propName = (e as ErrorObject & { propertyName?: string }).propertyName;
      const shown = propName ?? String(value);
      const loc = propName ? source.locate([...path, propName], 'key') : source.locate(path);
      return [diag(lang, 'schema-enum', { key, value: shown, allowed: allowed.join(', '), suggestion: suggest(shown, allowed) }, loc, { path: key })];
    }
    case 'minimum':
    case 'maximum': {
      const s = parentSchema ?? {};
      const range = s.minimum !== undefined && s.maximum !== undefined ? `${s.minimum}–${s.maximum}` : e.keyword === 'minimum' ? `≥ ${s.minimum}` : `≤ ${s.maximum}`;
      return [diag(lang, 'schema-range', { key, value: String(valueAt(data, path)), range }, source.locate(path), { path: key })];
    }
    case 'minLength':
    case 'minItems':
      return [diag(lang, 'schema-empty', { key }, source.locate(path), { path: key })];
    case 'maxLength':
    case 'maxItems':
      return [diag(lang, 'limit-exceeded', { what: key, value: lengthOf(valueAt(data, path)), limit: String((e.params as { limit: number }).limit) }, source.locate(path), { path: key })];
    case 'pattern': {
      const value = String(valueAt(data, path));
      const last = path[path.length - 1];
      const hints = PATTERN_HINTS[String(last)] ?? { vi: 'Xem mô tả trường trong README.', en: 'See the field description in the README.' };
      return [diag(lang, 'schema-format', { key, value, hintVi: hints.vi, hintEn: hints.en }, source.locate(path), { path: key })];
    }
    case 'uniqueItems':
      return [diag(lang, 'schema-other', { key, detail: lang === 'vi' ? 'có mục bị lặp' : 'an item is repeated' }, source.locate(path), { path: key })];
    default:
      return [diag(lang, 'schema-other', { key, detail: e.message ?? e.keyword }, source.locate(path), { path: key })];
  }
}

function lengthOf(v: unknown): string {
  return Array.isArray(v) ? String(v.length) : typeof v === 'string' ? String(v.length) : '?';
}

const PATTERN_HINTS: Record<string, { vi: string; en: string }> = {
  date: { vi: 'Viết NĂM-THÁNG-NGÀY, ví dụ 2025-08-05 (dự thảo: "2025" hoặc "2025-08").', en: 'Write YEAR-MONTH-DAY, e.g. 2025-08-05 (draft: "2025" or "2025-08").' },
  abbreviation: { vi: 'Chữ in hoa không dấu cách, ví dụ "UBND".', en: 'Capital letters without spaces, e.g. "UBND".' },
  symbol: { vi: 'Dạng "KH-UBND": chữ in hoa, các phần nối bằng "-", không dấu cách.', en: 'Like "KH-UBND": capitals joined by "-", no spaces.' },
  id: { vi: 'Chỉ dùng chữ không dấu, số, "-", "_", ".", ví dụ "bao-chi-1".', en: 'Use ASCII letters, digits, "-", "_", ".", e.g. "press-1".' },
};
