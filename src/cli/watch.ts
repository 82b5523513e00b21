/**
 * --watch: rebuild a plan when it, or a template folder it uses, changes; for a clerk editing with
 * the PDF open. Runs until the context's signal aborts (Ctrl+C).
 */
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { CLI, say } from '../diagnostics/catalog/index.js';
import type { Lang } from '../diagnostics/index.js';
import type { BuildSettings } from './builder.js';
import type { CliContext } from './context.js';

export async function watchPlans(
  files: string[],
  settings: BuildSettings,
  ctx: CliContext,
  opts: { lang: Lang },
  rebuild: (files: string[]) => Promise<number>,
): Promise<number> {
  const dirs = new Set<string>(files.map((f) => path.dirname(f)));
  // Template folders named by the plans themselves ("templates: ../mau-tinh").
  for (const f of files) {
    try {
      const plan = parse(readFileSync(f, 'utf8')) as { templates?: unknown } | null;
      if (plan && typeof plan.templates === 'string') dirs.add(path.resolve(path.dirname(f), plan.templates));
    } catch {
      // An unreadable or invalid plan is reported by the build itself.
    }
  }
  if (settings.templatesDir) dirs.add(settings.templatesDir);
  dirs.add(path.join(settings.packageRoot, 'templates', 'default'));
  const planSet = new Set(files.map((f) => path.resolve(f)));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  let last = 0;
  const watchers: FSWatcher[] = [];
  ctx.stdout.write(say(opts.lang, CLI.watching, { count: files.length }) + '\n');
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
        last = await rebuild(batch);
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
  return last;
}
