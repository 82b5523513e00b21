/**
 * Automatic list numbering (w:numPr): the label Word prints in front of a paragraph ("I.", "1.",
 * "a)"), so the checker sees the same text a reader sees. Counters run per list instance (numId)
 * in document order; a level restarts when a higher level of the same list advances.
 */
import { toRoman } from '../decree30/numbering.js';
import { parsePPr, type ParaProps } from './styles.js';
import { attr, child, elements, intAttr, val, type El } from './xml.js';

interface Level {
  start: number;
  fmt: string;
  text: string;
  suffix: string;
  pPr: ParaProps;
}

export class ListNumbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: El | undefined) {
    for (const a of elements(numbering, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of elements(a, 'w:lvl')) {
        levels.set(intAttr(l, 'w:ilvl') ?? 0, {
          start: intAttr(child(l, 'w:start'), 'w:val') ?? 1,
          fmt: val(l, 'w:numFmt') ?? 'decimal',
          text: val(l, 'w:lvlText') ?? '',
          suffix: val(l, 'w:suff') ?? 'tab',
          pPr: parsePPr(child(l, 'w:pPr')),
        });
      }
      this.abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of elements(numbering, 'w:num')) {
      const starts = new Map<number, number>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const s = intAttr(child(o, 'w:startOverride'), 'w:val');
        if (s !== undefined) starts.set(intAttr(o, 'w:ilvl') ?? 0, s);
      }
      this.nums.set(attr(n, 'w:numId') ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', starts });
    }
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId);
    return num ? this.abstract.get(num.abstractId)?.get(ilvl) : undefined;
  }

  /** Paragraph properties of the list level (its indents), applied under direct formatting. */
  paragraphProps(numId: string | undefined, ilvl = 0): ParaProps {
    return (numId && this.level(numId, ilvl)?.pPr) || {};
  }

  /** Advance the list and return the printed label followed by its separator, or "" for none. */
  next(numId: string | undefined, ilvl = 0): string {
    if (!numId || numId === '0') return '';
    const num = this.nums.get(numId);
    const lvl = this.level(numId, ilvl);
    if (!num || !lvl) return '';
    const startOf = (l: number) => num.starts.get(l) ?? this.level(numId, l)?.start ?? 1;
    const counters = this.counters.get(numId) ?? [];
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    counters.length = ilvl + 1;
    this.counters.set(numId, counters);
    if (lvl.fmt === 'none') return '';
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const fmt = this.level(numId, l)?.fmt ?? 'decimal';
      return formatNumber(counters[l] ?? startOf(l), fmt);
    });
    if (!label) return '';
    return label + (lvl.suffix === 'nothing' ? '' : ' ');
  }
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return latinLetter(n).toUpperCase();
    case 'lowerLetter':
      return latinLetter(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Word's letter lists: a … z, then aa … zz (the Latin alphabet, not the Vietnamese one). */
function latinLetter(n: number): string {
  const i = (n - 1) % 26;
  return String.fromCharCode(97 + i).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  return n >= 1 && n <= 3999 ? toRoman(n) : String(n);
}
