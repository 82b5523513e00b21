/**
 * The Decree-30 conformance checker: DOCX bytes → findings. Pure: no file system, no clock, no
 * language; the text measurer (font metrics) comes in from the caller. Findings are data (a rule
 * id, a place, measured and expected values as phrases); `renderFinding` (src/diagnostics) puts
 * them into Vietnamese or English where they are printed. Throws DocxReadError for a file that is
 * not a readable DOCX.
 */
import { checkRules, type RuleId } from '../diagnostics/index.js';
import type { TextMeasurer } from '../text/metrics.js';
import { readDocument, type Para } from '../docx-read/document.js';
import { recognise, type Elements } from './elements.js';
import { Findings, type Finding } from './findings.js';
import { openDocx } from '../docx-read/package.js';
import { checkBody } from './rules/body.js';
import type { Ctx } from './rules/common.js';
import { checkAppendices, checkRecipients, checkSignature } from './rules/closing.js';
import { checkHeader, checkTitle } from './rules/header.js';
import { checkPage, checkPageNumbers, checkText } from './rules/page.js';

export { DocxReadError } from '../docx-read/package.js';
export type { ElementId, Finding, Location, Phrase, RuleId } from '../diagnostics/index.js';

/** Every rule by id: severity, element, decree paragraph and texts (src/diagnostics/catalog/check.ts). */
export const RULES = checkRules;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface CheckOptions {
  measure: TextMeasurer;
}

export interface CheckReport {
  /** "appendix" for a file that is a stand-alone appendix (no header block of its own). */
  kind: Elements['kind'];
  /** No error findings (warnings allowed). */
  conforming: boolean;
  errors: number;
  warnings: number;
  findings: Finding[];
  /** Paragraph numbers of the recognised elements (word/document.xml), for orientation. */
  elements: Record<string, number | number[]>;
}

export function checkDocx(bytes: Uint8Array, options: CheckOptions): CheckReport {
  const doc = readDocument(openDocx(bytes));
  const el = recognise(doc);
  const f = new Findings();
  const ctx: Ctx = { doc, el, measure: options.measure, f };
  checkPage(ctx);
  checkText(ctx);
  checkPageNumbers(ctx);
  if (el.kind === 'document') {
    checkHeader(ctx);
    checkTitle(ctx);
  }
  checkBody(ctx);
  checkSignature(ctx);
  checkRecipients(ctx);
  checkAppendices(ctx);
  const findings = f.all();
  const errors = findings.filter((x) => x.severity === 'error').length;
  return { kind: el.kind, conforming: errors === 0, errors, warnings: findings.length - errors, findings, elements: elementMap(el) };
}

function elementMap(el: Elements): Record<string, number | number[]> {
  const out: Record<string, number | number[]> = {};
  const one = (name: string, p: Para | undefined) => p && (out[name] = p.index);
  const many = (name: string, ps: Para[]) => ps.length && (out[name] = ps.map((p) => p.index));
  one('nationalTitle', el.nationalTitle);
  one('motto', el.motto);
  many('parent', el.parent);
  many('issuer', el.issuer);
  one('number', el.number);
  one('placeDate', el.placeDate);
  one('type', el.type);
  many('summary', el.summary);
  many('promulgation', el.promulgation);
  many('grounds', el.grounds);
  if (el.body.length) out.body = [el.body[0].index, el.body[el.body.length - 1].index];
  many('signature', [...el.signature.lines, ...(el.signature.name ? [el.signature.name] : [])]);
  one('recipients', el.recipients.label);
  many('appendices', el.appendices.map((a) => a.label));
  return out;
}
