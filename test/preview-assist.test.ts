/**
 * The editor's completion and hover texts: where the cursor is (from indentation, while the text
 * is being typed) and what the plan schema allows there, with its Vietnamese titles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextAt, fieldInsert, keyAt, SchemaAssist, type Schema } from '../src/preview/client/schema-assist.js';
import { EXAMPLES, ROOT } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'plan.schema.json'), 'utf8')) as Schema;
const assist = new SchemaAssist(schema);

/** The suggestions at "|" in a text. */
function at(doc: string): string[] {
  const pos = doc.indexOf('|');
  const c = contextAt(doc.replace('|', ''), pos);
  return c ? assist.suggest(c).map((s) => s.label) : [];
}

describe('completion from the plan schema', () => {
  it('offers the top-level fields, required ones first, not those already there', () => {
    const top = at('issuer:\n  name: X\n|');
    expect(top.slice(0, 5)).toEqual(['place', 'summary', 'body', 'signature', 'recipients']);
    expect(top).not.toContain('issuer');
    expect(top).toContain('appendices');
    expect(at('is|')).toContain('issuer');
  });

  it('offers the fields of a block by its indentation', () => {
    expect(at('issuer:\n  |')).toEqual(['name', 'abbreviation', 'parent', 'fullName']);
    expect(at('issuer:\n  name: X\n  |')).toEqual(['abbreviation', 'parent', 'fullName']);
    expect(at('format:\n  |')).toContain('bodySize');
  });

  it('offers the kinds of body item a level allows, then the fields of the kind chosen', () => {
    expect(at('body:\n  - |')).toEqual(['part', 'section', 'clause', 'point', 'bullet', 'text', 'task']);
    expect(at('body:\n  - section: Mục\n    items:\n      - |')).toEqual(['clause', 'point', 'bullet', 'text', 'task']);
    expect(at('body:\n  - part: A\n    items:\n      - |')).toEqual(['section', 'clause', 'point', 'bullet', 'text', 'task']);
    expect(at('body:\n  - section: Mục\n    |')).toEqual(['id', 'text', 'items']);
    expect(at('body:\n  - section: Mục\n    items:\n      - task: Việc\n        |')).toEqual(expect.arrayContaining(['lead', 'coordinating', 'time']));
    // A bullet's children are bullets and paragraphs ("+" lines), and a sibling further down does not confuse it.
    expect(at('body:\n  - section: Mục\n    items:\n      - clause: A\n        items:\n          - bullet: x\n            |\n      - point: y')).toEqual(['id', 'items']);
  });

  it('tells a task from a group of tasks in the register', () => {
    const task = at('tasks:\n  - task: A\n    |');
    expect(task).toContain('lead');
    expect(task).not.toContain('group');
  });

  it('offers the allowed values of a field, also as list items', () => {
    expect(at('signature:\n  authority: |')).toEqual(['TM', 'KT', 'Q', 'TL', 'TUQ', 'none']);
    expect(at('appendices:\n  - title: X\n    table:\n      source: |')).toEqual(['register', 'body', 'all']);
    expect(at('appendices:\n  - title: X\n    table:\n      columns:\n        - |')).toEqual(['stt', 'content', 'lead', 'coordinating', 'time', 'frequency', 'output']);
  });

  it('offers nothing inside a block of text', () => {
    expect(at('opening: >-\n  Thực hiện\n  |')).toEqual([]);
    expect(at('# a comment |')).toEqual([]);
  });

  it('inserts a field with its value layout', () => {
    const [body] = assist.keys([], []).filter((f) => f.name === 'body');
    expect(fieldInsert(body!, 0)).toBe('body:\n  - ');
    const [issuer] = assist.keys([], []).filter((f) => f.name === 'issuer');
    expect(fieldInsert(issuer!, 0)).toBe('issuer:\n  ');
    const [place] = assist.keys([], []).filter((f) => f.name === 'place');
    expect(fieldInsert(place!, 0)).toBe('place: ');
  });

  it('works at every key of a real plan: each resolves to a titled schema field', () => {
    const text = readFileSync(path.join(EXAMPLES, '002-xa-son-mai-2026.yaml'), 'utf8');
    let keys = 0;
    const missing: string[] = [];
    text.split('\n').forEach((line, i) => {
      const m = /^(\s*(?:-\s+)*)([A-Za-z$][A-Za-z]*):/.exec(line);
      if (!m) return;
      const pos = text.split('\n').slice(0, i).join('\n').length + (i ? 1 : 0) + m[1]!.length + 1;
      const k = keyAt(text, pos);
      const info = k && assist.info(k.steps);
      keys++;
      if (!info?.title) missing.push(`${i + 1}: ${line.trim()}`);
    });
    expect(keys).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

describe('hover texts', () => {
  it('gives the Vietnamese title and description of the key under the pointer', () => {
    const text = 'body:\n  - section: Mục\n    items:\n      - clause: A\n        lead: x';
    const k = keyAt(text, text.indexOf('clause') + 2)!;
    expect(text.slice(k.from, k.to)).toBe('clause');
    const info = assist.info(k.steps)!;
    expect(info.title).toBe('Khoản (1., 2.…)');
    expect(info.description).toContain('do công cụ tự gán');
    expect(keyAt(text, text.indexOf('Mục') + 1)).toBeUndefined();
  });
});
