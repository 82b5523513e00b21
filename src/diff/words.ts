/**
 * Word-level diffs of two texts (jsdiff's diffWordsWithSpace), grouped so that a replaced phrase
 * reads as one deletion and one insertion, and the test for edits that only move the plan year.
 */
import { diffWordsWithSpace } from 'diff';
import { YEAR_WINDOW } from './normalize.js';
import type { Segment } from './types.js';

/** The years of the two plans, for year-aware comparison. */
export interface Years {
  old?: number;
  new?: number;
}

/**
 * Word diff with each run of changes (separated only by spaces) merged into one deletion followed
 * by one insertion; common leading and trailing spaces of a run stay unchanged text.
 */
export function wordDiff(oldText: string, newText: string): Segment[] {
  if (oldText === newText) return oldText ? [{ op: 'equal', text: oldText }] : [];
  const parts = diffWordsWithSpace(oldText, newText);
  const out: Segment[] = [];
  const push = (op: Segment['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let del = '';
  let ins = '';
  const flush = () => {
    if (!del && !ins) return;
    // Spaces both sides share at the ends of the run are not part of the change.
    let lead = 0;
    while (lead < del.length && lead < ins.length && /\s/.test(del[lead]) && del[lead] === ins[lead]) lead++;
    let trail = 0;
    while (trail < del.length - lead && trail < ins.length - lead && /\s/.test(del[del.length - 1 - trail]) && del[del.length - 1 - trail] === ins[ins.length - 1 - trail]) trail++;
    push('equal', del.slice(0, lead));
    push('delete', del.slice(lead, del.length - trail));
    push('insert', ins.slice(lead, ins.length - trail));
    push('equal', del.slice(del.length - trail));
    del = '';
    ins = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.added) ins += p.value;
    else if (p.removed) del += p.value;
    else {
      const next = parts[i + 1];
      const bridging = (del || ins) && /^\s+$/.test(p.value) && next && (next.added || next.removed);
      if (bridging) {
        del += p.value;
        ins += p.value;
      } else {
        flush();
        push('equal', p.value);
      }
    }
  }
  flush();
  return out;
}

/** A change run: consecutive non-equal segments. */
interface Hunk {
  start: number;
  end: number;
  del: string;
  ins: string;
}

function hunks(segments: Segment[]): Hunk[] {
  const out: Hunk[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (segments[i].op === 'equal') continue;
    const h: Hunk = { start: i, end: i, del: '', ins: '' };
    while (i < segments.length && segments[i].op !== 'equal') {
      if (segments[i].op === 'delete') h.del += segments[i].text;
      else h.ins += segments[i].text;
      h.end = i++;
    }
    i--;
    out.push(h);
  }
  return out;
}

const pieces = (s: string) => s.match(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu) ?? [];

/**
 * Whether replacing `del` by `ins` only moves years by the plan-year shift: "2025" → "2026",
 * "2024 - 2025" → "2025 - 2026" when the plan goes from 2025 to 2026 (years within one of the
 * old plan year only, so "Nghị định 30/2020" never counts).
 */
export function isYearShift(del: string, ins: string, years: Years): boolean {
  if (years.old === undefined || years.new === undefined || years.old === years.new) return false;
  const shift = years.new - years.old;
  const a = pieces(del);
  const b = pieces(ins);
  if (a.length !== b.length || a.length === 0) return false;
  let moved = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!/^\d{4}$/.test(a[i]) || !/^\d{4}$/.test(b[i])) return false;
    const y = Number(a[i]);
    if (Math.abs(y - years.old) > YEAR_WINDOW || Number(b[i]) - y !== shift) return false;
    moved = true;
  }
  return moved;
}

/** Whether every change in a diff is a plan-year shift (and there is at least one). */
export function onlyYearShifts(segments: Segment[], years: Years): boolean {
  const hs = hunks(segments);
  return hs.length > 0 && hs.every((h) => isYearShift(h.del, h.ins, years));
}

/** Replace year-shift runs by their new text, so a diff shows only the other edits. */
export function hideYearShifts(segments: Segment[], years: Years): Segment[] {
  const hs = hunks(segments).filter((h) => isYearShift(h.del, h.ins, years));
  if (hs.length === 0) return segments;
  const out: Segment[] = [];
  const push = (s: Segment) => {
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += s.text;
    else out.push({ ...s });
  };
  let h = 0;
  for (let i = 0; i < segments.length; i++) {
    if (h < hs.length && i === hs[h].start) {
      push({ op: 'equal', text: hs[h].ins });
      i = hs[h].end;
      h++;
    } else push(segments[i]);
  }
  return out;
}

/** The old and the new text of a diff. */
export function sides(segments: Segment[]): { old: string; new: string } {
  let o = '';
  let n = '';
  for (const s of segments) {
    if (s.op !== 'insert') o += s.text;
    if (s.op !== 'delete') n += s.text;
  }
  return { old: o, new: n };
}
