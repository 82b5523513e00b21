/**
 * Parts that are the same in every plan (the theme; the styles, which depend only on the
 * measures) are formatted by the `docx` package once per process instead of once per document:
 * its formatter walks them through the same generic code as the body, which was a third of the
 * time of a one-page plan. The key says what the part's content depends on.
 *
 * Reaches into `Packer.compiler` (private in `docx`).
 */
import type { Document } from 'docx';

const onceKeys = new WeakMap<object, string>();
const formatted = new Map<string, unknown>();
export function formatOnce(part: object, key: string): void {
  onceKeys.set(part, key);
}

interface Formatter {
  format(input: unknown, context: { stack: unknown[] }): unknown;
  __cchcOnce?: boolean;
}

export interface PackageCompiler {
  compile(doc: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array>;
}

export function installFormatOnce(compiler: PackageCompiler): void {
  const formatter = (compiler as unknown as { formatter?: Formatter }).formatter;
  if (!formatter || formatter.__cchcOnce) return;
  const format = formatter.format.bind(formatter);
  formatter.format = (input, context) => {
    const key = context.stack.length === 0 && input && typeof input === 'object' ? onceKeys.get(input) : undefined;
    if (key === undefined) return format(input, context);
    if (!formatted.has(key)) {
      if (formatted.size > 32) formatted.clear();
      formatted.set(key, format(input, context));
    }
    return formatted.get(key);
  };
  formatter.__cchcOnce = true;
}
