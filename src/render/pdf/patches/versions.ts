/**
 * The exact versions the patches in this folder were written against. package.json pins these
 * packages to exactly these versions; with any other installed version the patches are not applied
 * and the renderer uses the packages' public behaviour, which gives the same PDF (tested).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const PATCHED_VERSIONS = {
  pdfmake: '0.3.11',
  pdfkit: '0.19.1',
  // Not patched, but text-layout.ts and subset.ts give what its layout and subsetter give.
  fontkit: '2.0.4',
} as const;

export type PatchedPackage = keyof typeof PATCHED_VERSIONS;

/** The folder of an installed package (ending in a separator), found from its main module. */
export function packageRoot(name: string): string | undefined {
  try {
    const main = require.resolve(name);
    const marker = `${path.sep}node_modules${path.sep}${name}${path.sep}`;
    const at = main.lastIndexOf(marker);
    return at < 0 ? undefined : main.slice(0, at + marker.length);
  } catch {
    return undefined;
  }
}

/** The version in the installed package's own package.json (read through require, no fs). */
export function installedVersion(name: string): string | undefined {
  const root = packageRoot(name);
  if (!root) return undefined;
  try {
    const version = (require(path.join(root, 'package.json')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

export function installedVersions(): Record<PatchedPackage, string | undefined> {
  return Object.fromEntries(Object.keys(PATCHED_VERSIONS).map((n) => [n, installedVersion(n)])) as Record<PatchedPackage, string | undefined>;
}

/** The packages of `table` whose installed version is not the one the patches were written against. */
export function versionMismatches(installed: Partial<Record<string, string | undefined>> = installedVersions(), table: Readonly<Record<string, string>> = PATCHED_VERSIONS): string[] {
  return Object.keys(table)
    .filter((n) => installed[n] !== table[n])
    .map((n) => `${n} ${installed[n] ?? '(not found)'} (patches written for ${table[n]})`);
}
