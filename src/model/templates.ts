/**
 * Handlebars templates supply the fixed wording (type line, place and date, appendix reference,
 * default closing, task labels, table headers…). Plan text is only ever passed as data, never
 * compiled, so "{{" typed in a plan prints literally.
 */
import Handlebars from 'handlebars';
import { diag, fileSpan, pointSpan, type Diagnostic } from '../diagnostics/index.js';
import { LIMITS } from '../plan/limits.js';
import { suggest } from '../text/suggest.js';

export const TEMPLATE_NAMES = [
  'national-title', 'motto', 'number-line', 'place-date', 'type-line', 'promulgation-line', 'part-label', 'closing',
  'appendix-label', 'appendix-reference', 'recipients-label', 'archive-line',
  'task-label-lead', 'task-label-coordinating', 'task-label-time', 'task-label-frequency', 'task-label-output',
  'column-stt', 'column-content', 'column-lead', 'column-coordinating', 'column-time', 'column-frequency', 'column-output',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Template sources by name, each with the file it came from (for diagnostics). */
export type TemplateSources = Partial<Record<string, { source: string; file: string }>>;

export type TemplateData = Record<string, string | number | undefined>;

/** A template that compiled but failed while rendering (an unknown helper, a bad block). */
export class TemplateRenderError extends Error {
  constructor(
    readonly template: string,
    readonly file: string,
    message: string,
    /** Set when the template emitted a character XML forbids (hex, as U+XXXX). */
    readonly codepoint?: string,
  ) {
    super(message);
  }
}

/**
 * Characters that may never reach a DOCX (invalid in XML 1.0) or are invisible control codes: the
 * same rule as for plan text (plan/semantic.ts). Tab, line feed and carriage return are allowed.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hex = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The deepest nesting of blocks in a template source, read before Handlebars parses it (its
 * parser and compiler take minutes on thousands of nested blocks): "{{#…}}", "{{^…}}" (not the
 * "{{^}}" of an else), "{{{{raw}}}}" open; "{{/…}}" closes; comments are skipped. Returns the
 * offset of the first block past `limit`, if any.
 */
export function blockDepth(source: string, limit: number): { depth: number; over?: number } {
  let depth = 0;
  let deepest = 0;
  for (let i = source.indexOf('{{'); i >= 0; i = source.indexOf('{{', i)) {
    let j = i + 2;
    if (source.startsWith('{{!', i)) {
      const end = source.startsWith('{{!--', i) ? source.indexOf('--}}', i + 5) : source.indexOf('}}', i + 3);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    const raw = source.startsWith('{{{{', i);
    while (source[j] === '{') j++;
    if (source[j] === '~') j++;
    const c = source[j];
    if (c === '/') depth--;
    else if (c === '#' || (c === '^' && !/^\^\s*~?\}\}/.test(source.slice(j, j + 6))) || (raw && c !== '/')) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, over: i };
    }
    i = j;
  }
  return { depth: deepest };
}

export interface Templates {
  render(name: TemplateName, data: TemplateData): string;
}

/** Compile the merged template set; reports unknown files and syntax errors. */
export function compileTemplates(sources: TemplateSources): { templates?: Templates; diagnostics: Diagnostic[] } {
  const hb = Handlebars.create();
  // `log` writes to the console: with `build -o -` that is the document's own stream.
  hb.unregisterHelper('log');
  hb.registerHelper('upper', (s: unknown) => String(s ?? '').toLocaleUpperCase('vi'));
  hb.registerHelper('lower', (s: unknown) => String(s ?? '').toLocaleLowerCase('vi'));
  const diagnostics: Diagnostic[] = [];
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, entry] of Object.entries(sources)) {
    if (!entry) continue;
    if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) {
      diagnostics.push(diag('template-unknown', { name: `${name}.hbs`, allowed: TEMPLATE_NAMES.join(', '), suggestion: suggest(name, TEMPLATE_NAMES) }, fileSpan(entry.file)));
      continue;
    }
    // Bounds first: size, nesting, characters XML forbids; Handlebars never sees a hostile source.
    const size = entry.source.length * 3 > LIMITS.templateBytes ? new TextEncoder().encode(entry.source).length : entry.source.length;
    if (size > LIMITS.templateBytes) {
      diagnostics.push(diag('template-too-large', { name: `${name}.hbs`, size, limit: LIMITS.templateBytes }, fileSpan(entry.file)));
      continue;
    }
    const nesting = blockDepth(entry.source, LIMITS.templateDepth);
    if (nesting.over !== undefined) {
      const at = position(entry.source, nesting.over);
      diagnostics.push(diag('template-nesting', { name: `${name}.hbs`, limit: LIMITS.templateDepth }, pointSpan(entry.file, at.line, at.column)));
      continue;
    }
    const bad = FORBIDDEN.exec(entry.source);
    if (bad) {
      const at = position(entry.source, bad.index);
      diagnostics.push(diag('template-control-char', { name: `${name}.hbs`, codepoint: hex(bad[0]) }, pointSpan(entry.file, at.line, at.column)));
      continue;
    }
    try {
      // Pre-compile now so a syntax error is reported before any output is written.
      hb.precompile(entry.source, { noEscape: true, strict: false });
      compiled.set(name, hb.compile(entry.source, { noEscape: true, strict: false, preventIndent: true }));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const m = /line (\d+)/i.exec(msg);
      diagnostics.push(diag('template-error', { name: `${name}.hbs`, detail: msg.split('\n')[0] }, { file: entry.file, line: m ? Number(m[1]) : 1, column: 1 }));
    }
  }
  for (const name of TEMPLATE_NAMES) {
    if (!compiled.has(name) && !diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(diag('template-error', { name: `${name}.hbs`, missing: true }, fileSpan(sources[name]?.file ?? `${name}.hbs`)));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    diagnostics,
    templates: {
      render(name, data) {
        const t = compiled.get(name);
        if (!t) throw new Error(`template ${name} not compiled`);
        let out: string;
        const file = sources[name]?.file ?? `${name}.hbs`;
        try {
          out = t(data);
        } catch (e) {
          throw new TemplateRenderError(name, file, e instanceof Error ? e.message : String(e));
        }
        // Plan text is checked before it gets here; this catches what a template itself makes.
        const bad = FORBIDDEN.exec(out);
        if (bad) throw new TemplateRenderError(name, file, `U+${hex(bad[0])}`, hex(bad[0]));
        return out.replace(/\s+/g, (ws) => (ws.includes('\u00a0') ? ws : ' ')).trim();
      },
    },
  };
}
