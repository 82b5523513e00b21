/**
 * The DOCX emitter's speed patches, each switchable (the tests and `npm run bench`
 * compare them on and off); switched off, the emitter uses docx's and fflate's public API.
 */
import { switchBoard } from '../../switches.js';

export const DOCX_PATCHES = {
  compile: "docx's package compiler called directly, our own instance (no zip and unzip by Packer)",
  formatOnce: 'constant parts (styles, theme) formatted once per process (Formatter.format of our compiler)',
} as const;

export type DocxPatch = keyof typeof DOCX_PATCHES;

const board = switchBoard<DocxPatch>(DOCX_PATCHES);
export const DOCX_SWITCHES = board.switches;
export const setDocxPatches = board.set;
export const docxPatchHits = board.hits;
