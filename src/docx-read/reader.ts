/** Reads the paragraphs and tables of one part (the body, a header, a footer) in document order. */
import type { ListNumbering } from './numbering.js';
import { lineShapes } from './shapes.js';
import { cellMargins, parseRPr, parsePPr, type EffectiveRun, type StyleSheet } from './styles.js';
import type { Block, Cell, Field, Para, Run, Section, Table } from './types.js';
import { attr, child, elements, intAttr, onOff, val, type El } from './xml.js';

export class Reader {
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
    /** Widths in points of the theme's line styles, for shapes that take their weight from the theme. */
    private readonly themeLines: readonly number[] = [],
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
        case 'w:softHyphen':
          // U+00AD, invisible unless a line breaks there; in TCVN3 text it is the letter "ư".
          text += '\u00ad';
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
          para.lines.push(...lineShapes(c, this.themeLines));
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
    const tblInd = child(tblPr, 'w:tblInd');
    const indentTw = attr(tblInd, 'w:type') === 'dxa' || attr(tblInd, 'w:type') === undefined ? (intAttr(tblInd, 'w:w') ?? 0) : 0;
    const table: Table = { block, section: this.section, nested, indentTw, rows: [], paras: [] };
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
            else if (n.name === 'w:tbl') (cell.tables ??= []).push(this.table(n, block, true));
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
