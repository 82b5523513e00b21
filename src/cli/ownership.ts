/**
 * Whether an existing output file was written by cchc-plan. A DOCX or PDF that another program
 * saved — the office's original Word file beside the plan imported from it, or our DOCX edited and
 * saved in Word — is never replaced without --force: the clerk's work would be lost.
 *
 * Ours: a DOCX whose docProps/app.xml names no application (Word, LibreOffice and WPS always write
 * theirs there), a PDF whose Producer is "cchc-plan".
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Larger than any output we write; a bigger file at an output's place is not ours. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The program that wrote `file` when it is not cchc-plan ("Microsoft Office Word", "LibreOffice/7.4"…; "?" when unknown); undefined when it is ours. */
export function foreignProducer(file: string, size: number): string | undefined {
  if (size === 0) return undefined; // an empty file holds nothing to lose
  if (size > MAX_OUTPUT_BYTES) return '?';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    return undefined; // unreadable: the write itself will say why
  }
  if (/\.docx$/i.test(file)) return docxProducer(bytes);
  if (/\.pdf$/i.test(file)) return pdfProducer(bytes);
  return undefined;
}

function docxProducer(bytes: Uint8Array): string | undefined {
  let app: Uint8Array | undefined;
  try {
    app = unzipSync(bytes, { filter: (f) => f.name === 'docProps/app.xml' && f.originalSize < 1024 * 1024 })['docProps/app.xml'];
  } catch {
    return '?'; // not a ZIP: not a DOCX we wrote
  }
  if (!app) return '?';
  const m = /<Application>([^<]*)<\/Application>/.exec(strFromU8(app));
  return m ? m[1].trim() || '?' : undefined;
}

function pdfProducer(bytes: Uint8Array): string | undefined {
  // The document information dictionary is not compressed (PDF 1.x): look for /Producer.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const at = text.lastIndexOf('/Producer');
  if (at < 0) return '?';
  let value = text.slice(at + 9, at + 400).trimStart();
  const ref = /^(\d+) (\d+) R/.exec(value);
  if (ref) {
    const obj = new RegExp(`(?:^|[\\r\\n])${ref[1]} ${ref[2]} obj\\s*`).exec(text);
    if (!obj) return '?';
    value = text.slice(obj.index + obj[0].length, obj.index + obj[0].length + 400);
  }
  const producer = pdfString(value);
  return producer === 'cchc-plan' ? undefined : producer || '?';
}

/** A PDF string at the start of `s`: (literal) or <hex>, UTF-16 with its BOM or PDFDocEncoding. */
function pdfString(s: string): string {
  let raw: string;
  if (s.startsWith('(')) {
    raw = '';
    for (let i = 1, depth = 1; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1));
        if (octal) {
          raw += String.fromCharCode(parseInt(octal[0], 8));
          i += octal[0].length;
        } else {
          const e = s[++i] ?? '';
          raw += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
        }
      } else if (c === '(') {
        depth++;
        raw += c;
      } else if (c === ')' && --depth === 0) break;
      else raw += c;
    }
  } else if (s.startsWith('<')) {
    const hex = s.slice(1, s.indexOf('>')).replace(/\s+/g, '');
    raw = hex.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
  } else return '';
  if (raw.startsWith('\xfe\xff')) {
    let out = '';
    for (let i = 2; i + 1 < raw.length; i += 2) out += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return out.trim();
  }
  return raw.trim();
}
