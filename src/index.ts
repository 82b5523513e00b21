/**
 * cchc-plan as a library: the stages a Node program needs, each a plain function.
 *
 *   const world = nodeWorld({ cwd, fonts: readFontFiles(bundledFontFiles()), defaultTemplates: readTemplateDir(defaultTemplatesDir()) });
 *   const { value, diagnostics } = compilePlan(bytes, 'plan.yaml', world);
 *   for (const d of diagnostics) console.log(renderDiagnostic(d, 'vi').message);
 *   const docx = await renderDocx(value.model);
 *   const pdf = await renderPdf(value.model, world);
 *
 * The stages do no I/O: files, fonts, templates and the date come from the World. `nodeWorld`
 * is a World over the file system (the one the command line uses).
 */
// Load and validate a plan (YAML bytes → checked plan, or diagnostics).
export { loadPlan, checkPlanText, type CheckedPlan, type Plan } from './plan/index.js';
// The whole pipeline: bytes + World → document model.
export { compilePlan, loadImages, type Compiled } from './pipeline.js';
export { Cache, memoryWorld, type World, type FileRequest, type ReadResult, type ReadProblem } from './world.js';
export type { DocumentModel } from './model/types.js';
// Emitters.
export { renderDocx, type DocxOptions } from './render/docx/index.js';
export { renderPdf, buildPdfDefinition, pdfMetrics, type PdfMetrics, type PdfOptions } from './render/pdf/index.js';
// Comparing two plans, and checking any DOCX against the decree.
export { diffModels, hasChanges } from './diff/index.js';
export type { DiffResult, Change } from './diff/types.js';
export { formatText, formatMarkdown, formatJson, formatHtml } from './diff/report/index.js';
export { checkDocx, DocxReadError, RULES, type CheckReport, type Finding, type Phrase } from './check/index.js';
// Diagnostics.
export { diagnosticJson, findingJson, hasErrors, renderDiagnostic, renderFinding, sortDiagnostics, type Diagnostic, type DiagnosticCode, type Lang, type Severity, type Span } from './diagnostics/index.js';
// Fonts and measures.
export { createMeasurer, type FontFiles, type TextMeasurer } from './text/metrics.js';
export { DEFAULT_MEASURES, RANGES, resolveMeasures, type Measures } from './decree30/measures.js';
// The file-system World and its helpers.
export { nodeWorld, type NodeWorldOptions } from './cli/node-world.js';
export { bundledFontFiles, defaultTemplatesDir, fontDirFiles, readFontFiles, readTemplateDir } from './cli/io.js';

// The DOCX redline: a model carrying revision marks (redlineModel), or its DOCX at once (renderRedline).
export { redlineModel, type RedlineOptions } from './diff/redline.js';
export type { MarkedParagraph, MarkedRun, Revision } from './model/types.js';
export type { RevisionOptions } from './render/docx/index.js';
export { renderRedline } from './cli/redline.js';
