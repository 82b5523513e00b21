/**
 * Line breaking of short centred texts (titles, summaries) and greedy wrapping (as a word processor
 * wraps a left-aligned paragraph), with the Vietnamese words that matter for where a title breaks.
 *
 * Vietnamese writes every syllable as its own word, so a break between two spaces may fall inside
 * a word ("nhà / nước"). A title breaks well before the words that open a phrase ("trên địa bàn",
 * "của", "về", "năm", "giai đoạn", "đến năm", "và") and never inside a common compound, nor between
 * "năm" and its year.
 */

/** Words (or word sequences) that open a phrase in a Vietnamese title: a line should start with them. */
export const PHRASE_STARTS: readonly string[] = ['trên địa bàn', 'giai đoạn', 'đến năm', 'của', 'về', 'năm', 'và'];

/**
 * Compounds of two or three syllables common in plan titles; a line break never falls inside one
 * (while another break is possible).
 */
export const COMPOUNDS: readonly string[] = [
  'hành chính nhà nước', 'cải cách hành chính', 'nhà nước', 'hành chính', 'cải cách', 'tuyên truyền', 'truyền thông', 'chuyển đổi số', 'chuyển đổi', 'địa bàn',
  'kế hoạch', 'thực hiện', 'nhân dân', 'ủy ban', 'uỷ ban', 'hội đồng', 'thành phố', 'thị xã', 'thị trấn', 'công tác',
  'chính quyền', 'điện tử', 'dịch vụ', 'dịch vụ công', 'trực tuyến', 'thủ tục', 'kiểm soát', 'phổ biến', 'giáo dục',
  'pháp luật', 'chỉ số', 'hài lòng', 'giai đoạn', 'trên địa bàn', 'đến năm', 'người dân', 'doanh nghiệp', 'cán bộ',
  'công chức', 'viên chức', 'nhiệm vụ', 'triển khai', 'nâng cao', 'hiệu quả', 'chất lượng', 'phục vụ', 'một cửa',
  'liên thông', 'văn hóa', 'công vụ', 'công sở', 'quản lý', 'quản trị', 'chuyển đổi số', 'kinh tế', 'xã hội',
];

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Does the word sequence `seq` (lower case, spaces between words) stand at `words[i…]`? */
function startsAt(words: readonly string[], i: number, seq: string): boolean {
  const parts = seq.split(' ');
  return parts.every((p, k) => i + k < words.length && lower(words[i + k]) === p);
}

/**
 * What breaking the line before word `i` costs (in the same unit as the balance of the lines):
 * negative before the opening of a phrase, large inside a compound, before a number that belongs
 * to the word before it ("năm 2025", "Quý II"), or around a hyphen between numbers ("2021 - 2025").
 */
export function breakCost(words: readonly string[], i: number, unit: number): number {
  const big = unit * 0.3 * (unit * 0.3);
  const bonus = unit * 0.09 * (unit * 0.09);
  const prev = words[i - 1];
  const word = words[i];
  // Inside a compound: some compound starts at or before i-1 and ends at or after i.
  for (const c of COMPOUNDS) {
    const n = c.split(' ').length;
    for (let s = Math.max(0, i - n + 1); s < i; s++) if (startsAt(words, s, c)) return big;
  }
  if (/^[\d(]/.test(word) || /^[-–]$/.test(word) || /^[-–]$/.test(prev) || lower(prev) === 'quý') return big;
  // Inside a date: "ngày 18 / tháng 7 / năm 2025".
  if (/^\d/.test(prev) && /^(tháng|năm)$/.test(lower(word)) && /^(ngày|tháng)$/.test(lower(words[i - 2] ?? ''))) return big;
  if (PHRASE_STARTS.some((p) => startsAt(words, i, p))) return -bonus;
  return 0;
}

/**
 * Break a centred title into balanced lines no wider than `maxPt`: the fewest lines that fit,
 * as equal as possible, breaking before the opening words of phrases and never inside a compound
 * or alone with its last word. One line when it fits.
 */
export function balanceLines(text: string, maxPt: number, width: (s: string) => number): string[] {
  if (width(text) <= maxPt) return [text];
  const words = text.split(' ');
  const n = words.length;
  const line = (a: number, b: number) => words.slice(a, b).join(' ');
  const lineWidth: number[][] = [];
  for (let a = 0; a < n; a++) {
    lineWidth[a] = [];
    for (let b = a + 1; b <= n; b++) lineWidth[a][b] = width(line(a, b));
  }
  const total = width(text);
  for (let k = Math.max(2, Math.ceil(total / maxPt)); k <= n; k++) {
    const target = total / k;
    // best[j][a]: least cost of laying words[a…] out in j lines; from[j][a]: where the first of them ends.
    const best: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 1).fill(-1));
    best[0][n] = 0;
    for (let j = 1; j <= k; j++) {
      for (let a = n - 1; a >= 0; a--) {
        for (let b = a + 1; b <= n - (j - 1); b++) {
          const w = lineWidth[a][b];
          if (w > maxPt) break;
          const rest = best[j - 1][b];
          if (rest === Infinity || (j === 1 && b !== n) || (j > 1 && b === n)) continue;
          // A line of one word (a number, "NĂM 2023" without its year …) is a poor line.
          const lonely = b - a === 1 && n > 2 ? maxPt * maxPt * 0.2 : 0;
          const cost = (w - target) * (w - target) + lonely + (b < n ? breakCost(words, b, maxPt) : 0) + rest;
          if (cost < best[j][a]) {
            best[j][a] = cost;
            from[j][a] = b;
          }
        }
      }
    }
    if (best[k][0] === Infinity) continue;
    const lines: string[] = [];
    for (let j = k, a = 0; j > 0; j--) {
      const b = from[j][a];
      lines.push(line(a, b));
      a = b;
    }
    return lines;
  }
  return words;
}

/**
 * Greedy wrapping as a word processor does it for a left-aligned paragraph: as many words as fit
 * on each line; continuation lines start `indentPt` further right (a hanging indent). A word wider
 * than a line stands on its own line.
 */
export function wrapLines(text: string, maxPt: number, width: (s: string) => number, indentPt = 0): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    const room = lines.length ? maxPt - indentPt : maxPt;
    if (current && width(next) > room) {
      lines.push(current);
      current = w;
    } else current = next;
  }
  if (current || !lines.length) lines.push(current);
  return lines;
}
