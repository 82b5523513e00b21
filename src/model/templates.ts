/**
 * Handlebars templates supply the fixed wording (type line, place and date, appendix reference,
 * default closing, task labels, table headers…). Plan text is only ever passed as data, never
 * compiled, so "{{" typed in a plan prints literally.
 */
import Handlebars from 'handlebars';
import { diag, fileSpan, type Diagnostic } from '../diagnostics/index.js';
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
  ) {
    super(message);
  }
}

export interface Templates {
  render(name: TemplateName, data: TemplateData): string;
}

/** Compile the merged template set; reports unknown files and syntax errors. */
export function compileTemplates(sources: TemplateSources): { templates?: Templates; diagnostics: Diagnostic[] } {
  const hb = Handlebars.create();
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
    if (!compiled.has(name) && !diagnostics.some((d) => d.code === 'template-error')) {
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
        try {
          out = t(data);
        } catch (e) {
          throw new TemplateRenderError(name, sources[name]?.file ?? `${name}.hbs`, e instanceof Error ? e.message : String(e));
        }
        return out.replace(/\s+/g, (ws) => (ws.includes('\u00a0') ? ws : ' ')).trim();
      },
    },
  };
}
