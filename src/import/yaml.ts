/**
 * The plan written for people: the schema line first, keys in the order the plan is built in
 * (schema order), long texts as folded block scalars wrapped near 100 columns, short lists and
 * small mappings in flow style, and "# …" comments above the values they concern.
 */
import { stringify } from 'yaml';

export const WRAP = 100;

type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

export interface YamlOptions {
  schemaRef: string;
  /** Comment lines at the top, after the schema line. */
  header: string[];
  /** Comment lines above values, by path ("date", "body[2].items[0]", "signature.name"). */
  comments: Map<string, string[]>;
}

const isObject = (v: Value): v is { [k: string]: Value } => !!v && typeof v === 'object' && !Array.isArray(v);

/** A scalar on one line: plain when YAML reads it back as the same string, else double-quoted. */
function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  const out = stringify(v, { lineWidth: 0, version: '1.2' }).replace(/\n$/, '');
  return out.includes('\n') ? JSON.stringify(v) : out;
}

/** Safe as a plain scalar inside a flow collection. */
function flowScalar(v: Value): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return scalar(v);
  if (typeof v !== 'string') return undefined;
  const s = scalar(v);
  if (s.startsWith('"') || s.startsWith("'")) return s;
  return /[,[\]{}]|:\s|\s#/.test(v) || /:$/.test(v) ? JSON.stringify(v) : s;
}

function flow(v: Value): string | undefined {
  if (Array.isArray(v)) {
    if (!v.length || v.some((x) => typeof x === 'object' && x !== null)) return undefined;
    const parts = v.map(flowScalar);
    return parts.every((p) => p !== undefined) ? `[${parts.join(', ')}]` : undefined;
  }
  if (isObject(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) return '{}';
    const parts = entries.map(([k, x]) => (typeof x === 'object' && x !== null ? undefined : `${k}: ${flowScalar(x)}`));
    return parts.every((p) => p !== undefined && !p.endsWith('undefined')) ? `{ ${parts.join(', ')} }` : undefined;
  }
  return undefined;
}

/** Words of a text broken into lines of at most `width` columns (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Whether a string may be written as a folded block scalar and read back the same. */
function foldable(s: string): boolean {
  return s.length > 0 && !/[\n\t\r]|^\s|\s$| {2}|[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s);
}

export function writeYaml(plan: Record<string, Value>, options: YamlOptions): string {
  const out: string[] = [`# yaml-language-server: $schema=${options.schemaRef}`, ...options.header.map((h) => (h ? `# ${h}` : '#'))];
  const comment = (path: string, indent: number) => {
    for (const c of options.comments.get(path) ?? []) for (const line of wrap(c, WRAP - indent - 2)) out.push(`${' '.repeat(indent)}# ${line}`);
  };

  /** `prefix` is what stands before the value on its first line ("key:" or "- " or "- key:"). */
  const value = (v: Value, prefix: string, indent: number, path: string): void => {
    if (v === undefined) return;
    if (typeof v === 'string') {
      const one = `${prefix} ${scalar(v)}`;
      if (one.length <= WRAP || !foldable(v)) {
        out.push(one);
        return;
      }
      out.push(`${prefix} >-`);
      for (const line of wrap(v, WRAP - indent - 2)) out.push(`${' '.repeat(indent + 2)}${line}`);
      return;
    }
    if (typeof v !== 'object' || v === null) {
      out.push(`${prefix} ${scalar(v)}`);
      return;
    }
    // Small mappings (a recipient, task labels, the archive line) and short lists on one line;
    // the issuer and the signature, which a clerk edits field by field, as blocks.
    const f = isObject(v) && (Object.keys(v).length > 3 || path === 'issuer' || path === 'signature') ? undefined : flow(v);
    if (f !== undefined && `${prefix} ${f}`.length <= WRAP && !hasComments(path)) {
      out.push(`${prefix} ${f}`);
      return;
    }
    out.push(prefix);
    if (Array.isArray(v)) list(v, indent + 2, path);
    else mapping(v, indent + 2, path, undefined);
  };

  const hasComments = (path: string) => [...options.comments.keys()].some((k) => k === path || k.startsWith(`${path}.`) || k.startsWith(`${path}[`));

  const mapping = (m: { [k: string]: Value }, indent: number, path: string, firstPrefix: string | undefined): void => {
    let first = true;
    for (const [k, v] of Object.entries(m)) {
      if (v === undefined) continue;
      const p = path ? `${path}.${k}` : k;
      const pad = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      if (!(first && firstPrefix !== undefined)) comment(p, indent);
      first = false;
      if (v === null) {
        out.push(`${pad}${k}:`);
        continue;
      }
      value(v, `${pad}${k}:`, indent, p);
    }
  };

  const list = (items: Value[], indent: number, path: string): void => {
    items.forEach((item, i) => {
      const p = `${path}[${i}]`;
      comment(p, indent);
      const dash = `${' '.repeat(indent)}- `;
      if (isObject(item)) {
        const f = flow(item);
        if (f !== undefined && `${dash}${f}`.length <= WRAP && !hasComments(p) && Object.keys(item).length <= 2 && 'name' in item) {
          out.push(`${dash}${f}`);
          return;
        }
        mapping(item, indent + 2, p, dash);
        return;
      }
      if (Array.isArray(item)) {
        value(item, dash.trimEnd(), indent, p);
        return;
      }
      value(item, dash.trimEnd(), indent, p);
    });
  };

  const top = Object.entries(plan);
  top.forEach(([k, v], i) => {
    if (v === undefined) return;
    if (i > 0 && (k === 'body' || k === 'closing' || k === 'signature' || k === 'tasks' || k === 'appendices')) out.push('');
    comment(k, 0);
    if (v === null) out.push(`${k}:`);
    else value(v, `${k}:`, 0, k);
  });
  return `${out.join('\n')}\n`;
}
