/**
 * DOCX emitter: document model → Office Open XML with named styles (headings mapped to Word's
 * heading levels), every measure and style from the one Decree-30 table. Output is
 * byte-reproducible: fixed core.xml dates, fixed zip timestamps, no random ids.
 */
import { Document, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions, type Table } from 'docx';
import { mmToPt, mmToTwip, ptToTwip, textWidthMm, type Measures } from '../../decree30/measures.js';
import { styleId } from '../../decree30/styles.js';
import { flattenBody, outlineLevels } from '../../model/layout.js';
import type { AppendixModel, DocumentModel } from '../../model/types.js';
import type { Cache } from '../../world.js';
import { bodyParas, lines, rule, runs, text } from './blocks.js';
import { headerTable } from './header.js';
import { packDocx } from './pack.js';
import { formatOnce } from './patches/format-once.js';
import { signatureTable } from './signature.js';
import { documentStyles } from './styles.js';
import { taskTable } from './tables.js';

export { packDocx } from './pack.js';

export interface DocxOptions {
  /** The World's cache (kept for a batch or a preview session). */
  cache?: Cache;
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

function appendixSection(model: DocumentModel, a: AppendixModel, levels: Map<string, number>): ISectionOptions {
  const m = model.measures;
  const width = textWidthMm(m, a.orientation);
  const children: (Paragraph | Table)[] = [
    text('appendixLabel', a.label, { keepNext: true }),
    text('appendixTitle', a.title, { keepNext: true }),
    text('appendixRef', a.reference, { keepNext: true }),
    rule(mmToPt(m.rules.appendixRuleMm), mmToPt(width), m.rules.thicknessPt),
    ...bodyParas(flattenBody(a.body, levels)),
  ];
  if (a.table) children.push(new Paragraph({ style: styleId('rule'), children: [] }), taskTable(a.table, width, m));
  return { properties: { ...pageProps(m, a.orientation), type: SectionType.NEXT_PAGE }, headers: headers(), children };
}

export function buildDocxDocument(model: DocumentModel): Document {
  const m = model.measures;
  const width = mmToPt(textWidthMm(m));
  const levels = outlineLevels(model.body);
  const main: (Paragraph | Table)[] = [
    headerTable(model),
    text('type', model.title.type),
    lines('summary', model.title.summaryLines),
    rule(model.rules.summary, width, m.rules.thicknessPt),
    new Paragraph({ style: styleId('rule'), spacing: { before: 0, after: 0, line: ptToTwip(m.title.spaceAfterPt), lineRule: LineRuleType.EXACT }, children: [] }),
    ...model.grounds.map((g) => new Paragraph({ style: styleId('grounds'), children: runs(g) })),
    ...model.opening.map((p) => new Paragraph({ style: styleId('body'), children: runs(p) })),
    ...bodyParas(flattenBody(model.body, levels)),
    ...model.closing.map((p, i, all) => new Paragraph({ style: styleId('body'), keepNext: i === all.length - 1, keepLines: i === all.length - 1, children: runs(p) })),
    signatureTable(model),
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
      ...model.appendices.map((a) => appendixSection(model, a, levels)),
    ],
  });
  formatOnce(doc.Styles, `styles:${JSON.stringify(styles)}`);
  formatOnce(doc.Theme, 'theme');
  return doc;
}

/** Render the model to DOCX bytes, reproducibly. */
export async function renderDocx(model: DocumentModel, _options: DocxOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocxDocument(model), model);
}
