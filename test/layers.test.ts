/**
 * The stages point only down (see .dependency-cruiser.cjs). `npm test` cruises src/ itself; this
 * test shows the rules catch what they must, on small trees made for the purpose.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const cruiser = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(files: Record<string, string>): { code: number; out: string } {
  const dir = tempDir('cchc-layers-');
  copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  try {
    const out = execFileSync(process.execPath, [cruiser, 'src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

describe('stage direction', () => {
  it('accepts imports that point down', () => {
    const r = cruise({ 'src/model/a.ts': "import { b } from '../plan/b.js';\nexport const a = b;\n", 'src/plan/b.ts': 'export const b = 1;\n' });
    expect(r.code, r.out).toBe(0);
  });
  it('refuses an import that points up (plan → model)', () => {
    const r = cruise({ 'src/plan/a.ts': "import { b } from '../model/b.js';\nexport const a = b;\n", 'src/model/b.ts': 'export const b = 1;\n' });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('plan-points-down');
  });
  it('refuses an import sideways between folders of one layer (diff → render)', () => {
    const r = cruise({ 'src/diff/a.ts': "import { b } from '../render/b.js';\nexport const a = b;\n", 'src/render/b.ts': 'export const b = 1;\n' });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('diff-not-sideways');
  });
  it('refuses a cycle, type-only imports included', () => {
    const r = cruise({
      'src/text/a.ts': "import type { B } from './b.js';\nexport type A = B | 1;\n",
      'src/text/b.ts': "import type { A } from './a.js';\nexport type B = A | 2;\n",
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-circular');
  });
});
