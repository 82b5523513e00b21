// Build step: bundle the preview page (src/preview/client) into dist/preview/assets with esbuild:
// app.js and app.css (CodeMirror, pdf.js, the plan schema), pdf.js's worker, index.html. The
// page loads nothing else: no CDN, no network at run time. `cchc-plan preview` reads this folder
// into memory when it starts and serves files from it by name only.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'src', 'preview', 'client');
const out = path.join(root, 'dist', 'preview', 'assets');
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  metafile: true,
  entryPoints: { app: path.join(client, 'main.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // Browsers of the last few years (Chrome/Edge/Cốc Cốc, Firefox, Safari): pdf.js needs no older.
  target: ['chrome110', 'firefox115', 'safari16.4'],
  minify: true,
  legalComments: 'linked',
  // The editor's font (Noto Sans Mono, with Vietnamese): files named as they are, no hashes.
  loader: { '.woff2': 'file', '.woff': 'file' },
  assetNames: '[name]',
  charset: 'utf8',
  logLevel: 'warning',
});
// pdf.js parses PDFs in a worker of its own, loaded from the same folder.
const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
copyFileSync(path.join(pdfjs, 'build', 'pdf.worker.min.mjs'), path.join(out, 'pdf.worker.mjs'));
copyFileSync(path.join(client, 'index.html'), path.join(out, 'index.html'));

// The licences of the packages bundled into the page (MIT, Apache-2.0, OFL), shipped beside them.
const packages = new Set([pdfjs]);
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(path.resolve(root, m[1]));
}
const notices = [...packages].sort().map((dir) => {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((n) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(n));
  const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${pkg.license}`;
  return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
});
writeFileSync(path.join(out, 'third-party-licenses.txt'), notices.join('\n' + '-'.repeat(72) + '\n\n'));
