/**
 * The Node versions package.json declares are true: every package a user installs with cchc-plan
 * (the dependencies, not the devDependencies) accepts every Node version our `engines` accepts, so
 * `npm install cchc-plan` prints no EBADENGINE warning on any of them; and every package of the
 * lock file, dev tools included, accepts the Node running the tests and the first release of each
 * Node line the README lists for development (CI runs this file under Node 20, 22 and 24).
 * Read from the lock file (the `engines` npm records there, which `npm ci` checks) and from each
 * installed package.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Semver {
  subset(sub: string, dom: string): boolean;
  satisfies(version: string, range: string): boolean;
}
const semver = createRequire(import.meta.url)('semver') as Semver;

interface LockEntry { version?: string; dev?: boolean; optional?: boolean; devOptional?: boolean; peer?: boolean; engines?: { node?: string } | string[] }
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const ours = pkg.engines.node;
/** The lowest version of each line the README names for developers (20.19+, 22.13+, 24). */
const DEV_MINIMUMS = ['20.19.0', '22.13.0', '24.0.0'];

const entries = Object.entries(lock.packages).filter(([p]) => p !== '');
const nodeRange = (p: string, e: LockEntry): string | undefined => {
  const fromLock = Array.isArray(e.engines) ? undefined : e.engines?.node;
  let installed: string | undefined;
  try {
    installed = (JSON.parse(readFileSync(path.join(ROOT, p, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
  } catch {
    installed = undefined; // an optional package for another platform, not installed here
  }
  return installed ?? fromLock;
};

describe('declared Node versions', () => {
  it('package.json declares Node 20.19 or later', () => {
    expect(ours).toBe('>=20.19');
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });

  it('every runtime dependency accepts every Node version our engines field accepts', () => {
    const runtime = entries.filter(([, e]) => !e.dev && !e.devOptional);
    expect(runtime.length).toBeGreaterThan(20);
    expect(runtime.map(([p]) => p)).toContain('node_modules/docx/node_modules/nanoid');
    const narrower = runtime.flatMap(([p, e]) => {
      const r = nodeRange(p, e);
      return r && !semver.subset(ours, r) ? [`${p}@${e.version} wants node ${r}`] : [];
    });
    expect(narrower).toEqual([]);
  });

  it('every installed package, dev tools included, accepts this Node and the first release of each supported line', () => {
    const refused = entries.flatMap(([p, e]) => {
      const r = nodeRange(p, e);
      if (!r) return [];
      return [process.version, ...DEV_MINIMUMS].filter((v) => !semver.satisfies(v, r)).map((v) => `${p}@${e.version} (node ${r}) refuses ${v}`);
    });
    expect(refused).toEqual([]);
  });
});
