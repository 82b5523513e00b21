/**
 * Last year's plan rolled over to a new year (`cchc-plan init --from`), as edits of the source
 * text: every line the edits do not touch is kept byte for byte (folded paragraphs, comments,
 * quoting, order), and every change is reported with its line.
 *
 * Only the plan's own year changes: its summary (its title), the places where its own title is
 * repeated ("ban hành Kế hoạch <trích yếu>"), its own wording ("trong năm 2025", the closing) and
 * the task deadlines (`time`, `frequency`). A year that belongs to another document is kept: a
 * date ("ngày 14 tháng 7 năm 2025", "23/7/2025"), a document cited by its number ("Quyết định số
 * 393/QĐ-UBND …") or by its title ("Kế hoạch chuyển đổi số xã Sơn Mai năm 2025", "Luật … năm
 * 2025"), a period ("giai đoạn 2021 - 2025", "đến năm 2025"), and everything in `grounds`.
 * Those are listed as kept, so the clerk can review them.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathSegment } from './load.js';
import { displayPath } from './validate.js';

export type ChangeKind = 'year' | 'date' | 'number' | 'schema';
export type KeepReason = 'date' | 'cited' | 'period' | 'grounds';

export interface RolloverChange {
  kind: ChangeKind;
  /** Line in the source (1-based). */
  line: number;
  /** The whole source line before and after ('' after: the line is removed). */
  before: string;
  after: string;
  path: string;
}

export interface KeptYear {
  line: number;
  reason: KeepReason;
  /** A few words around the year, as written. */
  excerpt: string;
  path: string;
}

export interface Rollover {
  text: string;
  changes: RolloverChange[];
  kept: KeptYear[];
}

export interface RolloverOptions {
  /** The new `$schema` reference for an old one (relative paths depend on where the new file goes). */
  schemaRef?: (old: string) => string | undefined;
}

/** Fields that are never the plan's own wording. */
const SKIP = new Set(['issuer', 'place', 'signature', 'recipients', 'archive', 'format', 'templates', 'number', 'date', 'type', 'symbol', 'id', 'labels', 'headers']);
/** Fields that are deadlines: every year in them is the plan's. */
const DEADLINES = new Set(['time', 'frequency']);

/** Documents that are never this plan, whether cited by number or by title. */
const OTHER_DOCUMENTS = /(?<![\p{L}])(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Quyết định|Công văn|Công điện|Thông báo|Báo cáo|Tờ trình)(?![\p{L}])/u;
/** Documents that may be this plan or another one ("Kế hoạch này" is this one). */
const PLAN_LIKE = /(?<![\p{L}])(?:Kế hoạch|Chương trình|Đề án|Phương án|Hướng dẫn|Quy chế|Quy định)(?!\s+này)(?![\p{L}])/u;
/** A document cited by its number: "số 393/QĐ-UBND", "số 30/2020/NĐ-CP". */
const NUMBERED = /(?<![\p{L}])số\s+\d+\s*\//iu;

export function rollOver(source: string, from: number, to: number, options: RolloverOptions = {}): Rollover {
  const bom = source.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? source.slice(1) : source;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: false, version: '1.2', schema: 'core' });
  const lineOf = (offset: number) => lines.linePos(offset).line;
  const edits: { start: number; end: number; replacement: string; kind: ChangeKind; path: string }[] = [];
  const kept: KeptYear[] = [];
  const ownTitle = ownTitlePattern(doc.get('summary'));
  const year = new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g');

  const visit = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (path.length === 0 && SKIP.has(key)) continue;
        if (path.length > 0 && (key === 'id' || key === 'labels' || key === 'headers')) continue;
        visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      const src = text.slice(start, end);
      const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
      const where = displayPath(path);
      for (const m of src.matchAll(year)) {
        const at = m.index;
        const verdict = classify(src, at, field, path[0] === 'grounds', ownTitle);
        if (verdict === 'change') edits.push({ start: start + at, end: start + at + 4, replacement: String(to), kind: 'year', path: where });
        else kept.push({ line: lineOf(start + at), reason: verdict, excerpt: excerpt(src, at), path: where });
      }
    }
  };
  visit(doc.contents as Node, []);

  // The new plan is a draft: no number, the date is only the new year.
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyNode = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (key === 'number' && keyNode?.range) {
        const lineStart = text.lastIndexOf('\n', keyNode.range[0] - 1) + 1;
        const valueEnd = value?.range ? value.range[1] : keyNode.range[1];
        const nl = text.indexOf('\n', valueEnd);
        const lineEnd = nl < 0 ? text.length : nl + 1;
        if (text.slice(lineStart, keyNode.range[0]).trim() === '') edits.push({ start: lineStart, end: lineEnd, replacement: '', kind: 'number', path: 'number' });
      } else if (key === 'date' && isScalar(value) && value.range && value.value !== null && String(value.value) !== String(to)) {
        edits.push({ start: value.range[0], end: value.range[1], replacement: `"${to}"`, kind: 'date', path: 'date' });
      } else if (key === '$schema' && isScalar(value) && value.range && typeof value.value === 'string') {
        const ref = options.schemaRef?.(value.value);
        if (ref && ref !== value.value) edits.push({ start: value.range[0], end: value.range[1], replacement: JSON.stringify(ref), kind: 'schema', path: '$schema' });
      }
    }
  }
  // The editor's schema line: "# yaml-language-server: $schema=../schemas/plan.schema.json".
  const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/gm;
  for (const m of text.matchAll(modeline)) {
    const ref = options.schemaRef?.(m[1]);
    const at = m.index + m[0].length - m[1].length;
    if (ref && ref !== m[1]) edits.push({ start: at, end: at + m[1].length, replacement: ref, kind: 'schema', path: '$schema' });
  }

  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue; // overlapping edits cannot happen; never apply one twice
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  out += text.slice(pos);

  // Report by source line: the line as it was and as it is now.
  const sourceLines = text.split('\n');
  const byLine = new Map<number, typeof edits>();
  for (const e of edits) {
    const line = lineOf(e.start);
    byLine.set(line, [...(byLine.get(line) ?? []), e]);
  }
  const changes: RolloverChange[] = [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, es]) => {
      const before = sourceLines[line - 1] ?? '';
      const lineStart = lines.lineStarts[line - 1];
      let after = before;
      for (const e of [...es].sort((a, b) => b.start - a.start)) {
        if (e.kind === 'number') {
          after = '';
          break;
        }
        after = after.slice(0, e.start - lineStart) + e.replacement + after.slice(e.end - lineStart);
      }
      return { kind: es[0].kind, line, before: before.replace(/\r$/, ''), after: after.replace(/\r$/, ''), path: es[0].path };
    });
  return { text: bom + out, changes, kept };
}

/**
 * Whether the year at `at` in a scalar's source is the plan's own ('change') or why it is kept.
 * `field` is the key of the value ("time", "summary", "text"…).
 */
function classify(src: string, at: number, field: string, inGrounds: boolean, ownTitle: RegExp | undefined): 'change' | KeepReason {
  if (inGrounds) return 'grounds';
  if (DEADLINES.has(field)) return 'change';
  const before = src.slice(0, at);
  // A date: "ngày 14 tháng 7 năm 2025", "tháng 7 năm 2025", "23/7/2025", "ngày 05-8-2025".
  if (/(?:ngày|tháng)\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?năm\s+$/iu.test(before) || /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$/.test(before)) return 'date';
  // A year not written as "năm 2025": a period ("2021 - 2025"), part of a number ("12/2025/QĐ").
  if (!/(?<![\p{L}])năm\s+$/iu.test(before)) return 'period';
  if (/(?:đến|tới)\s+(?:hết\s+)?năm\s+$/iu.test(before)) return 'period';
  if (field === 'summary') return 'change';
  // The plan's own title, wherever it is repeated ("ban hành Kế hoạch <trích yếu>").
  if (ownTitle) {
    for (const m of src.matchAll(ownTitle)) if (m.index <= at && at < m.index + m[0].length) return 'change';
  }
  // Another document in the same clause (since the last ";", ":" or full stop).
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.search(/\.\s[^.]*$/)) + 1);
  if (NUMBERED.test(clause) || OTHER_DOCUMENTS.test(clause)) return 'cited';
  // "Kế hoạch …" without a number: the closing speaks of this plan, elsewhere it is another one.
  if (field !== 'closing' && PLAN_LIKE.test(clause)) return 'cited';
  return 'change';
}

/** The summary as a pattern that finds it in running text, across folded lines and any case. */
function ownTitlePattern(summary: unknown): RegExp | undefined {
  if (typeof summary !== 'string' || !summary.trim()) return undefined;
  const words = summary.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'giu');
}

function excerpt(src: string, at: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(src.slice(Math.max(0, at - 40), at)).replace(/^\S*\s/, '');
  const after = flat(src.slice(at, at + 12)).replace(/\s\S*$/, '');
  return `…${before}${after}…`;
}
