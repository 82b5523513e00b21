/**
 * Stage 2: a valid plan → the document model (numbering assigned once, wording from templates).
 * Pure: no I/O, no clock.
 */
import { dateParts, formatDocNumber, isoDate, parsePlanDate } from '../../decree30/dates.js';
import { resolveMeasures } from '../../decree30/measures.js';
import { partLabel, partLetter, toRoman, vietnameseOrdinal } from '../../decree30/numbering.js';
import { DEFAULT_TYPE, DEFAULT_TYPE_ABBREVIATION, TYPE_ABBREVIATIONS } from '../../decree30/vocabulary.js';
import { collapseSpace, parseInline } from '../../text/inline.js';
import type { TextMeasurer } from '../../text/metrics.js';
import { asList, type Plan } from '../../plan/types.js';
import { planYear } from '../../plan/year.js';
import type { TemplateData, Templates } from '../templates.js';
import type { DocumentModel, ImageAsset } from '../types.js';
import { appendicesModel } from './appendices.js';
import { bodyConverter } from './body.js';
import { closingModel, recipientsModel, signatureModel } from './closing.js';
import { taskLabels, type Wording } from './context.js';
import { headerModel, issuerLines, summaryOf } from './header.js';
import type { BodyTask } from './tasks.js';
import { endGround, issuerFullName, lowerFirst } from './text.js';

export { balanceLines, endWithSlashDot, issuerFullName } from './text.js';

export interface BuildOptions {
  templates: Templates;
  /** Font metrics for the exact lengths of the header lines. */
  measure: TextMeasurer;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); overrides the plan date in metadata. */
  sourceDateEpoch?: number;
  /** The signature and seal images, read and decoded once by the caller. */
  images?: { image?: ImageAsset; seal?: ImageAsset };
}

export function buildModel(plan: Plan, options: BuildOptions): DocumentModel {
  const measures = resolveMeasures(plan.format);
  const type = plan.type ?? DEFAULT_TYPE;
  const fullName = plan.issuer.fullName ? collapseSpace(plan.issuer.fullName) : issuerFullName(issuerLines(plan));
  const symbol = plan.symbol ?? `${TYPE_ABBREVIATIONS[type] ?? DEFAULT_TYPE_ABBREVIATION}-${plan.issuer.abbreviation}`;
  const date = plan.date ? parsePlanDate(plan.date) : undefined;
  const number = formatDocNumber(plan.number);
  const summary = summaryOf(plan).text;
  // A plan promulgated by a decision: its number and date are the decision's.
  const decision = plan.promulgatedBy;
  const decisionType = decision ? collapseSpace(decision.type ?? 'Quyết định') : undefined;
  const decisionSymbol = decision ? decision.symbol ?? `${TYPE_ABBREVIATIONS[decisionType!] ?? 'QĐ'}-${plan.issuer.abbreviation}` : undefined;
  const base: TemplateData = {
    type,
    typeAbbr: TYPE_ABBREVIATIONS[type],
    number,
    symbol,
    place: collapseSpace(plan.place),
    ...dateParts(date),
    issuerFullName: fullName,
    issuerAbbreviation: plan.issuer.abbreviation,
    summary,
    summaryLower: lowerFirst(summary),
    ...(decision ? { promulgated: 'yes', decisionType, decisionSymbol, decisionIssuer: decision.issuer ? collapseSpace(decision.issuer) : fullName } : {}),
  };
  const t: Wording = (name, extra = {}) => options.templates.render(name, { ...base, ...extra });

  const labels = taskLabels(t);
  const bodyTasks: BodyTask[] = [];
  const partStyle = plan.partStyle;
  const partOf = partStyle
    ? (n: number) => partLabel(partStyle, n)
    : (n: number) => t('part-label', { letter: partLetter(n), roman: toRoman(n), arabic: n, ordinal: vietnameseOrdinal(n) });
  const convert = bodyConverter(labels, bodyTasks, partOf);
  const body = convert(plan.body, ['body']);
  const closing = closingModel(plan, t);
  const appendices = appendicesModel(plan, t, measures, options.measure, labels, convert, bodyTasks);

  const year = planYear(plan);
  const metaDate = options.sourceDateEpoch !== undefined
    ? new Date(options.sourceDateEpoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : isoDate(date) ?? (date ? `${date.year}-${String(date.month ?? 1).padStart(2, '0')}-01T00:00:00Z` : undefined);

  return {
    meta: {
      title: summary,
      author: fullName,
      subject: decision ? `${type} ban hành kèm theo ${decisionType} ${plan.number ? `số ${number}/${decisionSymbol}` : decisionSymbol}` : `${type} ${plan.number ? `số ${number}/${symbol}` : symbol}`,
      keywords: [type, 'Nghị định 30/2020/NĐ-CP', fullName, ...(year ? [String(year)] : [])],
      language: 'vi-VN',
      ...(metaDate ? { date: metaDate } : {}),
      ...(year ? { year } : {}),
    },
    measures,
    ...headerModel(plan, t, measures, options.measure, summary),
    grounds: (plan.grounds ?? []).map((g, i, all) => parseInline(endGround(collapseSpace(g), i === all.length - 1)).runs),
    opening: asList(plan.opening).map((p) => parseInline(p).runs),
    body,
    closing,
    signature: signatureModel(plan, options.images ?? {}),
    recipients: recipientsModel(plan, t, measures, options.measure),
    appendices,
  };
}
