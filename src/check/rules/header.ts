/** Header and title block (Phụ lục I, Mục II, khoản 1–5). */
import { RANGES } from '../../decree30/measures.js';
import { key } from '../elements.js';
import { num } from '../findings.js';
import { displayed, norm, stats } from '../text.js';
import { checkFormat, checkRuleLine, say, type Ctx } from './common.js';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NUMBER_LINE = /^Số: ?(\d*|[.…_]*) ?\/(?:\d{4}\/)?([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)$/u;
const PLACE_DATE = /^(.+?), ngày ?(\d*|[.…_]*) tháng ?(\d*|[.…_]*) năm ?(\d{4}|[.…_]*)$/u;

export function checkHeader(c: Ctx): void {
  const { el, f, w } = c;
  const start = { part: c.doc.paras[0]?.part ?? 'word/document.xml', section: 0, text: '' };

  if (!el.nationalTitle) f.add('national-title', start, w.missing, NATIONAL_TITLE);
  else if (el.headerTable && el.nationalTitle.cell?.col === 0) f.add('national-title', el.nationalTitle, say(c, 'cột trái', 'left column'), say(c, 'cột phải (ô số 1)', 'right column (box 1)'));
  if (el.nationalTitle) checkFormat(c, 'national-title-format', [el.nationalTitle], { size: RANGES.nationalTitle, bold: true, italic: false, upper: true });

  if (!el.motto) f.add('motto', el.nationalTitle ?? start, w.missing, MOTTO);
  else {
    if (norm(displayed(el.motto)) !== MOTTO) f.add('motto', el.motto, `"${norm(displayed(el.motto))}"`, `"${MOTTO}"`);
    checkFormat(c, 'motto-format', [el.motto], { size: RANGES.motto, bold: true, italic: false, centred: true });
    checkRuleLine(c, 'motto-rule', [el.motto], [1, 1]);
  }
  checkHeaderSizes(c);

  if (!el.issuer.length) f.add('issuer', start, w.missing, say(c, 'tên cơ quan ban hành (ô số 2)', 'issuing agency (box 2)'));
  else {
    checkFormat(c, 'issuer-format', el.issuer, { size: RANGES.issuer, bold: true, italic: false, upper: true });
    checkRuleLine(c, 'issuer-rule', el.issuer, RANGES.issuerRuleRatio);
  }
  if (el.parent.length) checkFormat(c, 'parent-format', el.parent, { size: RANGES.issuer, bold: false, italic: false, upper: true });

  checkNumber(c);
  checkPlaceDate(c);
}

/** Footnote of the Mục V table: the motto and the date are one size above the national title. */
function checkHeaderSizes(c: Ctx): void {
  const { el, lang } = c;
  const size = (p: typeof el.motto) => {
    const s = p ? stats([p]).sizes : [];
    return s.length === 1 ? s[0] : undefined;
  };
  const title = size(el.nationalTitle);
  const motto = size(el.motto);
  const date = size(el.placeDate);
  if (title === undefined || motto === undefined) return;
  if (motto !== title + 1 || (date !== undefined && date !== motto)) {
    const names = say(c, 'Quốc hiệu / Tiêu ngữ / ngày tháng', 'national title / motto / date');
    const found = [title, motto, date].filter((v) => v !== undefined).map((v) => num(v!, lang)).join('/');
    c.f.add('header-sizes', el.motto!, `${names}: ${found} pt`, `${num(title, lang)}/${num(title + 1, lang)}/${num(title + 1, lang)} pt`);
  }
}

function checkNumber(c: Ctx): void {
  const { el, f, w } = c;
  const p = el.number;
  if (!p) {
    f.add('number', el.issuer[el.issuer.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 }, w.missing, '"Số: 05/KH-UBND"');
    return;
  }
  const text = key(p);
  const m = NUMBER_LINE.exec(text.replace(/QyĐ/g, 'QYĐ'));
  if (!m) f.add('number', p, `"${text}"`, '"Số: 05/KH-UBND"');
  else if (/^\d$/.test(m[1])) f.add('number-leading-zero', p, `"${m[1]}"`, `"0${m[1]}"`);
  checkFormat(c, 'number-format', [p], { size: RANGES.number, bold: false, italic: false, centred: true });
}

function checkPlaceDate(c: Ctx): void {
  const { el, f, w } = c;
  const p = el.placeDate;
  if (!p) {
    f.add('place-date', el.motto ?? el.nationalTitle ?? { part: c.doc.paras[0]?.part ?? '', section: 0 }, w.missing, say(c, '"<Địa danh>, ngày … tháng … năm …"', '"<Place>, ngày … tháng … năm …"'));
    return;
  }
  const text = norm(displayed(p));
  const m = PLACE_DATE.exec(text);
  const capitalised = (place: string) => place.split(' ').every((word) => /^[\p{Lu}\p{N}]/u.test(word));
  if (!m || !capitalised(m[1])) f.add('place-date', p, `"${text}"`, say(c, '"<Địa danh viết hoa>, ngày … tháng … năm …"', '"<Capitalised place>, ngày … tháng … năm …"'));
  if (m) {
    const [, , day, month] = m;
    const found: string[] = [];
    const want: string[] = [];
    if (/^[1-9]$/.test(day)) found.push(`ngày ${day}`), want.push(`ngày 0${day}`);
    if (/^[12]$/.test(month)) found.push(`tháng ${month}`), want.push(`tháng 0${month}`);
    if (found.length) f.add('date-leading-zero', p, found.join(', '), want.join(', '));
  }
  checkFormat(c, 'place-date-format', [p], { size: RANGES.placeDate, bold: false, italic: true, upper: false, centred: true });
}

export function checkTitle(c: Ctx): void {
  const { el, f, w } = c;
  if (el.congVan) return;
  const after = el.placeDate ?? el.number ?? el.motto ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
  if (!el.type) {
    f.add('type', after, w.missing, say(c, 'tên loại văn bản in hoa, ví dụ "KẾ HOẠCH"', 'document type in capitals, e.g. "KẾ HOẠCH"'));
    return;
  }
  checkFormat(c, 'type-format', [el.type], { size: RANGES.type, bold: true, italic: false, upper: true, centred: true });
  if (!el.summary.length) {
    f.add('summary', el.type, w.missing, say(c, 'trích yếu ngay dưới tên loại', 'a summary under the type'));
    return;
  }
  checkFormat(c, 'summary-format', el.summary, { size: RANGES.summary, bold: true, italic: false, upper: false, centred: true });
  checkRuleLine(c, 'summary-rule', el.summary, RANGES.summaryRuleRatio);
}
