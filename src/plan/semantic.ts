/**
 * Stage 1c: rules the JSON Schema cannot express. Runs only on schema-valid data.
 */
import { diag, type Diagnostic } from '../diagnostics/index.js';
import { parsePlanDate } from '../decree30/dates.js';
import { dateProblem } from './dates.js';
import { parseInline } from '../text/inline.js';
import { toRoman } from '../decree30/numbering.js';
import { displayPath } from './validate.js';
import { LIMITS } from './limits.js';
import { detectLegacyVietnamese } from '../text/legacy.js';
import type { PathSegment, SourceMap } from './load.js';
import { effectiveAuthority, leadingUnit, SURNAMES } from '../decree30/vocabulary.js';
import { SIGNATURE_RULES, signatureFindings, type Basis } from '../decree30/signature.js';
import { asList, itemKind, type Plan, type PlanItem, type PlanNode, type PlanTask } from './types.js';


/** Characters that may never reach a DOCX (invalid in XML 1.0) or are invisible control codes. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function checkSemantics(plan: Plan, source: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: PathSegment[], on: 'key' | 'value' = 'value') => source.locate(path, on);
  const push = (code: Parameters<typeof diag>[0], params: Parameters<typeof diag>[1], path: PathSegment[], on: 'key' | 'value' = 'value') =>
    out.push(diag(code, params, at(path, on), { path: displayPath(path) }));

  // Every string: control characters, legacy encodings and length limits. (The number of items is
  // checked before schema validation, in limits-check.ts.)
  walkStrings(plan, [], (value, path) => {
    const m = CONTROL.exec(value);
    if (m) {
      push('text-control-char', { codepoint: m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') }, path);
    }
    const legacy = detectLegacyVietnamese(value);
    if (legacy) push('encoding-legacy-vietnamese', { encoding: legacy.encoding, sample: legacy.sample }, path);
    if (value.length > LIMITS.textLength) push('limit-exceeded', { what: displayPath(path), value: value.length, limit: LIMITS.textLength }, path);
  });

  // Date on the calendar; drafts.
  if (plan.date) {
    const problem = dateProblem(plan.date);
    if (problem) push(problem.code, problem.params, ['date']);
  }
  const missing: string[] = [];
  if (plan.number === undefined || plan.number === null) missing.push('number');
  const d = plan.date ? parsePlanDate(plan.date) : undefined;
  if (!d || d.day === undefined) missing.push('date');
  if (missing.length) push('draft-incomplete', { missing }, plan.number === undefined ? [] : ['number']);

  // Place named after a person or a number keeps its unit type.
  const place = plan.place.trim();
  const hasUnit = leadingUnit(place) !== undefined;
  if (!hasUnit) {
    const words = place.split(/\s+/);
    const numbered = /^\d+$/.test(place) || /\d/.test(words[words.length - 1] ?? '');
    const person = words.length >= 3 && SURNAMES.has(words[0].toLocaleLowerCase('vi'));
    if (numbered || person) {
      const unit = unitFromIssuer(asList(plan.issuer.name)) ?? (numbered ? 'Quận' : 'Phường');
      push('place-unit-type', { value: place, suggestion: `${unit} ${place}` }, ['place'], 'value');
    }
  }

  // Signature authority: the decree's rules (decree30/signature.ts), shared with the checker.
  const sig = plan.signature;
  const authority = effectiveAuthority(sig);
  for (const f of signatureFindings({ authority, collective: sig.collective, head: sig.head, title: sig.title, issuer: asList(plan.issuer.name) })) {
    const field = f.field === 'authority' && !sig.authority ? 'title' : f.field;
    const params = { ...f.params, ...basisParams(SIGNATURE_RULES[f.rule].basis) };
    push(f.rule, params, ['signature', field], f.field === 'collective' || f.field === 'head' ? 'key' : 'value');
  }
  if (!sig.name) push('signature-name-missing', {}, ['signature']);

  // Ids, tasks, depth, inline markers. (Hand-typed labels: labels.ts.)
  const ids = new Map<string, number>();
  const seeId = (id: string | undefined, path: PathSegment[]) => {
    if (!id) return;
    const here = at([...path, 'id']);
    const first = ids.get(id);
    if (first !== undefined) push('id-duplicate', { id, firstLine: first }, [...path, 'id']);
    else ids.set(id, here.start.line);
  };
  const checkTask = (task: PlanTask, path: PathSegment[]) => {
    seeId(task.id, path);
    if (!task.lead || !task.lead.trim()) push('task-no-lead', {}, [...path, 'lead']);
    inlineCheck(task.task, [...path, 'task']);
  };
  const inlineCheck = (text: string, path: PathSegment[]) => {
    const { unclosed } = parseInline(text);
    for (const marker of unclosed) push('inline-unclosed', { marker }, path);
  };
  const walkItems = (items: PlanItem[], path: PathSegment[], depth: number) => {
    if (depth > LIMITS.bodyDepth) {
      push('limit-exceeded', { what: 'depth', value: depth, limit: LIMITS.bodyDepth }, path);
      return;
    }
    items.forEach((item, i) => {
      const p = [...path, i];
      const kind = itemKind(item);
      if (kind === 'task') {
        checkTask(item as PlanTask, p);
        return;
      }
      if (kind === 'string') {
        inlineCheck(item as string, p);
        return;
      }
      if (kind === 'text') {
        asList((item as { text: string | string[] }).text).forEach((t, k) => inlineCheck(t, Array.isArray((item as { text: unknown }).text) ? [...p, 'text', k] : [...p, 'text']));
        return;
      }
      const node = item as PlanNode;
      seeId(node.id, p);
      const title = node[kind as keyof PlanNode] as string | null | undefined;
      if (title) inlineCheck(title, [...p, kind]);
      asList(node.text).forEach((t) => inlineCheck(t, [...p, 'text']));
      if (node.items) walkItems(node.items, [...p, 'items'], depth + 1);
    });
  };
  walkItems(plan.body, ['body'], 1);
  (plan.tasks ?? []).forEach((entry, i) => {
    if ('group' in entry) {
      seeId(entry.id, ['tasks', i]);
      entry.tasks.forEach((t, k) => checkTask(t, ['tasks', i, 'tasks', k]));
    } else checkTask(entry, ['tasks', i]);
  });

  // Closing: the tool adds "./.".
  const closing = asList(plan.closing);
  if (closing.length && /\.\/\.\s*$/.test(closing[closing.length - 1])) {
    push('text-typed-punctuation', {}, Array.isArray(plan.closing) ? ['closing', closing.length - 1] : ['closing']);
  }

  // Appendices: referenced from the body; tables have tasks.
  const appendices = plan.appendices ?? [];
  if (appendices.length) {
    const allText = JSON.stringify([plan.opening, plan.body, plan.closing]).toLocaleLowerCase('vi');
    appendices.forEach((a, i) => {
      a.items && walkItems(a.items, ['appendices', i, 'items'], 1);
      const label = appendices.length > 1 ? `Phụ lục ${toRoman(i + 1)}` : 'Phụ lục';
      if (!allText.includes(label.toLocaleLowerCase('vi'))) push('appendix-not-referenced', { label }, ['appendices', i, 'title']);
      if (a.table) {
        const source = a.table.source ?? 'all';
        const register = (plan.tasks ?? []).length > 0;
        const inBody = JSON.stringify(plan.body).includes('"task":');
        const has = (source !== 'body' && register) || (source !== 'register' && inBody);
        if (!has) push('appendix-table-empty', { source }, ['appendices', i, 'table']);
      }
    });
  }
  return out;
}


function unitFromIssuer(lines: string[]): string | undefined {
  return leadingUnit(lines[lines.length - 1] ?? '');
}


function walkStrings(value: unknown, path: PathSegment[], visit: (s: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}

/** A rule's legal basis as language-neutral parameters (the catalogue writes it out). */
function basisParams(b: Basis): Record<string, string | number> {
  return { ...(b.article ? { article: b.article } : {}), ...(b.clause ? { clause: b.clause } : {}), item: b.item, ...(b.point ? { point: b.point } : {}) };
}
