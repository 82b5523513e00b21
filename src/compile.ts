/**
 * The pipeline without I/O: plan bytes → checked plan → document model.
 * Everything from outside (templates, fonts, images, the clock) comes in through `CompileInputs`.
 */
import path from 'node:path';
import { diag, hasErrors, type Diagnostic, type Lang } from './diagnostics.js';
import { buildModel } from './model/build.js';
import { imageInfo } from './model/image.js';
import type { TextMeasurer } from './model/metrics.js';
import { compileTemplates, TemplateRenderError, type TemplateSources } from './model/templates.js';
import type { DocumentModel } from './model/types.js';
import { loadPlan, type CheckedPlan } from './plan/index.js';

export interface CompileInputs {
  lang: Lang;
  /** The package's default templates. */
  templates: TemplateSources;
  /** Reads the plan's own `templates:` folder (relative to the plan); undefined when it does not exist. */
  planTemplates?: (relativeDir: string) => TemplateSources | undefined;
  /** Templates from the command line (--templates), applied last. */
  cliTemplates?: TemplateSources;
  measure: TextMeasurer;
  /** Image bytes by the path written in the plan; undefined when the file does not exist. */
  images?: (planPath: string) => Uint8Array | undefined;
  /** Whether images may live outside the plan's folder. */
  allowOutside?: boolean;
  sourceDateEpoch?: number;
}

export interface Compiled {
  checked: CheckedPlan;
  model: DocumentModel;
}

/** Paths in a plan are relative to its folder and stay inside it unless allowed. */
export function isOutside(relative: string): boolean {
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) return true;
  const norm = path.posix.normalize(relative.replace(/\\/g, '/'));
  return norm === '..' || norm.startsWith('../');
}

export function checkImages(checked: CheckedPlan, inputs: CompileInputs): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sig = checked.plan.signature;
  for (const key of ['image', 'seal'] as const) {
    const value = sig[key];
    if (!value) continue;
    const loc = checked.source.locate(['signature', key]);
    if (!inputs.allowOutside && isOutside(value)) {
      out.push(diag(inputs.lang, 'path-outside', { value }, loc, { path: `signature.${key}` }));
      continue;
    }
    const bytes = inputs.images?.(value);
    if (!bytes) out.push(diag(inputs.lang, 'image-missing', { value }, loc, { path: `signature.${key}` }));
    else if (!imageInfo(bytes)) out.push(diag(inputs.lang, 'image-format', { value }, loc, { path: `signature.${key}` }));
  }
  return out;
}

/** Compiled templates by template set: a batch compiles the same (default) set once, not per plan. */
const templateCache = new WeakMap<TemplateSources, Map<string, ReturnType<typeof compileTemplates>>>();
function compiledTemplates(sources: TemplateSources, lang: CompileInputs['lang']): ReturnType<typeof compileTemplates> {
  let byLang = templateCache.get(sources);
  if (!byLang) templateCache.set(sources, (byLang = new Map()));
  let compiled = byLang.get(lang);
  if (!compiled) byLang.set(lang, (compiled = compileTemplates(sources, lang)));
  return compiled;
}

export function compilePlan(bytes: Uint8Array, file: string, inputs: CompileInputs): { value?: Compiled; diagnostics: Diagnostic[] } {
  const loaded = loadPlan(bytes, file, inputs.lang);
  if (!loaded.value) return { diagnostics: loaded.diagnostics };
  const diagnostics = [...loaded.diagnostics, ...checkImages(loaded.value, inputs)];
  let sources = inputs.templates;
  const planDir = loaded.value.plan.templates;
  if (planDir) {
    const loc = loaded.value.source.locate(['templates']);
    if (!inputs.allowOutside && isOutside(planDir)) diagnostics.push(diag(inputs.lang, 'path-outside', { value: planDir }, loc, { path: 'templates' }));
    else {
      const found = inputs.planTemplates?.(planDir);
      if (!found) diagnostics.push(diag(inputs.lang, 'template-missing', { dir: planDir }, loc, { path: 'templates' }));
      else sources = { ...sources, ...found };
    }
  }
  if (inputs.cliTemplates) sources = { ...sources, ...inputs.cliTemplates };
  if (hasErrors(diagnostics)) return { diagnostics };
  const templates = compiledTemplates(sources, inputs.lang);
  diagnostics.push(...templates.diagnostics);
  if (hasErrors(diagnostics) || !templates.templates) return { diagnostics };
  let model: DocumentModel;
  try {
    model = buildModel(loaded.value.plan, {
      templates: templates.templates,
      measure: inputs.measure,
      ...(inputs.sourceDateEpoch !== undefined ? { sourceDateEpoch: inputs.sourceDateEpoch } : {}),
    });
  } catch (e) {
    if (!(e instanceof TemplateRenderError)) throw e;
    diagnostics.push(diag(inputs.lang, 'template-error', { name: `${e.template}.hbs`, detail: e.message.split('\n')[0] }, { file: e.file, line: 1, column: 1 }));
    return { diagnostics };
  }
  return { value: { checked: loaded.value, model }, diagnostics };
}
