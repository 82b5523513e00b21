/**
 * pdfmake's style lookup, replaced by equivalent code that allocates less (speed only).
 *
 * For every inline piece of text pdfmake asks the style stack for some twenty properties; each
 * question pushes the piece and its named styles on the stack, builds a closure and a Set, walks
 * the stack and pops. The replacement walks the same layers in the same order without pushing;
 * and while pdfmake measures the words of one paragraph (the stack does not change meanwhile) the
 * layers are merged once per named style instead of walked per word and property. Styles using
 * `extends` (we write none) keep the original code.
 *
 * Patches `StyleContextStack.getStyleProperty` and `TextInlines.prototype.measure` of the
 * renderer's private copy of pdfmake.
 */
import { SWITCHES } from './switches.js';

const sw = SWITCHES.styleLookup;

type Style = Record<string, unknown> & { extends?: unknown };
interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  styleOverrides: unknown[];
  defaultStyle?: Record<string, unknown>;
  auto(item: unknown, callback: () => unknown): unknown;
  getProperty(property: string): unknown;
}
export interface StyleStackClass {
  getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}
export interface TextInlinesClass {
  prototype: { measure(array: unknown[], stack: StyleStack): unknown };
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

export function patchStyleLookup(Stack: StyleStackClass, TextInlines: TextInlinesClass): void {
  const originalGet = Stack.getStyleProperty;
  Stack.getStyleProperty = function (item, stack, property, defaultValue) {
    if (!sw.on) return originalGet.call(this, item, stack, property, defaultValue);
    sw.hits++;
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

  const originalMeasure = TextInlines.prototype.measure;
  TextInlines.prototype.measure = function (array, stack) {
    if (!sw.on || !stack) return originalMeasure.call(this, array, stack);
    const outer = measuring;
    measuring = { stack, merged: new Map() };
    try {
      return originalMeasure.call(this, array, stack);
    } finally {
      measuring = outer;
    }
  };
}
