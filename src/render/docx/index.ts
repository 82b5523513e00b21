/**
 * DOCX emitter: document model → Office Open XML with named styles (headings mapped to Word's
 * heading levels), every measure and style from the one Decree-30 table. Output is
 * byte-reproducible: fixed core.xml dates, fixed zip timestamps, no random ids.
 */
import { Document, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions, type Table } from 'docx';
import { mmToPt, mmToTwip, ptToTwip, textWidthMm, type Measures } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import { outlineLevels } from '../../model/layout.js';
import type { AppendixModel, DocumentModel, MarkedParagraph, Revision } from '../../model/types.js';
import type { Cache } from '../../world.js';
import { lines, rule, text } from './blocks.js';
import { bodyParagraphs } from './body.js';
import { headerTable } from './header.js';
import { packDocx } from './pack.js';
import { formatOnce } from './patches/format-once.js';
import { linesOf, Revisions, textOf, type RevisionOptions } from './revisions.js';
import { signatureTable } from './signature.js';
import { documentStyles } from './styles.js';
import { taskTable } from './tables.js';

export { packDocx } from './pack.js';
export type { RevisionOptions } from './revisions.js';

export interface DocxOptions {
  /** The World's cache (kept for a batch or a preview session). */
  cache?: Cache;
  /**
   * Author and date of the tracked changes when the model is a redline (it carries revision
   * marks): "cchc-plan" and the plan's date by default. Unused for an ordinary model.
   */
  revisions?: RevisionOptions;
}

function pageProps(m: Measures, orientation: 'portrait' | 'landscape') {
  const mg = m.page.margins;
  return {
    titlePage: true,
    page: {
      size: { width: mmToTwip(m.page.widthMm), height: mmToTwip(m.page.heightMm), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: mmToTwip(mg.top), bottom: mmToTwip(mg.bottom), left: mmToTwip(mg.left), right: mmToTwip(mg.right), header: mmToTwip(m.page.headerDistanceMm), footer: mmToTwip(m.page.headerDistanceMm), gutter: 0 },
      pageNumbers: { start: 1 },
    },
  };
}

/** Page number centred at the top from page 2; nothing on the first page of each section. */
function headers() {
  return {
    default: new Header({ children: [new Paragraph({ style: styleId('pageNumber'), children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
    first: new Header({ children: [new Paragraph({ style: styleId('pageNumber'), children: [] })] }),
  };
}

/** An appendix on its own pages; in a redline, `rev` inserts or deletes all of it (the section break stays). */
function appendixSection(rv: Revisions, model: DocumentModel, a: AppendixModel, levels: Map<string, number>): ISectionOptions {
  const m = model.measures;
  const width = textWidthMm(m, a.orientation);
  const rev = a.rev;
  const table = a.table ?? a.revised?.table;
  const children: (Paragraph | Table)[] = [
    text(rv, 'appendixLabel', textOf(a.label, undefined), { keepNext: true }, rev),
    // The title in its balanced lines (a redline marks it as one text).
    a.revised?.title
      ? text(rv, 'appendixTitle', textOf(a.title, a.revised.title), { keepNext: true }, rev)
      : lines(rv, 'appendixTitle', linesOf(a.titleLines, undefined), rev, { keepNext: true }),
    text(rv, 'appendixRef', textOf(a.reference, a.revised?.reference), { keepNext: true }, rev),
    rule(rv, mmToPt(m.rules.appendixRuleMm), mmToPt(width), m.rules.thicknessPt, rev, m.rules.refGapPt),
    ...bodyParagraphs(rv, a.revised?.body ?? a.body, levels, rev),
  ];
  if (table) {
    const tableRev = rev ?? table.rev;
    children.push(new Paragraph({ style: styleId('rule'), children: [], ...rv.mark(tableRev) }), taskTable(rv, table, width, m, tableRev));
  }
  return { properties: { ...pageProps(m, a.orientation), type: SectionType.NEXT_PAGE }, headers: headers(), children };
}

/** Paragraphs of a list (grounds, opening, closing): in a redline, the marked list with the deleted ones. */
const paragraphsOf = (list: DocumentModel['grounds'], revised: MarkedParagraph[] | undefined): MarkedParagraph[] => revised ?? list.map((runs) => ({ runs }));

/** The last paragraph the new plan has (a deleted one may follow it in a redline). */
const lastKept = (ps: { rev?: Revision }[]) => ps.map((p) => p.rev !== 'del').lastIndexOf(true);

export function buildDocxDocument(model: DocumentModel, options: Pick<DocxOptions, 'revisions'> = {}): Document {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m));
  const levels = outlineLevels(model.body);
  const rv = new Revisions(options.revisions, model.meta.date);
  const r = model.revised;
  const closing = paragraphsOf(model.closing, r?.closing);
  const last = lastKept(closing);
  const main: (Paragraph | Table)[] = [
    headerTable(rv, model),
    text(rv, 'type', textOf(model.title.type, model.title.revised?.type)),
    lines(rv, 'summary', linesOf(model.title.summaryLines, model.title.revised?.summaryLines)),
    // A plan promulgated by a decision: "(Ban hành kèm theo Quyết định số …)" under the summary, the line under it.
    // (The same italic centred "(Kèm theo …)" style as an appendix's reference line.)
    ...(model.title.promulgationLines ? [lines(rv, 'appendixRef', linesOf(model.title.promulgationLines, undefined), undefined, { keepNext: true })] : []),
    rule(rv, model.rules.summary, width, m.rules.thicknessPt, undefined, model.title.promulgationLines ? m.rules.refGapPt : 0),
    new Paragraph({ style: styleId('rule'), spacing: { before: 0, after: 0, line: ptToTwip(m.title.spaceAfterPt), lineRule: LineRuleType.EXACT }, children: [] }),
    ...paragraphsOf(model.grounds, r?.grounds).map((p) => text(rv, 'grounds', p)),
    ...paragraphsOf(model.opening, r?.opening).map((p) => text(rv, 'body', p)),
    ...bodyParagraphs(rv, r?.body ?? model.body, levels),
    ...closing.map((p, i) => text(rv, 'body', p, { keepNext: i === last, keepLines: i === last })),
    signatureTable(rv, model),
  ];
  const styles = documentStyles(m);
  const doc = new Document({
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(', '),
    description: `${model.title.type} ${model.title.summary}`,
    revision: 1,
    styles,
    sections: [
      { properties: pageProps(m, 'portrait'), headers: headers(), children: main },
      ...(r?.appendices ?? model.appendices).map((a) => appendixSection(rv, model, a, levels)),
    ],
  });
  formatOnce(doc.Styles, `styles:${JSON.stringify(styles)}`);
  formatOnce(doc.Theme, 'theme');
  return doc;
}

/** Render the model to DOCX bytes, reproducibly; a redline model's marks as tracked changes. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocxDocument(model, options), model);
}
