/**
 * Two hot paths of pdfmake and pdfkit, replaced by equivalent code that allocates less. Both give
 * the same results as the code they replace (tested by rendering with and without them and
 * comparing the PDF bytes); they are installed once per process.
 *
 * 1. pdfmake's style lookup. For every inline piece of text pdfmake asks the style stack for some
 *    twenty properties; each question pushes the piece and its named styles on the stack, builds a
 *    closure and a Set, walks the stack and pops. The replacement walks the same layers in the same
 *    order without pushing; and while pdfmake measures the words of one paragraph (the stack does
 *    not change meanwhile) the layers are merged once per named style instead of walked per word
 *    and property. Styles using `extends` (we write none) keep the original code.
 * 2. pdfkit's content streams. Every drawing operator became its own Buffer; they are now kept as
 *    text and turned into one Buffer when the stream is finished.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Style = Record<string, unknown> & { extends?: unknown };
interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  styleOverrides: unknown[];
  defaultStyle?: Record<string, unknown>;
  auto(item: unknown, callback: () => unknown): unknown;
  getProperty(property: string): unknown;
}
interface StyleStackClass {
  getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
  prototype: StyleStack;
}

let enabled = true;
let installed = false;

/** Turn the replacements (these and pdfkit's text layout in fast-layout.ts) off and on: tests compare the two. */
export function setFastPaths(on: boolean): void {
  enabled = on;
}
export function fastPathsEnabled(): boolean {
  return enabled;
}

interface PdfkitDocument {
  font(src: Uint8Array): { _font: object };
  ref(): Reference;
}
let throwaway: PdfkitDocument | undefined;
/** One pdfkit document, never written, to reach the classes pdfkit does not export. */
export function throwawayPdfkitDocument(): PdfkitDocument {
  const PDFDocument = require('pdfkit') as new (options: object) => PdfkitDocument;
  throwaway ??= new PDFDocument({ autoFirstPage: false, font: null });
  return throwaway;
}

const isValue = (v: unknown) => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;
/** Sentinel: a style with `extends` was met; the original lookup answers. */
const EXTENDS = Symbol('extends');

function fromNamed(stack: StyleStack, name: string, property: string): unknown {
  const style = stack.styleDictionary[name];
  if (!style) return undefined;
  const v = style[property];
  if (isValue(v)) return v;
  return style.extends ? EXTENDS : undefined;
}

/** The named styles pdfmake's `autopush` would push for an item (none for strings and sections). */
function styleNames(item: unknown): string[] {
  if (isString(item)) return [];
  const { section, style } = item as Record<string, unknown>;
  if (section !== undefined || !style) return [];
  return Array.isArray(style) ? (style as string[]) : [style as string];
}

/** The stack's answer, as if an item with these named styles were pushed on top of it. */
function lookup(stack: StyleStack, names: string[], property: string): unknown {
  // The item itself would be on top; its own value was checked by the caller.
  for (let i = names.length - 1; i >= 0; i--) {
    const v = fromNamed(stack, names[i], property);
    if (v !== undefined) return v;
  }
  const layers = stack.styleOverrides;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (isString(layer)) {
      const v = fromNamed(stack, String(layer), property);
      if (v !== undefined) return v;
    } else {
      const v = (layer as Record<string, unknown>)[property];
      if (isValue(v)) return v;
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/** While TextInlines.measure runs: the stack it measures with, and its layers merged per named style. */
let measuring: { stack: StyleStack; merged: Map<string, Record<string, unknown> | typeof EXTENDS> } | undefined;

function assignValues(target: Record<string, unknown>, source: Record<string, unknown> | undefined): void {
  if (!source) return;
  for (const key in source) {
    const v = source[key];
    if (isValue(v)) target[key] = v;
  }
}

/** Every layer of the stack, then the item's named styles, merged bottom to top (values only). */
function mergeLayers(stack: StyleStack, names: string[]): Record<string, unknown> | typeof EXTENDS {
  const out: Record<string, unknown> = Object.create(null);
  assignValues(out, stack.defaultStyle);
  const named = (name: string) => {
    const style = stack.styleDictionary[name];
    if (style?.extends) return false;
    assignValues(out, style);
    return true;
  };
  for (const layer of stack.styleOverrides) {
    if (isString(layer)) {
      if (!named(String(layer))) return EXTENDS;
    } else assignValues(out, layer as Record<string, unknown>);
  }
  for (const name of names) if (!named(name)) return EXTENDS;
  return out;
}

interface Reference {
  buffer: Uint8Array[] | Buffer;
  data: Record<string, unknown> & { Length?: number };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
  __cchcText?: string[];
}

function flushText(ref: Reference): void {
  if (ref.__cchcText?.length) {
    (ref.buffer as Uint8Array[]).push(Buffer.from(ref.__cchcText.join(''), 'latin1'));
    ref.__cchcText = [];
  }
}

export function installFastPaths(): void {
  if (installed) return;
  installed = true;

  const Stack = require('pdfmake/js/StyleContextStack.js').default as StyleStackClass;
  const originalGet = Stack.getStyleProperty;
  Stack.getStyleProperty = function (item, stack, property, defaultValue) {
    if (!enabled) return originalGet.call(this, item, stack, property, defaultValue);
    const own = (item as Record<string, unknown>)[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    let v: unknown;
    const names = styleNames(item);
    if (measuring?.stack === stack) {
      const key = names.join('\u0000');
      let merged = measuring.merged.get(key);
      if (!merged) {
        merged = mergeLayers(stack, names);
        measuring.merged.set(key, merged);
      }
      v = merged === EXTENDS ? EXTENDS : merged[property];
    } else {
      v = lookup(stack, names, property);
    }
    if (v === EXTENDS) v = stack.auto(item, () => stack.getProperty(property));
    return isValue(v) ? v : defaultValue;
  };

  const TextInlines = require('pdfmake/js/TextInlines.js').default as { prototype: { measure(array: unknown[], stack: StyleStack): unknown } };
  const originalMeasure = TextInlines.prototype.measure;
  TextInlines.prototype.measure = function (array, stack) {
    if (!enabled || !stack) return originalMeasure.call(this, array, stack);
    const outer = measuring;
    measuring = { stack, merged: new Map() };
    try {
      return originalMeasure.call(this, array, stack);
    } finally {
      measuring = outer;
    }
  };

  // pdfkit's PDFReference class is not exported: take it from a throwaway document.
  const proto = Object.getPrototypeOf(throwawayPdfkitDocument().ref()) as Reference;
  const originalWrite = proto.write;
  const originalFinalize = proto.finalize;
  proto.write = function (this: Reference, chunk: unknown) {
    if (!enabled || chunk instanceof Uint8Array) {
      flushText(this);
      return originalWrite.call(this, chunk);
    }
    // As pdfkit does: the text and a newline, one byte per UTF-16 unit ('binary').
    const text = `${chunk}\n`;
    (this.__cchcText ??= []).push(text);
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: Reference) {
    flushText(this);
    return originalFinalize.call(this);
  };
}
