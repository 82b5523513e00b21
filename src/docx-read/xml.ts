/** Small helpers over xmldoc for WordprocessingML: children by name, attributes, on/off values. */
import { XmlDocument, XmlElement } from 'xmldoc';

export type El = XmlElement;

/** What a part may hold before it is parsed (xmldoc builds the whole tree in memory). */
export interface XmlLimits {
  /** Elements in one part. */
  elements: number;
  /** Nesting depth of elements. */
  depth: number;
}

/** Why a part was refused before parsing: too many elements, too deep, or a DTD (entity expansion). */
export class XmlLimitError extends Error {
  constructor(
    readonly what: 'elements' | 'depth' | 'dtd',
    readonly value: number,
    readonly limit: number,
  ) {
    super(what === 'dtd' ? 'a DOCTYPE declaration (DTDs and entity declarations are not allowed in Office XML)' : `${what} ${value} > ${limit}`);
  }
}

export interface XmlCounts {
  elements: number;
  depth: number;
  /** Elements per name, for the names asked for. */
  named: Record<string, number>;
}

/**
 * One linear pass over the text, before any tree is built: counts elements (and some by name),
 * tracks the nesting depth, and refuses a DOCTYPE. Office Open XML forbids DTDs, so an entity
 * declaration ("billion laughs") never reaches the parser. Stops as soon as a limit is passed,
 * so a hostile part costs at most one scan of its bytes.
 */
export function scanXml(text: string, limits: XmlLimits, names: readonly string[] = []): XmlCounts {
  const named: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        i = end < 0 ? -1 : text.indexOf('<', end + 3);
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        i = end < 0 ? -1 : text.indexOf('<', end + 3);
        continue;
      }
      // <!DOCTYPE …> or <!ENTITY …>: refused outright.
      throw new XmlLimitError('dtd', 1, 0);
    }
    if (c === 0x3f /* ? */) {
      const end = text.indexOf('?>', i + 2);
      i = end < 0 ? -1 : text.indexOf('<', end + 2);
      continue;
    }
    if (c === 0x2f /* / */) {
      depth--;
      i = text.indexOf('<', i + 2);
      continue;
    }
    // An opening tag: its name, then its end, skipping quoted attribute values.
    let j = i + 1;
    for (; j < text.length; j++) {
      const k = text.charCodeAt(j);
      if (k === 0x3e || k === 0x2f || k === 0x20 || k === 0x09 || k === 0x0a || k === 0x0d) break;
    }
    const name = text.slice(i + 1, j);
    let quote = 0;
    for (; j < text.length; j++) {
      const ch = text.charCodeAt(j);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    elements++;
    if (name in named) named[name]++;
    if (elements > limits.elements) throw new XmlLimitError('elements', elements, limits.elements);
    if (text.charCodeAt(j - 1) !== 0x2f) {
      depth++;
      if (depth > maxDepth) {
        maxDepth = depth;
        if (depth > limits.depth) throw new XmlLimitError('depth', depth, limits.depth);
      }
    }
    i = text.indexOf('<', j + 1);
  }
  return { elements, depth: maxDepth, named };
}

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
