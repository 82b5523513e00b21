/**
 * `cchc-plan preview [plan.yaml]`: a page in the browser with the plan on one side and the
 * document on the other, rebuilt as the clerk types. This file is the server's outside world:
 * the plans folder on disk, atomic saves, the file watcher, the browser; the server itself
 * (src/preview) does no I/O of its own.
 */
import { spawn } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync, statSync, unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { previewTexts, say } from '../../diagnostics/catalog/index.js';
import type { Lang } from '../../diagnostics/index.js';
import type { CreatePlanRequest, CreatePlanResult, PreviewIO, ReadPlanResult } from '../../preview/io.js';
import { common, EXIT, UsageError, type CommonOptions, type SetExit } from '../common.js';
import type { CliContext } from '../context.js';
import { bundledFontFiles, fontDirFiles, isDirectory, readFontFiles, readTemplateDir, writeAtomic } from '../io.js';
import { nodeWorld } from '../node-world.js';

interface PreviewOptions extends CommonOptions {
  port?: string;
  open: boolean;
  templates?: string;
  fontDir?: string;
  allowOutside?: boolean;
}

export function registerPreview(program: Command, ctx: CliContext, setExit: SetExit): void {
  common(
    program
      .command('preview')
      .description('xem trước văn bản trong trình duyệt, cập nhật khi gõ / live preview in the browser while you edit')
      .argument('[plan]', 'tệp kế hoạch .yaml; bỏ trống để chọn trong thư mục hiện tại / .yaml plan; omit to pick one in the current folder')
      .option('--port <port>', 'cổng (mặc định: cổng trống bất kỳ) / port (default: any free port)')
      .option('--no-open', 'không tự mở trình duyệt / do not open the browser')
      .option('--templates <dir>', 'thư mục mẫu lời văn thay cho mẫu mặc định / template folder overriding the defaults')
      .option('--font-dir <dir>', 'thư mục chứa phông Times New Roman của cơ quan / folder with Times New Roman TTF files')
      .option('--allow-outside', 'cho phép ảnh, mẫu nằm ngoài thư mục kế hoạch / allow images and templates outside the plan folder'),
  ).action(async (plan: string | undefined, opts: PreviewOptions) => {
    setExit(await preview(plan, opts, ctx));
  });
}

const isPlanName = (name: string) => /\.ya?ml$/i.test(name);

/** One file name inside `dir`, or undefined: never a path that leaves it. */
function inside(dir: string, name: string): string | undefined {
  if (!name || name !== path.basename(name) || name.includes('/') || name.includes('\\') || name === '.' || name === '..') return undefined;
  return path.join(dir, name);
}

/** The plans folder on disk: the only files the preview reads, writes and watches. */
export function folderIO(dir: string, ctx: CliContext): PreviewIO {
  return {
    async listPlans() {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return [];
      }
      return entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && isPlanName(e.name) && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b, 'vi'));
    },
    async readPlan(name): Promise<ReadPlanResult> {
      const file = inside(dir, name);
      if (!file) return { problem: 'missing' };
      try {
        return { bytes: new Uint8Array(await fs.readFile(file)) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return code === 'ENOENT' ? { problem: 'missing' } : { problem: 'unreadable', reason: code ?? String(e) };
      }
    },
    async writePlan(name, bytes) {
      const file = inside(dir, name);
      if (!file) throw new Error(`not a plan of ${dir}: ${name}`);
      writeAtomic(file, bytes);
    },
    watchPlan(name, onChange) {
      const file = inside(dir, name);
      if (!file) return () => undefined;
      let timer: NodeJS.Timeout | undefined;
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(onChange, 40);
      };
      // Editors save by rename as often as in place: watch the folder, and poll as a fallback
      // (network drives and some file systems send no events).
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(dir, (_event, changedName) => {
          if (!changedName || changedName.toString() === name) changed();
        });
        watcher.on('error', () => undefined);
      } catch {
        watcher = undefined;
      }
      const poll = () => changed();
      watchFile(file, { interval: 1000, persistent: false }, poll);
      return () => {
        clearTimeout(timer);
        watcher?.close();
        unwatchFile(file, poll);
      };
    },
    async createPlan(request: CreatePlanRequest): Promise<CreatePlanResult> {
      const file = inside(dir, request.file);
      if (!file) return { ok: false, message: say(request.lang, previewTexts.badFileName, { file: request.file }) };
      const from = request.from !== undefined ? inside(dir, request.from) : undefined;
      if (request.from !== undefined && !from) return { ok: false, message: say(request.lang, previewTexts.unknownPlan, { name: request.from }) };
      let out = '';
      let err = '';
      const quiet: CliContext = {
        ...ctx,
        cwd: dir,
        stdout: { write: (t) => void (out += t), isTTY: false },
        stderr: { write: (t) => void (err += t), isTTY: false },
      };
      const { initPlan } = await import('../scaffold.js');
      const code = await initPlan(request.file, {
        lang: request.lang,
        ...(request.level ? { level: request.level } : {}),
        ...(request.from !== undefined ? { from: request.from } : {}),
        ...(request.unit ? { name: request.unit } : {}),
        ...(request.year !== undefined ? { year: String(request.year) } : {}),
      }, quiet);
      const text = (code === 0 ? out : err).replace(/^cchc-plan: /gm, '').trim();
      return code === 0 ? { ok: true, message: text } : { ok: false, message: text };
    },
  };
}

/** The page's bundle, read once into memory: requests are answered from this table only. */
function readAssets(root: string): Map<string, Uint8Array> {
  const dir = path.join(root, 'dist', 'preview', 'assets');
  const assets = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) assets.set(name, new Uint8Array(readFileSync(file)));
  }
  return assets;
}

/** Open the address in the default browser, without a shell. */
function openBrowser(url: string, env: Record<string, string | undefined>): Promise<void> {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : [env.BROWSER || 'xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

function parsePort(value: string | undefined, lang: Lang): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || (n !== 0 && (n < 1024 || n > 65535))) throw new UsageError(say(lang, previewTexts.badPort, { port: value }));
  return n;
}

async function preview(plan: string | undefined, opts: PreviewOptions, ctx: CliContext): Promise<number> {
  const lang = opts.lang;
  const port = parsePort(opts.port, lang);
  let dir = ctx.cwd;
  let name: string | undefined;
  if (plan !== undefined) {
    const abs = path.resolve(ctx.cwd, plan);
    if (isDirectory(abs)) dir = abs;
    else {
      let isFile = false;
      try {
        isFile = statSync(abs).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) throw new UsageError(say(lang, previewTexts.planNotFound, { file: plan }));
      if (!isPlanName(abs)) throw new UsageError(say(lang, previewTexts.notAPlan, { file: plan }));
      dir = path.dirname(abs);
      name = path.basename(abs);
    }
  }
  let fontFiles = bundledFontFiles();
  if (opts.fontDir) {
    const found = isDirectory(path.resolve(ctx.cwd, opts.fontDir)) ? fontDirFiles(path.resolve(ctx.cwd, opts.fontDir)) : undefined;
    if (!found) throw new UsageError(lang === 'vi' ? `--font-dir "${opts.fontDir}": không tìm thấy đủ 4 tệp phông Times New Roman.` : `--font-dir "${opts.fontDir}": the four Times New Roman files were not found.`);
    fontFiles = found;
  }
  const templatesDir = opts.templates ? path.resolve(ctx.cwd, opts.templates) : undefined;
  if (templatesDir && !isDirectory(templatesDir)) throw new UsageError(`--templates: ${lang === 'vi' ? 'không tìm thấy thư mục' : 'folder not found'} ${opts.templates}`);
  const sde = ctx.env.SOURCE_DATE_EPOCH;
  const sourceDateEpoch = sde !== undefined && sde !== '' && /^[0-9]+$/.test(sde) ? Number(sde) : undefined;

  const world = nodeWorld({
    cwd: dir,
    fonts: readFontFiles(fontFiles),
    defaultTemplates: readTemplateDir(path.join(ctx.packageRoot, 'templates', 'default')),
    ...(templatesDir ? { override: readTemplateDir(templatesDir) } : {}),
    allowOutside: !!opts.allowOutside,
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
  });
  const { startPreview } = await import('../../preview/server.js');
  let server;
  try {
    server = await startPreview({
      io: folderIO(dir, ctx),
      world,
      lang,
      assets: readAssets(ctx.packageRoot),
      folder: path.basename(dir) || dir,
      ...(name !== undefined ? { plan: name } : {}),
      port,
      year: ctx.today.getFullYear(),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(say(lang, previewTexts.portInUse, { port }));
    throw e;
  }
  ctx.stdout.write(say(lang, previewTexts.listening, { url: server.url }) + '\n');
  if (name === undefined) ctx.stdout.write(say(lang, previewTexts.noPlan, { folder: dir }) + '\n');
  if (opts.open) {
    ctx.stdout.write(say(lang, previewTexts.opening, {}) + '\n');
    await openBrowser(server.url, ctx.env).catch((e: unknown) => {
      ctx.stderr.write(say(lang, previewTexts.openFailed, { reason: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    });
  }
  // Warm the compiler and emitters now, so the page's first build is as fast as the next ones.
  if (name !== undefined) {
    const state = await server.session.state();
    if (state.plan) await server.session.build(state.plan.name, state.plan.text);
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal?.aborted) return resolve();
    ctx.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  if (!opts.quiet) ctx.stdout.write(say(lang, previewTexts.stopped, {}) + '\n');
  return EXIT.ok;
}
