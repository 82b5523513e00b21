/** Small helpers over xmldoc for WordprocessingML: children by name, attributes, on/off values. */
import { XmlDocument, XmlElement } from 'xmldoc';

export type El = XmlElement;

/** Parse a part; a truncated document (root never closed) is an error too, which xmldoc lets pass. */
export function parseXml(text: string): XmlDocument {
  const doc = new XmlDocument(text);
  const end = text.trimEnd();
  if (!end.endsWith(`</${doc.name}>`) && !(doc.children.length === 0 && end.endsWith('/>'))) throw new Error(`<${doc.name}> is not closed`);
  return doc;
}

export function elements(e: El | undefined, name?: string): El[] {
  if (!e) return [];
  const out: El[] = [];
  for (const c of e.children) if (c instanceof XmlElement && (!name || c.name === name)) out.push(c);
  return out;
}

export function child(e: El | undefined, name: string): El | undefined {
  return e?.childNamed(name);
}

export function attr(e: El | undefined, name: string): string | undefined {
  return e?.attr[name];
}

/** `w:val` of a child, e.g. val(pPr, 'w:jc'). */
export function val(e: El | undefined, name: string): string | undefined {
  return attr(child(e, name), 'w:val');
}

/** Integer attribute (twips, half-points, EMU); undefined when absent or not a number. */
export function intAttr(e: El | undefined, name: string): number | undefined {
  const v = attr(e, name);
  if (v === undefined || v === '') return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

/** ST_OnOff: `<w:b/>` is on; `w:val` of 0, false or off is off. Undefined when the element is absent. */
export function onOff(e: El | undefined): boolean | undefined {
  return e ? onOffValue(e.attr['w:val'] ?? '1') : undefined;
}

/** ST_OnOff in an attribute (w:beforeAutospacing="1", w:default="1"). */
export function onOffValue(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : !(v === '0' || v === 'false' || v === 'off');
}

/** Depth-first search for descendants with one of the names, not descending into matches. */
export function findAll(e: El, names: readonly string[]): El[] {
  const out: El[] = [];
  const walk = (n: El) => {
    for (const c of elements(n)) {
      if (names.includes(c.name)) out.push(c);
      else walk(c);
    }
  };
  walk(e);
  return out;
}
