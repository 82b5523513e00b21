/**
 * The end of a plan: the closing paragraph(s) ("Trên đây là …", the final "./." removed), the
 * signature block ("TM."/"KT."/"Q."/"TL."/"TUQ.", positions, name; "(Đã ký)" dropped), the
 * recipients with their purposes ("(b/c)", "(để báo cáo)", "(thực hiện)") and the archive line
 * ("Lưu: VT, …"). In a DOCX, "Nơi nhận" and the signature usually share a borderless 1×2 or 2×2
 * table; in a text they come as two columns, or one after the other.
 */
import type { PlanRecipient, PlanSignature } from '../plan/types.js';
import { collapse } from './inline.js';
import { excerpt, type Notes } from './notes.js';
import { splitPieces, textOf } from './pieces.js';
import type { Block, Line, SourceRef } from './types.js';

export const RECIPIENTS = /^n[ơo]i\s+nh[ậa]n(?![\p{L}\p{N}])/iu;
export const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(\S.*)$/u;
const PLACEHOLDER_SIGN = /^[([]?\s*(đã\s*ký|ký|chữ\s*ký|ký\s*tên|ký,?\s*ghi\s*rõ\s*họ\s*tên|ký,?\s*đóng\s*dấu|ký\s*và\s*đóng\s*dấu|đã\s*ký\s*và\s*đóng\s*dấu)[^)\]]*[)\]]?$/iu;

export const isUpperText = (t: string): boolean => /\p{L}/u.test(t) && t === t.toLocaleUpperCase('vi');

/** Where the signature block and recipients start: a table or a line with "Nơi nhận" or "TM./KT.…". */
export function findEnd(blocks: Block[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.kind === 'table') {
      const cells = b.table.rows.flat();
      if (cells.some((c) => c.some((l) => RECIPIENTS.test(l.text))) || cells.some((c) => c.some((l) => AUTHORITY.test(l.text)))) return i;
      continue;
    }
    const l = b.line;
    if (!l.text) continue;
    const first = l.columns ? collapse(textOf(l.columns[0])) : l.text;
    if (RECIPIENTS.test(first) || (AUTHORITY.test(first) && isUpperText(first))) return i;
    if (l.columns?.some((c) => AUTHORITY.test(collapse(textOf(c))))) return i;
  }
  return to;
}

export interface EndResult {
  signature?: PlanSignature;
  signatureSrc?: SourceRef;
  recipients: PlanRecipient[];
  recipientsSrc?: SourceRef;
  archive?: { units?: string | string[]; note?: string };
  archiveSrc?: SourceRef;
  /** Lines of the end block that fit neither. */
  unplaced: { text: string; src: SourceRef }[];
}

interface Piece2 {
  text: string;
  src: SourceRef;
}

/** Split the end block into the recipients column and the signature column, then read both. */
export function readEnd(blocks: Block[], notes: Notes): EndResult {
  const left: Piece2[] = [];
  const right: Piece2[] = [];
  const lines = (l: Line) => splitPieces(l.pieces, /\n/g).map((p) => collapse(textOf(p))).filter(Boolean);
  for (const b of blocks) {
    if (b.kind === 'table') {
      const rows = b.table.rows;
      let recCol = -1;
      rows.forEach((row) => row.forEach((cell, c) => cell.some((l) => RECIPIENTS.test(l.text)) && (recCol = c)));
      for (const row of rows) {
        row.forEach((cell, c) => {
          const side = recCol >= 0 ? (c === recCol ? left : right) : right;
          for (const l of cell) for (const t of lines(l)) side.push({ text: t, src: l.src });
        });
      }
      continue;
    }
    const l = b.line;
    if (!l.text) continue;
    if (l.columns) {
      const cols = l.columns.map((c) => collapse(textOf(c)));
      // Two columns: recipients on the left, the signature on the right.
      const leftText = cols[0];
      if (RECIPIENTS.test(leftText) || /^[-–+•]/u.test(leftText) || /^lưu(?![\p{L}\p{N}])/iu.test(leftText)) {
        left.push({ text: leftText, src: l.src });
        for (const t of cols.slice(1)) right.push({ text: t, src: l.src });
        continue;
      }
      for (const t of cols) (isUpperText(t) || AUTHORITY.test(t) ? right : left).push({ text: t, src: l.src });
      continue;
    }
    for (const t of lines(l)) {
      if (RECIPIENTS.test(t) || /^[-–•+]\s*/u.test(t) || /^lưu\s*:/iu.test(t)) left.push({ text: t, src: l.src });
      else if (left.length && !right.length && /^[\p{Ll}(]/u.test(t)) left.push({ text: t, src: l.src });
      else right.push({ text: t, src: l.src });
    }
  }
  const out: EndResult = { recipients: [], unplaced: [] };
  readRecipients(left, out, notes);
  readSignature(right, out, notes);
  return out;
}

const PURPOSES = /^(để\s+)?(b\/c|báo cáo|t\/h|th\/h|thực hiện|biết|p\/h|phối hợp|chỉ đạo|theo dõi|đăng tải|đăng tin|niêm yết|giám sát|tổng hợp|kiểm tra|chỉ đạo thực hiện|triển khai|triển khai thực hiện|phối hợp thực hiện|báo cáo\s*\)?)$/iu;

function readRecipients(left: Piece2[], out: EndResult, notes: Notes): void {
  const items: Piece2[] = [];
  for (const p of left) {
    let t = p.text;
    const label = /^n[ơo]i\s+nh[ậa]n\s*:?\s*/iu.exec(t);
    if (label) {
      out.recipientsSrc = p.src;
      t = t.slice(label[0].length);
      if (!t) continue;
    }
    if (/^[-–•+]/u.test(t) || !items.length) items.push({ text: t, src: p.src });
    else items[items.length - 1] = { text: `${items[items.length - 1].text} ${t}`, src: items[items.length - 1].src };
  }
  for (const it of items) {
    const t = it.text.replace(/^[-–•+]\s*/u, '').replace(/[;.,]\s*$/u, '').trim();
    if (!t) continue;
    const archive = /^lưu\s*:?\s*(.*)$/iu.exec(t);
    if (archive) {
      out.archiveSrc = it.src;
      out.archive = readArchive(archive[1], it.src, notes);
      continue;
    }
    const m = /^(.*\S)\s*\(([^()]{1,40})\)$/u.exec(t);
    if (m && PURPOSES.test(m[2].trim())) out.recipients.push({ name: m[1].trim(), purpose: m[2].trim() });
    else out.recipients.push(t);
  }
}

function readArchive(rest: string, src: SourceRef, notes: Notes): { units?: string | string[]; note?: string } {
  const t = rest.replace(/[.;]\s*$/u, '').trim();
  const m = /^VT(?![\p{L}\p{N}])\s*,?\s*(.*?)\s*(?:\(([^()]*)\))?\s*$/u.exec(t);
  let unitsText = '';
  let note: string | undefined;
  if (m) {
    unitsText = m[1];
    note = m[2]?.trim() || undefined;
  } else {
    const n = /^(.*?)\s*(?:\(([^()]*)\))?\s*$/u.exec(t)!;
    unitsText = n[1];
    note = n[2]?.trim() || undefined;
    notes.add('import-guess', { what: 'archive', text: `Lưu: ${t}`, units: unitsText }, src, 'archive');
  }
  const units = unitsText.split(/\s*,\s*/).map((u) => u.trim()).filter(Boolean);
  return { ...(units.length === 1 ? { units: units[0] } : units.length ? { units } : {}), ...(note ? { note } : {}) };
}

function readSignature(right: Piece2[], out: EndResult, notes: Notes): void {
  const kept: Piece2[] = [];
  for (const p of right) {
    if (PLACEHOLDER_SIGN.test(p.text)) notes.add('import-dropped', { what: 'signature-mark', text: p.text }, p.src);
    else kept.push(p);
  }
  if (!kept.length) return;
  out.signatureSrc = kept[0].src;
  let collective: string | undefined;
  let authority: PlanSignature['authority'];
  let head: string | undefined;
  const titles: string[] = [];
  let name: string | undefined;
  for (const p of kept) {
    const a = AUTHORITY.exec(p.text);
    if (a && isUpperText(p.text)) {
      if (a[1] === 'TM') collective = a[2].trim();
      else {
        authority = a[1] as PlanSignature['authority'];
        head = a[2].trim();
      }
      continue;
    }
    if (isUpperText(p.text) && !name) titles.push(p.text);
    else if (!isUpperText(p.text)) {
      if (name) out.unplaced.push({ text: name, src: p.src });
      name = p.text;
    } else out.unplaced.push({ text: p.text, src: p.src });
  }
  if (!authority && collective) authority = 'TM';
  let title = titles.join(' ');
  if (!title && authority === 'Q' && head) title = head;
  if (titles.length > 1) notes.add('import-guess', { what: 'signature', text: title }, kept[0].src, 'signature.title');
  if (!title && !name) return;
  out.signature = {
    authority: authority ?? 'none',
    ...(collective ? { collective } : {}),
    ...(head ? { head } : {}),
    title,
    ...(name ? { name } : {}),
  };
  if (name && name.length > 60) notes.add('import-guess', { what: 'signature-name', text: excerpt(name) }, kept[kept.length - 1].src, 'signature.name');
}

/**
 * The closing among the last body paragraphs: the one ending in "./." (that mark removed), from a
 * "Trên đây là …" paragraph just before it if there is one.
 */
export function takeClosing(paras: Line[], notes: Notes): { closing: Line[]; rest: Line[] } {
  const unlabelled = (l: Line) => !l.auto && !/^([IVXLC]+|\d+(\.\d+)*|[a-zđA-Z])[.)]\s|^[-–+•]\s/u.test(l.text);
  let end = -1;
  for (let i = paras.length - 1; i >= Math.max(0, paras.length - 6); i--) {
    if (/\.\s*\/\s*\.\s*$/u.test(paras[i].text) && unlabelled(paras[i])) {
      end = i;
      break;
    }
  }
  let start = end;
  const trenDay = (l: Line) => /^(trên đây|như vậy)(?![\p{L}\p{N}])/iu.test(l.text);
  if (end >= 0) {
    for (let i = end; i >= Math.max(0, end - 4) && unlabelled(paras[i]); i--) {
      if (trenDay(paras[i])) {
        start = i;
        break;
      }
    }
  } else {
    for (let i = paras.length - 1; i >= Math.max(0, paras.length - 4) && unlabelled(paras[i]); i--) {
      if (trenDay(paras[i])) {
        start = i;
        end = paras.length - 1;
        notes.add('import-guess', { what: 'closing', text: excerpt(paras[i].text) }, paras[i].src, 'closing');
        break;
      }
    }
  }
  if (start < 0) {
    notes.add('import-guess', { what: 'no-closing' }, paras[paras.length - 1]?.src);
    return { closing: [], rest: paras };
  }
  const tail = paras.slice(end + 1);
  for (const t of tail) notes.add('import-unplaced', { text: excerpt(t.text) }, t.src, 'closing');
  return { closing: paras.slice(start, end + 1).concat(tail), rest: paras.slice(0, start) };
}

/** "…thực hiện./." → "…thực hiện." (the tool adds "./." itself). */
export function stripEndMark(inline: string): string {
  return inline.replace(/\s*\.\s*\/\s*\.\s*(\**)\s*$/u, '.$1').replace(/\.(\**)\.$/u, '.$1');
}
