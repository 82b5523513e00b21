/**
 * The small inline syntax of plan text:
 *   **đậm** (bold), *nghiêng* (italic), ***đậm nghiêng*** (both),
 *   "ngoặc kép" → “ngoặc kép” (typographic quotes), \* \" \\ print the character itself.
 * Whitespace (including line breaks inside one YAML string) collapses to single spaces.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

type Token = { kind: 'text'; text: string } | { kind: 'marker'; marker: '*' | '**' | '***' };

export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0]*\n[\s\u00a0]*/g, ' ').replace(/[ \t\r\f\v]+/g, ' ').trim();
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  let quoteOpen = false;
  const quoteCount = countUnescapedQuotes(src);
  let quotesSeen = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length && /[*"\\_]/.test(src[i + 1])) {
      buf += src[++i];
      continue;
    }
    if (c === '"') {
      quotesSeen++;
      // A lone last quote (odd count) stays straight.
      if (quotesSeen === quoteCount && quoteCount % 2 === 1) buf += '"';
      else {
        buf += quoteOpen ? '\u201d' : '\u201c';
        quoteOpen = !quoteOpen;
      }
      continue;
    }
    if (c === '*') {
      let n = 1;
      while (src[i + n] === '*' && n < 3) n++;
      if (buf) tokens.push({ kind: 'text', text: buf });
      buf = '';
      tokens.push({ kind: 'marker', marker: '*'.repeat(n) as '*' | '**' | '***' });
      i += n - 1;
      continue;
    }
    buf += c;
  }
  if (buf) tokens.push({ kind: 'text', text: buf });
  return tokens;
}

function countUnescapedQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') n++;
  }
  return n;
}

export interface InlineResult {
  runs: Run[];
  /** Markers left open, printed literally. */
  unclosed: string[];
}

export function parseInline(raw: string): InlineResult {
  const tokens = tokenize(collapseSpace(raw));
  // Pair markers of the same kind; an unpaired marker becomes literal text.
  const open = new Map<string, number>();
  const paired = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'marker') return;
    const o = open.get(t.marker);
    if (o === undefined) open.set(t.marker, i);
    else {
      paired.add(o);
      paired.add(i);
      open.delete(t.marker);
    }
  });
  const unclosed = [...open.keys()];
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  const push = (text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === bold && !!last.italic === italic) last.text += text;
    else runs.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
  };
  tokens.forEach((t, i) => {
    if (t.kind === 'text') return push(t.text);
    if (!paired.has(i)) return push(t.marker);
    if (t.marker === '**' || t.marker === '***') bold = !bold;
    if (t.marker === '*' || t.marker === '***') italic = !italic;
  });
  return { runs, unclosed };
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

