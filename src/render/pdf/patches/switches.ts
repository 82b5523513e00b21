/**
 * The patches of pdfmake and pdfkit internals, each switchable (the tests and `npm run bench`
 * compare every patch on and off). A switched-off patch calls the code it replaces.
 */
import { switchBoard } from '../../switches.js';

export type { Switch } from '../../switches.js';

export const PDF_PATCHES = {
  justify: "pdfmake's justification: slack after spaces only (ElementWriter.alignLine)",
  styleLookup: "pdfmake's style lookup (StyleContextStack.getStyleProperty, TextInlines.measure)",
  textLayout: "pdfkit's text layout without shaping (EmbeddedFont.layout)",
  parsedFonts: 'one parsed font per font file (the fontkit.create pdfkit calls)',
  subset: 'our TrueType subsetter (the createSubset of our fonts)',
} as const;

export type PdfPatch = keyof typeof PDF_PATCHES;

const board = switchBoard<PdfPatch>(PDF_PATCHES);
export const SWITCHES = board.switches;
export const setPdfPatches = board.set;
export const pdfPatchHits = board.hits;
