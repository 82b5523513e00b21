/**
 * Effective formatting, as Word resolves it: document defaults → paragraph style chain (basedOn) →
 * numbering level → direct paragraph properties; and for runs, defaults → paragraph style chain →
 * character style chain → direct run properties. Theme fonts are looked up in the theme part.
 * Table styles and conditional table formatting are not applied.
 */
import { attr, child, elements, intAttr, onOff, onOffValue, val, type El } from './xml.js';

type FontRef = { name?: string; theme?: 'major' | 'minor' };

export interface RunProps {
  ascii?: FontRef;
  hAnsi?: FontRef;
  /** Half-points. */
  sz?: number;
  b?: boolean;
  i?: boolean;
  caps?: boolean;
  color?: string;
  themeColor?: string;
  vertAlign?: string;
  vanish?: boolean;
}

export interface Tab {
  val: string;
  pos: number;
}

export interface ParaProps {
  jc?: string;
  indLeft?: number;
  indRight?: number;
  /** First-line indent in twips; negative for a hanging indent. */
  indFirst?: number;
  before?: number;
  after?: number;
  beforeAuto?: boolean;
  afterAuto?: boolean;
  line?: number;
  lineRule?: string;
  contextual?: boolean;
  /** Bottom border drawn (not none/nil). */
  borderBottom?: boolean;
  pageBreakBefore?: boolean;
  numId?: string;
  ilvl?: number;
  tabs?: Tab[];
}

function fontRef(rFonts: El | undefined, key: 'ascii' | 'hAnsi'): FontRef | undefined {
  const theme = attr(rFonts, `w:${key}Theme`);
  if (theme) return { theme: theme.startsWith('major') ? 'major' : 'minor' };
  const name = attr(rFonts, `w:${key}`);
  return name ? { name } : undefined;
}

export function parseRPr(rPr: El | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const rFonts = child(rPr, 'w:rFonts');
  const ascii = fontRef(rFonts, 'ascii');
  const hAnsi = fontRef(rFonts, 'hAnsi');
  if (ascii) out.ascii = ascii;
  if (hAnsi) out.hAnsi = hAnsi;
  const sz = intAttr(child(rPr, 'w:sz'), 'w:val');
  if (sz !== undefined) out.sz = sz;
  const set = <K extends keyof RunProps>(k: K, v: RunProps[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('b', onOff(child(rPr, 'w:b')));
  set('i', onOff(child(rPr, 'w:i')));
  set('caps', onOff(child(rPr, 'w:caps')) ?? onOff(child(rPr, 'w:smallCaps')));
  set('vanish', onOff(child(rPr, 'w:vanish')));
  const color = child(rPr, 'w:color');
  set('color', attr(color, 'w:val'));
  set('themeColor', attr(color, 'w:themeColor'));
  set('vertAlign', val(rPr, 'w:vertAlign'));
  return out;
}

export function parsePPr(pPr: El | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  const set = <K extends keyof ParaProps>(k: K, v: ParaProps[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('jc', val(pPr, 'w:jc'));
  const ind = child(pPr, 'w:ind');
  set('indLeft', intAttr(ind, 'w:left') ?? intAttr(ind, 'w:start'));
  set('indRight', intAttr(ind, 'w:right') ?? intAttr(ind, 'w:end'));
  // First-line indent, signed: a hanging indent is negative (the two attributes exclude each other).
  const hanging = intAttr(ind, 'w:hanging');
  set('indFirst', hanging !== undefined ? -hanging : intAttr(ind, 'w:firstLine'));
  const sp = child(pPr, 'w:spacing');
  set('before', intAttr(sp, 'w:before'));
  set('after', intAttr(sp, 'w:after'));
  set('beforeAuto', onOffValue(attr(sp, 'w:beforeAutospacing')));
  set('afterAuto', onOffValue(attr(sp, 'w:afterAutospacing')));
  set('line', intAttr(sp, 'w:line'));
  set('lineRule', attr(sp, 'w:lineRule'));
  set('contextual', onOff(child(pPr, 'w:contextualSpacing')));
  set('pageBreakBefore', onOff(child(pPr, 'w:pageBreakBefore')));
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  if (bottom) out.borderBottom = !['none', 'nil'].includes(attr(bottom, 'w:val') ?? 'none');
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    set('numId', val(numPr, 'w:numId'));
    set('ilvl', intAttr(child(numPr, 'w:ilvl'), 'w:val'));
  }
  const tabs = elements(child(pPr, 'w:tabs'), 'w:tab').map((t) => ({ val: attr(t, 'w:val') ?? 'left', pos: intAttr(t, 'w:pos') ?? 0 }));
  if (tabs.length) out.tabs = tabs;
  return out;
}

/** Later layers win, property by property; tab stops accumulate ("clear" removes one). */
export function mergePara(...layers: ParaProps[]): ParaProps {
  const out: ParaProps = {};
  for (const l of layers) {
    const { tabs, ...rest } = l;
    Object.assign(out, rest);
    if (tabs) {
      const kept = (out.tabs ?? []).filter((t) => !tabs.some((n) => n.pos === t.pos));
      out.tabs = [...kept, ...tabs.filter((t) => t.val !== 'clear')];
    }
  }
  return out;
}

export function mergeRun(...layers: RunProps[]): RunProps {
  return Object.assign({}, ...layers) as RunProps;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
  /** Table styles: default cell margins (left, right) in twips. */
  cellMargins?: { left?: number; right?: number };
}

/** Effective run formatting with fonts resolved to names. */
export interface EffectiveRun {
  ascii: string;
  hAnsi: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  caps: boolean;
  /** "auto", a hex colour, or "theme:<name>". */
  color: string;
  vertAlign?: string;
  hidden: boolean;
}

export class StyleSheet {
  private readonly defs = new Map<string, StyleDef>();
  private readonly paraCache = new Map<string, { pPr: ParaProps; rPr: RunProps }>();
  private readonly defaultRun: RunProps;
  private readonly defaultPara: ParaProps;
  readonly defaultParaStyle?: string;
  private readonly defaultTableStyle?: string;

  constructor(
    styles: El | undefined,
    private readonly theme: { major?: string; minor?: string },
  ) {
    const defaults = child(styles, 'w:docDefaults');
    this.defaultRun = parseRPr(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    this.defaultPara = parsePPr(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const s of elements(styles, 'w:style')) {
      const id = attr(s, 'w:styleId');
      if (!id) continue;
      const type = attr(s, 'w:type') ?? 'paragraph';
      const mar = child(child(s, 'w:tblPr'), 'w:tblCellMar');
      this.defs.set(`${type}:${id}`, {
        type,
        basedOn: val(s, 'w:basedOn'),
        pPr: parsePPr(child(s, 'w:pPr')),
        rPr: parseRPr(child(s, 'w:rPr')),
        ...(mar ? { cellMargins: cellMargins(mar) } : {}),
      });
      if (onOffValue(attr(s, 'w:default'))) {
        if (type === 'paragraph') this.defaultParaStyle = id;
        if (type === 'table') this.defaultTableStyle = id;
      }
    }
  }

  private chain(type: string, id: string | undefined, seen = new Set<string>()): { pPr: ParaProps; rPr: RunProps } {
    if (!id || seen.has(id)) return { pPr: {}, rPr: {} };
    const def = this.defs.get(`${type}:${id}`);
    if (!def) return { pPr: {}, rPr: {} };
    seen.add(id);
    const base = this.chain(type, def.basedOn, seen);
    return { pPr: mergePara(base.pPr, def.pPr), rPr: mergeRun(base.rPr, def.rPr) };
  }

  /** The merged properties of a paragraph style (default paragraph style when undefined or unknown). */
  paragraphStyle(id: string | undefined): { pPr: ParaProps; rPr: RunProps } {
    const key = id && this.defs.has(`paragraph:${id}`) ? id : this.defaultParaStyle ?? '';
    let hit = this.paraCache.get(key);
    if (!hit) {
      hit = this.chain('paragraph', key);
      this.paraCache.set(key, hit);
    }
    return hit;
  }

  /** Default cell margins of a table style (or the default table style), following basedOn. */
  tableCellMargins(id: string | undefined): { left?: number; right?: number } {
    const seen = new Set<string>();
    let out: { left?: number; right?: number } = {};
    for (let cur = id && this.defs.has(`table:${id}`) ? id : this.defaultTableStyle; cur && !seen.has(cur); ) {
      seen.add(cur);
      const def = this.defs.get(`table:${cur}`);
      if (!def) break;
      out = { ...def.cellMargins, ...out };
      cur = def.basedOn;
    }
    return out;
  }

  paragraph(styleId: string | undefined, numbering: ParaProps, direct: ParaProps): ParaProps {
    return mergePara(this.defaultPara, this.paragraphStyle(styleId).pPr, numbering, direct);
  }

  /**
   * Bold, italic and caps are toggle properties: set in both the paragraph style and the character
   * style they cancel out; direct formatting then sets an absolute value.
   */
  run(paraStyleId: string | undefined, charStyleId: string | undefined, direct: RunProps): EffectiveRun {
    const para = this.paragraphStyle(paraStyleId).rPr;
    const char = this.chain('character', charStyleId).rPr;
    const merged = mergeRun(this.defaultRun, para, char, direct);
    for (const k of ['b', 'i', 'caps'] as const) {
      if (direct[k] === undefined && para[k] !== undefined && char[k] !== undefined) merged[k] = para[k] !== char[k];
    }
    const font = (ref: FontRef | undefined) => (ref?.theme ? this.theme[ref.theme] : ref?.name) ?? 'Times New Roman';
    return {
      ascii: font(merged.ascii),
      hAnsi: font(merged.hAnsi ?? merged.ascii),
      sizePt: (merged.sz ?? 20) / 2,
      bold: !!merged.b,
      italic: !!merged.i,
      caps: !!merged.caps,
      color: merged.themeColor ? `theme:${merged.themeColor}` : (merged.color ?? 'auto'),
      ...(merged.vertAlign && merged.vertAlign !== 'baseline' ? { vertAlign: merged.vertAlign } : {}),
      hidden: !!merged.vanish,
    };
  }
}

/** Left and right cell margins (twips) of a w:tblCellMar or w:tcMar element. */
export function cellMargins(mar: El | undefined): { left?: number; right?: number } {
  const side = (a: string, b: string) => intAttr(child(mar, a), 'w:w') ?? intAttr(child(mar, b), 'w:w');
  const out: { left?: number; right?: number } = {};
  const left = side('w:left', 'w:start');
  const right = side('w:right', 'w:end');
  if (left !== undefined) out.left = left;
  if (right !== undefined) out.right = right;
  return out;
}

/** Latin typefaces of the theme's major and minor fonts. */
export function themeFonts(theme: El | undefined): { major?: string; minor?: string } {
  const scheme = theme?.descendantWithPath('a:themeElements.a:fontScheme');
  const face = (name: string) => attr(child(child(scheme, name), 'a:latin'), 'typeface') || undefined;
  return { major: face('a:majorFont'), minor: face('a:minorFont') };
}
