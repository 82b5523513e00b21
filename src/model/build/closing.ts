/** The end of the document: closing paragraphs, signature block, recipients and archive line. */
import { effectiveAuthority, WITH_COLLECTIVE, WITH_HEAD } from '../../decree30/vocabulary.js';
import { collapseSpace, parseInline, type Run } from '../../text/inline.js';
import { asList, type Plan } from '../../plan/types.js';
import type { DocumentModel, ImageAsset } from '../types.js';
import type { Wording } from './context.js';
import { endWithSlashDot, upper } from './text.js';

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

export function recipientsModel(plan: Plan, t: Wording): DocumentModel['recipients'] {
  const items = plan.recipients.map((r) => {
    const name = collapseSpace(typeof r === 'string' ? r : r.name).replace(/^-\s*/, '').replace(/[;.,]\s*$/, '');
    const purpose = typeof r === 'string' ? undefined : r.purpose;
    return `- ${name}${purpose ? ` (${collapseSpace(purpose).replace(/^\(|\)$/g, '')})` : ''};`;
  });
  const archive = '- ' + t('archive-line', { units: asList(plan.archive.units).map(collapseSpace).join(', '), note: plan.archive.note ? collapseSpace(plan.archive.note) : undefined });
  return { label: t('recipients-label'), items, archive };
}
