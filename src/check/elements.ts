/**
 * Recognise the Decree-30 elements of any DOCX by content and position, not by style names:
 * national title and motto, issuer, number, place and date (normally a borderless header table),
 * type and summary, grounds, body, signature, recipients and appendices. A file that opens with
 * "Phụ lục …" is a stand-alone appendix (as the decree's own Phụ lục files are).
 */
import { isPlaced } from './layout.js';
import type { Block, DocModel, Para, Table } from '../docx-read/document.js';
import { GROUND_START, groundsIn } from '../decree30/wording.js';
import { displayed, isEmpty, isUpper, norm } from './text.js';

export interface Appendix {
  label: Para;
  title: Para[];
  /** The "(Kèm theo …)" lines. */
  ref: Para[];
  body: Para[];
  tables: Table[];
}

export interface Elements {
  kind: 'document' | 'appendix';
  headerTable?: Table;
  nationalTitle?: Para;
  motto?: Para;
  parent: Para[];
  issuer: Para[];
  number?: Para;
  placeDate?: Para;
  /** "V/v …": the summary of a công văn, under its number. */
  congVan?: Para;
  type?: Para;
  summary: Para[];
  /**
   * "(Ban hành kèm theo Quyết định số … ngày … của …)" under the summary: a document promulgated
   * by a decision, with no number nor place and date of its own (Phụ lục III, the sample of a
   * document issued with a decision).
   */
  promulgation: Para[];
  grounds: Para[];
  /** Grounds run together in upright paragraphs ("Căn cứ …; Căn cứ …;") opening the body. */
  groundsUpright: Para[];
  /** Text paragraphs of the main content (grounds included), outside tables. */
  body: Para[];
  bodyTables: Table[];
  signature: { lines: Para[]; name?: Para };
  recipients: { label?: Para; items: Para[]; archive?: Para };
  appendices: Appendix[];
}

const NATIONAL_TITLE = /^cộng h(?:òa|oà) xã hội chủ nghĩa việt nam$/iu;
const MOTTO = /^độc lập\s*[-–—]?\s*tự do\s*[-–—]?\s*hạnh phúc$/iu;
const PLACE_DATE = /,?\s*ngày\b.*\btháng\b.*\bnăm\b/iu;
const NUMBER = /^số\s*[:.]?\s*[\d.…_ ]*\//iu;
const APPENDIX_LABEL = /^phụ lục(\s+[\p{L}\d]{1,8})?$/iu;
const RECIPIENTS = /^nơi nhận\b/iu;
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\s*\./;
/** The line of the decision a document is promulgated with: "(Ban hành kèm theo Quyết định số …)". */
const PROMULGATION = /^\((ban hành |được ban hành |phê duyệt )?kèm theo (quyết định|nghị quyết|thông tư|nghị định)\b/iu;
export const RULE_TEXT = /^_{3,}$/;

export const key = (p: Para): string => norm(p.text);

export function isRuleParagraph(p: Para): boolean {
  const t = key(p).replace(/ /g, '');
  // A floating line anchored in an empty paragraph may stand anywhere: it is placed by its offsets (measure.ts).
  return RULE_TEXT.test(t) || (t === '' && (!!p.fmt.borderBottom || p.lines.some((l) => !isPlaced(l))));
}

export function isAppendixLabel(p: Para): boolean {
  return APPENDIX_LABEL.test(key(p));
}

/** "(Đã ký)", "[ (Đã ký)", "(Chữ ký, dấu)": stand-ins for the signature, not the signer's name. */
const isPlaceholder = (t: string) => /^[([]/.test(t);

/** Paragraphs of a block range (blocks are numbered by their position in doc.blocks), top level only. */
function topParas(blocks: Block[], from: number, to: number): Para[] {
  return blocks.slice(from, to).flatMap((b) => (b.kind === 'p' ? [b.para] : []));
}

function tablesIn(blocks: Block[], from: number, to: number): Table[] {
  return blocks.slice(from, to).flatMap((b) => (b.kind === 'tbl' ? [b.table] : []));
}

export function recognise(doc: DocModel): Elements {
  const el: Elements = { kind: 'document', parent: [], issuer: [], summary: [], promulgation: [], grounds: [], groundsUpright: [], body: [], bodyTables: [], signature: { lines: [] }, recipients: { items: [] }, appendices: [] };
  const text = doc.paras.filter((p) => !isEmpty(p));
  if (text[0] && !text[0].cell && isAppendixLabel(text[0])) {
    el.kind = 'appendix';
    el.appendices = appendices(doc, 0);
    return el;
  }
  recogniseHeader(doc, el, text);
  const titleEnd = recogniseTitle(doc, el);
  const firstAppendix = doc.blocks.findIndex((b, i) => i >= titleEnd && b.kind === 'p' && isAppendixLabel(b.para) && b.para.fmt.jc === 'center');
  const mainEnd = firstAppendix < 0 ? doc.blocks.length : firstAppendix;
  const bodyEnd = recogniseClosing(doc, el, titleEnd, mainEnd);
  el.body = topParas(doc.blocks, titleEnd, bodyEnd).filter((p) => !isEmpty(p) && !isRuleParagraph(p));
  el.bodyTables = tablesIn(doc.blocks, titleEnd, bodyEnd).filter((t) => t !== el.headerTable);
  // Grounds: a list of italic lines "Căn cứ …;" opening the body. Plans often open instead with an
  // upright paragraph of prose that cites its grounds; that is an opening, not a list of grounds.
  const italic = (p: Para) => p.runs.filter((r) => r.text.trim()).every((r) => r.fmt.italic);
  const ground = (p: Para) => GROUND_START.test(key(p));
  if (el.body[0] && ground(el.body[0]) && italic(el.body[0])) {
    for (const p of el.body) {
      if (!italic(p) && !ground(p)) break;
      el.grounds.push(p);
    }
  } else {
    // Upright paragraphs made of grounds ("Căn cứ …; Căn cứ …;"): still an opening, but set as grounds should not be.
    for (const p of el.body) {
      if (!groundsIn(key(p))) break;
      el.groundsUpright.push(p);
    }
  }
  if (firstAppendix >= 0) el.appendices = appendices(doc, firstAppendix);
  return el;
}

function recogniseHeader(doc: DocModel, el: Elements, text: Para[]): void {
  const head = text.slice(0, 30);
  el.nationalTitle = head.find((p) => NATIONAL_TITLE.test(key(p)));
  const after = el.nationalTitle ? head.slice(head.indexOf(el.nationalTitle) + 1, head.indexOf(el.nationalTitle) + 4) : head;
  el.motto = after.find((p) => MOTTO.test(key(p)));
  const anchor = el.nationalTitle ?? el.motto;
  el.headerTable = anchor?.cell ? outerTable(doc, anchor) : undefined;
  const region = el.headerTable ? el.headerTable.paras : head.slice(0, anchor ? head.indexOf(anchor) + 6 : 12);
  el.number = region.find((p) => NUMBER.test(key(p)) || /^số\s*:/i.test(key(p)));
  el.placeDate = region.find((p) => p !== el.number && PLACE_DATE.test(key(p)));
  el.congVan = region.find((p) => /^v\/v\b/i.test(key(p)));
  const special = new Set([el.nationalTitle, el.motto, el.number, el.placeDate, el.congVan]);
  // Issuer lines: in the header table, the column(s) other than the national title's, above the number
  // and above the issuer's rule line; without a table, the lines above the national title.
  let candidates: Para[];
  if (el.headerTable && anchor?.cell) {
    const col = anchor.cell.col;
    candidates = region.filter((p) => p.cell && p.cell.col !== col && !special.has(p) && (!el.number || p.index < el.number.index));
  } else {
    candidates = anchor ? text.slice(0, text.indexOf(anchor)) : [];
  }
  const ruleAt = candidates.findIndex(isRuleParagraph);
  if (ruleAt >= 0) candidates = candidates.slice(0, ruleAt);
  candidates = candidates.filter((p) => !isEmpty(p) && !isRuleParagraph(p));
  let split = candidates.length;
  while (split > 0 && candidates[split - 1].runs.some((r) => r.fmt.bold)) split--;
  if (split === candidates.length) split = Math.max(0, candidates.length - 1);
  el.parent = candidates.slice(0, split);
  el.issuer = candidates.slice(split);
}

function outerTable(doc: DocModel, p: Para): Table | undefined {
  const b = doc.blocks[p.block];
  return b?.kind === 'tbl' ? b.table : undefined;
}

/** Type and summary right after the header; returns the block index where the body starts. */
function recogniseTitle(doc: DocModel, el: Elements): number {
  const headerEnd = el.headerTable ? el.headerTable.block + 1 : startAfterHeader(doc, el);
  const rest = topParas(doc.blocks, headerEnd, doc.blocks.length);
  const next = rest.filter((p) => !isEmpty(p));
  let i = 0;
  const first = next[i];
  if (first && !el.congVan && !isRuleParagraph(first) && isUpper(displayed(first)) && key(first).length <= 60 && !isAppendixLabel(first)) {
    el.type = first;
    i++;
  }
  if (el.type) {
    const s = next[i];
    if (s && !isRuleParagraph(s) && !/^(căn cứ|kính gửi)(?!\p{L})/iu.test(key(s))) {
      el.summary.push(s);
      let j = i + 1;
      for (; j < next.length && el.summary.length < 3; j++) {
        const c = next[j];
        if (isRuleParagraph(c) || PROMULGATION.test(key(c)) || c.fmt.jc !== 'center' || c.fmt.jc !== s.fmt.jc || c.block !== el.summary[el.summary.length - 1].block + 1) break;
        el.summary.push(c);
      }
      // "(Ban hành kèm theo Quyết định số … của …)", on one or more lines.
      if (next[j] && PROMULGATION.test(key(next[j]))) {
        for (; j < next.length && el.promulgation.length < 4; j++) {
          el.promulgation.push(next[j]);
          if (key(next[j]).endsWith(')')) break;
        }
      }
    }
  }
  const last = el.promulgation[el.promulgation.length - 1] ?? el.summary[el.summary.length - 1] ?? el.type;
  if (!last) return headerEnd;
  let end = last.block + 1;
  // The summary's rule line (and the empty spacers around it) belong to the title block.
  while (end < doc.blocks.length) {
    const b = doc.blocks[end];
    if (b.kind !== 'p' || !(isEmpty(b.para) || isRuleParagraph(b.para))) break;
    const wasRule = isRuleParagraph(b.para);
    end++;
    if (wasRule) break;
  }
  return end;
}

function startAfterHeader(doc: DocModel, el: Elements): number {
  const lastHeader = [el.placeDate, el.number, el.motto, el.nationalTitle].filter((p): p is Para => !!p).sort((a, b) => b.block - a.block)[0];
  if (!lastHeader) return 0;
  let end = lastHeader.block + 1;
  while (end < doc.blocks.length && doc.blocks[end].kind === 'p' && isRuleParagraph((doc.blocks[end] as { para: Para }).para)) end++;
  return end;
}

/** Signature block and recipients; returns the block index where the body ends. */
function recogniseClosing(doc: DocModel, el: Elements, from: number, to: number): number {
  const label = doc.paras.filter((p) => p.block >= from && p.block < to && RECIPIENTS.test(key(p))).pop();
  let bodyEnd = to;
  let sigParas: Para[] = [];
  if (label?.cell) {
    // The usual layout: one borderless row, "Nơi nhận" on the left, the signature on the right.
    const row = label.cell.table.rows[label.cell.row];
    const other = row.cells.filter((c) => c !== label.cell).find((c) => c.paras.some((p) => isUpper(displayed(p))));
    sigParas = other?.paras ?? [];
    el.recipients.items = label.cell.paras.slice(label.cell.paras.indexOf(label) + 1).filter((p) => !isEmpty(p));
    bodyEnd = label.block;
  } else if (!label && (sigParas = signatureCell(doc, from, to)).length) {
    // A signature block in a borderless table without "Nơi nhận" (a document promulgated by a decision).
    bodyEnd = sigParas[0].block;
  } else {
    const top = topParas(doc.blocks, from, to);
    const auth = top.find((p) => AUTHORITY.test(key(p)));
    bodyEnd = Math.min(auth?.block ?? to, label?.block ?? to);
    if (auth) sigParas = top.filter((p) => p.block >= auth.block && (!label || label.block < auth.block || p.block < label.block));
    if (label) {
      const after = top.filter((p) => p.block > label.block && (!auth || auth.block < label.block || p.block < auth.block));
      const end = after.findIndex((p) => !isEmpty(p) && !/^[-–+]/.test(key(p)) && !/^\s/.test(p.text));
      el.recipients.items = (end < 0 ? after : after.slice(0, end)).filter((p) => !isEmpty(p));
    }
  }
  if (label) el.recipients.label = label;
  el.recipients.archive = el.recipients.items.find((p) => /^[-–]?\s*lưu\s*:?/i.test(key(p)));
  const lines = sigParas.filter((p) => !isEmpty(p) && !isRuleParagraph(p));
  let k = 0;
  while (k < lines.length && isUpper(displayed(lines[k]))) k++;
  el.signature.lines = lines.slice(0, k);
  const name = lines.slice(k).filter((p) => !isPlaceholder(key(p)) && !isUpper(displayed(p))).pop();
  if (name && el.signature.lines.length) el.signature.name = name;
  return bodyEnd;
}

/** The paragraphs of the last table cell (of the blocks from … to) that opens with a signing authority. */
function signatureCell(doc: DocModel, from: number, to: number): Para[] {
  const tables = tablesIn(doc.blocks, from, to);
  for (const table of tables.reverse()) {
    for (const row of [...table.rows].reverse()) {
      const cell = row.cells.find((c) => c.paras.find((p) => !isEmpty(p)) && AUTHORITY.test(key(c.paras.find((p) => !isEmpty(p))!)));
      if (cell) return cell.paras;
    }
  }
  return [];
}

function appendices(doc: DocModel, from: number): Appendix[] {
  const starts: number[] = [];
  doc.blocks.forEach((b, i) => {
    if (i >= from && b.kind === 'p' && isAppendixLabel(b.para) && (i === from || b.para.fmt.jc === 'center')) starts.push(i);
  });
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? doc.blocks.length;
    const paras = topParas(doc.blocks, start, end).filter((p) => !isEmpty(p));
    const [label, ...rest] = paras;
    let i = 0;
    const title: Para[] = [];
    while (i < rest.length && title.length < 3 && !/^\(kèm theo/i.test(key(rest[i])) && !isRuleParagraph(rest[i]) && (title.length === 0 || isUpper(displayed(rest[i])))) title.push(rest[i++]);
    const ref: Para[] = [];
    if (i < rest.length && /^\(kèm theo/i.test(key(rest[i]))) {
      while (i < rest.length && ref.length < 4) {
        ref.push(rest[i]);
        if (key(rest[i++]).endsWith(')')) break;
      }
    }
    const body = rest.slice(i).filter((p) => !isRuleParagraph(p));
    return { label, title, ref, body, tables: tablesIn(doc.blocks, start, end) };
  });
}
