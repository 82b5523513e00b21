/**
 * Completion and hover texts for the plan editor, from schemas/plan.schema.json: the field names
 * that fit where the cursor is, with the schema's Vietnamese titles and descriptions, and the
 * allowed values of a field.
 *
 * Where the cursor is comes from indentation, not from a YAML parser: while a clerk types, the
 * text is mostly not valid YAML, and indentation is what they see. Block scalars (">-", "|") and
 * comments are skipped. Pure functions (no DOM): tested in Node.
 */

// A JSON Schema node, as far as these functions read it.
export interface Schema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  else?: Schema;
  definitions?: Record<string, Schema>;
  default?: unknown;
}

/** One step from the root of the plan to the cursor: a field of a mapping, or an item of a list. */
export type Step = { type: 'key'; key: string; mapKeys: string[] } | { type: 'item' };

export interface KeyContext {
  kind: 'key';
  steps: Step[];
  /** The keys already in the mapping being typed into. */
  mapKeys: string[];
  /** Column of the key (0-based): children are indented two more. */
  column: number;
  /** Range of the word being replaced. */
  from: number;
  to: number;
  prefix: string;
}

export interface ValueContext {
  kind: 'value';
  /** Steps to the field whose value is being typed. */
  steps: Step[];
  from: number;
  to: number;
  prefix: string;
}

export type CursorContext = KeyContext | ValueContext;

interface Tok {
  col: number;
  kind: 'dash' | 'key';
  name?: string;
  /** Offset range of a key's name in the line. */
  start?: number;
  end?: number;
}

interface Line {
  from: number;
  text: string;
  toks: Tok[];
  /** Inside a block scalar (">-", "|"): text, no structure. */
  block: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],:&*!|>%@`-][^#:]*?|-[^\s#:][^#:]*?)[ \t]*:(?=[ \t]|$)/;

/** Split a line into its dashes ("- ") and its key, from the left. */
function tokens(text: string): { toks: Tok[]; rest: string } {
  const toks: Tok[] = [];
  let col = text.length - text.trimStart().length;
  let rest = text.slice(col);
  for (;;) {
    if (rest.startsWith('#') || rest === '') return { toks, rest: '' };
    if (rest === '-' || rest.startsWith('- ') || rest.startsWith('-\t')) {
      toks.push({ col, kind: 'dash' });
      const after = rest.slice(1);
      const gap = after.length - after.trimStart().length;
      col += 1 + gap;
      rest = after.trimStart();
      continue;
    }
    const m = KEY.exec(rest);
    if (!m) return { toks, rest };
    let name = m[1]!;
    if (name.startsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
    else if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    toks.push({ col, kind: 'key', name, start: col, end: col + m[1]!.length });
    return { toks, rest: rest.slice(m[0].length).trim() };
  }
}

/** The lines of a text with their structure tokens. */
function scan(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let block = -1; // column of the token that opened a block scalar, while inside it
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const blank = raw.trim() === '';
    if (block >= 0 && (blank || indent > block)) {
      lines.push({ from, text: raw, toks: [], block: true });
      from += raw.length + 1;
      continue;
    }
    block = -1;
    const { toks, rest } = blank ? { toks: [], rest: '' } : tokens(raw);
    const last = toks[toks.length - 1];
    if (last && /^[|>][-+0-9]*(\s+#.*)?$/.test(rest)) block = last.col;
    lines.push({ from, text: raw, toks, block: false });
    from += raw.length + 1;
  }
  return lines;
}

/** The keys at column `col` of the mapping that starts on line `start`. */
function mappingKeys(lines: Line[], start: number, col: number, skipLine = -1): string[] {
  const keys: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const toks = lines[i]!.toks;
    if (!toks.length) continue;
    const left = toks[0]!.col;
    if (i > start && left < col) break;
    // A new item of the list that holds this mapping.
    if (i > start && toks.some((t) => t.kind === 'dash' && t.col === col - 2)) break;
    if (i === skipLine) continue;
    const k = toks.find((t) => t.kind === 'key' && t.col === col);
    if (k?.name !== undefined) keys.push(k.name);
  }
  return keys;
}

type Parent = { kind: 'key'; key: string; col: number; line: number } | { kind: 'seq'; col: number; line: number } | { kind: 'root' };

/** Where the mapping whose keys stand at column `col`, around line `line`, begins, and what holds it. */
function mappingParent(lines: Line[], line: number, col: number): { start: number; parent: Parent } {
  const here = lines[line]!.toks;
  const at = here.findIndex((t) => t.col === col);
  if (at > 0 && here[at - 1]!.kind === 'dash' && here[at - 1]!.col === col - 2) return { start: line, parent: { kind: 'seq', col: col - 2, line } };
  let start = line;
  for (let i = line - 1; i >= 0; i--) {
    const toks = lines[i]!.toks;
    if (!toks.length) continue;
    const left = toks[0]!.col;
    if (left > col) continue;
    const k = toks.findIndex((t) => t.kind === 'key' && t.col === col);
    if (k >= 0) {
      start = i;
      if (k > 0 && toks[k - 1]!.kind === 'dash' && toks[k - 1]!.col === col - 2) return { start, parent: { kind: 'seq', col: col - 2, line: i } };
      continue;
    }
    const p = [...toks].reverse().find((t) => t.col < col);
    if (!p) continue;
    if (p.kind === 'key') return { start, parent: { kind: 'key', key: p.name!, col: p.col, line: i } };
    return { start, parent: { kind: 'seq', col: p.col, line: i } };
  }
  return { start, parent: { kind: 'root' } };
}

/** What holds the list whose dashes stand at column `col`, around line `line`. */
function sequenceParent(lines: Line[], line: number, col: number): Parent {
  const here = lines[line]!.toks;
  const at = here.findIndex((t) => t.kind === 'dash' && t.col === col);
  if (at > 0) {
    const p = here[at - 1]!;
    return p.kind === 'dash' ? { kind: 'seq', col: p.col, line } : { kind: 'key', key: p.name!, col: p.col, line };
  }
  for (let i = line - 1; i >= 0; i--) {
    const toks = lines[i]!.toks;
    if (!toks.length) continue;
    if (toks[0]!.col >= col) continue;
    const p = [...toks].reverse().find((t) => t.col < col)!;
    return p.kind === 'key' ? { kind: 'key', key: p.name!, col: p.col, line: i } : { kind: 'seq', col: p.col, line: i };
  }
  return { kind: 'root' };
}

/** The steps from the root to the mapping at `col` on `line`, and that mapping's keys. */
function pathTo(lines: Line[], line: number, col: number, skipLine: number): { steps: Step[]; mapKeys: string[] } {
  const steps: Step[] = [];
  let pendingKey: Extract<Step, { type: 'key' }> | undefined;
  let innerKeys: string[] | undefined;
  let cur: { kind: 'map' | 'seq'; col: number; line: number } = { kind: 'map', col, line };
  for (let guard = 0; guard < 200; guard++) {
    let parent: Parent;
    if (cur.kind === 'map') {
      const found = mappingParent(lines, cur.line, cur.col);
      const keys = mappingKeys(lines, found.start, cur.col, skipLine);
      if (innerKeys === undefined) innerKeys = keys;
      if (pendingKey) pendingKey.mapKeys = keys;
      pendingKey = undefined;
      parent = found.parent;
    } else {
      parent = sequenceParent(lines, cur.line, cur.col);
    }
    if (parent.kind === 'root') break;
    if (parent.kind === 'key') {
      pendingKey = { type: 'key', key: parent.key, mapKeys: [] };
      steps.push(pendingKey);
      cur = { kind: 'map', col: parent.col, line: parent.line };
    } else {
      steps.push({ type: 'item' });
      cur = { kind: 'seq', col: parent.col, line: parent.line };
    }
  }
  return { steps: steps.reverse(), mapKeys: innerKeys ?? [] };
}

function lineAt(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.from <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What is being typed at `pos`: a field name (and where), or the value of a field. */
export function contextAt(text: string, pos: number): CursorContext | undefined {
  const lines = scan(text);
  const li = lineAt(lines, pos);
  const line = lines[li]!;
  if (line.block) return undefined;
  const before = line.text.slice(0, pos - line.from);
  const after = line.text.slice(pos - line.from);
  const wordAfter = /^[^\s:#]*/.exec(after)![0];
  const keyTyping = /^(\s*)((?:-[ \t]+)*)([^\s:#'"[\]{},]*)$/.exec(before);
  if (keyTyping) {
    const column = keyTyping[1]!.length + keyTyping[2]!.length;
    // Tokens of the line as far as the cursor: its dashes, then the key being typed at `column`.
    const typed: Tok[] = [];
    let c = keyTyping[1]!.length;
    for (const d of keyTyping[2]!.matchAll(/-[ \t]+/g)) {
      typed.push({ col: c, kind: 'dash' });
      c += d[0].length;
    }
    typed.push({ col: column, kind: 'key', name: '' });
    const patched = lines.slice();
    patched[li] = { ...line, toks: typed };
    const { steps, mapKeys } = pathTo(patched, li, column, li);
    return { kind: 'key', steps, mapKeys, column, from: pos - keyTyping[3]!.length, to: pos + wordAfter.length, prefix: keyTyping[3]! };
  }
  const valueTyping = /^(\s*)((?:-[ \t]+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],:][^#:]*?)[ \t]*:[ \t]+([^'"#[\]{}|>,]*)$/.exec(before);
  if (valueTyping) {
    const column = valueTyping[1]!.length + valueTyping[2]!.length;
    const key = line.toks.find((t) => t.kind === 'key' && t.col === column);
    if (!key) return undefined;
    const { steps, mapKeys } = pathTo(lines, li, column, -1);
    const prefix = valueTyping[4]!;
    return { kind: 'value', steps: [...steps, { type: 'key', key: key.name!, mapKeys }], from: pos - prefix.length, to: pos + after.replace(/\s+#.*$/, '').trimEnd().length, prefix };
  }
  return undefined;
}

/** The key under `pos`, with the steps to it, for hover texts. */
export function keyAt(text: string, pos: number): { steps: Step[]; from: number; to: number } | undefined {
  const lines = scan(text);
  const li = lineAt(lines, pos);
  const line = lines[li]!;
  const col = pos - line.from;
  const key = line.toks.find((t) => t.kind === 'key' && t.start! <= col && col <= t.end!);
  if (!key) return undefined;
  const { steps, mapKeys } = pathTo(lines, li, key.col, -1);
  return { steps: [...steps, { type: 'key', key: key.name!, mapKeys }], from: line.from + key.start!, to: line.from + key.end! };
}

// ---- the schema ------------------------------------------------------------------------------

export class SchemaAssist {
  constructor(private readonly root: Schema) {}

  private deref(s: Schema): Schema {
    let node = s;
    for (let i = 0; i < 20 && node.$ref; i++) {
      const m = /^#\/definitions\/(.+)$/.exec(node.$ref);
      const target = m ? this.root.definitions?.[m[1]!] : undefined;
      if (!target) return node;
      const { $ref: _ref, ...own } = node;
      // The referring node's own title and description win (they say what the field is for).
      node = { ...target, ...own };
    }
    return node;
  }

  /** The alternatives of a schema that apply to a mapping with `keys` (all, when unknown). */
  private variants(s: Schema, keys: string[] | undefined, depth = 0): Schema[] {
    const node = this.deref(s);
    if (depth > 12) return [node];
    const out: Schema[] = [node];
    for (const sub of node.allOf ?? []) out.push(...this.variants(sub, keys, depth + 1));
    for (const group of [node.anyOf, node.oneOf]) {
      if (!group) continue;
      const branches = group.map((b) => this.variants(b, keys, depth + 1));
      const fits = keys?.length ? branches.filter((vs) => vs.some((v) => this.fits(v, keys))) : branches;
      for (const vs of fits.length ? fits : branches) out.push(...vs);
    }
    if (node.if && (node.then || node.else)) {
      const holds = keys !== undefined && (node.if.required ?? []).every((k) => keys.includes(k)) && (node.if.required?.length ?? 0) > 0;
      const branch = holds ? node.then : node.else;
      if (branch) out.push(...this.variants(branch, keys, depth + 1));
    }
    return out;
  }

  /** Whether every key present is a field of this alternative. */
  private fits(v: Schema, keys: string[]): boolean {
    return !!v.properties && keys.every((k) => k in v.properties!);
  }

  private isObject(v: Schema): boolean {
    return v.type === 'object' || (Array.isArray(v.type) && v.type.includes('object')) || !!v.properties;
  }

  /** The schema of what the steps lead to. */
  at(steps: Step[]): Schema | undefined {
    let node: Schema | undefined = this.root;
    for (const step of steps) {
      if (!node) return undefined;
      if (step.type === 'item') {
        const withItems: Schema | undefined = this.variants(node, undefined).find((v) => v.items);
        node = withItems?.items;
      } else {
        node = this.property(node, step.key, step.mapKeys);
      }
    }
    return node;
  }

  private property(s: Schema, key: string, keys: string[]): Schema | undefined {
    let found: Schema | undefined;
    for (const v of this.variants(s, keys)) {
      const p = v.properties?.[key];
      if (p && (!found || (!found.description && this.deref(p).description))) found = p;
    }
    return found ?? this.discriminators(s, keys).find((d) => d.name === key)?.schema;
  }

  /**
   * Fields that choose what an item is ("section", "clause", "task"…): the `if: {required: [k]}`
   * of the schema's alternatives, when none of them is present yet.
   */
  private discriminators(s: Schema, keys: string[]): { name: string; schema: Schema }[] {
    const out: { name: string; schema: Schema }[] = [];
    for (const v of this.variants(s, keys)) {
      const conditional = (v.allOf ?? []).map((a) => this.deref(a)).filter((a) => a.if?.required?.length === 1 && a.then);
      if (!conditional.length) continue;
      if (conditional.some((a) => keys.includes(a.if!.required![0]!))) continue;
      for (const a of conditional) {
        const name = a.if!.required![0]!;
        const then = this.deref(a.then!);
        out.push({ name, schema: then.properties?.[name] ?? then });
      }
    }
    return out;
  }

  /** Field names that may be added to the mapping described by `steps` and `keys`. */
  keys(steps: Step[], keys: string[]): FieldSuggestion[] {
    const s = this.at(steps);
    if (!s) return [];
    const variants = this.variants(s, keys).filter((v) => this.isObject(v) || v.allOf || v.oneOf || v.anyOf);
    const out = new Map<string, FieldSuggestion>();
    const required = new Set(variants.flatMap((v) => v.required ?? []));
    for (const v of variants) {
      for (const [name, p] of Object.entries(v.properties ?? {})) {
        if (keys.includes(name) || name === '$schema') continue;
        const info = this.describe(p);
        const had = out.get(name);
        if (!had || (!had.description && info.description)) out.set(name, { name, ...info, required: required.has(name) });
      }
    }
    for (const d of this.discriminators(s, keys)) {
      if (!out.has(d.name)) out.set(d.name, { name: d.name, ...this.describe(d.schema), required: true });
    }
    return [...out.values()].sort((a, b) => Number(b.required) - Number(a.required));
  }

  /** Title, description and shape of a field's schema. */
  describe(p: Schema): { title?: string; description?: string; shape: 'object' | 'array' | 'scalar'; values: string[] } {
    const node = this.deref(p);
    const vs = this.variants(node, undefined);
    const types = new Set(vs.flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : v.properties ? ['object'] : [])));
    const shape = types.has('string') || types.has('number') || types.has('integer') || types.has('boolean') ? 'scalar' : types.has('object') ? 'object' : types.has('array') ? 'array' : 'scalar';
    const values = [...new Set(vs.flatMap((v) => [...(v.enum ?? []), ...(v.const !== undefined ? [v.const] : []), ...(v.type === 'boolean' ? [true, false] : [])]).map(String))];
    const title = node.title ?? vs.find((v) => v.title)?.title;
    const description = node.description ?? vs.find((v) => v.description)?.description;
    return { ...(title ? { title } : {}), ...(description ? { description } : {}), shape, values };
  }

  /** Values allowed at the steps (an enumeration), for value completion. */
  values(steps: Step[]): string[] {
    const s = this.at(steps);
    return s ? this.describe(s).values : [];
  }

  /** What may be typed in a context: field names, or the allowed values (also as list items). */
  suggest(ctx: CursorContext): Suggestion[] {
    if (ctx.kind === 'key') {
      const fields = this.keys(ctx.steps, ctx.mapKeys);
      if (fields.length) {
        return fields.map((f) => ({ label: f.name, insert: fieldInsert(f, ctx.column), kind: 'field' as const, ...(f.title ? { title: f.title } : {}), ...(f.description ? { description: f.description } : {}), required: f.required }));
      }
      // A list item whose values are enumerated ("columns: - stt").
      if (ctx.steps[ctx.steps.length - 1]?.type !== 'item') return [];
    }
    const s = this.at(ctx.steps);
    const info = s ? this.describe(s) : undefined;
    return (info?.values ?? []).map((v) => ({ label: v, insert: v, kind: 'value' as const, ...(info?.title ? { title: info.title } : {}), required: false }));
  }

  /** Title and description of the field at `steps`. */
  info(steps: Step[]): { title?: string; description?: string; values: string[] } | undefined {
    const s = this.at(steps);
    if (!s) return undefined;
    const d = this.describe(s);
    return d.title || d.description ? d : undefined;
  }
}

export interface Suggestion {
  label: string;
  insert: string;
  kind: 'field' | 'value';
  title?: string;
  description?: string;
  required: boolean;
}

export interface FieldSuggestion {
  name: string;
  title?: string;
  description?: string;
  shape: 'object' | 'array' | 'scalar';
  values: string[];
  required: boolean;
}

/** The text a chosen field name inserts: "key: ", or the key and an indented block or list. */
export function fieldInsert(f: FieldSuggestion, column: number): string {
  const pad = ' '.repeat(column + 2);
  if (f.shape === 'object') return `${f.name}:\n${pad}`;
  if (f.shape === 'array') return `${f.name}:\n${pad}- `;
  return `${f.name}: `;
}
