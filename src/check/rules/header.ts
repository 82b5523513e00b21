/** Header and title block (Phụ lục I, Mục II, khoản 1–5). */
import { RANGES } from '../../decree30/measures.js';
import { MOTTO, NATIONAL_TITLE } from '../../decree30/wording.js';
import { lit, list, num, quote, word, type Phrase } from '../../diagnostics/index.js';
import { key } from '../elements.js';
import { displayed, norm, stats } from '../text.js';
import { checkFormat, checkRuleLine, type Ctx } from './common.js';

const NUMBER_LINE = /^Số: ?(\d*|[.…_]*) ?\/(?:\d{4}\/)?([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)$/u;
/** The decree's example of a number line (Phụ lục I, Mục II, khoản 3). */
const NUMBER_EXAMPLE = 'Số: 05/KH-UBND';
const PLACE_DATE = /^(.+?), ngày ?(\d*|[.…_]*) tháng ?(\d*|[.…_]*) năm ?(\d{4}|[.…_]*)$/u;

export function checkHeader(c: Ctx): void {
  const { el, f } = c;
  const start = { part: c.doc.paras[0]?.part ?? 'word/document.xml', section: 0, text: '' };

  if (!el.nationalTitle) f.add('national-title', start, word('missing'), lit(NATIONAL_TITLE));
  else if (el.headerTable && el.nationalTitle.cell?.col === 0) f.add('national-title', el.nationalTitle, word('leftColumn'), word('rightColumn'));
  if (el.nationalTitle) checkFormat(c, 'national-title-format', [el.nationalTitle], 'nationalTitle');

  if (!el.motto) f.add('motto', el.nationalTitle ?? start, word('missing'), lit(MOTTO));
  else {
    if (norm(displayed(el.motto)) !== MOTTO) f.add('motto', el.motto, quote(norm(displayed(el.motto))), quote(MOTTO));
    checkFormat(c, 'motto-format', [el.motto], 'motto');
    checkRuleLine(c, 'motto-rule', [el.motto], [1, 1]);
  }
  checkHeaderSizes(c);

  if (!el.issuer.length) f.add('issuer', start, word('missing'), word('issuerExpected'));
  else {
    checkFormat(c, 'issuer-format', el.issuer, 'issuer');
    checkRuleLine(c, 'issuer-rule', el.issuer, RANGES.issuerRuleRatio);
  }
  if (el.parent.length) checkFormat(c, 'parent-format', el.parent, 'parent');

  // A document promulgated by a decision has no number nor place and date of its own.
  if (!el.promulgation.length) {
    checkNumber(c);
    checkPlaceDate(c);
  }
}

/** Footnote of the Mục V table: the motto and the date are one size above the national title. */
function checkHeaderSizes(c: Ctx): void {
  const { el } = c;
  const size = (p: typeof el.motto) => {
    const s = p ? stats([p]).sizes : [];
    return s.length === 1 ? s[0] : undefined;
  };
  const title = size(el.nationalTitle);
  const motto = size(el.motto);
  const date = size(el.placeDate);
  if (title === undefined || motto === undefined) return;
  if (motto !== title + 1 || (date !== undefined && date !== motto)) {
    const found = [title, motto, date].filter((v): v is number => v !== undefined);
    c.f.add('header-sizes', el.motto!, word('headerSizes', { sizes: num(found, 'pt', { sep: '/' }) }), num([title, title + 1, title + 1], 'pt', { sep: '/' }));
  }
}

function checkNumber(c: Ctx): void {
  const { el, f } = c;
  const p = el.number;
  if (!p) {
    f.add('number', el.issuer[el.issuer.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 }, word('missing'), quote(NUMBER_EXAMPLE));
    return;
  }
  const text = key(p);
  const m = NUMBER_LINE.exec(text.replace(/QyĐ/g, 'QYĐ'));
  if (!m) f.add('number', p, quote(text), quote(NUMBER_EXAMPLE));
  else if (/^\d$/.test(m[1])) f.add('number-leading-zero', p, quote(m[1]), quote(`0${m[1]}`));
  checkFormat(c, 'number-format', [p], 'number');
}

function checkPlaceDate(c: Ctx): void {
  const { el, f } = c;
  const p = el.placeDate;
  if (!p) {
    f.add('place-date', el.motto ?? el.nationalTitle ?? { part: c.doc.paras[0]?.part ?? '', section: 0 }, word('missing'), word('placeDateForm'));
    return;
  }
  const text = norm(displayed(p));
  const m = PLACE_DATE.exec(text);
  const capitalised = (place: string) => place.split(' ').every((word) => /^[\p{Lu}\p{N}]/u.test(word));
  if (!m || !capitalised(m[1])) f.add('place-date', p, quote(text), word('placeDateCapitalised'));
  if (m) {
    // The words of the date line, as the document writes them.
    const [, , day, month] = m;
    const found: Phrase[] = [];
    const want: Phrase[] = [];
    if (/^[1-9]$/.test(day)) found.push(lit(`ngày ${day}`)), want.push(lit(`ngày 0${day}`));
    if (/^[12]$/.test(month)) found.push(lit(`tháng ${month}`)), want.push(lit(`tháng 0${month}`));
    if (found.length) f.add('date-leading-zero', p, list(found), list(want));
  }
  checkFormat(c, 'place-date-format', [p], 'placeDate');
}

export function checkTitle(c: Ctx): void {
  const { el, f } = c;
  if (el.congVan) return;
  const after = el.placeDate ?? el.number ?? el.motto ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
  if (!el.type) {
    f.add('type', after, word('missing'), word('typeExpected'));
    return;
  }
  checkFormat(c, 'type-format', [el.type], 'type');
  if (!el.summary.length) {
    f.add('summary', el.type, word('missing'), word('summaryExpected'));
    return;
  }
  checkFormat(c, 'summary-format', el.summary, 'summary');
  // Promulgated by a decision: the summary's line stands under the "(Ban hành kèm theo …)" line.
  checkRuleLine(c, 'summary-rule', el.summary, RANGES.summaryRuleRatio, el.promulgation.length ? el.promulgation : undefined);
}
