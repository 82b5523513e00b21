/**
 * The pipeline without I/O: plan bytes → checked plan → document model. Everything from outside
 * (templates, fonts, images, the date) comes from the World the caller supplies.
 */
import { diag, fileSpan, hasErrors, pointSpan, type Diagnostic, type Span } from './diagnostics/index.js';
import { buildModel } from './model/build/index.js';
import { inspectImage } from './model/image.js';
import { compileTemplates, TemplateRenderError, type TemplateSources } from './model/templates.js';
import type { DocumentModel, ImageAsset } from './model/types.js';
import { loadPlan, type CheckedPlan } from './plan/index.js';
import { LIMITS } from './plan/limits.js';
import type { ReadFailure, TemplateFileProblem, World } from './world.js';

export interface Compiled {
  checked: CheckedPlan;
  model: DocumentModel;
}

/** A problem reading a file the plan names, as a diagnostic at the place that names it. */
function readProblem(f: ReadFailure, value: string, loc: Span, path: string, kind: 'image' | 'templates'): Diagnostic {
  switch (f.problem) {
    case 'outside':
      return diag('path-outside', { value, ...(f.link ? { link: true } : {}) }, loc, { path });
    case 'hidden':
      return diag('path-hidden', { value }, loc, { path });
    case 'not-file':
      return diag('path-not-file', { value, kind: f.kind ?? 'other' }, loc, { path });
    case 'too-large':
      return kind === 'image'
        ? diag('image-too-large', { value, size: f.size ?? '?', limit: f.limit ?? LIMITS.imageBytes }, loc, { path })
        : diag('template-too-large', { name: value, size: f.size ?? '?', limit: f.limit ?? LIMITS.templateBytes }, loc, { path });
    case 'unreadable':
      return diag('file-unreadable', { value, reason: f.reason ?? '' }, loc, { path });
    case 'missing':
      if (f.link) return diag('path-broken-link', { value }, loc, { path });
      return kind === 'templates' ? diag('template-missing', { dir: value }, loc, { path }) : diag('image-missing', { value }, loc, { path });
  }
}

/** A file of the plan's template folder that cannot be used, at the plan's "templates:" line. */
function templateFileProblem(p: TemplateFileProblem, loc: Span): Diagnostic {
  if (p.problem === 'encoding') return diag('template-encoding', { name: p.name, offset: p.offset ?? 0 }, pointSpan(p.file, p.line ?? 1, p.column ?? 1));
  if (p.problem === 'too-many') return diag('limit-exceeded', { what: 'template-files', value: `> ${p.limit}`, limit: p.limit ?? LIMITS.templateFiles }, loc, { path: 'templates' });
  return readProblem({ ...p, problem: p.problem }, p.file, loc, 'templates', 'templates');
}

/** An image that cannot be placed: empty, too large, damaged, not PNG or JPEG. */
function imageProblem(bytes: Uint8Array, value: string, loc: Span, path: string): { info: { type: 'png' | 'jpg'; width: number; height: number } } | Diagnostic {
  // The World caps what it reads; a World that does not is held to the same limit here.
  if (bytes.length > LIMITS.imageBytes) return diag('image-too-large', { value, size: bytes.length, limit: LIMITS.imageBytes }, loc, { path });
  const r = inspectImage(bytes);
  if ('info' in r) return r;
  switch (r.problem) {
    case 'format':
      return diag('image-format', { value }, loc, { path });
    case 'empty':
      return diag('image-empty', { value, width: r.width, height: r.height }, loc, { path });
    case 'dimensions':
      return diag('image-dimensions', { value, width: r.width, height: r.height, side: LIMITS.imageSide, pixels: LIMITS.imagePixels }, loc, { path });
    case 'corrupt':
      return diag('image-corrupt', { value, type: r.type, detail: r.detail }, loc, { path });
  }
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
      diagnostics.push(readProblem(read, value, loc, path, 'image'));
      continue;
    }
    const checkedImage = imageProblem(read.bytes, value, loc, path);
    if ('info' in checkedImage) images[key] = { path: value, ...checkedImage.info, bytes: read.bytes };
    else diagnostics.push(checkedImage);
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
    if (!('templates' in found)) return { diagnostics: [readProblem(found, dir, loc, 'templates', 'templates')] };
    if (found.problems?.length) return { diagnostics: found.problems.map((p) => templateFileProblem(p, loc)) };
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
    if (e.codepoint) diagnostics.push(diag('template-control-char', { name: `${e.template}.hbs`, codepoint: e.codepoint, rendered: true }, fileSpan(e.file)));
    else diagnostics.push(diag('template-error', { name: `${e.template}.hbs`, detail: e.message.split('\n')[0] }, { file: e.file, line: 1, column: 1 }));
    return { diagnostics };
  }
  return { value: { checked: loaded.value, model }, diagnostics };
}
