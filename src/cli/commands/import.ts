/**
 * `cchc-plan import FILE [-o plan.yaml]`: last year's Word file (or a copied text) → a plan YAML
 * and a report of what was recognised, every guess and everything that could not be placed. The
 * work is in src/import (pure); this command reads and writes the files, runs LibreOffice for
 * .doc and .odt (in a temporary folder), and never overwrites a file without --force.
 * Exit codes: 0 written (warnings allowed), 2 the input cannot be read or nothing can be written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_WORDS } from '../../diagnostics/catalog/import.js';
import { diagnosticJson, fileSpan, renderDiagnostic, type Diagnostic, type Lang } from '../../diagnostics/index.js';
import type { ImportNote, ImportReport } from '../../import/index.js';
import { common, EXIT, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import { JSON_FORMAT_VERSION, makeChalk } from '../format.js';
import { isDirectory, writeAtomic } from '../io.js';

interface ImportOptions extends CommonOptions {
  output?: string;
  force?: boolean;
}

const CONVERTED = new Set(['.doc', '.odt', '.rtf', '.dot', '.wps']);

export function registerImport(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('import')
      .description('chuyển kế hoạch Word (.docx, .doc, .odt) hoặc văn bản (.txt, .md) sang YAML / turn a Word file or a text into a plan YAML')
      .argument('<file>', 'tệp nguồn / source file')
      .option('-o, --output <plan.yaml>', 'tệp YAML sẽ ghi (mặc định: cạnh tệp nguồn) / YAML file to write (default: beside the input)')
      .option('--force', 'cho phép ghi đè tệp đã có / allow overwriting an existing file'),
  ).action(async (file: string, opts: ImportOptions) => {
    setExit(await importFile(file, opts, ctx));
  });
}

async function importFile(input: string, opts: ImportOptions, ctx: CliContext): Promise<number> {
  const lang = opts.lang;
  const fail = (code: Diagnostic['code'], params: Record<string, string | number>) => report(ctx, opts, input, undefined, { errors: [{ code, severity: 'error', params, span: fileSpan(input) }] });
  const abs = path.resolve(ctx.cwd, input);
  const ext = path.extname(abs).toLowerCase();
  const yamlName = `${path.basename(input, path.extname(input))}.yaml`;
  let output = path.resolve(ctx.cwd, opts.output ?? path.join(path.dirname(input), yamlName));
  // -o naming a folder (existing, or written with a trailing slash): the YAML goes inside it.
  if (opts.output && (/[\\/]$/.test(opts.output) || isDirectory(output))) output = path.join(output, yamlName);
  const shownOutput = path.relative(ctx.cwd, output) || output;
  if (!existsSync(abs)) return fail('import-input-missing', { input });
  if (path.resolve(abs) === output) return fail('import-output-exists', { output: shownOutput });
  if (existsSync(output) && !opts.force) return fail('import-output-exists', { output: shownOutput });
  let bytes: Uint8Array;
  try {
    if (!statSync(abs).isFile()) return fail('import-input-unreadable', { reason: 'not a file' });
    bytes = new Uint8Array(readFileSync(abs));
  } catch (e) {
    return fail('import-input-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  if (!['.docx', '.docm', '.dotx', '.txt', '.text', '.md', '.markdown', ''].includes(ext) && !CONVERTED.has(ext)) return fail('import-format', { ext });
  let format: 'docx' | 'text' | 'markdown' | undefined;
  if (CONVERTED.has(ext)) {
    if (!opts.quiet && !opts.json) ctx.stderr.write(`${IMPORT_WORDS[lang].converting(ext)}\n`);
    const converted = convertWithLibreOffice(abs, ctx);
    if ('problem' in converted) return converted.problem === 'missing' ? fail('import-soffice-missing', { ext }) : fail('import-convert-failed', { detail: converted.detail });
    bytes = converted.bytes;
    format = 'docx';
  }
  const { importPlan } = await import('../../import/index.js');
  const schemaRef = path.relative(path.dirname(output), path.join(ctx.packageRoot, 'schemas', 'plan.schema.json')).split(path.sep).join('/');
  const result = importPlan({ bytes, file: input, schemaRef, ...(format ? { format } : {}) });
  if (result.errors.length || !result.yaml) return report(ctx, opts, input, undefined, result);
  if (existsSync(output) && !opts.force) return fail('import-output-exists', { output: shownOutput });
  try {
    mkdirSync(path.dirname(output), { recursive: true });
    writeAtomic(output, new TextEncoder().encode(result.yaml));
  } catch (e) {
    return fail('import-output-unwritable', { output: shownOutput, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return report(ctx, opts, input, shownOutput, result);
}

/** Run `soffice --headless --convert-to docx` in a temporary folder of its own (profile included). */
function convertWithLibreOffice(file: string, ctx: CliContext): { bytes: Uint8Array } | { problem: 'missing' | 'failed'; detail: string } {
  const soffice = findSoffice(ctx);
  if (!soffice) return { problem: 'missing', detail: '' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-import-'));
  try {
    const profile = `file://${path.join(dir, 'profile').split(path.sep).join('/')}`;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    const out = readdirSync(dir).find((n) => n.toLowerCase().endsWith('.docx'));
    if (!out) return { problem: 'failed', detail: 'no .docx produced' };
    return { bytes: new Uint8Array(readFileSync(path.join(dir, out))) };
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer; message?: string };
    if (err.code === 'ENOENT') return { problem: 'missing', detail: '' };
    return { problem: 'failed', detail: (err.stderr?.toString().trim().split('\n')[0] || err.message || String(e)).slice(0, 200) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function findSoffice(ctx: CliContext): string | undefined {
  const named = ctx.env.CCHC_SOFFICE;
  if (named) return existsSync(named) ? named : undefined;
  for (const dir of (ctx.env.PATH ?? '').split(path.delimiter)) {
    for (const name of process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  if (process.platform === 'win32') {
    for (const base of [ctx.env.ProgramFiles, ctx.env['ProgramFiles(x86)']]) {
      const p = base && path.join(base, 'LibreOffice', 'program', 'soffice.exe');
      if (p && existsSync(p)) return p;
    }
  }
  if (process.platform === 'darwin' && existsSync('/Applications/LibreOffice.app/Contents/MacOS/soffice')) return '/Applications/LibreOffice.app/Contents/MacOS/soffice';
  return undefined;
}

/** Where a note is in the source: "ke-hoach.docx, đoạn 12" / "ke-hoach.txt:34". */
function where(input: string, n: ImportNote | Diagnostic, lang: Lang): string {
  const src = (n as ImportNote).source;
  if (!src) return input;
  return src.unit === 'line' ? `${input}:${src.n}` : `${input}, ${IMPORT_WORDS[lang].paragraph} ${src.n}`;
}

function report(ctx: CliContext, opts: ImportOptions, input: string, output: string | undefined, result: { errors: Diagnostic[]; report?: ImportReport; plan?: Record<string, unknown> }): number {
  const lang = opts.lang;
  const w = IMPORT_WORDS[lang];
  const code = result.errors.length ? EXIT.usage : EXIT.ok;
  if (opts.json) {
    const r = result.report;
    ctx.stdout.write(
      JSON.stringify(
        {
          version: JSON_FORMAT_VERSION,
          command: 'import',
          ok: !result.errors.length,
          input,
          ...(output ? { output } : {}),
          ...(r ? { format: r.format, units: r.units, recognised: r.recognised } : {}),
          errors: result.errors.map((d) => diagnosticJson(d, lang)),
          notes: (r?.notes ?? []).map((n) => ({ ...diagnosticJson(n, lang), ...(n.source ? { source: n.source } : {}) })),
          ...(result.plan && !result.errors.length ? { plan: result.plan } : {}),
        },
        null,
        2,
      ) + '\n',
    );
    return code;
  }
  const c = makeChalk(ctx.stdout.isTTY, ctx.env);
  const e = makeChalk(ctx.stderr.isTTY, ctx.env);
  for (const d of result.errors) {
    const { message, hint } = renderDiagnostic(d, lang);
    ctx.stderr.write(`${e.red('✗')} ${e.bold(input)}: ${e.red.bold(w.error)} ${e.dim(`[${d.code}]`)} ${message}\n`);
    if (hint) ctx.stderr.write(`  ${e.cyan('→')} ${hint}\n`);
  }
  if (result.errors.length) return code;
  const r = result.report!;
  ctx.stdout.write(`${c.green('✓')} ${w.written(input, output ?? '', r.notes.length)}\n`);
  if (!opts.quiet) {
    const counts = Object.entries(r.recognised).map(([k, n]) => `${w.kinds[k] ?? k} ${n}`);
    ctx.stdout.write(`${w.recognised}: ${counts.join(', ')}\n`);
    for (const n of r.notes) {
      const { message, hint } = renderDiagnostic(n, lang);
      ctx.stdout.write(`${c.bold(where(input, n, lang))}: ${c.yellow.bold(w.warning)} ${c.dim(`[${n.code}]`)} ${message}\n`);
      if (hint) ctx.stdout.write(`  ${c.cyan('→')} ${hint}\n`);
    }
    ctx.stdout.write(`${w.next(output ?? '', input, r.format === 'docx' && /\.docx$/i.test(input))}\n`);
  }
  return code;
}
