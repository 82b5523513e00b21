/** Section properties: page size and margins, orientation, header and footer parts, numbering. */
import type { HeaderType, Section } from './types.js';
import { attr, child, elements, intAttr, onOff, val, type El } from './xml.js';

export function readSection(s: El | undefined, index: number, previous: Section | undefined, rels: Map<string, { target: string }>): Section {
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
