/** Cutting formatted text: by character offsets, at line breaks, at column gaps. */
import { collapse } from './inline.js';
import type { Piece } from './types.js';

export function textOf(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

/** The pieces covering characters [start, end) of their joined text. */
export function slicePieces(pieces: Piece[], start: number, end = Infinity): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const a = Math.max(start, at);
    const b = Math.min(end, at + p.text.length);
    if (b > a) out.push({ ...p, text: p.text.slice(a - at, b - at) });
    at += p.text.length;
  }
  return out;
}

/** Split at every match of `re` (global), dropping the separators and empty parts. */
export function splitPieces(pieces: Piece[], re: RegExp): Piece[][] {
  const text = textOf(pieces);
  const out: Piece[][] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(slicePieces(pieces, last, m.index));
    last = m.index + m[0].length;
  }
  out.push(slicePieces(pieces, last));
  return out.filter((p) => collapse(textOf(p)) !== '');
}

export function trimPieces(pieces: Piece[]): Piece[] {
  const text = textOf(pieces);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return slicePieces(pieces, start, end);
}
