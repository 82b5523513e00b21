/**
 * Text lost to a YAML comment. In YAML, " #" starts a comment anywhere a plain (unquoted) value
 * allows it, so `bullet: Nâng cao # nhận thức …` is read as "Nâng cao", and `… vùng sâu #1 Nâng cao …`
 * as "… vùng sâu": the rest of the line disappears without a sound. Hashtags ("#CCHC") are ordinary
 * in plans about publicity on social media.
 *
 * The rule (an error: a document that silently drops part of a sentence must not be written):
 * a comment that follows text on the same line of a plain value in a content field is reported,
 * unless it is set apart as a comment: two or more spaces before "#" (or "#" in the same column
 * as a comment on a nearby line, as in annotated examples) and a space after "#". The fix is to
 * quote the value; a real comment is set apart or moved to its own line.
 *
 * Works on the YAML concrete syntax tree (comments and their columns), not on the parsed data.
 */
import { Parser, type CST } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { PathSegment, SourceMap } from './load.js';
import { displayPath } from './validate.js';

/** Keys whose values are codes, numbers, dates or paths, never printed prose. */
const NOT_CONTENT = new Set(['$schema', 'templates', 'number', 'date', 'authority', 'id', 'image', 'seal', 'orientation', 'source', 'columns', 'abbreviation', 'symbol', 'type', 'format']);

/** How far (in lines) to look for a comment in the same column. */
const NEARBY_LINES = 3;

interface TrailingComment {
  /** Offset of "#". */
  offset: number;
  /** End offset of the comment. */
  end: number;
  line: number;
  column: number;
  /** Whitespace characters between the text and "#". */
  gap: number;
  text: string;
}

interface Candidate {
  comment: TrailingComment;
  path: PathSegment[];
  /** The value as YAML reads it (the text that is kept). */
  kept: string;
}

export function checkTrailingComments(text: string, source: SourceMap): Diagnostic[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  /** A comment token that follows something else on its line. */
  const trailing = (token: CST.SourceToken): TrailingComment | undefined => {
    const { line, column } = position(token.offset);
    const before = text.slice(lineStarts[line - 1], token.offset);
    if (!before.trim()) return undefined;
    const gap = before.length - before.replace(/[ \t]+$/, '').length;
    return { offset: token.offset, end: token.offset + token.source.length, line, column, gap, text: token.source };
  };

  const all: TrailingComment[] = [];
  const candidates: Candidate[] = [];
  const collect = (tokens: readonly CST.Token[] | undefined) => {
    for (const t of tokens ?? []) if (t.type === 'comment') {
      const c = trailing(t as CST.SourceToken);
      if (c) all.push(c);
    }
  };
  const visit = (token: CST.Token | null | undefined, path: PathSegment[], content: boolean) => {
    if (!token) return;
    switch (token.type) {
      case 'document':
        collect(token.start);
        visit(token.value, path, content);
        collect(token.end);
        return;
      case 'block-map':
      case 'flow-collection':
      case 'block-seq': {
        let index = 0;
        const items = token.items as CST.CollectionItem[];
        for (const item of items) {
          collect(item.start);
          collect(item.sep);
          const isMap = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
          if (isMap) {
            const key = item.key && 'source' in item.key ? String((item.key as CST.FlowScalar).source) : '';
            visit(item.value, [...path, key], content && !NOT_CONTENT.has(key));
          } else {
            visit(item.value, [...path, index], content);
          }
          index++;
        }
        if (token.type === 'flow-collection') collect(token.end);
        return;
      }
      case 'block-scalar':
        collect(token.props);
        return;
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'alias': {
        for (const t of token.end ?? []) {
          if (t.type !== 'comment') continue;
          const c = trailing(t as CST.SourceToken);
          if (!c) continue;
          all.push(c);
          if (token.type === 'scalar' && content) candidates.push({ comment: c, path, kept: token.source.replace(/\s*\n\s*/g, ' ') });
        }
        return;
      }
      default:
        return;
    }
  };
  for (const doc of new Parser().parse(text)) visit(doc, [], true);

  const out: Diagnostic[] = [];
  for (const { comment, path, kept } of candidates) {
    if (setApart(comment, all)) continue;
    const last = path[path.length - 1];
    const fix = `${typeof last === 'string' ? `${last}: ` : '- '}${quoteYaml(`${kept} ${comment.text}`)}`;
    out.push(diag('text-hash-comment', { kept, lost: comment.text, quoted: fix }, source.span(comment.offset, comment.end), { path: displayPath(path) }));
  }
  return out;
}

/**
 * A comment written as a comment: a space after "#", and two or more spaces before it or "#" in the
 * column of another trailing comment within a few lines (an annotated example).
 */
function setApart(c: TrailingComment, all: readonly TrailingComment[]): boolean {
  if (!/^#(\s|$)/.test(c.text)) return false;
  if (c.gap >= 2) return true;
  return all.some((o) => o !== c && o.column === c.column && Math.abs(o.line - c.line) <= NEARBY_LINES);
}

/** The value quoted for YAML: double quotes, or single quotes when it has inline "…" quotes. */
function quoteYaml(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}
