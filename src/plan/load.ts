/**
 * Stage 1a: bytes → text → YAML document with source positions → plain JS data.
 * No I/O here: the caller hands in the bytes.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diag, fileSpan, pointSpan, type Diagnostic, type Span } from '../diagnostics/index.js';
import { LIMITS } from './limits.js';

export type PathSegment = string | number;

/** Maps a path inside the plan data back to a line and column of the YAML source. */
export class SourceMap {
  constructor(
    readonly file: string,
    private readonly doc: Document | undefined,
    private readonly lines: LineCounter,
  ) {}

  /** Span of the value at `path` (or of its key when `on` is 'key'); falls back to the nearest ancestor. */
  locate(path: readonly PathSegment[], on: 'key' | 'value' = 'value'): Span {
    let node: unknown = this.doc?.contents;
    let offset = node && (node as Node).range ? (node as Node).range![0] : 0;
    let end = node && (node as Node).range ? (node as Node).range![1] : offset;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (last && on === 'key' && keyNode.range) {
          [offset, end] = keyNode.range;
          node = undefined;
          break;
        }
        const value = pair.value as Node | null;
        if (value && value.range) {
          [offset, end] = value.range;
          node = value;
        } else {
          // `key:` with no value: point at the key.
          if (keyNode.range) [offset, end] = keyNode.range;
          node = undefined;
          break;
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item || !item.range) break;
        [offset, end] = item.range;
        node = item;
      } else {
        break;
      }
    }
    return this.span(offset, Math.max(end, offset + 1));
  }

  /** The span between two offsets of the source. */
  span(from: number, to: number): Span {
    const a = this.lines.linePos(from);
    const b = this.lines.linePos(to);
    return { file: this.file, start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
  }

  /** The start of the file, for problems not tied to a value. */
  start(): Span {
    return pointSpan(this.file, 1, 1);
  }
}

export interface LoadedPlan {
  data: unknown;
  source: SourceMap;
}

/** Decode bytes as UTF-8 (BOM allowed). Reports the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length > LIMITS.fileBytes) {
    return { diagnostics: [diag('file-too-large', { size: bytes.length, limit: LIMITS.fileBytes }, fileSpan(file))] };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    // Locate the first invalid sequence to report line and column.
    let offset = 0;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      let ok = len > 0 && i + len <= bytes.length;
      for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (ok && len > 1) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
        } catch {
          ok = false;
        }
      }
      if (!ok) {
        offset = i;
        break;
      }
      i += len;
    }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return {
      diagnostics: [
        diag('encoding-not-utf8', { offset }, { file, line: lines.length, column: lines[lines.length - 1].length + 1 }),
      ],
    };
  }
}

/** True when every line is blank or a comment; stops at the first line with content (linear time). */
export function onlyCommentsOrBlank(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    start = end + 1;
  }
  return true;
}

/**
 * An upper bound of the number of YAML values in a text, counted in one pass before the parser
 * runs: sequence entries ("- "), mapping values (": " or ":" at the end of a line), flow
 * separators (",") and explicit keys ("? "). Commas and colons in prose count too, so the bound
 * is generous; it stops at the first offset past `limit`.
 */
export function countYamlValues(text: string, limit: number): { count: number; over?: number } {
  let count = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const spaceNext = next === 32 || next === 10 || next === 13 || next === 9 || Number.isNaN(next);
    if (c === 44 /* , */ || (c === 58 /* : */ && spaceNext) || ((c === 45 /* - */ || c === 63) /* ? */ && spaceNext && lineStart)) {
      if (++count > limit) return { count, over: i };
    }
    // "- - x" and "? - x": still the start of a line for the next indicator.
    if (lineStart && c !== 32 && c !== 9 && !((c === 45 || c === 63) && spaceNext)) lineStart = false;
  }
  return { count };
}

/**
 * Keys of every mapping, in one pass over the document: more than LIMITS.mappingKeys keys, and
 * duplicate keys (as the yaml library's own check, which is quadratic in the number of keys).
 * Keys are compared as the plain data will name them (1 and "1" are one key). Iterative, so a
 * deep document cannot overflow the stack.
 */
function checkMappings(doc: Document, source: { span(from: number, to: number): Span }, body: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      if (node.items.length > LIMITS.mappingKeys) {
        const key = node.items[LIMITS.mappingKeys].key as Node | null;
        const at = key?.range ? source.span(key.range[0], key.range[1]) : source.span(node.range?.[0] ?? 0, (node.range?.[0] ?? 0) + 1);
        out.push(diag('limit-exceeded', { what: 'mapping-keys', value: node.items.length, limit: LIMITS.mappingKeys }, at));
        continue;
      }
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const name = key.value === null ? '' : String(key.value);
          if (seen.has(name) && key.range) {
            const p = source.span(key.range[0], key.range[1]);
            out.push(diag('yaml-duplicate-key', { key: name || keyAt(body, key.range[0]) }, pointSpan(file, p.start.line, p.start.column)));
          }
          seen.add(name);
        } else if (key) stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return out;
}

/** Parse YAML text with positions; collects every syntax problem. */
export function parsePlanText(text: string, file: string): { plan?: LoadedPlan; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (onlyCommentsOrBlank(body)) {
    return { diagnostics: [diag('file-empty', {}, { file, line: 1, column: 1 })] };
  }
  // The parser's cost grows with the number of values: bound it before the parser runs.
  const values = countYamlValues(body, LIMITS.yamlValues);
  if (values.over !== undefined) {
    const before = body.slice(0, values.over).split('\n');
    return { diagnostics: [diag('limit-exceeded', { what: 'yaml-values', value: `> ${LIMITS.yamlValues}`, limit: LIMITS.yamlValues }, pointSpan(file, before.length, before[before.length - 1].length + 1))] };
  }
  let doc;
  try {
    doc = parseDocument(body, {
    lineCounter,
    prettyErrors: false,
    // Duplicate keys are found in linear time by checkMappings (the library's check is quadratic).
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    strict: true,
    });
  } catch (e) {
    if (e instanceof RangeError) {
      return { diagnostics: [diag('limit-exceeded', { what: 'yaml-depth', value: '…', limit: LIMITS.bodyDepth }, { file, line: 1, column: 1 })] };
    }
    throw e;
  }
  const source = new SourceMap(file, doc, lineCounter);
  const diagnostics: Diagnostic[] = [];
  let mappings: Diagnostic[];
  try {
    mappings = checkMappings(doc, source, body, file);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    mappings = [diag('limit-exceeded', { what: 'yaml-depth', value: '…', limit: LIMITS.bodyDepth }, { file, line: 1, column: 1 })];
  }
  if (mappings.some((d) => d.code === 'limit-exceeded')) return { diagnostics: mappings.filter((d) => d.code === 'limit-exceeded') };
  diagnostics.push(...mappings);
  for (const err of doc.errors) {
    const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    const loc = errorSpan(file, err.linePos, pos);
    if (err.code === 'DUPLICATE_KEY') {
      const key = keyAt(body, err.pos[0]);
      diagnostics.push(diag('yaml-duplicate-key', { key }, loc));
    } else if (err.code === 'TAB_AS_INDENT') {
      diagnostics.push(diag('yaml-tab', {}, loc));
    } else if (/call stack/i.test(err.message)) {
      diagnostics.push(diag('limit-exceeded', { what: 'yaml-depth', value: '…', limit: LIMITS.bodyDepth }, { file, line: 1, column: 1 }));
      break;
    } else if (/quote/i.test(err.message) && unclosedQuote(body)) {
      const q = unclosedQuote(body)!;
      diagnostics.push(diag('yaml-syntax', { detail: firstLine(err.message), yamlCode: err.code }, { file, line: q.line, column: q.column }));
    } else {
      diagnostics.push(diag('yaml-syntax', { detail: firstLine(err.message), yamlCode: err.code }, loc));
    }
  }
  // A tab used for indentation derails the parser: the errors after it are consequences.
  const tabs = diagnostics.filter((d) => d.code === 'yaml-tab');
  if (tabs.length) return { diagnostics: dedupe(tabs) };
  if (diagnostics.length) return { diagnostics: dedupe(diagnostics) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError || /call stack/i.test(msg)) {
      return { diagnostics: [diag('limit-exceeded', { what: 'yaml-depth', value: '…', limit: LIMITS.bodyDepth }, source.start())] };
    }
    if (/alias/i.test(msg)) {
      return { diagnostics: [diag('yaml-alias-limit', { detail: `> ${LIMITS.yamlAliases}` }, source.start())] };
    }
    return { diagnostics: [diag('yaml-syntax', { detail: firstLine(msg) }, source.start())] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diag('yaml-not-mapping', {}, source.start())] };
  }
  return { plan: { data: normalizeStrings(data), source }, diagnostics: [] };
}

/** The line where a quoted string opens and never closes (YAML reports the end of the file). */
function unclosedQuote(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let open = -1;
    let quote = '';
    const l = lines[i];
    for (let k = 0; k < l.length; k++) {
      const c = l[k];
      if (open < 0 && c === '#' && (k === 0 || /\s/.test(l[k - 1]))) break;
      if (open >= 0 && quote === '"' && c === '\\') k++;
      else if (open >= 0 && c === quote) {
        if (quote === "'" && l[k + 1] === "'") k++;
        else open = -1;
      } else if (open < 0 && (c === '"' || (c === "'" && (k === 0 || /[\s:[{,-]/.test(l[k - 1]))))) {
        open = k;
        quote = c;
      }
    }
    if (open >= 0) return { line: i + 1, column: open + 1 };
  }
  return undefined;
}

function keyAt(text: string, offset: number): string {
  const m = /^[^:\n]*/.exec(text.slice(offset));
  return (m ? m[0] : '').trim().replace(/^["']|["']$/g, '');
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The span of a YAML parser error: from its first to its second position when it has two. */
function errorSpan(file: string, linePos: readonly { line: number; col: number }[] | undefined, start: { line: number; col: number }): Span {
  const end = linePos?.[1];
  if (!end) return pointSpan(file, start.line, start.col);
  return { file, start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.span.start.line}:${d.span.start.column}:${d.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * NFC-normalise every string (keys and values) so later stages see one spelling. Keys are defined
 * as own properties: a "__proto__:" key stays an ordinary (unknown) key, never the prototype.
 */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k.normalize('NFC'), { value: normalizeStrings(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}
