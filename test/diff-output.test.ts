/**
 * `cchc-plan diff` outputs (text, Markdown, JSON, HTML, DOCX redline) and the command itself
 * (exit codes, diagnostics, -o, never overwriting an input).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { Command, CommanderError } from 'commander';
import { strFromU8, unzipSync } from 'fflate';
import { XmlDocument } from 'xmldoc';
import { describe, expect, it } from 'vitest';
import { registerDiff } from '../src/cli/commands/diff.js';
import type { CliContext } from '../src/cli/context.js';
import { diffModels, type DiffResult } from '../src/diff/index.js';
import { formatHtml } from '../src/diff/report/html.js';
import { formatJson } from '../src/diff/report/json.js';
import { formatMarkdown } from '../src/diff/report/markdown.js';
import { formatText, type TextColors } from '../src/diff/report/text.js';
import { markFlow, MARK, redlineModel, trackChanges } from '../src/diff/redline.js';
import { renderRedline } from '../src/cli/redline.js';
import { renderDocx } from '../src/render/docx/index.js';
import type { DocumentModel } from '../src/model/types.js';
import YAML from 'yaml';
import { compileFile, EXAMPLES, exampleFiles, hasCommand, memoryContext, tempDir, compileText, shown } from './helpers.js';

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

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The text Word shows after Accept All: deleted runs gone, inserted runs kept. */
const acceptAll = (xml: string) => unescape([...xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
/** The text after Reject All: inserted runs gone, deleted text back. */
const rejectAll = (xml: string) =>
  unescape([...xml.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '').matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''));
const plainText = (xml: string) => unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

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

describe('DOCX redline', () => {
  it('marks text with markers at the right places, keeping run styles', () => {
    const flow = markFlow([[{ text: 'Một ' }, { text: 'hai', bold: true }], [{ text: 'ba' }]], '\n', [
      { op: 'equal', text: 'Một ' },
      { op: 'delete', text: 'không' },
      { op: 'insert', text: 'h' },
      { op: 'equal', text: 'ai\nb' },
      { op: 'insert', text: 'a' },
    ]);
    expect(flow).toEqual([
      [{ text: 'Một ' }, { text: `${MARK.delStart}không${MARK.delEnd}`, bold: true }, { text: `${MARK.insStart}h${MARK.insEnd}`, bold: true }, { text: 'ai', bold: true }],
      [{ text: 'b' }, { text: `${MARK.insStart}a${MARK.insEnd}` }],
    ]);
    expect(markFlow([[{ text: 'khác' }]], '\n', [{ op: 'equal', text: 'không khớp' }])).toBeUndefined();
  });

  it('turns markers into w:ins / w:del runs and paragraph marks', () => {
    const xml = '<w:body><w:p><w:pPr><w:pStyle w:val="NoiDung"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A\uE002b\uE003\uE000c\uE001</w:t></w:r></w:p><w:p><w:r><w:t>\uE004x</w:t></w:r></w:p></w:body>';
    expect(trackChanges(xml, 'cchc-plan', '2026-01-12T00:00:00Z')).toBe(
      '<w:body><w:p><w:pPr><w:pStyle w:val="NoiDung"/></w:pPr>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A</w:t></w:r>' +
        '<w:del w:id="1000" w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">b</w:delText></w:r></w:del>' +
        '<w:ins w:id="1001" w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">c</w:t></w:r></w:ins></w:p>' +
        '<w:p><w:pPr><w:rPr><w:ins w:id="1003" w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"/></w:rPr></w:pPr>' +
        '<w:ins w:id="1002" w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"><w:r><w:t xml:space="preserve">x</w:t></w:r></w:ins></w:p></w:body>',
    );
  });

  it('accepting every change gives the new plan, rejecting every change the old one', async () => {
    const [oldPlan, newPlan] = labelKeepingEdit();
    const [o, n] = [compileObject(oldPlan), compileObject(newPlan)];
    const xml = documentXml(await renderRedline(o, n, { showYearChanges: true }));
    expect(acceptAll(xml)).toBe(plainText(documentXml(await renderDocx(n))));
    expect(rejectAll(xml)).toBe(plainText(documentXml(await renderDocx(o))));
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="cchc-plan" w:date="2026-01-08T00:00:00Z"><w:r><w:delText xml:space="preserve">03<\/w:delText>/);
  });

  it('the 2026 example against 2025: well-formed, real revisions, Accept All = the new plan', async () => {
    const bytes = await renderRedline(EX_OLD, EX_NEW);
    const xml = documentXml(bytes);
    expect(() => new XmlDocument(xml)).not.toThrow();
    expect(xml).not.toMatch(/[\uE000-\uE005]/);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml.match(/<w:ins /g)!.length).toBeGreaterThan(10);
    expect(xml.match(/<w:delText/g)!.length).toBeGreaterThan(10);
    expect(xml).toContain('w:author="cchc-plan" w:date="2026-01-12T00:00:00Z"');
    // A removed task: its paragraphs (text and marks) deleted.
    expect(xml).toMatch(/<w:pPr><w:pStyle w:val="NoiDung"\/><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">b\) <\/w:delText><\/w:r><\/w:del><w:del [^>]*><w:r><w:delText xml:space="preserve">Tổ chức Lễ Phát động/);
    // Year-only edits are not tracked by default: the new year is plain text.
    expect(acceptAll(xml)).toBe(plainText(documentXml(await renderDocx(EX_NEW))));
    expect(xml).not.toMatch(/<w:delText xml:space="preserve">2025<\/w:delText>/);
    const shown = documentXml(await renderRedline(EX_OLD, EX_NEW, { showYearChanges: true }));
    expect(shown).toMatch(/<w:delText xml:space="preserve">2025<\/w:delText>/);
    // Reproducible.
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(await renderRedline(EX_OLD, EX_NEW)))).toBe(0);
  });

  it('Accept All gives the new plan for every pair of examples (appendices and tables added or removed, drafts)', async () => {
    const models = exampleFiles().map((f) => compileFile(f).value!.model);
    for (const [i, a] of models.entries()) {
      for (const [j, b] of models.entries()) {
        if (i === j) continue;
        const xml = documentXml(await renderRedline(a, b));
        expect(acceptAll(xml), `${exampleFiles()[i]} → ${exampleFiles()[j]}`).toBe(plainText(documentXml(await renderDocx(b))));
      }
    }
  }, 60000);

  it('register rows added to the appendix table are tracked as inserted rows', async () => {
    const [oldPlan, newPlan] = labelKeepingEdit();
    const xml = documentXml(await renderRedline(compileObject(oldPlan), compileObject(newPlan)));
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:ins w:id="\d+" w:author="cchc-plan" w:date="[^"]+"\/><\/w:trPr>/);
  });

  it('text that already holds the marker characters cannot break the tracking', async () => {
    const plan = minimalPlan();
    const withMarks = structuredClone(plan);
    withMarks.closing = 'Trên đây là Kế hoạch \uE002lạ\uE003 của xã.';
    const merged: DocumentModel = redlineModel(compileObject(plan), compileObject(withMarks));
    expect(JSON.stringify(merged.closing)).not.toContain('lạ\uE003');
  });
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

describe.skipIf(!hasCommand('soffice'))('LibreOffice reads the redline as tracked changes', () => {
  it('re-saving the redline with LibreOffice keeps w:ins and w:del', async () => {
    const dir = tempDir('cchc-redline-lo-');
    writeFileSync(path.join(dir, 'redline.docx'), await renderRedline(EX_OLD, EX_NEW));
    const out = path.join(dir, 'out');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, path.join(dir, 'redline.docx')], { stdio: 'ignore', timeout: 180000 });
    const xml = documentXml(new Uint8Array(readFileSync(path.join(out, 'redline.docx'))));
    expect(xml.match(/<w:ins /g)?.length ?? 0).toBeGreaterThan(10);
    expect(xml.match(/<w:del /g)?.length ?? 0).toBeGreaterThan(10);
    expect(xml).toContain('w:author="cchc-plan"');
    expect(xml).toContain('Bình dân học vụ số');
  }, 200000);
});
