/**
 * --watch: rebuild a plan when it, or a template folder it uses, changes; for a clerk editing with
 * the PDF open. Each rebuild starts on a clean screen (on a terminal) and ends with a timestamped
 * status line, "✓ xong" once the plan builds again (also with -q). Runs until the context's signal
 * aborts: Ctrl+C exits 130 (SIGTERM 143), as an interrupted command does.
 */
import { watch, type FSWatcher } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import type { BuildSettings } from './builder.js';
import type { CliContext } from './context.js';
import { makeChalk } from './format.js';
import { LIMITS } from '../plan/limits.js';
import { countYamlValues } from '../plan/load.js';
import { readWithin, utf8 } from './read.js';

export async function watchPlans(
  files: string[],
  settings: BuildSettings,
  ctx: CliContext,
  opts: { lang: Lang; quiet?: boolean; json?: boolean },
  rebuild: (files: string[]) => Promise<number>,
): Promise<number> {
  const lang = opts.lang;
  // Status lines go where the reports go; with --json, stdout is for JSON only.
  const status = opts.json ? ctx.stderr : ctx.stdout;
  const c = makeChalk(status.isTTY, ctx.env);
  const time = () => c.dim(`[${clock(new Date())}]`);
  const dirs = new Set<string>(files.map((f) => path.dirname(f)));
  // Template folders named by the plans themselves ("templates: ../mau-tinh").
  for (const f of files) {
    const folder = namedTemplateFolder(f);
    if (folder) dirs.add(folder);
  }
  if (settings.templatesDir) dirs.add(settings.templatesDir);
  dirs.add(path.join(settings.packageRoot, 'templates', 'default'));
  const planSet = new Set(files.map((f) => path.resolve(f)));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  let last = 0;
  const watchers: FSWatcher[] = [];
  status.write(say(lang, CLI.watching, { count: files.length }) + '\n');
  const trigger = (changed: string) => {
    // A plan changed: rebuild it. A template (or anything else in a watched folder) changed: rebuild all.
    const abs = path.resolve(changed);
    if (planSet.has(abs)) pending.add(abs);
    else if (/\.hbs$/i.test(abs) || /\.(png|jpe?g)$/i.test(abs)) files.forEach((f) => pending.add(path.resolve(f)));
    else return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = [...pending];
      pending = new Set();
      running = running.then(async () => {
        // A clean screen for each run on a terminal: what is shown is the state of the plan now.
        if (ctx.stdout.isTTY && !opts.json) ctx.stdout.write('\x1b[2J\x1b[H');
        const names = batch.map((f) => path.relative(ctx.cwd, f) || f).join(', ');
        if (!opts.quiet) status.write(`${time()} ${say(lang, CLI.watchRebuilding, { files: names })}\n`);
        const started = Date.now();
        last = await rebuild(batch);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const line =
          last === 0
            ? c.green(`✓ ${say(lang, CLI.watchDone, { seconds })}`)
            : c.red(`✗ ${say(lang, last === 1 ? CLI.watchFailed : CLI.watchUnwritable, { seconds })}`);
        status.write(`${time()} ${line} ${c.dim(say(lang, CLI.watchStop, {}))}\n`);
        return last;
      });
    }, 150);
  };
  for (const dir of dirs) {
    try {
      watchers.push(watch(dir, { recursive: false }, (_event, name) => name && trigger(path.join(dir, name.toString()))));
    } catch {
      // A folder that cannot be watched (removed, no permission) is skipped.
    }
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal?.aborted) return resolve();
    ctx.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await running;
  // Stopped by Ctrl+C (SIGINT) or SIGTERM: the exit code of an interrupted command.
  return ctx.signal?.reason === 'SIGTERM' ? 143 : 130;
}

/** "14:05:09": the local time of a rebuild. */
function clock(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * The template folder a plan names ("templates: ../mau-tinh"), to be watched too. The plan is read
 * as the build reads it — a regular file within the size limit, strict UTF-8, the build's bound on
 * the number of YAML values — and with no YAML aliases, so a huge or hostile file costs nothing
 * here; an unreadable or invalid plan is reported by the build.
 */
export function namedTemplateFolder(file: string): string | undefined {
  const read = readWithin(file, null, LIMITS.fileBytes);
  const text = 'bytes' in read ? utf8(read.bytes) : undefined;
  if (!text || !('text' in text)) return undefined;
  // The parser's cost grows with the number of values: the build's bound, before it runs.
  if (countYamlValues(text.text, LIMITS.yamlValues).over !== undefined) return undefined;
  try {
    const plan = parse(text.text, { maxAliasCount: 0 }) as { templates?: unknown } | null;
    return plan && typeof plan.templates === 'string' ? path.resolve(path.dirname(file), plan.templates) : undefined;
  } catch {
    return undefined;
  }
}
