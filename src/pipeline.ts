/**
 * The pipeline without I/O: plan bytes → checked plan → document model. Everything from outside
 * (templates, fonts, images, the date) comes from the World the caller supplies.
 */
import { diag, hasErrors, type Diagnostic, type Span } from './diagnostics/index.js';
import { buildModel } from './model/build/index.js';
import { imageInfo } from './model/image.js';
import { compileTemplates, TemplateRenderError, type TemplateSources } from './model/templates.js';
import type { DocumentModel, ImageAsset } from './model/types.js';
import { loadPlan, type CheckedPlan } from './plan/index.js';
import type { ReadProblem, World } from './world.js';

export interface Compiled {
  checked: CheckedPlan;
  model: DocumentModel;
}

/** A problem reading a file the plan names, as a diagnostic at the place that names it. */
function readProblem(problem: ReadProblem, value: string, loc: Span, path: string, kind: 'image' | 'templates'): Diagnostic {
  if (problem === 'outside') return diag('path-outside', { value }, loc, { path });
  if (kind === 'templates') return diag('template-missing', { dir: value }, loc, { path });
  return diag('image-missing', { value }, loc, { path });
}

/** The signature and seal images: read through the World and decoded once, here. */
export function loadImages(checked: CheckedPlan, world: World): { images: { image?: ImageAsset; seal?: ImageAsset }; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const images: { image?: ImageAsset; seal?: ImageAsset } = {};
  const sig = checked.plan.signature;
  for (const key of ['image', 'seal'] as const) {
    const value = sig[key];
    if (!value) continue;
    const loc = checked.source.locate(['signature', key]);
    const path = `signature.${key}`;
    const read = world.read({ plan: checked.source.file, path: value, kind: 'image' });
    if (!('bytes' in read)) {
      diagnostics.push(readProblem(read.problem, value, loc, path, 'image'));
      continue;
    }
    const info = imageInfo(read.bytes);
    if (!info) diagnostics.push(diag('image-format', { value }, loc, { path }));
    else images[key] = { path: value, ...info, bytes: read.bytes };
  }
  return { images, diagnostics };
}

/** Compiled templates per template set, kept in the World's cache: a batch compiles the defaults once. */
function compiledTemplates(world: World, sources: TemplateSources): ReturnType<typeof compileTemplates> {
  return world.cache.get(sources, () => compileTemplates(sources));
}

/** The template set of a plan: the defaults, then its own `templates:` folder, then the command line's. */
function templateSources(checked: CheckedPlan, world: World): { sources?: TemplateSources; diagnostics: Diagnostic[] } {
  let sources = world.templates.defaults;
  const dir = checked.plan.templates;
  if (dir) {
    const loc = checked.source.locate(['templates']);
    const found = world.templateDir({ plan: checked.source.file, path: dir, kind: 'templates' });
    if (!('templates' in found)) return { diagnostics: [readProblem(found.problem, dir, loc, 'templates', 'templates')] };
    sources = { ...sources, ...found.templates };
  }
  if (world.templates.override) sources = { ...sources, ...world.templates.override };
  return { sources, diagnostics: [] };
}

export function compilePlan(bytes: Uint8Array, file: string, world: World): { value?: Compiled; diagnostics: Diagnostic[] } {
  const loaded = loadPlan(bytes, file);
  if (!loaded.value) return { diagnostics: loaded.diagnostics };
  const images = loadImages(loaded.value, world);
  const set = templateSources(loaded.value, world);
  const diagnostics = [...loaded.diagnostics, ...images.diagnostics, ...set.diagnostics];
  if (hasErrors(diagnostics) || !set.sources) return { diagnostics };
  const templates = compiledTemplates(world, set.sources);
  diagnostics.push(...templates.diagnostics);
  if (hasErrors(diagnostics) || !templates.templates) return { diagnostics };
  let model: DocumentModel;
  try {
    model = buildModel(loaded.value.plan, {
      templates: templates.templates,
      measure: world.measure,
      images: images.images,
      ...(world.sourceDateEpoch !== undefined ? { sourceDateEpoch: world.sourceDateEpoch } : {}),
    });
  } catch (e) {
    if (!(e instanceof TemplateRenderError)) throw e;
    diagnostics.push(diag('template-error', { name: `${e.template}.hbs`, detail: e.message.split('\n')[0] }, { file: e.file, line: 1, column: 1 }));
    return { diagnostics };
  }
  return { value: { checked: loaded.value, model }, diagnostics };
}
