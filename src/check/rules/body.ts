/** Grounds, body text, headings and numbering (Phụ lục I, Mục II, khoản 6). */
import { RANGES } from '../../decree30/measures.js';
import { VIETNAMESE_LETTERS, PART_LETTERS, toRoman, vietnameseOrdinal } from '../../decree30/numbering.js';

/** "nhất", "hai", … "mười": the words of "Phần thứ nhất", "Phần thứ hai". */
const ORDINAL_WORDS = Array.from({ length: 10 }, (_, i) => vietnameseOrdinal(i + 1).replace(/^thứ /, ''));
import { ROLES } from '../../decree30/styles.js';
import { groundsIn } from '../../decree30/wording.js';
import { lit, list, num, quote, range, word, type Phrase, type RuleId } from '../../diagnostics/index.js';
import type { Para } from '../../docx-read/document.js';
import { key } from '../elements.js';
import { displayed, isUpper, stats } from '../text.js';
import { aligned, checkFormat, lineMultiple, TWIPS_PER_MM, type Ctx } from './common.js';

/** Twips of slack on indents (rounding of 1 cm = 566.9 twips). */
const INDENT_SLACK_TW = 6;
/** Word's "auto" spacing (HTML paragraphs): 14 pt. */
const AUTO_SPACING_TW = 280;

export function checkBody(c: Ctx): void {
  const { el } = c;
  if (el.kind === 'document') {
    checkGrounds(c);
    checkParagraphs(c, el.body);
    checkNumbering(c, el.body);
    const last = el.body[el.body.length - 1];
    if (last && !key(last).endsWith('./.')) c.f.add('body-end-mark', last, quote(`…${key(last).slice(-12)}`), quote('…./.'));
  }
  for (const a of el.appendices) {
    checkParagraphs(c, a.body);
    checkNumbering(c, a.body);
  }
}

function checkGrounds(c: Ctx): void {
  // Grounds run together upright: the lesser form `build` warns about in a plan's opening too.
  for (const p of c.el.groundsUpright) c.f.add('grounds-format', p, word('groundsAsParagraph', { count: num(groundsIn(key(p))) }), word('groundsAsLines'), { severity: 'warning' });
  const g = c.el.grounds;
  if (!g.length) return;
  checkFormat(c, 'grounds-format', g, 'grounds');
  g.forEach((p, i) => {
    const want = i === g.length - 1 ? '.' : ';';
    const end = key(p).slice(-1);
    if (end !== want) c.f.add('grounds-format', p, quote(`…${end}`), quote(`…${want}`));
  });
}

function checkParagraphs(c: Ctx, paras: Para[]): void {
  const { f } = c;
  const cm = (tw: number) => num(tw / TWIPS_PER_MM / 10, 'cm', { digits: 2 });
  // "lùi vào 1 cm hoặc 1,27 cm": two values, not a range.
  const indents = RANGES.firstLineIndentCm.map((v) => v * 10 * TWIPS_PER_MM);
  const [indentA, indentB] = RANGES.firstLineIndentCm;
  const indentExpected = word('indentExpected', { a: num(indentA, 'cm', { digits: 2 }), b: num(indentB, 'cm', { digits: 2 }) });
  const inBody = new Set(paras);
  for (const p of paras) {
    const st = stats([p]);
    const size = st.sizes[st.sizes.length - 1] ?? p.markSizePt;
    const [lo, hi] = ROLES.body.decree.size;
    if (st.sizes.some((s) => s < lo || s > hi)) f.add('body-size', p, num(st.sizes, 'pt'), range(lo, hi, 'pt'), { merge: true });
    const centred = p.fmt.jc === 'center';
    if (!centred) {
      if (p.fmt.jc !== 'both' && p.fmt.jc !== 'distribute') f.add('body-justify', p, aligned(p.fmt.jc), word('justified'), { merge: true });
      const left = p.fmt.indLeft ?? 0;
      const first = left + (p.fmt.indFirst ?? 0);
      if (Math.abs(left) > INDENT_SLACK_TW || !indents.some((v) => Math.abs(first - v) <= INDENT_SLACK_TW)) {
        const found = Math.abs(left) > INDENT_SLACK_TW ? word('indentLeft', { left: cm(left), first: cm(first) }) : cm(first - left);
        f.add('body-indent', p, found, indentExpected, { merge: true });
      }
    }
    const line = lineMultiple(p, size);
    const [minLine, maxLine] = RANGES.lineSpacing;
    const slack = line.rule === 'auto' ? 0.01 : 0.05;
    if (line.value < minLine - slack || line.value > maxLine + slack) {
      const lines = num(line.value, 'lines', { digits: 2 });
      const found = line.rule === 'auto' ? lines : word('lineRule', { rule: lit(line.rule), pt: num((p.fmt.line ?? 0) / 20, 'pt'), lines });
      f.add('body-line-spacing', p, found, range(minLine, maxLine, 'lines'), { merge: true });
    }
    // Spacing between paragraphs of text: a centred heading's lines ("Chương I" / its title) form one
    // heading, and spacing at the top of a page (known from Word's layout) is not drawn.
    const prev = c.doc.blocks[p.block - 1];
    const headingPair = prev?.kind === 'p' && centred && prev.para.fmt.jc === 'center';
    const newPage = prev?.kind === 'p' && p.page !== undefined && prev.para.page !== p.page;
    if (prev?.kind === 'p' && inBody.has(prev.para) && !headingPair && !newPage) {
      const before = p.fmt.beforeAuto ? AUTO_SPACING_TW : (p.fmt.before ?? 0);
      const after = prev.para.fmt.afterAuto ? AUTO_SPACING_TW : (prev.para.fmt.after ?? 0);
      const contextual = p.fmt.contextual && prev.para.styleId === p.styleId;
      const gap = contextual ? 0 : (before + after) / 20;
      if (gap < RANGES.paragraphSpacingMin - 0.05) f.add('body-spacing', p, num(gap, 'pt'), word('atLeast', { value: num(RANGES.paragraphSpacingMin, 'pt') }), { merge: true });
    }
  }
  checkHeadings(c, paras);
}

/** Bold headings; Roman section titles in capitals; "Phần", "Chương", "Mục" lines centred. */
function checkHeadings(c: Ctx, paras: Para[]): void {
  const { f } = c;
  for (const p of paras) {
    const t = key(p);
    const st = stats([p]);
    const found: Phrase[] = [];
    const want: Phrase[] = [];
    if (/^[IVXLC]+\.\s/.test(t)) {
      if (st.bold !== 'all') found.push(word(st.bold === 'none' ? 'notBold' : 'partlyBold')), want.push(word('bold'));
      if (!isUpper(displayed(p))) found.push(word('notUpper')), want.push(word('upper'));
    } else if (/^(Phần|Chương|Mục)\s+[\p{L}\d]+$/u.test(t)) {
      if (st.bold !== 'all') found.push(word('notBold')), want.push(word('bold'));
      if (p.fmt.jc !== 'center') found.push(aligned(p.fmt.jc)), want.push(word('centred'));
    } else if (/^Điều\s+\d+\./u.test(t)) {
      const head = p.runs.find((r) => r.text.trim());
      if (!head?.fmt.bold && !p.label) found.push(word('notBold')), want.push(word('bold'));
    }
    if (found.length) f.add('heading-format', p, list(found), list(want), { merge: true });
  }
}

type Level = 'part' | 'chapter' | 'muc' | 'section' | 'article' | 'clause' | 'subclause' | 'point';
const LEVELS: Level[] = ['part', 'chapter', 'muc', 'section', 'article', 'clause', 'subclause', 'point'];
const RULE_OF: Record<Level, RuleId> = {
  part: 'numbering-sections',
  chapter: 'numbering-sections',
  section: 'numbering-sections',
  muc: 'numbering-clauses',
  article: 'numbering-clauses',
  clause: 'numbering-clauses',
  subclause: 'numbering-clauses',
  point: 'numbering-points',
};

function fromRoman(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]];
    const next = values[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n >= 1 && n < 400 && toRoman(n) === s ? n : undefined;
}

interface Label {
  level: Level;
  /** The value read, NaN when it is not a valid numeral of its kind. */
  value: number;
  text: string;
  /** How the expected value is written. */
  show: (n: number) => string;
  /** Wrong punctuation, e.g. "a." for "a)". */
  badMark?: string;
}

/** The numbering label at the start of a paragraph, resolving "C." (part C) against "C." (Roman 100) by context. */
function readLabel(t: string, counters: Partial<Record<Level, number>>): Label | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+)(?![\p{L}\d])/u.exec(t))) {
    const level = /^phần$/iu.test(m[1]) ? 'part' : 'chapter';
    return { level, value: fromRoman(m[2]) ?? NaN, text: m[0], show: (n) => `${m![1]} ${toRoman(n)}` };
  }
  // "Phần thứ nhất", "PHẦN THỨ HAI" as a heading: alone, before "." or ":", or before a title in capitals
  // (not "Phần thứ nhất bao gồm …" in a sentence).
  if ((m = /^(Phần|PHẦN)\s+(thứ|THỨ)\s+(\p{L}+)(?=$|[.:]|\s+\p{Lu}{2,})/u.exec(t))) {
    const index = ORDINAL_WORDS.indexOf(m[3].toLocaleLowerCase('vi')) + 1;
    return { level: 'part', value: index || NaN, text: m[0], show: (n) => `${m![1]} ${vietnameseOrdinal(n)}` };
  }
  if ((m = /^Mục\s+(\d+)(?!\d)/u.exec(t))) return { level: 'muc', value: Number(m[1]), text: m[0], show: (n) => `Mục ${n}` };
  if ((m = /^Điều\s+(\d+)\./u.exec(t))) return { level: 'article', value: Number(m[1]), text: m[0], show: (n) => `Điều ${n}.` };
  if ((m = /^([IVXLC]+|[A-Z])\.\s/.exec(t))) {
    const letter = m[1];
    const partIndex = PART_LETTERS.indexOf(letter as (typeof PART_LETTERS)[number]) + 1;
    const roman = fromRoman(letter);
    const expectPart = (counters.part ?? 0) + 1;
    const expectSection = (counters.section ?? 0) + 1;
    const asPart = { level: 'part' as const, value: partIndex || NaN, text: m[0], show: (n: number) => `${PART_LETTERS[n - 1] ?? n}.` };
    const asSection = { level: 'section' as const, value: roman ?? NaN, text: m[0], show: (n: number) => `${toRoman(n)}.` };
    if (partIndex && (partIndex === expectPart || (counters.part !== undefined && roman !== expectSection))) return asPart;
    if (roman !== undefined) return asSection;
    return partIndex ? asPart : undefined;
  }
  if ((m = /^(\d+)\.(\d+)\.?\s/.exec(t))) return { level: 'subclause', value: Number(m[2]), text: m[0].trim(), show: (n) => `${m![1]}.${n}.` };
  if ((m = /^(\d+)\.\s/.exec(t))) return { level: 'clause', value: Number(m[1]), text: m[0].trim(), show: (n) => `${n}.` };
  if ((m = /^(\p{Ll})([).\/])\s/u.exec(t))) {
    const index = VIETNAMESE_LETTERS.indexOf(m[1] as (typeof VIETNAMESE_LETTERS)[number]) + 1;
    if (!index && !/^[fjwz]$/.test(m[1])) return undefined;
    return { level: 'point', value: index || NaN, text: m[0].trim(), show: (n) => `${VIETNAMESE_LETTERS[n - 1] ?? n})`, ...(m[2] !== ')' ? { badMark: m[2] } : {}) };
  }
  return undefined;
}

/**
 * Numbering sequences: each level counts from 1 and restarts when a higher level advances;
 * articles (Điều) run through the whole document. Roman sections, Arabic clauses and
 * Vietnamese-alphabet points (đ after d; no f, j, w, z).
 */
function checkNumbering(c: Ctx, paras: Para[]): void {
  const counters: Partial<Record<Level, number>> = {};
  for (const p of paras) {
    const label = readLabel(key(p), counters);
    if (!label) continue;
    const expected = (counters[label.level] ?? 0) + 1;
    if (label.value !== expected || label.badMark) c.f.add(RULE_OF[label.level], p, quote(label.text), quote(label.show(expected)));
    counters[label.level] = Number.isNaN(label.value) ? expected : label.value;
    for (const deeper of LEVELS.slice(LEVELS.indexOf(label.level) + 1)) if (deeper !== 'article') delete counters[deeper];
  }
}
