/**
 * Formatted text back into the plan's inline syntax (src/text/inline.ts): bold and italic pieces
 * as **…**, *…*, ***…***; balanced typographic quotes “…” as "…" (the tool prints them curly
 * again); the characters the syntax uses (*, ", \) escaped so they print as themselves.
 */
import type { Piece, Share } from './types.js';

/** NFC, every run of white space (tabs, line breaks, no-break spaces) one space, trimmed. */
export function collapse(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
}

/** Escape what the inline syntax would read as markup: \ before * " \ _, then * and ". */
export function escapeInline(s: string): string {
  return s.replace(/\\(?=[*"\\_]|$)/g, '\\\\').replace(/\*/g, '\\*').replace(/"/g, '\\"');
}

/**
 * Curly double quotes that pair up in order (“ … ” … “ … ”) become straight quotes in the plan,
 * which the tool prints curly; an unpaired one stays as it is. Straight quotes were escaped
 * before, so they stay straight.
 */
function straightenQuotes(s: string): string {
  const marks = [...s.matchAll(/[“”]/g)].map((m) => m[0]);
  const paired = marks.length % 2 === 0 && marks.every((m, i) => m === (i % 2 === 0 ? '“' : '”'));
  return paired ? s.replace(/[“”]/g, '"') : s;
}

const WORDY = /[\p{L}\p{N}]/u;

/** Whether all, none or some of the letters and digits of the pieces have the formatting. */
export function share(pieces: Piece[], key: 'bold' | 'italic'): Share {
  let on = false;
  let off = false;
  for (const p of pieces) {
    if (!WORDY.test(p.text)) continue;
    if (p[key]) on = true;
    else off = true;
    if (on && off) return 'mixed';
  }
  return on ? 'all' : 'none';
}

/**
 * The pieces as inline syntax, white space collapsed. Formatting the whole text has because of
 * its role (a bold heading, italic grounds) is left out: `drop` names it.
 */
export function toInline(pieces: Piece[], drop: { bold?: boolean; italic?: boolean } = {}): string {
  // Merge neighbours with the same formatting; white space takes the formatting of its neighbours.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const t = p.text.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ');
    if (!t) continue;
    const bold = p.bold && !drop.bold;
    const italic = p.italic && !drop.italic;
    const last = merged[merged.length - 1];
    if (last && ((last.bold === bold && last.italic === italic) || !t.trim())) last.text += t;
    else if (last && !last.text.trim()) {
      last.text += t;
      last.bold = bold;
      last.italic = italic;
    } else merged.push({ text: t, bold, italic });
  }
  let out = '';
  for (const p of merged) {
    const body = p.text.trim();
    if (!body) {
      out += p.text;
      continue;
    }
    const lead = p.text.slice(0, p.text.length - p.text.trimStart().length);
    const trail = p.text.slice(p.text.trimEnd().length);
    const mark = p.bold && p.italic ? '***' : p.bold ? '**' : p.italic ? '*' : '';
    out += lead + mark + escapeInline(body) + mark + trail;
  }
  return straightenQuotes(out.replace(/ +/g, ' ').trim().normalize('NFC'));
}
