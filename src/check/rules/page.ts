/** Page set-up, fonts, Unicode and page numbers (Phụ lục I, Mục I; Mục III khoản 1 điểm đ). */
import { A4, RANGES } from '../../decree30/measures.js';
import { FONT } from '../../decree30/wording.js';
import { lit, list, num, quote, range, word, type Phrase } from '../../diagnostics/index.js';
import type { Para, Section } from '../../docx-read/document.js';
import { isEmpty } from '../text.js';
import { aligned, TWIPS_PER_MM, type Ctx } from './common.js';

const PAPER_TOLERANCE_MM = 1;
/** 1417 twips are 24.99 mm: margins are compared to a twentieth of a millimetre. */
const MARGIN_TOLERANCE_MM = 0.05;

function firstParaOf(c: Ctx, s: Section): Para | undefined {
  return c.doc.paras.find((p) => p.section === s.index && !p.cell) ?? c.doc.paras.find((p) => p.section === s.index);
}

function sectionTarget(c: Ctx, s: Section) {
  return firstParaOf(c, s) ?? { part: c.doc.paras[0]?.part ?? 'word/document.xml', section: s.index };
}

export function checkPage(c: Ctx): void {
  const { doc, f } = c;
  // Tables of content (not the header or signature layout tables) allow a landscape page.
  const dataTables = [...c.el.bodyTables, ...c.el.appendices.flatMap((a) => a.tables)];
  for (const s of doc.sections) {
    const at = sectionTarget(c, s);
    const [short, long] = [s.widthTw, s.heightTw].map((t) => t / TWIPS_PER_MM).sort((a, b) => a - b);
    if (Math.abs(short - A4.widthMm) > PAPER_TOLERANCE_MM || Math.abs(long - A4.heightMm) > PAPER_TOLERANCE_MM) {
      f.add('page-size', at, num([s.widthTw / TWIPS_PER_MM, s.heightTw / TWIPS_PER_MM], 'mm', { sep: '×' }), num([A4.widthMm, A4.heightMm], 'mm', { sep: '×' }));
    }
    if (s.landscape && !dataTables.some((t) => t.section === s.index)) {
      f.add('page-orientation', at, list([word('landscape'), word('withoutTable')]), word('portrait'));
    }
    const sides = [
      ['marginTop', s.margin.top, RANGES.marginTop],
      ['marginBottom', s.margin.bottom, RANGES.marginBottom],
      ['marginLeft', s.margin.left + s.margin.gutter, RANGES.marginLeft],
      ['marginRight', s.margin.right, RANGES.marginRight],
    ] as const;
    const bad = sides.filter(([, tw, [lo, hi]]) => tw / TWIPS_PER_MM < lo - MARGIN_TOLERANCE_MM || tw / TWIPS_PER_MM > hi + MARGIN_TOLERANCE_MM);
    if (bad.length) {
      f.add(
        'page-margins',
        at,
        list(bad.map(([side, tw]) => word(side, { value: num(tw / TWIPS_PER_MM, 'mm') }))),
        list(bad.map(([side, , [lo, hi]]) => word(side, { value: range(lo, hi, 'mm') }))),
      );
    }
  }
}

const TIMES = FONT.toLowerCase();
const BLACK = new Set(['auto', '000000', 'theme:text1', 'theme:dark1']);

/** Every run of text in the document and its headers and footers. */
export function checkText(c: Ctx): void {
  const { doc, f } = c;
  const all = [...doc.paras, ...[...doc.parts.values()].flat()];
  for (const p of all) {
    const mark = p.text.search(/\p{M}/u);
    if (mark >= 0 && p.text !== p.text.normalize('NFC')) {
      const affected = (/\S*$/.exec(p.text.slice(0, mark))![0] + /^\S*/.exec(p.text.slice(mark))![0]).normalize('NFC');
      const code = `U+${p.text.codePointAt(mark)!.toString(16).toUpperCase().padStart(4, '0')}`;
      f.add('text-nfc', p, word('combining', { code: lit(code), word: quote(affected) }), word('nfc'), { merge: true });
    }
    for (const r of p.runs) {
      if (!r.text.trim()) continue;
      const fonts = new Set<string>();
      if (/[\x21-\x7e]/.test(r.text)) fonts.add(r.fmt.ascii);
      if (/[^\x00-\x7f]/.test(r.text)) fonts.add(r.fmt.hAnsi);
      for (const font of fonts) if (font.toLowerCase() !== TIMES) f.add('font-family', p, lit(font), lit(FONT), { merge: true });
      if (!BLACK.has(r.fmt.color.toLowerCase())) f.add('font-color', p, lit(r.fmt.color.startsWith('theme:') ? r.fmt.color.slice(6) : `#${r.fmt.color}`), word('black'), { merge: true });
    }
  }
}

const NON_ARABIC = /\\\*\s*(roman|alphabetic|ordinal|cardtext|ordtext|hex|dollartext)/i;

function pageField(paras: Para[] | undefined): { para: Para; field: Para['fields'][number] } | undefined {
  for (const para of paras ?? []) {
    const field = para.fields.find((fl) => /^PAGE(\s|$)/i.test(fl.instr));
    if (field) return { para, field };
  }
  return undefined;
}

/** Centred: a centred paragraph, or a tab to a centre tab stop before the number. */
function centred(p: Para): boolean {
  if (p.fmt.jc === 'center') return true;
  return p.text.trimEnd().startsWith('\t') && (p.fmt.tabs ?? []).some((t) => t.val === 'center');
}

export function checkPageNumbers(c: Ctx): void {
  const { doc, f } = c;
  const reported = new Set<string>();
  const once = (key: string) => !reported.has(key) && !!reported.add(key);
  const single = doc.pageCount === 1;
  for (const s of doc.sections) {
    const parts = (type: 'default' | 'first', kind: 'headers' | 'footers') => {
      const part = s[kind][type];
      return part ? doc.parts.get(part) : undefined;
    };
    const header = pageField(parts('default', 'headers'));
    const firstHeader = s.titlePg ? pageField(parts('first', 'headers')) : header;
    const footer = pageField(parts('default', 'footers')) ?? pageField(parts('first', 'footers'));
    const startsNumbering = s.index === 0 || s.pageStart !== undefined;
    if (startsNumbering && firstHeader && once(`first|${s.index}`)) {
      f.add('page-number-first', firstHeader.para, word(s.titlePg ? 'present' : 'presentWithoutTitlePg'), word('none'), { text: 'PAGE' });
    }
    if (footer && once(`footer|${footer.para.part}`)) {
      f.add('page-number-position', footer.para, word('footer'), list([word('header'), word('centred')]), { text: 'PAGE' });
    }
    if (!header && !footer && !single && once(`missing|${s.index}`)) {
      f.add('page-number-missing', sectionTarget(c, s), word('missing'), word('inHeader', { field: lit('PAGE') }));
    }
    if (header && !centred(header.para) && once(`pos|${header.para.part}`)) {
      f.add('page-number-position', header.para, aligned(header.para.fmt.jc), word('centred'), { text: 'PAGE' });
    }
    if (header && once(`fmt|${header.para.part}|${s.pageFormat ?? ''}`)) {
      const fmt = header.field.fmt;
      const found: Phrase[] = [];
      const want: Phrase[] = [];
      const [lo, hi] = RANGES.pageNumber;
      if (fmt.sizePt < lo || fmt.sizePt > hi) found.push(num(fmt.sizePt, 'pt')), want.push(range(lo, hi, 'pt'));
      if (fmt.italic) found.push(word('italic')), want.push(word('upright'));
      const style = NON_ARABIC.exec(header.field.instr)?.[1] ?? (s.pageFormat && s.pageFormat !== 'decimal' ? s.pageFormat : undefined);
      if (style) found.push(lit(style)), want.push(lit('1, 2, 3'));
      if (found.length) f.add('page-number-format', header.para, list(found), list(want), { text: header.field.instr });
    }
  }
  checkAppendixPages(c);
}

/** Each appendix restarts page numbering: it opens its own section, numbered from 1. */
function checkAppendixPages(c: Ctx): void {
  const { doc, el, f } = c;
  el.appendices.forEach((a, i) => {
    if (el.kind === 'appendix' && i === 0) return;
    const s = doc.sections[a.label.section];
    const opens = firstParaOf(c, s) === a.label || doc.paras.find((p) => p.section === s.index && !p.cell && !isEmpty(p)) === a.label;
    if (!opens) f.add('page-number-restart', a.label, word('sharesSection'), word('ownSection'));
    else if (s.pageStart !== 1) f.add('page-number-restart', a.label, s.pageStart === undefined ? word('continuesNumbering') : num(s.pageStart), word('startsAt1'));
  });
}
