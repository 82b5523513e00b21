/** Small wording helpers of the model: case, full names, balanced title lines, end marks. */
import { collapseSpace } from '../../text/inline.js';
import { UNIT_WORDS } from '../../decree30/vocabulary.js';

export { balanceLines } from '../../text/breaking.js';

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
