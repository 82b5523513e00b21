/** Small wording helpers of the model: case, full names, balanced title lines, end marks. */
import { collapseSpace } from '../../text/inline.js';
import { UNIT_WORDS } from '../../decree30/vocabulary.js';

export const upper = (s: string): string => s.toLocaleUpperCase('vi');
export const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);
const titleWord = (w: string): string => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w);
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** "ỦY BAN NHÂN DÂN" + "XÃ SƠN MAI" → "Ủy ban nhân dân xã Sơn Mai" (lines may split anywhere). */
export function issuerFullName(lines: string[]): string {
  const words = collapseSpace(lines.join(' ')).split(' ');
  const lowerWords = words.map((w) => w.toLocaleLowerCase('vi'));
  // The administrative unit ("xã", "thành phố"…) starts the proper name; find it after the first word.
  let at = -1;
  let unitLength = 0;
  for (let i = 1; i < words.length && at < 0; i++) {
    for (const u of UNIT_WORDS) {
      const uw = u.split(' ');
      if (uw.every((w, k) => lowerWords[i + k] === w) && i + uw.length < words.length) {
        at = i;
        unitLength = uw.length;
        break;
      }
    }
  }
  const head = (at < 0 ? lowerWords : lowerWords.slice(0, at)).join(' ');
  const sentence = head ? head[0].toLocaleUpperCase('vi') + head.slice(1) : head;
  if (at < 0) return sentence;
  const unit = lowerWords.slice(at, at + unitLength).join(' ');
  const name = words.slice(at + unitLength).map(titleWord).join(' ');
  return `${sentence} ${unit} ${name}`;
}

/**
 * Break a centred title into balanced lines no wider than `maxPt`, so a wrapped summary does not
 * leave one word alone on its last line.
 */
export function balanceLines(text: string, maxPt: number, width: (s: string) => number): string[] {
  if (width(text) <= maxPt) return [text];
  const words = text.split(' ');
  const lineCount = Math.ceil(width(text) / maxPt);
  if (lineCount === 2) {
    let best: string[] | undefined;
    let bestMax = Infinity;
    for (let i = 1; i < words.length; i++) {
      const a = words.slice(0, i).join(' ');
      const b = words.slice(i).join(' ');
      const w = Math.max(width(a), width(b));
      if (w <= maxPt && w < bestMax) {
        best = [a, b];
        bestMax = w;
      }
    }
    if (best) return best;
  }
  // More lines: fill each towards an even share of the width.
  const target = width(text) / lineCount;
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    if (current && (width(next) > maxPt || (width(next) > target * 1.05 && lines.length < lineCount - 1))) {
      lines.push(current);
      current = w;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** Grounds end with ";" and the last with "." (the tool adds or fixes the mark). */
export function endGround(s: string, last: boolean): string {
  return s.replace(/[;.,]\s*$/, '') + (last ? '.' : ';');
}

/** The body ends with "./." after the last sentence. */
export function endWithSlashDot(s: string): string {
  const t = s.replace(/\s*\.\/\.\s*$/, '').trimEnd();
  if (/[.!?]$/.test(t)) return t.replace(/[.!?]$/, (m) => (m === '.' ? './.' : `${m}./.`));
  return `${t.replace(/[;,:]$/, '')}./.`;
}
