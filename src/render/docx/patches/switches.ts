/**
 * The DOCX emitter's speed patches, each switchable (the tests and `npm run bench`
 * compare them on and off); switched off, the emitter uses docx's and fflate's public API.
 */
export const DOCX_PATCHES = {
  compile: "docx's package compiler called directly, our own instance (no zip and unzip by Packer)",
  formatOnce: 'constant parts (styles, theme) formatted once per process (Formatter.format of our compiler)',
} as const;

export type DocxPatch = keyof typeof DOCX_PATCHES;

export const DOCX_SWITCHES = Object.fromEntries(Object.keys(DOCX_PATCHES).map((k) => [k, { on: true, hits: 0 }])) as Record<DocxPatch, { on: boolean; hits: number }>;

export function setDocxPatches(switches: Partial<Record<DocxPatch | 'all', boolean>>): void {
  for (const name of Object.keys(DOCX_PATCHES) as DocxPatch[]) {
    const v = switches[name] ?? switches.all;
    if (v !== undefined) DOCX_SWITCHES[name].on = v;
  }
}

export function docxPatchHits(): Record<DocxPatch, number> {
  return Object.fromEntries(Object.entries(DOCX_SWITCHES).map(([k, s]) => [k, s.hits])) as Record<DocxPatch, number>;
}
