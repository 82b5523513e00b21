/**
 * A self-contained HTML report (inline CSS, no scripts, no external resources): the two plans,
 * summary counts at the top, then one card per change with deleted words in <del> and inserted
 * words in <ins>.
 */
import type { Lang } from '../../diagnostics/index.js';
import { excerpt, fieldName, kindName, shorten, TYPE_NAMES, whereText, words } from './present.js';
import type { Change, ChangeType, DiffResult, Segment } from '../types.js';

const PRIMARY = new Set(['text', 'heading', 'content', 'title']);

export interface HtmlOptions {
  lang?: Lang;
  /** Characters of unchanged text kept around each edit of a long paragraph. */
  context?: number;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const html = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

export function segmentsHtml(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? html(s.text) : s.op === 'delete' ? `<del>${html(s.text)}</del>` : `<ins>${html(s.text)}</ins>`)).join('');
}

const CSS = `
:root{--add:#1a7f37;--add-bg:#dafbe1;--del:#b3261e;--del-bg:#ffe4e1;--mod:#9a6700;--mov:#0969da;--year:#8250df;--muted:#57606a;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0;background:#f6f8fa;color:#1f2328;font:16px/1.55 "Times New Roman",Tinos,"Liberation Serif",serif}
.page{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
h1{font:700 1.6rem/1.2 system-ui,"Segoe UI",Arial,sans-serif;margin:0 0 .75rem}
h2{font:600 1.15rem/1.3 system-ui,"Segoe UI",Arial,sans-serif;margin:1.75rem 0 .5rem}
.ui,.badge,.where,.name,.from,.files,.card span{font-family:system-ui,"Segoe UI",Arial,sans-serif}
.files{margin:0 0 1rem;color:var(--muted);font-size:.92rem}
.files b{color:#1f2328;font-weight:600}
.files code{background:#eaeef2;border-radius:.25rem;padding:.05rem .3rem}
.summary{display:flex;flex-wrap:wrap;gap:.6rem;margin:.5rem 0 .75rem}
.card{background:#fff;border:1px solid var(--line);border-top:4px solid var(--muted);border-radius:.5rem;padding:.5rem .9rem;min-width:7.5rem}
.card b{display:block;font:700 1.7rem/1.1 system-ui,"Segoe UI",Arial,sans-serif}
.card span{font-size:.85rem;color:var(--muted)}
.card.added{border-top-color:var(--add)}.card.added b{color:var(--add)}
.card.removed{border-top-color:var(--del)}.card.removed b{color:var(--del)}
.card.modified{border-top-color:var(--mod)}.card.modified b{color:var(--mod)}
.card.moved{border-top-color:var(--mov)}.card.moved b{color:var(--mov)}
.card.year{border-top-color:var(--year)}.card.year b{color:var(--year)}
.note{background:#fff;border:1px solid var(--line);border-left:4px solid var(--year);border-radius:.4rem;padding:.45rem .8rem;margin:.4rem 0;font:.9rem/1.4 system-ui,"Segoe UI",Arial,sans-serif}
.note.neutral{border-left-color:var(--muted)}
.none{font:600 1.05rem system-ui,"Segoe UI",Arial,sans-serif;color:var(--add)}
ins{background:var(--add-bg);color:#0f5323;text-decoration:underline;text-decoration-color:var(--add)}
del{background:var(--del-bg);color:#8e1b14;text-decoration:line-through}
del+ins{margin-left:.12em}
.change{background:#fff;border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:.45rem;padding:.55rem .9rem;margin:.65rem 0}
.change.added{border-left-color:var(--add)}.change.removed{border-left-color:var(--del)}.change.modified{border-left-color:var(--mod)}.change.moved{border-left-color:var(--mov)}.change.year{border-left-color:var(--year)}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.45rem;margin-bottom:.25rem}
.badge{font-size:.75rem;font-weight:700;letter-spacing:.02em;color:#fff;border-radius:1rem;padding:.08rem .55rem;background:var(--muted)}
.badge.added{background:var(--add)}.badge.removed{background:var(--del)}.badge.modified{background:var(--mod)}.badge.moved{background:var(--mov)}.badge.year{background:var(--year)}
.kind{font-weight:700}
.where{color:var(--muted);font-size:.85rem}
.field{margin:.2rem 0;text-align:justify}
.name{display:inline-block;min-width:5.5rem;color:var(--muted);font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.label{font-weight:700}
.item{color:#444;font-style:italic}
.from{color:var(--muted);font-size:.82rem;margin-top:.2rem}
.children{margin:.4rem 0 0 .4rem;padding-left:.8rem;border-left:2px dashed var(--line)}
.children .change{margin:.4rem 0;border-width:1px 1px 1px 4px}
`;

function changeHtml(change: Change, lang: Lang, context: number): string {
  const w = words(lang);
  const loc = change.new ?? change.old!;
  const where = whereText(change, 60);
  const label = loc.label ? `<span class="label">${html(loc.label)}</span> ` : '';
  const parts: string[] = [];
  parts.push(
    `<div class="head"><span class="badge ${change.type}">${html(TYPE_NAMES[change.type][lang])}</span>` +
      `<span class="kind">${html(kindName(change, lang))}</span>` +
      (change.moved ? `<span class="badge moved">${html(w.alsoMoved)}</span>` : '') +
      (change.oldKind ? `<span class="where">(${html(w.kindChanged)}: ${html(change.oldKind)} → ${html(change.kind)})</span>` : '') +
      (where ? `<span class="where">${html(where)}</span>` : '') +
      `</div>`,
  );
  const identity = `${label}${html(shorten(change.text, 240))}`;
  if (change.type === 'moved') parts.push(`<div class="field">${identity}</div>`);
  else if (change.text && !change.fields.some((f) => PRIMARY.has(f.name))) parts.push(`<div class="field item">${identity}</div>`);
  change.fields.forEach((f, i) => {
    const value =
      f.segments !== undefined
        ? segmentsHtml(excerpt(f.segments, context))
        : f.new !== undefined
          ? change.type === 'added' ? `<ins>${html(f.new)}</ins>` : html(f.new)
          : `<del>${html(f.old ?? '')}</del>`;
    parts.push(`<div class="field"><span class="name">${html(fieldName(f.name, lang))}</span> ${i === 0 && PRIMARY.has(f.name) ? label : ''}${value}</div>`);
  });
  if (change.type === 'moved' || change.moved) {
    const old = change.old!;
    const at = [...old.context.map((c) => shorten(c, 50)), old.label].filter(Boolean).join(' › ');
    parts.push(`<div class="from">${html(w.from)}: ${html(at || old.path)}</div>`);
  }
  if (change.children?.length) parts.push(`<div class="children">${change.children.map((c) => changeHtml(c, lang, context)).join('\n')}</div>`);
  return `<article class="change ${change.type}">${parts.join('\n')}</article>`;
}

export function formatHtml(result: DiffResult, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const context = options.context ?? 160;
  const w = words(lang);
  const s = result.summary;
  const plan = (name: string, p: DiffResult['old']) =>
    `<b>${html(name)}:</b> <code>${html(p.file || '?')}</code> — ${html(p.title)}${p.year !== undefined ? ` (${p.year})` : ''}`;
  const card = (cls: ChangeType | 'neutral', n: number, text: string) => `<div class="card ${cls}"><b>${n}</b><span>${html(text)}</span></div>`;
  const body: string[] = [
    `<h1>${html(w.title)}</h1>`,
    `<p class="files">${plan(w.old, result.old)}<br>${plan(w.new, result.new)}</p>`,
    `<section class="summary" aria-label="${html(w.summary)}">`,
    card('neutral', s.total, w.total),
    card('added', s.added, TYPE_NAMES.added[lang]),
    card('removed', s.removed, TYPE_NAMES.removed[lang]),
    card('modified', s.modified, TYPE_NAMES.modified[lang]),
    card('moved', s.moved, TYPE_NAMES.moved[lang]),
    card('year', s.yearUpdated, w.yearShort),
    `</section>`,
  ];
  if (s.total === 0) body.push(`<p class="none">${html(w.noChanges)}</p>`);
  if (result.year) body.push(`<p class="note">${html(w.year(result.year.from, result.year.to, result.year.count, result.year.shown))}</p>`);
  if (s.renumbered) body.push(`<p class="note neutral">${html(w.renumbered(s.renumbered))}</p>`);
  if (result.changes.length) {
    body.push(`<h2>${html(w.list)}</h2>`);
    for (const c of result.changes) body.push(changeHtml(c, lang, context));
  }
  if (result.year?.shown && result.year.changes.length) {
    body.push(`<h2>${html(w.yearChanges)} (${result.year.from} → ${result.year.to})</h2>`);
    for (const c of result.year.changes) body.push(changeHtml(c, lang, context));
  }
  const title = `${w.title}: ${result.old.file} → ${result.new.file}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="cchc-plan diff">',
    `<title>${html(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
