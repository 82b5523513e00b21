/**
 * Every glyph a PDF written by pdfkit draws, with its character and position: enough of PDF to
 * read pdfkit's own output (objects, Flate streams, Type0 fonts with a /W array and a ToUnicode
 * CMap, text drawn with Tm, Tf, Tc and TJ inside q … Q). The tests compare two PDFs glyph by glyph.
 */
import { inflateSync } from 'node:zlib';

export interface PlacedGlyph {
  page: number;
  ch: string;
  x: number;
  y: number;
  size: number;
  /** The glyph's advance from the font's widths (without character spacing). */
  advance: number;
  /** The font's PostScript name, without its subset tag ("Tinos-Bold"). */
  font: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Uint8Array): Map<number, PdfObject> {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = buf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\nendobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream\n');
    if (s >= 0 && body.startsWith('<<')) {
      const dict = body.slice(0, s);
      let stream = buf.subarray(start + s + 7, start + body.lastIndexOf('\nendstream'));
      if (/\/Filter \/FlateDecode/.test(dict)) stream = inflateSync(stream);
      out.set(Number(m[1]), { dict, stream });
    } else {
      out.set(Number(m[1]), { dict: body });
    }
    re.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

interface Font {
  name: string;
  widths: number[];
  unicode: Map<number, string>;
}

function readFont(objs: Map<number, PdfObject>, id: number): Font {
  const type0 = objs.get(id)!.dict;
  const descendant = objs.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(type0)![1]))!.dict;
  const w = /\/W \[0 \[([^\]]*)\]\]/.exec(descendant);
  const widths = w ? w[1].trim().split(/\s+/).map(Number) : [];
  const unicode = new Map<number, string>();
  const cmap = objs.get(ref(type0, 'ToUnicode')!)!.stream!.toString('latin1');
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    let code = parseInt(range[1], 16);
    for (const entry of range[3].matchAll(/<([0-9a-f ]+)>/gi)) {
      const units = entry[1].trim().split(/\s+/).map((h) => parseInt(h, 16));
      unicode.set(code++, String.fromCharCode(...units));
    }
  }
  return { name: /\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/>]+)/.exec(type0)?.[1] ?? '', widths, unicode };
}

/** The glyphs of every page, in the order they are drawn. */
export function placedGlyphs(pdf: Uint8Array): PlacedGlyph[] {
  const objs = objects(pdf);
  const pagesId = ref([...objs.values()].find((o) => /\/Type \/Catalog/.test(o.dict))!.dict, 'Pages')!;
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(objs.get(pagesId)!.dict)![1].matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  const fonts = new Map<number, Font>();
  const out: PlacedGlyph[] = [];
  kids.forEach((pageId, pageIndex) => {
    const page = objs.get(pageId)!.dict;
    const resourcesId = ref(page, 'Resources');
    const resources = resourcesId !== undefined ? objs.get(resourcesId)!.dict : page;
    const fontDict = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '';
    const names = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((f) => [f[1], Number(f[2])]));
    const content = objs.get(ref(page, 'Contents')!)!.stream!.toString('latin1');
    const tokens = content.match(/\[[^\]]*\]|<[0-9a-fA-F]*>|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g) ?? [];
    let state = { tc: 0, font: undefined as Font | undefined, size: 0 };
    const stack: (typeof state)[] = [];
    let tm = [0, 0];
    const operands: string[] = [];
    for (const t of tokens) {
      if (/^[-+.\d]/.test(t) || t.startsWith('/') || t.startsWith('[') || t.startsWith('<')) {
        operands.push(t);
        continue;
      }
      switch (t) {
        case 'q':
          stack.push({ ...state });
          break;
        case 'Q':
          state = stack.pop() ?? state;
          break;
        case 'Tm':
          tm = [Number(operands[4]), Number(operands[5])];
          break;
        case 'Tf': {
          const id = names.get(operands[0].slice(1));
          if (id !== undefined && !fonts.has(id)) fonts.set(id, readFont(objs, id));
          state.font = id !== undefined ? fonts.get(id) : undefined;
          state.size = Number(operands[1]);
          break;
        }
        case 'Tc':
          state.tc = Number(operands[0]);
          break;
        case 'TJ': {
          const font = state.font!;
          let x = tm[0];
          for (const part of operands[0].slice(1, -1).match(/<[0-9a-fA-F]*>|[-+.\d]+/g) ?? []) {
            if (part.startsWith('<')) {
              for (let i = 1; i + 4 <= part.length - 1; i += 4) {
                const gid = parseInt(part.slice(i, i + 4), 16);
                const advance = (font.widths[gid] / 1000) * state.size;
                out.push({ page: pageIndex + 1, ch: font.unicode.get(gid) ?? '\ufffd', x, y: tm[1], size: state.size, advance, font: font.name });
                x += advance + state.tc;
              }
            } else {
              x -= (Number(part) / 1000) * state.size;
            }
          }
          tm = [x, tm[1]];
          break;
        }
      }
      operands.length = 0;
    }
  });
  return out;
}

/**
 * The first difference between the glyphs two PDFs draw (characters, pages, positions within
 * `tolerance` points), or undefined. Spaces are compared as characters, not by position: they draw
 * nothing, and a justified line may widen a space by moving the space itself.
 */
export function glyphDifference(a: Uint8Array, b: Uint8Array, tolerance = 1e-4): string | undefined {
  const ga = placedGlyphs(a);
  const gb = placedGlyphs(b);
  if (ga.length !== gb.length) return `${ga.length} glyphs against ${gb.length}`;
  for (let i = 0; i < ga.length; i++) {
    const [p, q] = [ga[i], gb[i]];
    const where = `glyph ${i} (“${p.ch}”, page ${p.page})`;
    if (p.ch !== q.ch || p.page !== q.page || p.size !== q.size) return `${where}: “${p.ch}” p${p.page} ${p.size}pt against “${q.ch}” p${q.page} ${q.size}pt`;
    if (/^\s$/.test(p.ch)) continue;
    if (Math.abs(p.x - q.x) > tolerance || Math.abs(p.y - q.y) > tolerance) return `${where}: at ${p.x},${p.y} against ${q.x},${q.y}`;
  }
  return undefined;
}
