/**
 * `build --open`: open what the build wrote in the system's viewer (the PDF of each plan, or its
 * DOCX when no PDF was made): `open` on macOS, `start` on Windows, `xdg-open` elsewhere.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import type { CliContext } from './context.js';
import type { FileResult } from './format.js';

/** More plans than this are not opened one window each; the clerk is told instead. */
export const OPEN_LIMIT = 5;

/** Opens the outputs of the plans that were written; true when something was opened. */
export async function openOutputs(results: readonly FileResult[], ctx: CliContext, opts: { lang: Lang; quiet?: boolean; json?: boolean }): Promise<boolean> {
  const lang = opts.lang;
  const files = results
    .filter((r) => r.status === 'ok' && r.outputs.length)
    .map((r) => r.outputs.find((o) => o.toLowerCase().endsWith('.pdf')) ?? r.outputs[0]);
  if (!files.length) return false;
  // Notes go to stderr: stdout may be JSON.
  if (files.length > OPEN_LIMIT) {
    ctx.stderr.write(`cchc-plan: ${say(lang, CLI.openTooMany, { count: files.length, limit: OPEN_LIMIT })}\n`);
    return false;
  }
  const open = ctx.openFile ?? systemOpen;
  let opened = false;
  for (const file of files) {
    const abs = path.resolve(ctx.cwd, file);
    try {
      await open(abs);
      opened = true;
      if (!opts.quiet && !opts.json) ctx.stderr.write(`${say(lang, CLI.opening, { file })}\n`);
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { program?: string };
      ctx.stderr.write(`cchc-plan: ${say(lang, CLI.openFailed, { file, program: err.program ?? '', reason: err.code ?? err.message })}\n`);
    }
  }
  return opened;
}

/** The system's "open this file" command, detached: the viewer outlives cchc-plan. */
function systemOpen(file: string): Promise<void> {
  const [program, args] =
    process.platform === 'darwin' ? ['open', [file]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : ['xdg-open', [file]];
  return new Promise((resolve, reject) => {
    const child = spawn(program, args as string[], { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', (e) => reject(Object.assign(e, { program })));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
