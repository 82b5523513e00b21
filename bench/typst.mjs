// The reference of the cold-build target (issue 17): Typst's Node compiler turning the same plan's
// text into a PDF with the same embedded Tinos fonts. `typstSource(model)` writes the text of a
// compiled plan as a Typst document (A4, the decree's margins, Tinos 14 pt, justified paragraphs,
// bold headings, the appendix tables as tables); `node bench/typst.mjs SOURCE.typ OUT.pdf` is the
// cold process the bench times, as it times a cold `cchc-plan build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A Typst string literal: text, never markup. */
const str = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const runs = (rs) => rs.map((r) => (r.bold ? `#strong(${str(r.text)})` : r.italic ? `#emph(${str(r.text)})` : `#${str(r.text)}`)).join('');
const para = (content, opts = '') => `#par(${opts})[${content}]\n\n`;
const centred = (content) => `#align(center)[${content}]\n\n`;

function bodyText(nodes) {
  let out = '';
  for (const n of nodes) {
    const label = n.label ? `#${str(n.label + ' ')}` : '';
    if (n.heading) out += para(`${label}#strong[${runs(n.heading)}]`);
    const paragraphs = n.task ? [n.task.content, ...n.task.details.map((d) => [{ text: `${d.label}: ${d.value}` }])] : n.paragraphs;
    paragraphs.forEach((p, i) => (out += para(`${!n.heading && i === 0 ? label : ''}${runs(p)}`)));
    out += bodyText(n.children);
  }
  return out;
}

export function typstSource(model) {
  const h = model.header;
  let out = [
    '#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm), numbering: "1", number-align: top + center)',
    '#set text(font: "Tinos", size: 14pt, lang: "vi")',
    '#set par(justify: true, first-line-indent: (amount: 1cm, all: true), leading: 0.5em, spacing: 6pt)',
    '',
  ].join('\n');
  out += `#grid(columns: (1fr, 1.6fr), align(center)[${[...h.parent, ...h.issuer].map((l) => `#${str(l)}`).join(' \\\n')}], align(center)[#strong(${str(h.nationalTitle)}) \\\n#strong(${str(h.motto)})])\n\n`;
  out += `#grid(columns: (1fr, 1.6fr), align(center)[#${str(h.numberLine)}], align(center)[#emph(${str(h.placeDate)})])\n\n`;
  out += centred(`#strong(${str(model.title.type)}) \\\n#strong(${str(model.title.summary)})`);
  for (const p of [...model.grounds, ...model.opening]) out += para(runs(p));
  out += bodyText(model.body);
  for (const p of model.closing) out += para(runs(p));
  out += `#grid(columns: (1fr, 1fr), [#strong(${str(model.recipients.label)}) \\\n${model.recipients.items.map((l) => `#${str(l)}`).join(' \\\n')} \\\n#${str(model.recipients.archive)}], align(center)[${model.signature.lines.map((l) => `#strong(${str(l)})`).join(' \\\n')} \\\n \\\n \\\n#strong(${str(model.signature.name ?? '')})])\n\n`;
  for (const a of model.appendices) {
    out += `#pagebreak()\n${centred(`#strong(${str(a.label)}) \\\n#strong(${str(a.title)}) \\\n#emph(${str(a.reference)})`)}`;
    out += bodyText(a.body);
    if (a.table) {
      const cols = a.table.columns;
      const cell = (row, c) => {
        if (row.kind === 'group') return c.key === cols[0].key ? row.number : c === cols[1] ? row.group ?? '' : '';
        const t = row.task;
        const v = { no: row.number, task: t.content.map((r) => r.text).join(''), lead: t.lead, coordinating: t.coordinating.join(', '), time: t.time ?? '', frequency: t.frequency ?? '', output: t.output ?? '' }[c.key];
        return v ?? '';
      };
      out += `#table(columns: (${cols.map((c) => `${c.weight}fr`).join(', ')}), ${cols.map((c) => `[#strong(${str(c.header)})]`).join(', ')},\n`;
      for (const row of a.table.rows) out += `  ${cols.map((c) => `[#${str(String(cell(row, c)))}]`).join(', ')},\n`;
      out += ')\n\n';
    }
  }
  return out;
}

/** The four Tinos files the CLI embeds by default. */
export function tinosFiles() {
  const dir = path.join(root, 'node_modules', '@expo-google-fonts', 'tinos');
  return ['400Regular/Tinos_400Regular.ttf', '700Bold/Tinos_700Bold.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf', '700Bold_Italic/Tinos_700Bold_Italic.ttf'].map((f) => path.join(dir, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source, out] = process.argv.slice(2);
  const { NodeCompiler } = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler');
  const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: tinosFiles().map((f) => readFileSync(f)) }] });
  writeFileSync(out, compiler.pdf({ mainFileContent: readFileSync(source, 'utf8') }));
}
