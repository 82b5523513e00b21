/** The end of the document: closing paragraphs, signature block, recipients and archive line. */
import { effectiveAuthority, WITH_COLLECTIVE, WITH_HEAD } from '../../decree30/vocabulary.js';
import { mmToPt, textWidthMm, type Measures } from '../../decree30/measures.js';
import { wrapLines } from '../../text/breaking.js';
import { collapseSpace, parseInline, type Run } from '../../text/inline.js';
import type { TextMeasurer } from '../../text/metrics.js';
import { asList, type Plan } from '../../plan/types.js';
import type { DocumentModel, ImageAsset, RecipientGroup } from '../types.js';
import type { Wording } from './context.js';
import { endWithSlashDot, round2, upper } from './text.js';

/** The plan's closing paragraphs or the template's sentence; the last one ends with "./.". */
export function closingModel(plan: Plan, t: Wording): Run[][] {
  const text = asList(plan.closing).map(collapseSpace);
  if (text.length === 0) text.push(t('closing'));
  text[text.length - 1] = endWithSlashDot(text[text.length - 1]);
  return text.map((p) => parseInline(p).runs);
}

/** Authority and position lines (Phụ lục I, Mục II, khoản 7): "TM. …", "KT. …", the title. */
export function signatureLines(sig: Plan['signature']): string[] {
  const authority = effectiveAuthority(sig);
  const lines: string[] = [];
  if (sig.collective && WITH_COLLECTIVE.includes(authority)) lines.push(`TM. ${upper(sig.collective)}`);
  if (WITH_HEAD.includes(authority)) lines.push(`${authority}. ${upper(sig.head ?? '')}`);
  if (!(authority === 'Q' && (!sig.title || upper(sig.title) === upper(sig.head ?? '')))) lines.push(upper(sig.title));
  return lines;
}

export function signatureModel(plan: Plan, images: { image?: ImageAsset; seal?: ImageAsset }): DocumentModel['signature'] {
  const sig = plan.signature;
  return {
    lines: signatureLines(sig),
    ...(sig.name ? { name: collapseSpace(sig.name) } : {}),
    ...(images.image ? { image: images.image } : {}),
    ...(images.seal ? { seal: images.seal } : {}),
  };
}

/** A recipient's name or purpose as typed, without the marks the tool adds ("- ", ";", "(…)"). */
const cleanName = (s: string) => collapseSpace(s).replace(/^-\s*/, '').replace(/[;.,]\s*$/, '');
const cleanPurpose = (s: string) => collapseSpace(s).replace(/^\(|\)$/g, '');

/**
 * "Nơi nhận": one line per recipient ("- UBND huyện (b/c);"), groups of lines that share one
 * purpose (printed once, after a brace beside them), and the archive line. Wrapped lines continue
 * after "- " (a hanging indent of its width). None for a plan promulgated by a decision without them.
 */
export function recipientsModel(plan: Plan, t: Wording, measures: Measures, measure: TextMeasurer): DocumentModel['recipients'] {
  const size = measures.size.recipients;
  const width = (s: string) => measure.width(s, size);
  const hangingPt = round2(width('- '));
  if (!plan.recipients || !plan.archive) return { label: '', items: [], archive: '', hangingPt, none: true };
  const column = mmToPt(textWidthMm(measures)) * measures.signature.recipientsColumnRatio;
  const { braceWidthPt, braceGapPt } = measures.signature;
  const items: string[] = [];
  const groups: RecipientGroup[] = [];
  for (const r of plan.recipients) {
    if (typeof r === 'object' && 'group' in r) {
      const purpose = `(${cleanPurpose(r.purpose)})`;
      // The purpose takes at most 40 % of the column beside the brace, wrapping if longer.
      const purposeLines = wrapLines(purpose, column * 0.4, width);
      const indentRightPt = round2(2 * braceGapPt + braceWidthPt + Math.max(...purposeLines.map(width)));
      const lines = r.group.map((name) => `- ${cleanName(name)};`);
      const printed = lines.reduce((n, l) => n + wrapLines(l, column - indentRightPt, width, hangingPt).length, 0);
      groups.push({ first: items.length, count: lines.length, purpose, purposeLines, lines: Math.max(printed, purposeLines.length), indentRightPt });
      items.push(...lines);
    } else {
      const name = cleanName(typeof r === 'string' ? r : r.name);
      const purpose = typeof r === 'string' ? undefined : r.purpose;
      items.push(`- ${name}${purpose ? ` (${cleanPurpose(purpose)})` : ''};`);
    }
  }
  const archive = '- ' + t('archive-line', { units: asList(plan.archive.units).map(collapseSpace).join(', '), note: plan.archive.note ? collapseSpace(plan.archive.note) : undefined });
  return { label: t('recipients-label'), items, archive, ...(groups.length ? { groups } : {}), hangingPt };
}
