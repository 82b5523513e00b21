/**
 * The patches of pdfmake and pdfkit internals, each switchable (the tests and `npm run bench`
 * compare every patch on and off). A switched-off patch calls the code it replaces.
 */

export const PDF_PATCHES = {
  justify: "pdfmake's justification: slack after spaces only (ElementWriter.alignLine)",
  styleLookup: "pdfmake's style lookup (StyleContextStack.getStyleProperty, TextInlines.measure)",
  textLayout: "pdfkit's text layout without shaping (EmbeddedFont.layout)",
  parsedFonts: 'one parsed font per font file (the fontkit.create pdfkit calls)',
  subset: 'our TrueType subsetter (the createSubset of our fonts)',
} as const;

export type PdfPatch = keyof typeof PDF_PATCHES;

/** A patch's switch, and how many times its replacement code ran (tests check it runs when on). */
export interface Switch {
  on: boolean;
  hits: number;
}

export const SWITCHES = Object.fromEntries(Object.keys(PDF_PATCHES).map((k) => [k, { on: true, hits: 0 }])) as Record<PdfPatch, Switch>;

/** Turn patches on or off (all of them with `{ all: false }`); the rest keep their state. */
export function setPdfPatches(switches: Partial<Record<PdfPatch | 'all', boolean>>): void {
  for (const name of Object.keys(PDF_PATCHES) as PdfPatch[]) {
    const v = switches[name] ?? switches.all;
    if (v !== undefined) SWITCHES[name].on = v;
  }
}

/** How many times each patch's replacement code ran since the process started. */
export function pdfPatchHits(): Record<PdfPatch, number> {
  return Object.fromEntries(Object.entries(SWITCHES).map(([k, s]) => [k, s.hits])) as Record<PdfPatch, number>;
}
