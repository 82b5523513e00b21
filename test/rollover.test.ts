/** init --from: only the plan's own year changes; the source is edited in place, line by line. */
import { describe, expect, it } from 'vitest';
import { rollOver } from '../src/plan/rollover.js';

const plan = (body: string) => `issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  abbreviation: UBND
place: An Bình
number: 3   # số
date: 2025-01-08
summary: Tuyên truyền cải cách hành chính năm 2025
${body}`;

describe('rollOver', () => {
  it('changes the summary, the own title, own wording, the closing and deadlines; keeps other documents', () => {
    const r = rollOver(
      plan(`grounds:
  - Kế hoạch số 5/KH-UBND ngày 02/01/2025 về cải cách hành chính năm 2025
opening: >-
  Thực hiện Luật Tổ chức chính quyền địa phương năm 2025; Kế hoạch chuyển đổi số năm 2025;
  Chương trình tổng thể giai đoạn 2021 - 2030 đến năm 2025; Ủy ban nhân dân xã ban hành Kế hoạch
  tuyên truyền cải cách hành chính năm 2025, như sau:
body:
  - section: Nội dung
    items:
      - "Kinh phí bố trí trong dự toán năm 2025 và Kế hoạch này."
      - task: Hội thi năm 2025
        lead: Văn phòng
        time: Trước ngày 15/12/2025
closing: Trên đây là Kế hoạch tuyên truyền về cải cách hành chính năm 2025 của xã.
`),
      2025,
      2026,
    );
    expect(r.text).toContain('summary: Tuyên truyền cải cách hành chính năm 2026');
    expect(r.text).toContain('Luật Tổ chức chính quyền địa phương năm 2025;');
    expect(r.text).toContain('Kế hoạch chuyển đổi số năm 2025;');
    expect(r.text).toContain('giai đoạn 2021 - 2030 đến năm 2025;');
    expect(r.text).toContain('ban hành Kế hoạch\n  tuyên truyền cải cách hành chính năm 2026, như sau:');
    expect(r.text).toContain('"Kinh phí bố trí trong dự toán năm 2026 và Kế hoạch này."');
    expect(r.text).toContain('task: Hội thi năm 2026');
    expect(r.text).toContain('time: Trước ngày 15/12/2026');
    expect(r.text).toContain('closing: Trên đây là Kế hoạch tuyên truyền về cải cách hành chính năm 2026 của xã.');
    expect(r.text).toContain('  - Kế hoạch số 5/KH-UBND ngày 02/01/2025 về cải cách hành chính năm 2025\n');
    expect(r.text).not.toContain('number:');
    expect(r.text).toContain('date: "2026"');
    expect(r.kept.map((k) => k.reason).sort()).toEqual(['cited', 'cited', 'grounds', 'grounds', 'period']);
    expect(r.changes.map((c) => c.kind)).toEqual(['number', 'date', 'year', 'year', 'year', 'year', 'year', 'year']);
  });
  it('edits nothing else: quoting, comments, folding and a BOM stay', () => {
    const src = '\ufeff' + plan('body:\n  - section: "Mục đích năm 2025"   # ghi chú\n');
    const r = rollOver(src, 2025, 2026);
    expect(r.text).toBe(src.replace('number: 3   # số\n', '').replace('2025-01-08', '"2026"').replaceAll('năm 2025', 'năm 2026'));
  });
});
