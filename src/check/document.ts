/**
 * A DOCX read into what the checker needs: every paragraph in document order (body and table
 * cells; text boxes are left out) with its text, numbering label, effective paragraph and run
 * formatting, fields and line shapes; tables with their grid; sections with page set-up and
 * header/footer parts; and the header and footer paragraphs.
 *
 * Pages: a DOCX stores no pages. When Word saved its last layout (w:lastRenderedPageBreak), that
 * layout plus explicit breaks and section starts give each paragraph's page; otherwise pages are
 * left unknown rather than guessed.
 */
import type { DocxPackage } from './package.js';
import { ListNumbering } from './numbering.js';
import { cellMargins, parseRPr, parsePPr, StyleSheet, themeFonts, type EffectiveRun, type ParaProps } from './styles.js';
import { attr, child, elements, intAttr, onOff, val, type El } from './xml.js';

export interface Run {
  text: string;
  fmt: EffectiveRun;
}

export interface Field {
  /** Field instruction, e.g. "PAGE \* MERGEFORMAT". */
  instr: string;
  fmt: EffectiveRun;
}

export interface Para {
  part: string;
  /** 1-based position among the paragraphs of its part, table cells included. */
  index: number;
  /** 0-based section. */
  section: number;
  page?: number;
  /** Numbering label (if any) followed by the runs' text; tabs as "\t", line breaks as "\n". */
  text: string;
  label: string;
  runs: Run[];
  fmt: ParaProps;
  styleId?: string;
  /** Size of the paragraph mark, which sets the height of an empty paragraph. */
  markSizePt: number;
  cell?: Cell;
  /** Index of the top-level block (paragraph or table) it belongs to. */
  block: number;
  /** Lengths in points of horizontal line shapes anchored in the paragraph. */
  lines: number[];
  fields: Field[];
}

export interface Cell {
  table: Table;
  row: number;
  /** First grid column. */
  col: number;
  widthTw: number;
  marginLeftTw: number;
  marginRightTw: number;
  paras: Para[];
}

export interface Table {
  block: number;
  section: number;
  nested: boolean;
  rows: { header: boolean; cells: Cell[] }[];
  /** Every paragraph inside, nested tables included. */
  paras: Para[];
}

export type HeaderType = 'default' | 'first' | 'even';

export interface Section {
  index: number;
  widthTw: number;
  heightTw: number;
  landscape: boolean;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number; gutter: number };
  titlePg: boolean;
  /** Header and footer parts in effect (inherited from the previous section when not set). */
  headers: Partial<Record<HeaderType, string>>;
  footers: Partial<Record<HeaderType, string>>;
  pageStart?: number;
  pageFormat?: string;
  /** How the section starts: nextPage, continuous, evenPage, oddPage, nextColumn. */
  start: string;
}

export type Block = { kind: 'p'; para: Para } | { kind: 'tbl'; table: Table };

export interface DocModel {
  paras: Para[];
  blocks: Block[];
  sections: Section[];
  /** Header and footer paragraphs by part name. */
  parts: Map<string, Para[]>;
  /** Whether pages are known (Word's last layout is recorded in the file). */
  pagesKnown: boolean;
  pageCount?: number;
}

/** Text width of a section in twips. */
export function textWidthTw(s: Section): number {
  return s.widthTw - s.margin.left - s.margin.right - s.margin.gutter;
}

/** Width in twips of the box a paragraph is laid out in: its table cell or the section's text area. */
export function boxTw(doc: DocModel, p: Para): number {
  if (p.cell) return Math.max(0, p.cell.widthTw - p.cell.marginLeftTw - p.cell.marginRightTw);
  return textWidthTw(doc.sections[Math.min(p.section, doc.sections.length - 1)]);
}

class Reader {
  readonly paras: Para[] = [];
  readonly blocks: Block[] = [];
  private index = 0;
  private page = 1;
  private pendingBreak = false;
  private fieldStack: { instr: string; fmt?: EffectiveRun }[] = [];

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: ListNumbering,
    private readonly sections: Section[],
    private readonly part: string,
    private section = 0,
  ) {}

  body(body: El): void {
    let block = 0;
    const visit = (nodes: El[]) => {
      for (const n of nodes) {
        if (n.name === 'w:p') {
          const p = this.paragraph(n, block);
          if (p) this.blocks.push({ kind: 'p', para: p });
          block++;
          if (child(child(n, 'w:pPr'), 'w:sectPr')) this.startSection();
        } else if (n.name === 'w:tbl') {
          this.blocks.push({ kind: 'tbl', table: this.table(n, block, false) });
          block++;
        } else if (n.name === 'w:sdt') visit(elements(child(n, 'w:sdtContent')));
        else if (n.name === 'w:customXml') visit(elements(n));
      }
    };
    visit(elements(body));
  }

  private startSection(): void {
    this.section++;
    const s = this.sections[this.section];
    if (s && s.start !== 'continuous' && s.start !== 'nextColumn') this.breakPage();
  }

  private breakPage(): void {
    this.page++;
    this.pendingBreak = true;
  }

  private renderedBreak(): void {
    if (this.pendingBreak) this.pendingBreak = false;
    else this.page++;
  }

  private paragraph(p: El, block: number, cell?: Cell): Para {
    const pPr = child(p, 'w:pPr');
    const direct = parsePPr(pPr);
    const styleId = val(pPr, 'w:pStyle');
    const styleP = this.styles.paragraphStyle(styleId).pPr;
    const numId = direct.numId ?? styleP.numId;
    const ilvl = direct.ilvl ?? styleP.ilvl ?? 0;
    const fmt = this.styles.paragraph(styleId, this.numbering.paragraphProps(numId, ilvl), direct);
    if (fmt.pageBreakBefore && this.index > 0) this.breakPage();
    const label = this.numbering.next(numId, ilvl);
    const para: Para = {
      part: this.part,
      index: ++this.index,
      section: this.section,
      text: label,
      label,
      runs: [],
      fmt,
      ...(styleId ? { styleId } : {}),
      markSizePt: this.styles.run(styleId, undefined, parseRPr(child(pPr, 'w:rPr'))).sizePt,
      ...(cell ? { cell } : {}),
      block,
      lines: [],
      fields: [],
    };
    this.inline(p, para);
    if (para.page === undefined) para.page = this.page;
    this.paras.push(para);
    return para;
  }

  private inline(e: El, para: Para): void {
    for (const c of elements(e)) {
      switch (c.name) {
        case 'w:r':
          this.run(c, para);
          break;
        case 'w:fldSimple': {
          const first = elements(c, 'w:r')[0];
          const fmt = this.styles.run(para.styleId, val(child(first, 'w:rPr'), 'w:rStyle'), parseRPr(child(first, 'w:rPr')));
          para.fields.push({ instr: (attr(c, 'w:instr') ?? '').trim(), fmt });
          this.inline(c, para);
          break;
        }
        case 'w:sdt':
          this.inline(child(c, 'w:sdtContent') ?? c, para);
          break;
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:moveTo':
        case 'w:dir':
        case 'w:bdo':
          this.inline(c, para);
          break;
        default:
          break;
      }
    }
  }

  private run(r: El, para: Para): void {
    const rPr = child(r, 'w:rPr');
    const fmt = this.styles.run(para.styleId, val(rPr, 'w:rStyle'), parseRPr(rPr));
    let text = '';
    const flush = () => {
      if (!text) return;
      if (!fmt.hidden) {
        para.runs.push({ text, fmt });
        para.text += text;
        if (para.page === undefined && text.trim()) para.page = this.page;
        if (text.trim()) this.pendingBreak = false;
      }
      text = '';
    };
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:t':
          text += c.val;
          break;
        case 'w:tab':
        case 'w:ptab':
          text += '\t';
          break;
        case 'w:br':
          if (attr(c, 'w:type') === 'page') {
            flush();
            this.breakPage();
          } else text += '\n';
          break;
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:lastRenderedPageBreak':
          flush();
          this.renderedBreak();
          break;
        case 'w:fldChar': {
          const type = attr(c, 'w:fldCharType');
          if (type === 'begin') this.fieldStack.push({ instr: '' });
          else if (type === 'end') {
            const f = this.fieldStack.pop();
            if (f?.instr.trim()) para.fields.push({ instr: f.instr.trim(), fmt: f.fmt ?? fmt });
          }
          break;
        }
        case 'w:instrText': {
          const top = this.fieldStack[this.fieldStack.length - 1];
          if (top) {
            top.instr += c.val;
            top.fmt ??= fmt;
          }
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent':
          para.lines.push(...lineShapes(c));
          break;
        default:
          break;
      }
    }
    flush();
  }

  private table(tbl: El, block: number, nested: boolean): Table {
    const tblPr = child(tbl, 'w:tblPr');
    const grid = elements(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => intAttr(g, 'w:w') ?? 0);
    const tableMar = { ...this.styles.tableCellMargins(val(tblPr, 'w:tblStyle')), ...cellMargins(child(tblPr, 'w:tblCellMar')) };
    const table: Table = { block, section: this.section, nested, rows: [], paras: [] };
    const start = this.paras.length;
    for (const tr of elements(tbl, 'w:tr')) {
      const trPr = child(tr, 'w:trPr');
      const row = { header: !!onOff(child(trPr, 'w:tblHeader')), cells: [] as Cell[] };
      let col = intAttr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0;
      for (const tc of elements(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = intAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
        const tcW = child(tcPr, 'w:tcW');
        const fromGrid = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
        const width = fromGrid || (attr(tcW, 'w:type') === 'dxa' || attr(tcW, 'w:type') === undefined ? (intAttr(tcW, 'w:w') ?? 0) : 0);
        const mar = { ...tableMar, ...cellMargins(child(tcPr, 'w:tcMar')) };
        const cell: Cell = { table, row: table.rows.length, col, widthTw: width, marginLeftTw: mar.left ?? 108, marginRightTw: mar.right ?? 108, paras: [] };
        const visit = (nodes: El[]) => {
          for (const n of nodes) {
            if (n.name === 'w:p') cell.paras.push(this.paragraph(n, block, cell));
            else if (n.name === 'w:tbl') this.table(n, block, true);
            else if (n.name === 'w:sdt') visit(elements(child(n, 'w:sdtContent')));
          }
        };
        visit(elements(tc));
        row.cells.push(cell);
        col += span;
      }
      table.rows.push(row);
    }
    table.paras = this.paras.slice(start);
    return table;
  }
}

/** Horizontal straight lines drawn as DrawingML shapes or VML lines, in points. */
function lineShapes(e: El): number[] {
  const out: number[] = [];
  const walk = (n: El) => {
    if (n.name === 'mc:AlternateContent') {
      const choice = child(n, 'mc:Choice');
      if (choice) return walk(choice);
    }
    if (n.name === 'wp:inline' || n.name === 'wp:anchor') {
      const geom = n.descendantsNamed('a:prstGeom').map((g) => attr(g, 'prst'));
      const extent = child(n, 'wp:extent');
      const cx = intAttr(extent, 'cx') ?? 0;
      const cy = intAttr(extent, 'cy') ?? 0;
      if (geom.some((g) => g === 'line' || g === 'straightConnector1') && cx > cy) out.push(cx / 12700);
      return;
    }
    if (n.name === 'v:line') {
      const from = pointsOf(attr(n, 'from'));
      const to = pointsOf(attr(n, 'to'));
      if (from && to && Math.abs(to[1] - from[1]) < Math.abs(to[0] - from[0])) out.push(Math.abs(to[0] - from[0]));
      return;
    }
    for (const c of elements(n)) walk(c);
  };
  walk(e);
  return out;
}

/** VML coordinates "x,y" in pt, in, mm, cm or px (Word writes units; a bare number is taken as points). */
function pointsOf(v: string | undefined): [number, number] | undefined {
  if (!v) return undefined;
  const parts = v.split(',').map((s) => {
    const m = /^\s*(-?[\d.]+)\s*(pt|in|mm|cm|px)?\s*$/.exec(s);
    if (!m) return NaN;
    const n = Number(m[1]);
    const k = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54, px: 0.75 }[m[2] ?? 'pt'] ?? 1;
    return n * k;
  });
  return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0], parts[1]] : undefined;
}

function readSection(s: El | undefined, index: number, previous: Section | undefined, rels: Map<string, { target: string }>): Section {
  const pgSz = child(s, 'w:pgSz');
  const pgMar = child(s, 'w:pgMar');
  const width = intAttr(pgSz, 'w:w') ?? 12240;
  const height = intAttr(pgSz, 'w:h') ?? 15840;
  const m = (k: string) => Math.abs(intAttr(pgMar, `w:${k}`) ?? 0);
  const refs = (name: string, inherited: Partial<Record<HeaderType, string>> = {}) => {
    const out = { ...inherited };
    for (const r of elements(s, name)) {
      const target = rels.get(attr(r, 'r:id') ?? '')?.target;
      if (target) out[(attr(r, 'w:type') ?? 'default') as HeaderType] = target;
    }
    return out;
  };
  const pgNum = child(s, 'w:pgNumType');
  const start = intAttr(pgNum, 'w:start');
  const format = attr(pgNum, 'w:fmt');
  return {
    index,
    widthTw: width,
    heightTw: height,
    landscape: attr(pgSz, 'w:orient') === 'landscape' || width > height,
    margin: { top: m('top'), bottom: m('bottom'), left: m('left'), right: m('right'), header: m('header'), footer: m('footer'), gutter: m('gutter') },
    titlePg: !!onOff(child(s, 'w:titlePg')),
    headers: refs('w:headerReference', previous?.headers),
    footers: refs('w:footerReference', previous?.footers),
    ...(start !== undefined ? { pageStart: start } : {}),
    ...(format ? { pageFormat: format } : {}),
    start: val(s, 'w:type') ?? 'nextPage',
  };
}

export function readDocument(pkg: DocxPackage): DocModel {
  const docRoot = pkg.xml(pkg.documentPart)!;
  const body = child(docRoot, 'w:body');
  const theme = pkg.related('theme');
  const styles = new StyleSheet(pkg.xml(pkg.related('styles') ?? ''), themeFonts(theme ? pkg.xml(theme) : undefined));
  const numbering = new ListNumbering(pkg.xml(pkg.related('numbering') ?? ''));
  const rels = pkg.rels(pkg.documentPart);

  const sectEls = [
    ...elements(body, 'w:p').map((p) => child(child(p, 'w:pPr'), 'w:sectPr')).filter((s): s is El => !!s),
    child(body, 'w:sectPr'),
  ];
  const sections: Section[] = [];
  sectEls.forEach((s, i) => sections.push(readSection(s, i, sections[i - 1], rels)));

  const reader = new Reader(styles, numbering, sections, pkg.documentPart);
  if (body) reader.body(body);
  const pagesKnown = !!body && body.descendantsNamed('w:lastRenderedPageBreak').length > 0;
  const paras = reader.paras;
  if (!pagesKnown) for (const p of paras) delete p.page;

  // Header and footer parts: their own paragraph numbering, no pages.
  const parts = new Map<string, Para[]>();
  for (const s of sections) {
    for (const part of [...Object.values(s.headers), ...Object.values(s.footers)]) {
      const root = part && !parts.has(part) ? pkg.xml(part) : undefined;
      if (!part || !root) continue;
      const r = new Reader(styles, numbering, sections, part, s.index);
      r.body(root);
      for (const p of r.paras) delete p.page;
      parts.set(part, r.paras);
    }
  }
  return {
    paras,
    blocks: reader.blocks,
    sections,
    parts,
    pagesKnown,
    ...(pagesKnown ? { pageCount: Math.max(...paras.map((p) => p.page ?? 1)) } : {}),
  };
}
