/**
 * `cchc-plan diff` outputs (text, Markdown, JSON, HTML, DOCX redline) and the command itself
 * (exit codes, diagnostics, -o, never overwriting an input).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { Command, CommanderError } from 'commander';
import { XmlDocument } from 'xmldoc';
import { describe, expect, it } from 'vitest';
import { registerDiff } from '../src/cli/commands/diff.js';
import type { CliContext } from '../src/cli/context.js';
import { diffModels, type DiffResult } from '../src/diff/index.js';
import { formatHtml } from '../src/diff/report/html.js';
import { formatJson } from '../src/diff/report/json.js';
import { formatMarkdown } from '../src/diff/report/markdown.js';
import { formatText, type TextColors } from '../src/diff/report/text.js';
import { markFlow, redlineModel } from '../src/diff/redline.js';
import { stripLabel } from '../src/diff/normalize.js';
import { renderRedline } from '../src/cli/redline.js';
import { renderDocx } from '../src/render/docx/index.js';
import { fitMarks, joinRuns } from '../src/render/docx/revisions.js';
import { buildPdfDefinition, pdfMetrics } from '../src/render/pdf/index.js';
import { bundledFontFiles, readFontFiles } from '../src/cli/io.js';
import { createMeasurer } from '../src/text/metrics.js';
import type { DocumentModel, MarkedRun } from '../src/model/types.js';
import YAML from 'yaml';
import { compileFile, EXAMPLES, exampleFiles, memoryContext, skipWithout, tempDir, compileText, shown } from './helpers.js';
import { documentXml, paragraphsAfter, textParagraphs } from './tracked-changes.js';

const OLD = path.join(EXAMPLES, '002-xa-son-mai-2025.yaml');
const NEW = path.join(EXAMPLES, '002-xa-son-mai-2026.yaml');
const model = (f: string) => compileFile(f).value!.model;
const EX_OLD = model(OLD);
const EX_NEW = model(NEW);
const EX_RESULT = diffModels(EX_OLD, EX_NEW, { oldFile: 'examples/002-xa-son-mai-2025.yaml', newFile: 'examples/002-xa-son-mai-2026.yaml' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PlanObject = Record<string, any>;

/** examples/minimal.yaml as data, with a second bullet, a task register and its appendix table. */
function minimalPlan(): PlanObject {
  const plan = YAML.parse(readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8')) as PlanObject;
  plan.body[0].items[0].items.push({ bullet: 'Văn bản của tỉnh về chuyển đổi số trong cơ quan nhà nước.' });
  plan.tasks = [
    { task: 'Xây dựng chuyên mục cải cách hành chính trên đài truyền thanh xã.', lead: 'Công chức Văn hóa – Xã hội', time: 'Quý I/2026' },
    { task: 'Tổ chức cuộc thi tìm hiểu về cải cách hành chính cho đoàn viên.', lead: 'Đoàn Thanh niên xã', time: 'Quý III/2026' },
  ];
  plan.appendices = [{ title: 'Danh mục nhiệm vụ tuyên truyền năm 2026', table: { source: 'register' } }];
  return plan;
}

function compileObject(plan: PlanObject): DocumentModel {
  const out = compileText(YAML.stringify(plan), 'plan.yaml');
  if (!out.value) throw new Error(out.diagnostics.map((d) => shown(d).message).join('; '));
  return out.value.model;
}

/** Edits that keep every numbering label, so rejecting all changes must give back the old text exactly. */
function labelKeepingEdit(): [PlanObject, PlanObject] {
  const old = minimalPlan();
  const next = structuredClone(old);
  next.number = 15;
  const task = next.body[2].items[0];
  task.task = 'Đăng tin, bài, video về cải cách hành chính trên cổng thông tin điện tử của xã.';
  task.lead = 'Công chức Văn phòng – Thống kê';
  task.time = 'Hằng tháng';
  next.body[0].items[0].items.splice(0, 1);
  next.body[0].items[0].items.push({ bullet: 'Quy chế làm việc của Ủy ban nhân dân xã.' });
  next.body[0].items[1].items[0].bullet = 'Nội dung tuyên truyền **ngắn gọn**, dễ hiểu, sát với từng đối tượng.';
  next.signature.name = 'Trần Thị Bình';
  next.recipients.push('Đảng ủy xã');
  next.tasks[1].time = 'Quý II/2026';
  next.tasks.push({ task: 'Khảo sát mức độ hài lòng của người dân.', lead: 'Công chức Tư pháp – Hộ tịch', time: 'Quý IV/2026' });
  return [old, next];
}


describe('text output', () => {
  it('plain: git-style word diff, summary, grouped year note, numbering note', () => {
    const text = formatText(EX_RESULT);
    expect(text.split('\n')[0]).toBe('So sánh: examples/002-xa-son-mai-2025.yaml (2025) → examples/002-xa-son-mai-2026.yaml (2026)');
    expect(text).toMatch(/^\d+ thay đổi: 3 thêm, 2 bỏ, \d+ sửa, 2 đổi chỗ, 1 chỉ đổi năm$/m);
    expect(text).toContain('Số: [-12-]{+03+}/KH-UBND');
    expect(text).toContain('chủ trì: [-Trung tâm cung ứng dịch vụ công-]{+Phòng Văn hóa – Xã hội+}');
    expect(text).toContain('thời gian: Quý [-III-]{+I+}/2026');
    expect(text).toMatch(/Năm kế hoạch 2025 → 2026: \d+ chỗ chỉ đổi năm, gộp thành một thay đổi \(thêm --show-year-changes/);
    expect(text).toMatch(/\d+ mục chỉ đổi số thứ tự \(không tính là thay đổi\)/);
    expect(text).toContain('↕ Đổi chỗ nhiệm vụ');
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('coloured: ANSI styles instead of markers', () => {
    const c = new Chalk({ level: 1 });
    const colors: TextColors = { enabled: true, del: (s) => c.red.strikethrough(s), ins: (s) => c.green(s), dim: c.dim, bold: c.bold, type: (_t, s) => c.cyan(s) };
    const text = formatText(EX_RESULT, { colors });
    expect(text).toContain(`Số: ${c.red.strikethrough('12')}${c.green('03')}/KH-UBND`);
    expect(text).not.toContain('[-');
  });

  it('English, and "no changes" for identical plans', () => {
    const same = diffModels(EX_OLD, EX_OLD, { oldFile: 'a.yaml', newFile: 'b.yaml' });
    expect(formatText(same, { lang: 'en' })).toBe('Comparing: a.yaml (2025) → b.yaml (2025)\nNo changes.\n');
    expect(formatText(EX_RESULT, { lang: 'en' })).toContain('~ Modified task');
  });
});

describe('Markdown output', () => {
  it('summary table, struck deletions, bold insertions, escaped text', () => {
    const md = formatMarkdown(EX_RESULT);
    expect(md.startsWith('# So sánh kế hoạch\n')).toBe(true);
    expect(md).toContain('| Thêm | Bỏ | Sửa | Đổi chỗ | Cập nhật năm | đổi số thứ tự | tổng |');
    expect(md).toContain(`| 3 | 2 | ${EX_RESULT.summary.modified} | 2 | ${EX_RESULT.summary.yearUpdated} | ${EX_RESULT.summary.renumbered} | ${EX_RESULT.summary.total} |`);
    expect(md).toContain('Số: ~~12~~**03**/KH-UBND');
    expect(md).toContain('Cập nhật ~~thông~~**thường xuyên** tin**, bài** về CCHC **và CĐS** trên');
    const rolled = JSON.parse(JSON.stringify(minimalPlan()).replaceAll('2026', '2027')) as PlanObject;
    const r = diffModels(compileObject(minimalPlan()), compileObject(rolled), { showYearChanges: true });
    expect(formatMarkdown(r)).toContain('## Các chỗ chỉ đổi năm (2026 → 2027)');
  });
});

describe('JSON output', () => {
  it('the documented structure, stable field order', () => {
    const json = JSON.parse(formatJson(EX_RESULT)) as DiffResult;
    expect(Object.keys(json)).toEqual(['format', 'version', 'old', 'new', 'summary', 'year', 'changes']);
    expect(json).toMatchObject({ format: 'cchc-plan-diff', version: 1, old: { file: 'examples/002-xa-son-mai-2025.yaml', year: 2025 }, new: { year: 2026 } });
    expect(Object.keys(json.summary)).toEqual(['added', 'removed', 'modified', 'moved', 'renumbered', 'yearUpdated', 'total']);
    expect(Object.keys(json.year!)).toEqual(['from', 'to', 'count', 'shown', 'changes']);
    const modified = json.changes.find((c) => c.type === 'modified' && c.kind === 'task')!;
    expect(Object.keys(modified)).toEqual(['type', 'kind', 'text', 'old', 'new', 'fields']);
    expect(Object.keys(modified.new!)).toEqual(['label', 'path', 'context', 'position']);
    expect(Object.keys(modified.fields[0])).toEqual(['name', 'old', 'new', 'segments']);
    const removed = json.changes.find((c) => c.type === 'removed')!;
    expect(removed.new).toBeUndefined();
    expect(removed.fields.every((f) => 'old' in f && !('new' in f))).toBe(true);
    expect(formatJson(EX_RESULT)).toBe(formatJson(diffModels(EX_OLD, EX_NEW, { oldFile: 'examples/002-xa-son-mai-2025.yaml', newFile: 'examples/002-xa-son-mai-2026.yaml' })));
  });
});

describe('HTML output', () => {
  const html = formatHtml(EX_RESULT);
  it('is a self-contained page with the summary at the top', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/);
    const summary = html.indexOf('class="summary"');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('<article'));
    expect(html).toContain(`<div class="card added"><b>3</b><span>Thêm</span></div>`);
  });

  it('highlights insertions and deletions, escapes text', () => {
    expect(html).toContain('Số: <del>12</del><ins>03</ins>/KH-UBND');
    expect(html).toContain('<article class="change removed">');
    expect(html).toContain('<del>Tổ chức Lễ Phát động Phong trào “Bình dân học vụ số” trên địa bàn xã Sơn Mai.</del>');
    const r = diffModels(compileObject(minimalPlan()), compileObject({ ...minimalPlan(), closing: 'Kế hoạch <b>mới</b> & "khác".' }));
    expect(formatHtml(r)).toContain('&lt;b&gt;mới&lt;/b&gt; &amp;');
  });
});

/** Edits that change text, lists, tables and task details but keep every numbering label. */
function richEdit(): [PlanObject, PlanObject] {
  const old = minimalPlan();
  old.body[1].items[0].text = ['Tin, bài trên loa truyền thanh.', 'Pa nô, áp phích tại nhà văn hóa các thôn.', 'Hội nghị tại thôn.'];
  old.tasks[0].coordinating = ['Đoàn Thanh niên xã', 'Hội Phụ nữ xã'];
  const next = structuredClone(old);
  // A paragraph removed inside one item's text, one added at the end.
  next.body[1].items[0].text = ['Tin, bài trên loa truyền thanh.', 'Hội nghị tại thôn.', 'Tờ rơi gửi từng hộ gia đình.'];
  // A body task gains an output line at the end: the line before it now ends in ";".
  next.body[2].items[0].output = 'Tin, bài trên trang thông tin.';
  // A register task: an agency added to its table cell.
  next.tasks[0].coordinating = ['Đoàn Thanh niên xã', 'Hội Phụ nữ xã', 'Hội Nông dân xã'];
  // The last register task replaced by another: one row deleted, one inserted (same number).
  next.tasks.pop();
  next.tasks.push({ task: 'Khảo sát mức độ hài lòng của người dân.', lead: 'Công chức Tư pháp – Hộ tịch', time: 'Quý IV/2026' });
  next.recipients.splice(1, 1);
  next.closing = 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 của xã.';
  return [old, next];
}

/** The model without its revision marks. */
const withoutMarks = (m: DocumentModel) => JSON.parse(JSON.stringify(m, (k, v) => (k === 'rev' || k === 'revised' ? undefined : v))) as unknown;

/**
 * Accept All and Reject All of a redline against the two plans' own documents, paragraph by
 * paragraph, empty ones included (or, with `textOnly`, the paragraphs that hold text).
 */
async function undoRedo(o: DocumentModel, n: DocumentModel, xml: string, textOnly = false) {
  const paragraphs = textOnly ? textParagraphs : paragraphsAfter;
  return {
    accepted: paragraphs(xml, 'accept'),
    newPlan: paragraphs(documentXml(await renderDocx(n))),
    rejected: paragraphs(xml, 'reject'),
    oldPlan: paragraphs(documentXml(await renderDocx(o))),
  };
}

/**
 * The words of a document, for comparing Reject All with the old plan when numbering changed:
 * labels are not tracked (nor the capitals of a heading that changed level), and a wrapped title
 * wraps where the new one does.
 */
const rejectedWords = (ps: string[]) => ps.map((p) => stripLabel(p).toLocaleLowerCase('vi')).join(' ').split(/\s+/);

describe('DOCX redline', () => {
  it('lays a diff over paragraphs: runs keep their style, separators become paragraph marks', () => {
    const flow = markFlow([[{ text: 'Một ' }, { text: 'hai', bold: true }], [{ text: 'ba' }]], '\n', [
      { op: 'equal', text: 'Một ' },
      { op: 'delete', text: 'không' },
      { op: 'insert', text: 'h' },
      { op: 'equal', text: 'ai\nb' },
      { op: 'insert', text: 'a' },
    ]);
    expect(flow).toEqual([
      { runs: [{ text: 'Một ' }, { text: 'không', bold: true, rev: 'del' }, { text: 'h', bold: true, rev: 'ins' }, { text: 'ai', bold: true }] },
      { runs: [{ text: 'b' }, { text: 'a', rev: 'ins' }] },
    ]);
    // An inserted separator is an inserted paragraph mark; a separator in deleted text, with `breaks`, a deleted one.
    expect(markFlow([[{ text: 'A' }], [{ text: 'B' }]], '\n', [{ op: 'equal', text: 'A' }, { op: 'insert', text: '\nB' }])).toEqual([
      { runs: [{ text: 'A' }], rev: 'ins' },
      { runs: [{ text: 'B', rev: 'ins' }] },
    ]);
    expect(markFlow([[{ text: 'A' }], [{ text: 'C' }]], '\n', [{ op: 'equal', text: 'A\n' }, { op: 'delete', text: 'B\n' }, { op: 'equal', text: 'C' }], true)).toEqual([
      { runs: [{ text: 'A' }] },
      { runs: [{ text: 'B', rev: 'del' }], rev: 'del' },
      { runs: [{ text: 'C' }] },
    ]);
    // Without `breaks` (wrapped lines), deleted text stays in its line.
    expect(markFlow([[{ text: 'A C' }]], ' ', [{ op: 'equal', text: 'A ' }, { op: 'delete', text: 'B ' }, { op: 'equal', text: 'C' }])).toEqual([
      { runs: [{ text: 'A ' }, { text: 'B ', rev: 'del' }, { text: 'C' }] },
    ]);
    expect(markFlow([[{ text: 'khác' }]], '\n', [{ op: 'equal', text: 'không khớp' }])).toBeUndefined();
  });

  it('the redline model: the new plan in its plain fields, the marks beside them', () => {
    for (const [o, n] of [[EX_OLD, EX_NEW], richEdit().map(compileObject)] as const) {
      const redline = redlineModel(o, n, { showYearChanges: true });
      expect(JSON.stringify(redline)).toMatch(/"rev":"del"/);
      expect(withoutMarks(redline)).toEqual(withoutMarks(n));
      // Ordinary models carry no marks.
      expect(JSON.stringify(n)).not.toMatch(/"rev(ised)?":/);
      // An emitter that ignores the marks prints the new plan.
      const metrics = pdfMetrics(readFontFiles(bundledFontFiles()), createMeasurer(readFontFiles(bundledFontFiles())));
      expect(JSON.stringify(buildPdfDefinition(redline, metrics))).toBe(JSON.stringify(buildPdfDefinition(n, metrics)));
    }
  });

  it('a marked value fitted to its printed line: cut at its ends, or replaced whole', () => {
    const value: MarkedRun[] = [{ text: 'Quý ' }, { text: 'III', rev: 'del' }, { text: 'IV', rev: 'ins' }, { text: '/2026.' }];
    expect(fitMarks(value, 'Quý IV/2026', 'Quý III/2026')).toEqual([{ text: 'Quý ' }, { text: 'III', rev: 'del' }, { text: 'IV', rev: 'ins' }, { text: '/2026' }]);
    expect(fitMarks(value, 'Quý IV/2026.', 'Quý III/2026.')).toEqual(value);
    expect(fitMarks(value, 'Năm 2026', 'Quý III/2026')).toEqual([{ text: 'Quý III/2026', rev: 'del' }, { text: 'Năm 2026', rev: 'ins' }]);
    expect(joinRuns([{ text: 'a' }, { text: 'b' }, { text: 'c', rev: 'ins' }, { text: 'd', rev: 'ins', bold: true }])).toEqual([{ text: 'ab' }, { text: 'c', rev: 'ins' }, { text: 'd', rev: 'ins', bold: true }]);
  });

  it('Accept All gives the new plan and Reject All the old one, paragraph by paragraph', async () => {
    for (const [oldPlan, newPlan] of [labelKeepingEdit(), richEdit()]) {
      for (const [o, n] of [[compileObject(oldPlan), compileObject(newPlan)], [compileObject(newPlan), compileObject(oldPlan)]]) {
        const r = await undoRedo(o, n, documentXml(await renderRedline(o, n, { showYearChanges: true })));
        expect(r.accepted).toEqual(r.newPlan);
        expect(r.rejected).toEqual(r.oldPlan);
      }
    }
  });

  it('the pieces of a rich edit: paragraph marks, line stops, table rows and cells', async () => {
    const [o, n] = richEdit().map(compileObject);
    const xml = documentXml(await renderRedline(o, n));
    const attrs = 'w:id="\\d+" w:author="cchc-plan" w:date="2026-01-08T00:00:00Z"';
    // The removed paragraph inside a kept item: its text and its mark deleted.
    expect(xml).toMatch(new RegExp(`<w:pPr><w:pStyle w:val="NoiDung"/><w:rPr><w:del ${attrs}/></w:rPr></w:pPr><w:del ${attrs}><w:r><w:delText xml:space="preserve">Pa nô, áp phích tại nhà văn hóa các thôn.</w:delText>`));
    // The paragraph added at the end of the item: its text and its mark inserted.
    expect(xml).toMatch(new RegExp(`<w:pPr><w:pStyle w:val="NoiDung"/><w:rPr><w:ins ${attrs}/></w:rPr></w:pPr><w:ins ${attrs}><w:r><w:t xml:space="preserve">Tờ rơi gửi từng hộ gia đình.</w:t>`));
    // The line before a new last detail line: "." deleted, ";" inserted.
    expect(xml).toMatch(new RegExp(`Thường xuyên</w:t></w:r><w:del ${attrs}><w:r><w:delText xml:space="preserve">.</w:delText></w:r></w:del><w:ins ${attrs}><w:r><w:t xml:space="preserve">;</w:t>`));
    // Register rows: one inserted, one deleted, as rows.
    expect(xml).toMatch(new RegExp(`<w:trPr><w:cantSplit/><w:ins ${attrs}/></w:trPr>`));
    expect(xml).toMatch(new RegExp(`<w:trPr><w:cantSplit/><w:del ${attrs}/></w:trPr>`));
    // The agency added to the cell's one paragraph of agencies, with the "; " that separates it.
    expect(xml).toMatch(new RegExp(`<w:t xml:space="preserve">Đoàn Thanh niên xã; Hội Phụ nữ xã</w:t></w:r><w:ins ${attrs}><w:r><w:t xml:space="preserve">; Hội Nông dân xã</w:t>`));
  });

  it('a broken mark shows: Accept All or Reject All no longer gives the plan', async () => {
    const [o, n] = labelKeepingEdit().map(compileObject);
    const redline = redlineModel(o, n, { showYearChanges: true });
    // The deleted bullet, no longer marked: it stays on Accept.
    const dropped = structuredClone(redline);
    const bullets = dropped.body[0].children[0].revised!.children!;
    expect(bullets[0]).toMatchObject({ kind: 'bullet', rev: 'del' });
    delete bullets[0].rev;
    const a = await undoRedo(o, n, documentXml(await renderDocx(dropped)));
    expect(a.accepted).not.toEqual(a.newPlan);
    expect(a.rejected).toEqual(a.oldPlan);
    // An inserted run marked deleted instead: both sides wrong.
    const flipped = structuredClone(redline);
    const number = flipped.header.revised!.numberLine!;
    number.filter((r) => r.rev === 'ins').forEach((r) => (r.rev = 'del'));
    const b = await undoRedo(o, n, documentXml(await renderDocx(flipped)));
    expect(b.accepted).not.toEqual(b.newPlan);
    expect(b.rejected).not.toEqual(b.oldPlan);
  });

  it('the 2026 example against 2025: well-formed, real revisions, reproducible', async () => {
    const bytes = await renderRedline(EX_OLD, EX_NEW);
    const xml = documentXml(bytes);
    expect(() => new XmlDocument(xml)).not.toThrow();
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml.match(/<w:ins /g)!.length).toBeGreaterThan(10);
    expect(xml.match(/<w:delText/g)!.length).toBeGreaterThan(10);
    expect(xml).toContain('w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"');
    // A removed task: its paragraphs (text and marks) deleted.
    expect(xml).toMatch(/<w:pPr><w:pStyle w:val="NoiDung"\/><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">b\) <\/w:delText><\/w:r><\/w:del><w:del [^>]*><w:r><w:delText xml:space="preserve">Tổ chức Lễ Phát động/);
    // Year-only edits are not tracked by default: the new year is plain text.
    expect(paragraphsAfter(xml, 'accept')).toEqual(paragraphsAfter(documentXml(await renderDocx(EX_NEW))));
    expect(xml).not.toMatch(/<w:delText xml:space="preserve">2025<\/w:delText>/);
    const shown = documentXml(await renderRedline(EX_OLD, EX_NEW, { showYearChanges: true }));
    expect(shown).toMatch(/<w:delText xml:space="preserve">2025<\/w:delText>/);
    // Reproducible; author and date as asked.
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(await renderRedline(EX_OLD, EX_NEW)))).toBe(0);
    const signed = documentXml(await renderRedline(EX_OLD, EX_NEW, { author: 'Văn phòng <UBND>', date: '2026-02-01T08:00:00Z' }));
    expect(signed).toContain('w:author="Văn phòng &lt;UBND&gt;" w:date="2026-02-01T08:00:00Z"');
    expect(signed).not.toContain('cchc-plan');
  });

  it('every pair of examples: Accept All gives the new plan; Reject All the old text but for numbering and line wrapping', async () => {
    // Only paragraphs with text are compared: an appendix added or removed leaves its section
    // break (an empty paragraph), which the redline cannot mark.
    const files = exampleFiles();
    const models = files.map((f) => compileFile(f).value!.model);
    for (const [i, a] of models.entries()) {
      for (const [j, b] of models.entries()) {
        if (i === j) continue;
        const pair = `${path.basename(files[i])} → ${path.basename(files[j])}`;
        const r = await undoRedo(a, b, documentXml(await renderRedline(a, b, { showYearChanges: true })), true);
        expect(r.accepted, pair).toEqual(r.newPlan);
        expect(rejectedWords(r.rejected), pair).toEqual(rejectedWords(r.oldPlan));
      }
    }
  }, 60000);
});

/** `cchc-plan diff …` through commander, as run.ts registers it. */
async function diffCli(args: string[], ctx: CliContext): Promise<number> {
  let code = -1;
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  registerDiff(program, ctx, (c) => (code = c));
  try {
    await program.parseAsync(['diff', ...args], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return 2;
    throw e;
  }
  return code;
}

function workspace(): string {
  const dir = tempDir('cchc-diff-');
  copyFileSync(OLD, path.join(dir, 'old.yaml'));
  copyFileSync(NEW, path.join(dir, 'new.yaml'));
  return dir;
}

describe('cchc-plan diff', () => {
  it('exits 1 with the text report when plans differ, 0 when they do not', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml'], ctx)).toBe(1);
    expect(ctx.out()).toContain('So sánh: old.yaml (2025) → new.yaml (2026)');
    expect(ctx.out()).toContain('Số: [-12-]{+03+}/KH-UBND');
    expect(ctx.err()).toBe('');
    copyFileSync(path.join(dir, 'old.yaml'), path.join(dir, 'same.yaml'));
    const same = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'same.yaml'], same)).toBe(0);
    expect(same.out()).toContain('Không có thay đổi.');
  });

  it('colours on a terminal', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir, { NO_COLOR: undefined, FORCE_COLOR: undefined });
    ctx.stdout.isTTY = true;
    expect(await diffCli(['old.yaml', 'new.yaml'], ctx)).toBe(1);
    expect(ctx.out()).toMatch(/\x1b\[9m/); // strikethrough
  });

  it('--format json|markdown|html on stdout, --lang en, --show-year-changes', async () => {
    const dir = workspace();
    const json = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'json', '--show-year-changes'], json)).toBe(1);
    const parsed = JSON.parse(json.out()) as DiffResult;
    expect(parsed.year!.shown).toBe(true);
    expect(parsed.year!.changes.length).toBe(parsed.year!.count);
    const md = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '-f', 'markdown', '--lang', 'en'], md)).toBe(1);
    expect(md.out()).toContain('# Plan comparison');
    const html = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'html'], html)).toBe(1);
    expect(html.out()).toMatch(/^<!DOCTYPE html>/);
  });

  it('-o writes the file (atomically) and prints the summary; docx requires -o', async () => {
    const dir = workspace();
    const ctx = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'docx'], ctx)).toBe(2);
    expect(ctx.err()).toContain('--format docx cần -o/--output');
    const ok = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'docx', '-o', 'redline.docx'], ok)).toBe(1);
    expect(ok.out()).toMatch(/thay đổi: .* → redline\.docx\n$/);
    expect(documentXml(new Uint8Array(readFileSync(path.join(dir, 'redline.docx'))))).toContain('<w:ins ');
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'html', '-o', 'report.html'], memoryContext(dir))).toBe(1);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites an input', async () => {
    const dir = workspace();
    const before = readFileSync(path.join(dir, 'new.yaml'), 'utf8');
    const ctx = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'markdown', '-o', './new.yaml'], ctx)).toBe(2);
    expect(ctx.err()).toContain('[output-is-input]');
    expect(readFileSync(path.join(dir, 'new.yaml'), 'utf8')).toBe(before);
  });

  it('bad input: the diagnostics of build (file:line:col, code, hint), exit 2', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'bad.yaml'), readFileSync(NEW, 'utf8').replace('summary:', 'sumary:'));
    const ctx = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'bad.yaml'], ctx)).toBe(2);
    expect(ctx.err()).toMatch(/bad\.yaml:\d+:1: lỗi \[schema-unknown-key\] Trường không hợp lệ "sumary"/);
    expect(ctx.err()).toContain('Có phải ý bạn là "summary"?');
    expect(ctx.out()).toBe('');
    const en = memoryContext(dir);
    expect(await diffCli(['bad.yaml', 'new.yaml', '--lang', 'en'], en)).toBe(2);
    expect(en.err()).toContain('error [schema-unknown-key]');
  });

  it('usage errors exit 2: missing file, folder, unknown format', async () => {
    const dir = workspace();
    const missing = memoryContext(dir);
    expect(await diffCli(['old.yaml', 'nope.yaml'], missing)).toBe(2);
    expect(missing.err()).toContain('không tìm thấy: nope.yaml');
    expect(await diffCli(['old.yaml', '.'], memoryContext(dir))).toBe(2);
    expect(await diffCli(['old.yaml', 'new.yaml', '--format', 'pdf'], memoryContext(dir))).toBe(2);
    expect(await diffCli(['old.yaml'], memoryContext(dir))).toBe(2);
    expect(existsSync(path.join(dir, 'nope.yaml'))).toBe(false);
  });
});

// Under CI a missing soffice or pdftotext fails the test instead of skipping it.
describe.skipIf(skipWithout('soffice', 'pdftotext'))('LibreOffice reads the redline as tracked changes', () => {
  it('re-saved by LibreOffice it keeps every revision; its PDF shows deletions beside insertions', async () => {
    const dir = tempDir('cchc-redline-lo-');
    const file = path.join(dir, 'redline.docx');
    writeFileSync(file, await renderRedline(EX_OLD, EX_NEW, { showYearChanges: true }));
    const soffice = (format: string, out: string) =>
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', format, '--outdir', out, file], { stdio: 'ignore', timeout: 180000 });
    soffice('docx:MS Word 2007 XML', path.join(dir, 'docx'));
    const xml = documentXml(new Uint8Array(readFileSync(path.join(dir, 'docx', 'redline.docx'))));
    expect(xml).toContain('w:author="cchc-plan"');
    // Runs, paragraph marks and rows read as LibreOffice's own revisions and written back.
    expect(paragraphsAfter(xml, 'accept')).toEqual(paragraphsAfter(documentXml(await renderDocx(EX_NEW))));
    expect(rejectedWords(textParagraphs(xml, 'reject'))).toEqual(rejectedWords(textParagraphs(documentXml(await renderDocx(EX_OLD)))));
    soffice('pdf', path.join(dir, 'pdf'));
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'pdf', 'redline.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Số: 1203/KH-UBND');
    expect(text).toContain('Tổ chức Lễ Phát động Phong trào “Bình dân học vụ số”');
  }, 200000);
});
