/**
 * The header block and the title: issuer lines, Quốc hiệu and Tiêu ngữ, number, place and date,
 * type and summary (and the line of the decision a plan is promulgated with), with the exact
 * lengths of the lines under them (measured with the font).
 */
import { mmToPt, textWidthMm, type Measures } from '../../decree30/measures.js';
import type { TextMeasurer } from '../../text/metrics.js';
import { collapseSpace } from '../../text/inline.js';
import { asList, type Plan } from '../../plan/types.js';
import type { DocumentModel } from '../types.js';
import type { Wording } from './context.js';
import { balanceLines, round2, upper } from './text.js';

export function issuerLines(plan: Plan): string[] {
  return asList(plan.issuer.name).map((l) => upper(collapseSpace(l)));
}

/** The summary as one text, and its lines when the plan gives them. */
export function summaryOf(plan: Plan): { text: string; lines?: string[] } {
  const lines = asList(plan.summary).map(collapseSpace).filter(Boolean);
  return Array.isArray(plan.summary) ? { text: lines.join(' '), lines } : { text: lines[0] ?? '' };
}

export function headerModel(plan: Plan, t: Wording, measures: Measures, measure: TextMeasurer, summary: string): Pick<DocumentModel, 'header' | 'rules' | 'title'> {
  const issuer = issuerLines(plan);
  const promulgated = !!plan.promulgatedBy;
  const placeDate = promulgated ? '' : t('place-date');
  const motto = t('motto');
  const size = measures.size;
  const textWidth = mmToPt(textWidthMm(measures));
  const issuerWidth = Math.max(...issuer.map((l) => measure.width(l, size.issuer, { bold: true })));
  const summaryWidthOf = (s: string) => measure.width(s, size.summary, { bold: true });
  const given = summaryOf(plan).lines;
  const summaryLines = given ?? balanceLines(summary, textWidth, summaryWidthOf);
  const summaryWidth = Math.max(...summaryLines.map(summaryWidthOf));
  // A long place name wraps after its comma, keeping "ngày … tháng … năm …" whole.
  const dateBox = mmToPt(measures.headerTable.rightColumnMm - 2 * measures.headerTable.cellMarginMm);
  const dateWidth = (s: string) => measure.width(s, size.placeDate, { italic: true });
  const comma = placeDate.indexOf(', ');
  const placeDateLines = promulgated
    ? []
    : dateWidth(placeDate) <= dateBox
      ? [placeDate]
      : comma > 0 && dateWidth(placeDate.slice(comma + 2)) <= dateBox
        ? [placeDate.slice(0, comma + 1), placeDate.slice(comma + 2)]
        : balanceLines(placeDate, dateBox, dateWidth);
  const promulgation = promulgated ? t('promulgation-line') : undefined;
  return {
    header: {
      parent: asList(plan.issuer.parent).map((l) => upper(collapseSpace(l))),
      issuer,
      nationalTitle: t('national-title'),
      motto,
      numberLine: promulgated ? '' : t('number-line'),
      placeDate,
      placeDateLines,
    },
    rules: {
      motto: round2(measure.width(motto, size.motto, { bold: true }) * measures.rules.mottoRatio),
      issuer: round2(issuerWidth * measures.rules.issuerRatio),
      summary: round2(summaryWidth * measures.rules.summaryRatio),
    },
    title: {
      type: t('type-line'),
      summary,
      summaryLines,
      ...(promulgation ? { promulgationLines: balanceLines(promulgation, textWidth, (s) => measure.width(s, size.appendixRef, { italic: true })) } : {}),
    },
  };
}
