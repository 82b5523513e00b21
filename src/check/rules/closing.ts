/** Signature, recipients, appendices and tables (Phụ lục I, Mục II khoản 7 và 9; Mục III khoản 1). */
import { ARCHIVE_WITHOUT_UNIT, archiveProblem } from '../../decree30/archive.js';
import { toRoman } from '../../decree30/numbering.js';
import { AUTHORITIES } from '../../decree30/vocabulary.js';
import { RECIPIENTS_LABEL } from '../../decree30/wording.js';
import { list as listOf, quote, word } from '../../diagnostics/index.js';
import { key } from '../elements.js';
import { aligned, checkFormat, type Ctx } from './common.js';

const AUTHORITY = new RegExp(`^(${AUTHORITIES.join('|')})\\.$`);
/** "TM.", "KT.", "Q.", "TL.", "TUQ." followed by the position. */
const AUTHORITY_MARKS = word('authorityMarks', { marks: listOf(AUTHORITIES.map((a) => quote(`${a}.`))) });
const AUTHORITY_LIKE = /^(T\.?M|K\.?T|Q|T\.?L|T\.?U\.?Q)[.:/]*$/;
const SPELLED_OUT = /^(THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN|THỪA UỶ QUYỀN)\s/u;
const ACADEMIC_TITLE = /^(GS|PGS|TS|TSKH|ThS|Ths|BS|KS|CN|NGND|NGƯT)\.?(\s|$)/u;

export function checkSignature(c: Ctx): void {
  const { el, f } = c;
  if (el.kind !== 'document') return;
  const { lines, name } = el.signature;
  // A document promulgated by a decision may end without a signature (the decision is signed).
  if (!lines.length && el.promulgation.length) return;
  if (!lines.length) {
    const at = el.body[el.body.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
    f.add('signature', at, word('missing'), word('signerExpected'));
    return;
  }
  checkFormat(c, 'signature-authority', lines, 'signatureAuthority');
  lines.forEach((p, i) => {
    const text = key(p);
    const token = text.split(' ')[0];
    if (!AUTHORITY.test(token) && (AUTHORITY_LIKE.test(token) || SPELLED_OUT.test(text))) {
      f.add('signature-authority', p, quote(text), AUTHORITY_MARKS);
    } else if (token === 'KT.' && i === lines.length - 1) {
      f.add('signature-authority', p, word('isLastLine', { text: quote(text) }), word('positionAfterKt'));
    }
  });
  if (name) {
    checkFormat(c, 'signature-name', [name], 'signatureName');
    const m = ACADEMIC_TITLE.exec(key(name));
    if (m) f.add('signature-name', name, quote(key(name)), word('nameWithoutTitles'));
  } else f.add('signature-name-missing', lines[lines.length - 1], word('missing'), word('signerNameExpected'));
}

export function checkRecipients(c: Ctx): void {
  const { el, f } = c;
  if (el.kind !== 'document') return;
  const { label, items, archive } = el.recipients;
  // The decision a document is promulgated with carries its recipients.
  if (!label && el.promulgation.length) return;
  if (!label) {
    const at = el.signature.lines[0] ?? el.body[el.body.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
    f.add('recipients-label', at, word('missing'), quote(RECIPIENTS_LABEL));
    return;
  }
  if (key(label) !== RECIPIENTS_LABEL) f.add('recipients-label', label, quote(key(label)), quote(RECIPIENTS_LABEL));
  checkFormat(c, 'recipients-label', [label], 'recipientsLabel');
  if (label.fmt.jc === 'center' || label.fmt.jc === 'right' || label.fmt.jc === 'end' || (label.fmt.indLeft ?? 0) + (label.fmt.indFirst ?? 0) > 0) {
    f.add('recipients-label', label, aligned(label.fmt.jc), word('flushLeft'));
  }
  const list = items.filter((p) => p !== archive);
  checkFormat(c, 'recipients-items', list, 'recipients');
  // An item starts with "-" and may wrap onto continuation lines; its last line ends with ";".
  let open = false;
  list.forEach((p, i) => {
    const text = key(p);
    const next = list[i + 1];
    if (!/^[-–]/.test(text) && !open) f.add('recipients-items', p, quote(text), quote('- …;'));
    if ((!next || /^[-–]/.test(key(next))) && !text.endsWith(';')) f.add('recipients-items', p, quote(`…${text.slice(-1)}`), quote('…;'));
    open = !/[;.]$/.test(text);
  });
  if (!archive) f.add('recipients-archive', items[items.length - 1] ?? label, word('missing'), quote('- Lưu: VT, ….'));
  else {
    const text = key(archive);
    const expected = word('archiveForm');
    const problem = archiveProblem(text);
    if (items[items.length - 1] !== archive || problem === 'form') f.add('recipients-archive', archive, quote(text), expected);
    // "- Lưu: VT." names no drafting unit: the lesser defect `build` warns about too (decree30/archive.ts).
    else if (problem === 'no-unit') f.add('recipients-archive', archive, quote(text), expected, { severity: ARCHIVE_WITHOUT_UNIT });
    checkFormat(c, 'recipients-items', [archive], 'recipients');
  }
}

export function checkAppendices(c: Ctx): void {
  const { el, f } = c;
  const many = el.kind === 'document' && el.appendices.length > 1;
  if (el.kind === 'document' && el.appendices.length && !el.body.some((p) => /phụ lục/iu.test(key(p)))) {
    f.add('appendix-reference', el.appendices[0].label, word('missing'), word('appendixReference'));
  }
  el.appendices.forEach((a, i) => {
    const text = key(a.label);
    const numeral = text.replace(/^phụ lục\s*/iu, '');
    const want = many ? `Phụ lục ${toRoman(i + 1)}` : undefined;
    if (!/^Phụ lục(\s|$)/u.test(text) || (want && text !== want)) f.add('appendix-label', a.label, quote(text), quote(want ?? (numeral ? `Phụ lục ${numeral}` : 'Phụ lục')));
    checkFormat(c, 'appendix-label', [a.label], 'appendixLabel');
    if (a.title.length) checkFormat(c, 'appendix-title', a.title, 'appendixTitle');
    if (!a.ref.length) f.add('appendix-ref-line', a.title[a.title.length - 1] ?? a.label, word('missing'), quote('(Kèm theo … số … ngày … của …)'));
    else checkFormat(c, 'appendix-ref-line', a.ref, 'appendixRef');
  });
  const tables = [...el.bodyTables, ...el.appendices.flatMap((a) => a.tables)];
  for (const t of tables) {
    if (t.nested || t.rows.length < 3 || t.rows[0].header) continue;
    const first = t.paras.find((p) => p.text.trim()) ?? t.paras[0];
    if (first) f.add('table-header-repeat', first, word('headerRowNotRepeated'), word('headerRowRepeated'));
  }
}
