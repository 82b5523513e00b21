/**
 * The published package: `npm pack` makes a tarball that installs into an empty project, imports
 * as a library by name (with its types) and runs as a command. Uses the dist/ that `npm test`
 * has just built (pack runs without scripts, so nothing rebuilds dist/ during the tests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempDir } from './helpers.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  const project = tempDir('cchc-pkg-');
  let tarball = '';

  it('packs with the built files, schema and templates', () => {
    const out = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', project], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(project, out[0].filename);
    const files = out[0].files.map((f) => f.path);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js', 'dist/plan/schema-validator.cjs', 'schemas/plan.schema.json', 'templates/default/closing.hbs', 'README.md']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/'))).toBe(false);
  });

  it('installs into an empty project, works as a library and as a command', () => {
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'office', version: '1.0.0', private: true, type: 'module' }));
    // No engine warning (CI runs this under Node 20, 22 and 24), with one known exception: `overrides`
    // do not reach a user's install, so docx 9.15.2 brings its declared nanoid@6 (Node 22+), which
    // its bundled code never loads (nanoid is inlined in docx's dist); on Node 20 npm warns about it.
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    expect(install.status, install.stderr).toBe(0);
    const refused = [...install.stderr.matchAll(/EBADENGINE +package: '([^']+)'/g)].map((m) => m[1]);
    const major = Number(process.versions.node.split('.')[0]);
    expect(refused.filter((p) => !(major === 20 && /^nanoid@6\./.test(p)))).toEqual([]);
    copyFileSync(path.join(EXAMPLES, 'minimal.yaml'), path.join(project, 'plan.yaml'));
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import { readFileSync, writeFileSync } from 'node:fs';
import { compilePlan, nodeWorld, readFontFiles, bundledFontFiles, readTemplateDir, defaultTemplatesDir, renderDocx, renderPdf, renderDiagnostic } from 'cchc-plan';
const world = nodeWorld({ cwd: process.cwd(), fonts: readFontFiles(bundledFontFiles()), defaultTemplates: readTemplateDir(defaultTemplatesDir()) });
const { value, diagnostics } = compilePlan(readFileSync('plan.yaml'), 'plan.yaml', world);
for (const d of diagnostics) console.error(d.code, renderDiagnostic(d, 'en').message);
writeFileSync('lib.docx', await renderDocx(value.model));
writeFileSync('lib.pdf', await renderPdf(value.model, world));
console.log(value.model.title.summary);
`,
    );
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(out).toContain('Tuyên truyền cải cách hành chính');
    expect(readFileSync(path.join(project, 'lib.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(project, 'lib.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    // The types resolve by the package name.
    writeFileSync(
      path.join(project, 'use.ts'),
      `import { compilePlan, type Diagnostic, type DocumentModel, type World } from 'cchc-plan';\nexport const f: (b: Uint8Array, w: World) => DocumentModel | undefined = (b, w) => compilePlan(b, 'p.yaml', w).value?.model;\nexport const codes = (ds: Diagnostic[]): string[] => ds.map((d) => d.code);\n`,
    );
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });

    // The command, through the bin link npm made.
    const bin = path.join(project, 'node_modules', '.bin', 'cchc-plan');
    expect(existsSync(bin)).toBe(true);
    execFileSync(bin, ['build', 'plan.yaml', '-q'], { cwd: project, encoding: 'utf8' });
    expect(existsSync(path.join(project, 'plan.docx')) && existsSync(path.join(project, 'plan.pdf'))).toBe(true);
  });
});
