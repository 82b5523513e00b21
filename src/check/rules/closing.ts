/** Signature, recipients, appendices and tables (Phụ lục I, Mục II khoản 7 và 9; Mục III khoản 1). */
import { RANGES } from '../../decree30/measures.js';
import { toRoman } from '../../decree30/numbering.js';
import { key } from '../elements.js';
import { checkFormat, say, type Ctx } from './common.js';

const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.$/;
const AUTHORITY_LIKE = /^(T\.?M|K\.?T|Q|T\.?L|T\.?U\.?Q)[.:/]*$/;
const SPELLED_OUT = /^(THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN|THỪA UỶ QUYỀN)\s/u;
const ACADEMIC_TITLE = /^(GS|PGS|TS|TSKH|ThS|Ths|BS|KS|CN|NGND|NGƯT)\.?(\s|$)/u;

export function checkSignature(c: Ctx): void {
  const { el, f, w } = c;
  if (el.kind !== 'document') return;
  const { lines, name } = el.signature;
  if (!lines.length) {
    const at = el.body[el.body.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
    f.add('signature', at, w.missing, say(c, 'quyền hạn, chức vụ, họ tên người ký', 'authority, position and name of the signer'));
    return;
  }
  checkFormat(c, 'signature-authority', lines, { size: RANGES.signature, bold: true, italic: false, upper: true });
  lines.forEach((p, i) => {
    const text = key(p);
    const token = text.split(' ')[0];
    if (!AUTHORITY.test(token) && (AUTHORITY_LIKE.test(token) || SPELLED_OUT.test(text))) {
      f.add('signature-authority', p, `"${text}"`, '"TM.", "KT.", "Q.", "TL.", "TUQ." + …');
    } else if (token === 'KT.' && i === lines.length - 1) {
      f.add('signature-authority', p, say(c, `"${text}" là dòng cuối`, `"${text}" is the last line`), say(c, 'sau "KT." có dòng chức vụ người ký', 'the signer\'s position after "KT."'));
    }
  });
  if (name) {
    checkFormat(c, 'signature-name', [name], { size: RANGES.signature, bold: true, italic: false, upper: false });
    const m = ACADEMIC_TITLE.exec(key(name));
    if (m) f.add('signature-name', name, `"${key(name)}"`, say(c, 'họ tên, không có học hàm, học vị', 'the name without academic titles'));
  }
}

export function checkRecipients(c: Ctx): void {
  const { el, f, w } = c;
  if (el.kind !== 'document') return;
  const { label, items, archive } = el.recipients;
  if (!label) {
    const at = el.signature.lines[0] ?? el.body[el.body.length - 1] ?? { part: c.doc.paras[0]?.part ?? '', section: 0 };
    f.add('recipients-label', at, w.missing, '"Nơi nhận:"');
    return;
  }
  if (key(label) !== 'Nơi nhận:') f.add('recipients-label', label, `"${key(label)}"`, '"Nơi nhận:"');
  checkFormat(c, 'recipients-label', [label], { size: RANGES.recipientsLabel, bold: true, italic: true });
  if (label.fmt.jc === 'center' || label.fmt.jc === 'right' || label.fmt.jc === 'end' || (label.fmt.indLeft ?? 0) + (label.fmt.indFirst ?? 0) > 0) {
    f.add('recipients-label', label, w.aligned(label.fmt.jc ?? 'left'), say(c, 'sát lề trái', 'flush left'));
  }
  const list = items.filter((p) => p !== archive);
  checkFormat(c, 'recipients-items', list, { size: RANGES.recipients, italic: false });
  // An item starts with "-" and may wrap onto continuation lines; its last line ends with ";".
  let open = false;
  list.forEach((p, i) => {
    const text = key(p);
    const next = list[i + 1];
    if (!/^[-–]/.test(text) && !open) f.add('recipients-items', p, `"${text}"`, '"- …;"');
    if ((!next || /^[-–]/.test(key(next))) && !text.endsWith(';')) f.add('recipients-items', p, `"…${text.slice(-1)}"`, '"…;"');
    open = !/[;.]$/.test(text);
  });
  if (!archive) f.add('recipients-archive', items[items.length - 1] ?? label, w.missing, '"- Lưu: VT, …."');
  else {
    const text = key(archive);
    const expected = say(c, '"- Lưu: VT, <đơn vị soạn thảo> (<số bản>)."', '"- Lưu: VT, <drafting unit> (<copies>)."');
    if (items[items.length - 1] !== archive || !/^- Lưu: VT(, .+)?\.$/u.test(text)) f.add('recipients-archive', archive, `"${text}"`, expected);
    // "- Lưu: VT." names no drafting unit: a lesser defect, often copied from the original document.
    else if (text === '- Lưu: VT.') f.add('recipients-archive', archive, `"${text}"`, expected, { severity: 'warning' });
    checkFormat(c, 'recipients-items', [archive], { size: RANGES.recipients, italic: false });
  }
}

export function checkAppendices(c: Ctx): void {
  const { el, f, w } = c;
  const many = el.kind === 'document' && el.appendices.length > 1;
  if (el.kind === 'document' && el.appendices.length && !el.body.some((p) => /phụ lục/iu.test(key(p)))) {
    f.add('appendix-reference', el.appendices[0].label, w.missing, say(c, 'chỉ dẫn "… Phụ lục …" trong nội dung', 'a reference "… Phụ lục …" in the body'));
  }
  el.appendices.forEach((a, i) => {
    const text = key(a.label);
    const numeral = text.replace(/^phụ lục\s*/iu, '');
    const want = many ? `Phụ lục ${toRoman(i + 1)}` : undefined;
    if (!/^Phụ lục(\s|$)/u.test(text) || (want && text !== want)) f.add('appendix-label', a.label, `"${text}"`, `"${want ?? (numeral ? `Phụ lục ${numeral}` : 'Phụ lục')}"`);
    checkFormat(c, 'appendix-label', [a.label], { size: RANGES.appendixLabel, bold: true, italic: false, centred: true });
    if (a.title.length) checkFormat(c, 'appendix-title', a.title, { size: RANGES.appendixTitle, bold: true, italic: false, upper: true, centred: true });
    if (!a.ref.length) f.add('appendix-ref-line', a.title[a.title.length - 1] ?? a.label, w.missing, '"(Kèm theo … số … ngày … của …)"');
    else checkFormat(c, 'appendix-ref-line', a.ref, { size: RANGES.appendixRef, italic: true, centred: true });
  });
  const tables = [...el.bodyTables, ...el.appendices.flatMap((a) => a.tables)];
  for (const t of tables) {
    if (t.nested || t.rows.length < 3 || t.rows[0].header) continue;
    const first = t.paras.find((p) => p.text.trim()) ?? t.paras[0];
    if (first) f.add('table-header-repeat', first, say(c, 'dòng đầu không lặp lại', 'first row not repeated'), say(c, 'lặp lại dòng tiêu đề ở mỗi trang', 'header row repeated on every page'));
  }
}
