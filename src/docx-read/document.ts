/**
 * A DOCX read into what the checker needs: every paragraph in document order (body and table
 * cells; text boxes are left out) with its text, numbering label, effective paragraph and run
 * formatting, fields and line shapes; tables with their grid; sections with page set-up and
 * header/footer parts; and the header and footer paragraphs.
 *
 * Pages: a DOCX stores no pages. When Word saved its last layout (w:lastRenderedPageBreak), that
 * layout plus explicit breaks and section starts give each paragraph's page; otherwise pages are
 * left unknown rather than guessed.
 */
import type { DocxPackage } from './package.js';
import { ListNumbering } from './numbering.js';
import { Reader } from './reader.js';
import { readSection } from './sections.js';
import { themeLineWidths } from './shapes.js';
import { StyleSheet, themeFonts } from './styles.js';
import type { DocModel, Para, Section } from './types.js';
import { child, elements, type El } from './xml.js';

export * from './types.js';

export function readDocument(pkg: DocxPackage): DocModel {
  const docRoot = pkg.xml(pkg.documentPart)!;
  const body = child(docRoot, 'w:body');
  const theme = pkg.related('theme');
  const themeXml = theme ? pkg.xml(theme) : undefined;
  const styles = new StyleSheet(pkg.xml(pkg.related('styles') ?? ''), themeFonts(themeXml));
  const themeLines = themeLineWidths(themeXml);
  const numbering = new ListNumbering(pkg.xml(pkg.related('numbering') ?? ''));
  const rels = pkg.rels(pkg.documentPart);

  const sectEls = [
    ...elements(body, 'w:p').map((p) => child(child(p, 'w:pPr'), 'w:sectPr')).filter((s): s is El => !!s),
    child(body, 'w:sectPr'),
  ];
  const sections: Section[] = [];
  sectEls.forEach((s, i) => sections.push(readSection(s, i, sections[i - 1], rels)));

  const reader = new Reader(styles, numbering, sections, pkg.documentPart, 0, themeLines);
  if (body) reader.body(body);
  const pagesKnown = !!body && body.descendantsNamed('w:lastRenderedPageBreak').length > 0;
  const paras = reader.paras;
  if (!pagesKnown) for (const p of paras) delete p.page;

  // Header and footer parts: their own paragraph numbering, no pages.
  const parts = new Map<string, Para[]>();
  for (const s of sections) {
    for (const part of [...Object.values(s.headers), ...Object.values(s.footers)]) {
      const root = part && !parts.has(part) ? pkg.xml(part) : undefined;
      if (!part || !root) continue;
      const r = new Reader(styles, numbering, sections, part, s.index, themeLines);
      r.body(root);
      for (const p of r.paras) delete p.page;
      parts.set(part, r.paras);
    }
  }
  return {
    paras,
    blocks: reader.blocks,
    sections,
    parts,
    pagesKnown,
    ...(pagesKnown ? { pageCount: Math.max(...paras.map((p) => p.page ?? 1)) } : {}),
  };
}
