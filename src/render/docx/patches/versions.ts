/**
 * The exact version of `docx` the patches in this folder were written against. package.json pins
 * it; with any other installed version the patches are not applied and the emitter packs through
 * docx's public `Packer`, which gives the same DOCX (tested).
 */
import { installedVersion, versionMismatches } from '../../pdf/patches/versions.js';

export const DOCX_PATCHED_VERSIONS = { docx: '9.15.2' } as const;

/** Why the patches do not apply to the installed docx, or nothing when they do. */
export function docxVersionMismatches(installed: { docx?: string | undefined } = { docx: installedVersion('docx') }): string[] {
  return versionMismatches(installed, DOCX_PATCHED_VERSIONS);
}
