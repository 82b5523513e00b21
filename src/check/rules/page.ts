/** Page set-up, fonts, Unicode and page numbers (Phụ lục I, Mục I; Mục III khoản 1 điểm đ). */
import { RANGES } from '../../decree30/measures.js';
import type { Para, Section } from '../../docx-read/document.js';
import { isEmpty } from '../text.js';
import { num, range } from '../findings.js';
import { say, TWIPS_PER_MM, type Ctx } from './common.js';

const A4 = [210, 297] as const;
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
  const { doc, f, lang, w } = c;
  // Tables of content (not the header or signature layout tables) allow a landscape page.
  const dataTables = [...c.el.bodyTables, ...c.el.appendices.flatMap((a) => a.tables)];
  for (const s of doc.sections) {
    const at = sectionTarget(c, s);
    const [short, long] = [s.widthTw, s.heightTw].map((t) => t / TWIPS_PER_MM).sort((a, b) => a - b);
    if (Math.abs(short - A4[0]) > PAPER_TOLERANCE_MM || Math.abs(long - A4[1]) > PAPER_TOLERANCE_MM) {
      f.add('page-size', at, `${num(s.widthTw / TWIPS_PER_MM, lang)} × ${num(s.heightTw / TWIPS_PER_MM, lang)} mm`, '210 × 297 mm');
    }
    if (s.landscape && !dataTables.some((t) => t.section === s.index)) {
      f.add('page-orientation', at, `${w.landscape}, ${w.withoutTable}`, w.portrait);
    }
    const sides = [
      ['top', s.margin.top, RANGES.marginTop],
      ['bottom', s.margin.bottom, RANGES.marginBottom],
      ['left', s.margin.left + s.margin.gutter, RANGES.marginLeft],
      ['right', s.margin.right, RANGES.marginRight],
    ] as const;
    const names = lang === 'vi' ? { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } : { top: 'top', bottom: 'bottom', left: 'left', right: 'right' };
    const bad = sides.filter(([, tw, [lo, hi]]) => tw / TWIPS_PER_MM < lo - MARGIN_TOLERANCE_MM || tw / TWIPS_PER_MM > hi + MARGIN_TOLERANCE_MM);
    if (bad.length) {
      f.add(
        'page-margins',
        at,
        bad.map(([side, tw]) => `${names[side]} ${num(tw / TWIPS_PER_MM, lang)} mm`).join(', '),
        bad.map(([side, , [lo, hi]]) => `${names[side]} ${range(lo, hi, 'mm', lang)}`).join(', '),
      );
    }
  }
}

const TIMES = 'times new roman';
const BLACK = new Set(['auto', '000000', 'theme:text1', 'theme:dark1']);

/** Every run of text in the document and its headers and footers. */
export function checkText(c: Ctx): void {
  const { doc, f } = c;
  const all = [...doc.paras, ...[...doc.parts.values()].flat()];
  for (const p of all) {
    const mark = p.text.search(/\p{M}/u);
    if (mark >= 0 && p.text !== p.text.normalize('NFC')) {
      const word = (/\S*$/.exec(p.text.slice(0, mark))![0] + /^\S*/.exec(p.text.slice(mark))![0]).normalize('NFC');
      const code = `U+${p.text.codePointAt(mark)!.toString(16).toUpperCase().padStart(4, '0')}`;
      f.add('text-nfc', p, say(c, `dấu tổ hợp ${code} trong "${word}"`, `combining ${code} in "${word}"`), say(c, 'Unicode dựng sẵn (NFC)', 'precomposed Unicode (NFC)'), { merge: true });
    }
    for (const r of p.runs) {
      if (!r.text.trim()) continue;
      const fonts = new Set<string>();
      if (/[\x21-\x7e]/.test(r.text)) fonts.add(r.fmt.ascii);
      if (/[^\x00-\x7f]/.test(r.text)) fonts.add(r.fmt.hAnsi);
      for (const font of fonts) if (font.toLowerCase() !== TIMES) f.add('font-family', p, font, 'Times New Roman', { merge: true });
      if (!BLACK.has(r.fmt.color.toLowerCase())) f.add('font-color', p, r.fmt.color.startsWith('theme:') ? r.fmt.color.slice(6) : `#${r.fmt.color}`, say(c, 'đen', 'black'), { merge: true });
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
  const { doc, f, w, lang: l } = c;
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
      f.add('page-number-first', firstHeader.para, s.titlePg ? w.present : `${w.present} (titlePg: ${w.none})`, w.none, { text: 'PAGE' });
    }
    if (footer && once(`footer|${footer.para.part}`)) {
      f.add('page-number-position', footer.para, w.footer, `${w.header}, ${w.centred}`, { text: 'PAGE' });
    }
    if (!header && !footer && !single && once(`missing|${s.index}`)) {
      f.add('page-number-missing', sectionTarget(c, s), w.missing, `${w.header}: PAGE`);
    }
    if (header && !centred(header.para) && once(`pos|${header.para.part}`)) {
      f.add('page-number-position', header.para, w.aligned(header.para.fmt.jc ?? 'left'), w.centred, { text: 'PAGE' });
    }
    if (header && once(`fmt|${header.para.part}|${s.pageFormat ?? ''}`)) {
      const fmt = header.field.fmt;
      const found: string[] = [];
      const want: string[] = [];
      const [lo, hi] = RANGES.pageNumber;
      if (fmt.sizePt < lo || fmt.sizePt > hi) found.push(`${num(fmt.sizePt, l)} pt`), want.push(range(lo, hi, 'pt', l));
      if (fmt.italic) found.push(w.italic), want.push(w.upright);
      const style = NON_ARABIC.exec(header.field.instr)?.[1] ?? (s.pageFormat && s.pageFormat !== 'decimal' ? s.pageFormat : undefined);
      if (style) found.push(style), want.push('1, 2, 3');
      if (found.length) f.add('page-number-format', header.para, found.join(', '), want.join(', '), { text: header.field.instr });
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
    if (!opens) f.add('page-number-restart', a.label, say(c, 'cùng section với phần trước', 'shares a section with the text before'), say(c, 'section riêng, đánh số từ 1', 'own section numbered from 1'));
    else if (s.pageStart !== 1) f.add('page-number-restart', a.label, s.pageStart === undefined ? say(c, 'đánh số tiếp', 'continues the numbering') : String(s.pageStart), say(c, 'bắt đầu từ 1', 'starts at 1'));
  });
}
