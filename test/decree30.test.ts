/**
 * The one table of Decree-30 knowledge: the schema's ranges are the table's, and every style we
 * print meets what the decree requires of its element (the checker reads the same requirements).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEASURES, RANGES, resolveMeasures, type FormatChoices } from '../src/decree30/measures.js';
import { ROLES, sizeOf, type Role } from '../src/decree30/styles.js';
import { ROOT } from './helpers.js';

type Prop = { enum?: number[]; minimum?: number; maximum?: number; properties?: Record<string, Prop> };
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'plan.schema.json'), 'utf8')) as { properties: { format: Prop } };
const format = schema.properties.format.properties!;
const span = (p: Prop) => (p.enum ? [Math.min(...p.enum), Math.max(...p.enum)] : [p.minimum, p.maximum]);

describe('schema ranges follow the decree table', () => {
  it('format: sizes, spacing, indent and margins', () => {
    expect(span(format.bodySize)).toEqual([...RANGES.body]);
    expect(span(format.headerSize)).toEqual([...RANGES.nationalTitle]);
    expect(span(format.pageNumberSize)).toEqual([...RANGES.pageNumber]);
    expect(span(format.lineSpacing)).toEqual([...RANGES.lineSpacing]);
    expect(span(format.firstLineIndent)).toEqual([...RANGES.firstLineIndentCm]);
    expect(span(format.paragraphSpacing)).toEqual([RANGES.paragraphSpacingMin, RANGES.paragraphSpacingMax]);
    const m = format.margins.properties!;
    expect(span(m.top)).toEqual([...RANGES.marginTop]);
    expect(span(m.bottom)).toEqual([...RANGES.marginBottom]);
    expect(span(m.left)).toEqual([...RANGES.marginLeft]);
    expect(span(m.right)).toEqual([...RANGES.marginRight]);
  });
});

describe('what we print meets what the decree requires', () => {
  const choices: FormatChoices[] = [{}, { bodySize: 13, headerSize: 12, pageNumberSize: 13 }, { bodySize: 14, headerSize: 13, pageNumberSize: 14 }];
  for (const choice of choices) {
    it(`every role, format ${JSON.stringify(choice)}`, () => {
      const m = resolveMeasures(choice);
      for (const [name, role] of Object.entries(ROLES) as [string, Role][]) {
        const req = role.decree;
        if (!req) continue;
        const size = sizeOf(role.print, m);
        expect(size, `${name} size`).toBeGreaterThanOrEqual(req.size[0]);
        expect(size, `${name} size`).toBeLessThanOrEqual(req.size[1]);
        if (req.bold !== undefined) expect(!!role.print.bold, `${name} bold`).toBe(req.bold);
        if (req.italic !== undefined) expect(!!role.print.italic, `${name} italic`).toBe(req.italic);
        if (req.centred) expect(role.print.align, `${name} centred`).toBe('center');
      }
    });
  }
  it('the default page and margins are within the ranges', () => {
    const mg = DEFAULT_MEASURES.page.margins;
    expect(mg.top).toBeGreaterThanOrEqual(RANGES.marginTop[0]);
    expect(mg.top).toBeLessThanOrEqual(RANGES.marginTop[1]);
    expect(mg.left).toBeGreaterThanOrEqual(RANGES.marginLeft[0]);
    expect(mg.right).toBeLessThanOrEqual(RANGES.marginRight[1]);
    expect([DEFAULT_MEASURES.page.widthMm, DEFAULT_MEASURES.page.heightMm]).toEqual([210, 297]);
  });
});
