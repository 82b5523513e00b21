/**
 * `cchc-plan diff` core: pairing across renumbering and reordering, each kind of change,
 * numbering-neutral and year-aware results, explicit ids.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels, hasChanges, type Change, type DiffResult } from '../src/diff/index.js';
import { longestIncreasing } from '../src/diff/match.js';
import { isYearShift, onlyYearShifts, wordDiff } from '../src/diff/words.js';
import { matchKey, stripLabel } from '../src/diff/normalize.js';
import type { BodyNode, DocumentModel } from '../src/model/types.js';
import YAML from 'yaml';
import { compileFile, EXAMPLES, compileText, shown } from './helpers.js';

/* Plans for these tests: one base plan covering every body level, compiled in memory. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PlanObject = Record<string, any>;

function basePlan(): PlanObject {
  return {
    issuer: { parent: 'UBND HUYỆN SƠN TỊNH', name: ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], abbreviation: 'UBND' },
    place: 'An Bình',
    number: 12,
    date: '2025-01-08',
    summary: 'Tuyên truyền cải cách hành chính năm 2025',
    opening: 'Thực hiện Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã An Bình ban hành Kế hoạch như sau:',
    body: [
      {
        part: 'Mục đích, yêu cầu',
        items: [
          {
            section: 'Mục đích',
            items: [
              {
                clause: 'Nâng cao nhận thức',
                text: 'Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.',
                items: [
                  {
                    subclause: 'Đối với cán bộ, công chức',
                    items: [
                      {
                        point: 'Tổ chức học tập các văn bản mới về cải cách hành chính của cấp trên.',
                        items: [
                          { bullet: 'Văn bản của Trung ương về cải cách thủ tục hành chính.' },
                          { bullet: 'Văn bản của tỉnh về chuyển đổi số trong cơ quan nhà nước.' },
                        ],
                      },
                      { point: 'Tuyên truyền trên hệ thống loa truyền thanh của xã vào buổi sáng.' },
                    ],
                  },
                  {
                    subclause: 'Đối với người dân',
                    items: [{ point: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại bộ phận một cửa.' }],
                  },
                ],
              },
              'Kế hoạch được triển khai đồng bộ, tiết kiệm, hiệu quả, gắn với nhiệm vụ chính trị của địa phương.',
            ],
          },
          {
            section: 'Yêu cầu',
            items: [{ clause: null, text: 'Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng đối tượng.' }],
          },
        ],
      },
      {
        part: 'Nhiệm vụ',
        items: [
          {
            section: 'Nhiệm vụ tuyên truyền',
            items: [
              {
                task: 'Đăng tin, bài về cải cách hành chính trên trang thông tin điện tử của xã năm 2025.',
                lead: 'Văn phòng HĐND và UBND xã',
                coordinating: ['Các cơ quan, đơn vị thuộc UBND xã'],
                time: 'Thường xuyên',
              },
              { task: 'Tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức xã.', lead: 'Văn phòng HĐND và UBND xã', time: 'Quý II/2025' },
              { task: 'Treo băng rôn, khẩu hiệu tuyên truyền về cải cách hành chính tại trụ sở xã.', lead: 'Công chức Văn hóa – Xã hội', time: 'Quý III/2025' },
              { task: 'Lồng ghép tuyên truyền trong các cuộc họp thôn, tổ dân phố hằng tháng.', lead: 'Trưởng các thôn', time: 'Hằng tháng' },
            ],
          },
          {
            section: 'Kiểm tra, đánh giá',
            items: [{ task: 'Kiểm tra việc thực hiện kế hoạch tại các thôn và báo cáo kết quả.', lead: 'Công chức Văn phòng – Thống kê', time: 'Tháng 11/2025' }],
          },
        ],
      },
    ],
    closing: 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025 của Ủy ban nhân dân xã An Bình.',
    signature: { authority: 'TM', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn An' },
    recipients: [{ name: 'UBND huyện', purpose: 'b/c' }, 'Các cơ quan, đơn vị thuộc UBND xã', 'Các thôn'],
    archive: { units: 'VP' },
    tasks: [
      { task: 'Xây dựng chuyên mục cải cách hành chính trên đài truyền thanh xã.', lead: 'Công chức Văn hóa – Xã hội', time: 'Quý I/2025' },
      { task: 'Tổ chức cuộc thi tìm hiểu về cải cách hành chính cho đoàn viên thanh niên.', lead: 'Đoàn Thanh niên xã', time: 'Quý III/2025' },
    ],
    appendices: [{ title: 'Danh mục nhiệm vụ tuyên truyền năm 2025', table: { source: 'register' } }],
  };
}

function clonePlan(p: PlanObject): PlanObject {
  return structuredClone(p);
}

function compileObject(plan: PlanObject, file = 'plan.yaml'): DocumentModel {
  const bytes = new TextEncoder().encode(YAML.stringify(plan));
  const out = compileText(bytes, file);
  const errors = out.diagnostics.filter((d) => d.severity === 'error');
  if (!out.value || errors.length) throw new Error(`plan does not compile: ${errors.map((d) => `${d.code} ${shown(d).message} (${d.path})`).join('; ')}`);
  return out.value.model;
}

/** Replace every 2025 with 2026 in all strings (a plain year rollover). */
function rollYear(p: PlanObject, from = '2025', to = '2026'): PlanObject {
  return JSON.parse(JSON.stringify(p).replaceAll(from, to)) as PlanObject;
}

const BASE = compileObject(basePlan());

function diffPlans(oldPlan: PlanObject, newPlan: PlanObject, showYearChanges = false): DiffResult {
  return diffModels(compileObject(oldPlan), compileObject(newPlan), { oldFile: 'old.yaml', newFile: 'new.yaml', showYearChanges });
}

function diffFrom(edit: (p: PlanObject) => void, showYearChanges = false): DiffResult {
  const next = clonePlan(basePlan());
  edit(next);
  return diffModels(BASE, compileObject(next), { showYearChanges });
}

/** Where each body kind sits in the base plan: its list and index. */
const SITES: Record<string, (p: PlanObject) => [unknown[], number]> = {
  part: (p) => [p.body, 0],
  section: (p) => [p.body[0].items, 0],
  clause: (p) => [p.body[0].items[0].items, 0],
  subclause: (p) => [p.body[0].items[0].items[0].items, 0],
  point: (p) => [p.body[0].items[0].items[0].items[0].items, 1],
  bullet: (p) => [p.body[0].items[0].items[0].items[0].items[0].items, 1],
  text: (p) => [p.body[0].items[0].items, 1],
  task: (p) => [p.body[1].items[0].items, 2],
};

const NEW_ITEMS: Record<string, unknown> = {
  part: { part: 'Kinh phí thực hiện', text: 'Kinh phí bố trí từ ngân sách xã theo phân cấp hiện hành.' },
  section: { section: 'Đối tượng tuyên truyền', items: ['Cán bộ, công chức xã và người dân trên địa bàn.'] },
  clause: { clause: 'Phổ biến kiến thức số', text: 'Phổ biến kỹ năng số cơ bản cho người dân ở các thôn.' },
  subclause: { subclause: 'Đối với doanh nghiệp', items: [{ point: 'Giới thiệu thủ tục đăng ký kinh doanh hộ cá thể qua mạng.' }] },
  point: { point: 'Phát tờ rơi hướng dẫn dịch vụ công trực tuyến đến từng hộ gia đình.' },
  bullet: { bullet: 'Quy chế làm việc mới của Ủy ban nhân dân xã nhiệm kỳ mới.' },
  text: 'Các thôn chủ động bố trí thời gian, địa điểm phù hợp với điều kiện sinh hoạt của người dân.',
  task: { task: 'Xây dựng mô hình "Thôn thông minh" tại thôn An Lộc.', lead: 'Trưởng thôn An Lộc', time: 'Quý IV/2025' },
};

/** Change a few words of the item at a site, whatever its shape. */
function reword(list: unknown[], i: number): void {
  const item = list[i];
  const edit = (s: string) => s.replace(/cải cách hành chính|Mục đích|Nâng cao nhận thức|Đối với cán bộ, công chức|Tuyên truyền trên|chuyển đổi số|Kế hoạch được triển khai|Treo băng rôn/, (m) => `${m} (đã sửa đổi)`);
  if (typeof item === 'string') list[i] = edit(item);
  else {
    const o = item as Record<string, string>;
    const key = ['part', 'section', 'clause', 'subclause', 'point', 'bullet', 'task'].find((k) => k in o)!;
    const before = o[key];
    o[key] = edit(before);
    if (o[key] === before) throw new Error(`test plan: nothing to reword in ${before}`);
  }
}

const only = (r: DiffResult): Change => {
  expect(r.changes, JSON.stringify(r.changes.map((c) => [c.type, c.kind, c.text]))).toHaveLength(1);
  return r.changes[0];
};

describe('diff: each kind of item, each kind of change', () => {
  for (const kind of Object.keys(SITES)) {
    it(`modified ${kind}: matched by similarity, word-level segments`, () => {
      const r = diffFrom((p) => {
        const [list, i] = SITES[kind](p);
        reword(list, i);
      });
      const c = only(r);
      expect(c).toMatchObject({ type: 'modified', kind });
      const segments = c.fields.flatMap((f) => f.segments ?? []);
      // Parts and sections print their headings in capitals.
      expect(segments.filter((s) => s.op === 'insert').map((s) => s.text.trim().toLocaleLowerCase('vi'))).toEqual(['(đã sửa đổi)']);
      expect(segments.filter((s) => s.op === 'delete')).toEqual([]);
      expect(r.summary).toMatchObject({ modified: 1, added: 0, removed: 0, moved: 0, total: 1 });
    });

    it(`removed ${kind}: one change, sub-items nested`, () => {
      const r = diffFrom((p) => {
        const [list, i] = SITES[kind](p);
        list.splice(i, 1);
      });
      const c = only(r);
      expect(c).toMatchObject({ type: 'removed', kind });
      expect(c.new).toBeUndefined();
      expect(c.old!.path).toMatch(/^body\[/);
      if (kind === 'part') expect(c.children!.length).toBe(2);
      expect(r.summary).toMatchObject({ removed: 1, total: 1 });
    });

    it(`added ${kind}`, () => {
      const r = diffFrom((p) => {
        const [list, i] = SITES[kind](p);
        list.splice(i, 0, structuredClone(NEW_ITEMS[kind]));
      });
      const c = only(r);
      expect(c).toMatchObject({ type: 'added', kind });
      expect(c.old).toBeUndefined();
      expect(c.fields.every((f) => f.new !== undefined && f.old === undefined)).toBe(true);
    });
  }

  it('task fields: lead, coordinating, deadline, output changed on one task', () => {
    const r = diffFrom((p) => {
      const t = p.body[1].items[0].items[1];
      t.lead = 'Công chức Văn phòng – Thống kê';
      t.coordinating = ['Đoàn Thanh niên xã'];
      t.time = 'Quý IV/2025';
      t.output = 'Báo cáo kết quả hội nghị';
    });
    const c = only(r);
    expect(c).toMatchObject({ type: 'modified', kind: 'task', text: expect.stringContaining('Tổ chức hội nghị tập huấn') });
    expect(c.fields.map((f) => f.name)).toEqual(['lead', 'coordinating', 'time', 'output']);
    expect(c.fields[0]).toMatchObject({ old: 'Văn phòng HĐND và UBND xã', new: 'Công chức Văn phòng – Thống kê' });
    expect(c.fields[2].segments).toEqual([{ op: 'equal', text: 'Quý ' }, { op: 'delete', text: 'II' }, { op: 'insert', text: 'IV' }, { op: 'equal', text: '/2025' }]);
    expect(c.fields[3]).toEqual({ name: 'output', new: 'Báo cáo kết quả hội nghị' });
  });

  it('header, opening, closing, signature, recipients and archive', () => {
    const r = diffFrom((p) => {
      p.number = 15;
      p.opening = p.opening.replace('Ủy ban nhân dân huyện', 'Ủy ban nhân dân tỉnh');
      p.closing = 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025 của xã An Bình.';
      p.signature = { authority: 'KT', collective: 'Ủy ban nhân dân', head: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Trần Thị Bình' };
      p.recipients.splice(2, 1, 'Đảng ủy xã');
      p.archive = { units: 'VP', note: 'Bình' };
    });
    const summary = r.changes.map((c) => `${c.type} ${c.kind}${c.slot ? `:${c.slot}` : ''}`);
    expect(summary).toEqual([
      'modified header:number',
      'modified opening',
      'modified closing',
      'modified signature:authority',
      'modified signature:name',
      'removed recipient',
      'added recipient',
      'modified archive:archive',
    ]);
    expect(r.changes[0].fields[0].segments).toContainEqual({ op: 'insert', text: '15' });
    expect(r.changes[3].fields[0]).toMatchObject({ old: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', new: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' });
  });

  it('appendix title and register rows (table tasks)', () => {
    const r = diffFrom((p) => {
      p.appendices[0].title = 'Danh mục nhiệm vụ tuyên truyền cải cách hành chính năm 2025';
      p.tasks[1].lead = 'Ban Chỉ huy Quân sự xã';
      p.tasks.push({ task: 'Khảo sát mức độ hài lòng của người dân về dịch vụ hành chính công.', lead: 'Công chức Tư pháp – Hộ tịch', time: 'Quý IV/2025' });
    });
    expect(r.changes.map((c) => `${c.type} ${c.kind}`)).toEqual(['modified appendix', 'modified row', 'added row']);
    expect(r.changes[1].new!.context).toEqual(['Phụ lục DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
  });

  it('body tasks repeated in a body-sourced appendix table are reported once', () => {
    const plan = basePlan();
    plan.appendices[0].table.source = 'all';
    const next = clonePlan(plan);
    next.body[1].items[0].items[0].lead = 'Công chức Văn hóa – Xã hội';
    const r = diffPlans(plan, next);
    expect(r.changes.map((c) => `${c.type} ${c.kind}`)).toEqual(['modified task']);
  });

  it('identical plans: nothing, exit status "no changes"', () => {
    const r = diffPlans(basePlan(), basePlan());
    expect(r.changes).toEqual([]);
    expect(r.year).toBeNull();
    expect(r.summary).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, renumbered: 0, yearUpdated: 0, total: 0 });
    expect(hasChanges(r)).toBe(false);
  });
});

describe('diff: renumbering is not a change', () => {
  it('labels that differ with the same content (model level) give only the numbering-neutral result', () => {
    const renumbered = compileObject(basePlan());
    const bump = (nodes: BodyNode[]) => nodes.forEach((n, i) => {
      if (/^\d+\.$/.test(n.label)) n.label = `${i + 7}.`;
      if (/^[a-z]\)$/.test(n.label)) n.label = `${String.fromCharCode(120 - i)})`;
      bump(n.children);
    });
    bump(renumbered.body);
    renumbered.appendices[0].table!.rows.forEach((row, i) => (row.number = String(i + 20)));
    const r = diffModels(BASE, renumbered);
    expect(r.changes).toEqual([]);
    expect(r.summary.total).toBe(0);
    expect(r.summary.renumbered).toBeGreaterThan(5);
    expect(hasChanges(r)).toBe(false);
  });

  it('a province outline (A./I./1./a)) against a commune outline (I./1./1.1./a)) with the same text: no change', () => {
    const outline = (levels: [string, string, string]) => {
      const plan = basePlan();
      const [top, middle, inner] = levels;
      plan.body = [
        {
          [top]: 'Mục đích, yêu cầu',
          items: [
            {
              [middle]: 'Mục đích',
              items: [
                {
                  [inner]: 'Nâng cao nhận thức',
                  items: [
                    { point: 'Tổ chức học tập các văn bản mới về cải cách hành chính.', items: [{ bullet: 'Văn bản của Trung ương.' }, { bullet: 'Văn bản của tỉnh.' }] },
                    { point: 'Tuyên truyền trên hệ thống loa truyền thanh của xã.' },
                  ],
                },
                { [inner]: 'Phổ biến kỹ năng số', items: [{ point: 'Hướng dẫn người dân cài đặt ứng dụng VNeID.' }] },
              ],
            },
            { [middle]: 'Yêu cầu', items: [{ [inner]: 'Thiết thực', items: [{ point: 'Nội dung ngắn gọn, dễ hiểu.' }] }] },
          ],
        },
        { [top]: 'Tổ chức thực hiện', items: [{ [middle]: 'Văn phòng', items: [{ [inner]: 'Đăng tin', items: [{ point: 'Đăng tin, bài trên trang thông tin điện tử.' }] }] }] },
      ];
      return plan;
    };
    const r = diffPlans(outline(['part', 'section', 'clause']), outline(['section', 'clause', 'subclause']));
    expect(r.changes).toEqual([]);
    expect(r.summary.total).toBe(0);
    expect(r.summary.renumbered).toBe(9); // 2 parts, 3 sections, 4 clauses; the points keep their letters
  });

  it('a numbering label typed into the old text is numbering too', () => {
    const typed = basePlan();
    typed.body[0].items[1].items[0].text = '1. Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng đối tượng.';
    typed.recipients[1] = '- Các cơ quan, đơn vị thuộc UBND xã';
    const r = diffPlans(typed, basePlan());
    expect(r.changes).toEqual([]);
    // The typed "1." is the label the tool assigns there: it is removed when the plan is read.
    expect(r.summary.renumbered).toBe(0);
  });

  it('removing an item renumbers the rest without reporting them', () => {
    const r = diffFrom((p) => p.body[1].items[0].items.splice(0, 1));
    expect(r.changes.map((c) => `${c.type} ${c.kind}`)).toEqual(['removed task']);
    expect(r.summary.renumbered).toBe(3);
  });
});

describe('diff: reordering', () => {
  it('two tasks swapped: one moved, nothing added or removed', () => {
    const r = diffFrom((p) => {
      const tasks = p.body[1].items[0].items;
      [tasks[0], tasks[3]] = [tasks[3], tasks[0]];
    });
    const moved = r.changes.filter((c) => c.type === 'moved');
    expect(r.summary).toMatchObject({ added: 0, removed: 0, modified: 0 });
    expect(moved.length).toBeGreaterThanOrEqual(1);
    expect(moved.length).toBeLessThanOrEqual(2);
    for (const c of moved) expect(c.old!.label).not.toBe(c.new!.label);
  });

  it('one task moved to the end: exactly that task is moved', () => {
    const r = diffFrom((p) => {
      const tasks = p.body[1].items[0].items;
      tasks.push(tasks.shift());
    });
    const c = only(r);
    expect(c).toMatchObject({ type: 'moved', kind: 'task', text: expect.stringContaining('Đăng tin, bài'), old: { label: '1.' }, new: { label: '4.' } });
    expect(r.summary.renumbered).toBe(3);
  });

  it('a task moved to another section is moved, with its old context', () => {
    const r = diffFrom((p) => {
      const task = p.body[1].items[0].items.splice(1, 1)[0];
      p.body[1].items[1].items.push(task);
    });
    const c = only(r);
    expect(c.type).toBe('moved');
    expect(c.old!.context).toEqual(['B. NHIỆM VỤ', 'I. NHIỆM VỤ TUYÊN TRUYỀN']);
    expect(c.new!.context).toEqual(['B. NHIỆM VỤ', 'II. KIỂM TRA, ĐÁNH GIÁ']);
  });

  it('moved and reworded: one modified change flagged moved', () => {
    const r = diffFrom((p) => {
      const tasks = p.body[1].items[0].items;
      const t = tasks.shift();
      t.task = t.task.replace('Đăng tin, bài', 'Đăng tin, bài, video');
      tasks.push(t);
    });
    const c = only(r);
    expect(c).toMatchObject({ type: 'modified', moved: true, kind: 'task' });
    expect(r.summary.moved).toBe(1);
  });

  it('a whole section moved: the section moves, its children do not', () => {
    const r = diffFrom((p) => p.body[0].items.reverse());
    expect(r.changes.map((c) => `${c.type} ${c.kind}`)).toEqual(['moved section']);
  });
});

describe('diff: year-aware', () => {
  it('a plain rollover 2025 → 2026 is one grouped "year updated" change, items hidden', () => {
    const r = diffPlans(basePlan(), rollYear(basePlan()));
    expect(r.changes).toEqual([]);
    expect(r.year).toMatchObject({ from: 2025, to: 2026, shown: false, changes: [] });
    expect(r.year!.count).toBe(11);
    expect(r.summary).toMatchObject({ yearUpdated: 11, total: 1 });
    expect(hasChanges(r)).toBe(true);
  });

  it('--show-year-changes lists each year-only edit', () => {
    const r = diffPlans(basePlan(), rollYear(basePlan()), true);
    expect(r.year!.shown).toBe(true);
    expect(r.year!.changes).toHaveLength(11);
    expect(r.year!.changes.every((c) => c.type === 'year')).toBe(true);
    const summary = r.year!.changes.find((c) => c.slot === 'summary')!;
    expect(summary.fields[0].segments).toEqual([
      { op: 'equal', text: 'Tuyên truyền cải cách hành chính năm ' },
      { op: 'delete', text: '2025' },
      { op: 'insert', text: '2026' },
    ]);
  });

  it('a real edit next to a year update shows only the real edit unless asked', () => {
    const next = rollYear(basePlan());
    next.body[1].items[0].items[2].time = 'Quý IV/2026';
    next.body[1].items[0].items[0].task = 'Đăng tin, bài, video về cải cách hành chính trên trang thông tin điện tử của xã năm 2026.';
    const hidden = diffPlans(basePlan(), next);
    expect(hidden.changes.map((c) => c.fields.map((f) => f.segments!.filter((s) => s.op !== 'equal').map((s) => s.text)))).toEqual([[[', video']], [['III', 'IV']]]);
    const shown = diffPlans(basePlan(), next, true);
    expect(shown.changes[1].fields[0].segments).toEqual([
      { op: 'equal', text: 'Quý ' },
      { op: 'delete', text: 'III' },
      { op: 'insert', text: 'IV' },
      { op: 'equal', text: '/' },
      { op: 'delete', text: '2025' },
      { op: 'insert', text: '2026' },
    ]);
  });

  it('a year that is not the plan year is an ordinary edit', () => {
    const next = clonePlan(basePlan());
    next.date = '2026-01-08';
    next.opening = 'Căn cứ Nghị định số 30/2021/NĐ-CP; ' + basePlan().opening;
    const old = clonePlan(basePlan());
    old.opening = 'Căn cứ Nghị định số 30/2020/NĐ-CP; ' + old.opening;
    const r = diffPlans(old, next);
    const opening = r.changes.find((c) => c.kind === 'opening')!;
    expect(opening.type).toBe('modified');
    expect(opening.fields[0].segments).toContainEqual({ op: 'delete', text: '2020' });
    expect(isYearShift('2020', '2021', { old: 2025, new: 2026 })).toBe(false);
    expect(isYearShift('2024 - 2025', '2025 - 2026', { old: 2025, new: 2026 })).toBe(true);
    expect(isYearShift('2025', '2027', { old: 2025, new: 2026 })).toBe(false);
    expect(onlyYearShifts(wordDiff('Quý II/2025', 'Quý III/2026'), { old: 2025, new: 2026 })).toBe(false);
  });
});

describe('diff: explicit ids', () => {
  it('an item with the same id pairs even when rewritten beyond recognition', () => {
    const old = basePlan();
    old.body[1].items[0].items[3].id = 'hop-thon';
    const next = clonePlan(old);
    next.body[1].items[0].items[3].task = 'Phổ biến nội dung cải cách tại sinh hoạt định kỳ khu dân cư.';
    const r = diffPlans(old, next);
    expect(only(r)).toMatchObject({ type: 'modified', kind: 'task', id: 'hop-thon' });
  });

  it('different ids keep identical texts apart', () => {
    const old = basePlan();
    old.body[1].items[0].items[3].id = 'a';
    const next = clonePlan(old);
    next.body[1].items[0].items[3].id = 'b';
    const r = diffPlans(old, next);
    expect(r.changes.map((c) => c.type).sort()).toEqual(['added', 'removed']);
  });
});

describe('diff: building blocks', () => {
  it('word diffs group a replaced phrase into one deletion and one insertion', () => {
    expect(wordDiff('Tuyên truyền cải cách hành chính năm nay', 'Tuyên truyền chuyển đổi số năm nay')).toEqual([
      { op: 'equal', text: 'Tuyên truyền ' },
      { op: 'delete', text: 'cải cách hành chính' },
      { op: 'insert', text: 'chuyển đổi số' },
      { op: 'equal', text: ' năm nay' },
    ]);
  });

  it('keys drop typed labels, case, trailing punctuation and the plan year', () => {
    expect(stripLabel('a) Nội dung')).toBe('Nội dung');
    expect(stripLabel('1.2. Nội dung')).toBe('Nội dung');
    expect(stripLabel('Ủy ban')).toBe('Ủy ban');
    expect(matchKey('II. Kế hoạch năm 2025;', 2025)).toBe(matchKey('Kế hoạch năm 2026', 2026));
    expect(matchKey('Kế hoạch năm 2025', 2025)).not.toBe(matchKey('Kế hoạch năm 2025', 2026));
  });

  it('longest increasing subsequence', () => {
    expect([...longestIncreasing([0, 3, 1, 2])].sort()).toEqual([0, 2, 3]);
    expect(longestIncreasing([]).size).toBe(0);
  });
});

describe('examples/002: the 2026 successor of the 2025 plan', () => {
  const compile = (f: string): DocumentModel => {
    const out = compileFile(path.join(EXAMPLES, f));
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return out.value!.model;
  };
  const r = diffModels(compile('002-xa-son-mai-2025.yaml'), compile('002-xa-son-mai-2026.yaml'));
  const tasks = r.changes.filter((c) => c.kind === 'task');
  const field = (c: Change, name: string) => c.fields.find((f) => f.name === name);

  it('finds the added, removed, reworded and reordered tasks', () => {
    expect(tasks.filter((c) => c.type === 'added').map((c) => c.text)).toEqual([
      expect.stringContaining('VNeID'),
      expect.stringContaining('Cuộc thi trực tuyến'),
    ]);
    expect(tasks.filter((c) => c.type === 'removed').map((c) => c.text)).toEqual([expect.stringContaining('Bình dân học vụ số')]);
    expect(tasks.filter((c) => c.type === 'moved').map((c) => c.text)).toEqual([expect.stringContaining('Xây dựng mục tuyên truyền CCHC')]);
    const reworded = tasks.find((c) => c.type === 'modified' && field(c, 'content'))!;
    expect(field(reworded, 'content')!.segments!.filter((s) => s.op === 'insert').map((s) => s.text)).toContain('thường xuyên');
  });

  it('finds the changed deadline and lead agency', () => {
    const deadline = tasks.find((c) => c.text.startsWith('Hướng dẫn các cơ quan'))!;
    expect(field(deadline, 'time')).toMatchObject({ old: 'Quý III/2025', new: 'Quý I/2026' });
    const lead = tasks.find((c) => c.text.startsWith('Tổ chức và tham gia các hoạt động văn hóa'))!;
    expect(field(lead, 'lead')).toMatchObject({ old: 'Trung tâm cung ứng dịch vụ công', new: 'Phòng Văn hóa – Xã hội' });
  });

  it('groups the year updates and ignores the renumbering', () => {
    expect(r.year).toMatchObject({ from: 2025, to: 2026 });
    expect(r.year!.count).toBeGreaterThanOrEqual(8);
    expect(r.summary.renumbered).toBeGreaterThan(0);
    // No change is reported only because of a label.
    for (const c of r.changes.filter((c) => c.type === 'modified')) expect(c.fields.length).toBeGreaterThan(0);
  });
});
