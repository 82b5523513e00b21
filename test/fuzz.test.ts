/**
 * Fuzzing, with a fresh seed on every run (printed on failure; replay with FUZZ_SEED=… and
 * FUZZ_RUNS=…): a few hundred mutated plans and templates. Whatever the input, the compiler ends
 * in a document or in diagnostics (never an exception), every diagnostic renders, and every DOCX
 * it writes is well-formed XML without a character XML forbids.
 *
 * Plans: the examples, mutated as text (a line deleted, duplicated or moved, a hostile token put
 * in: "__proto__:", aliases, tabs, control characters, brackets, quotes, a byte that breaks
 * UTF-8…). Templates: random Handlebars made of wording, known and unknown fields, helpers, blocks
 * (nested, unclosed), comments, raw blocks, partials, characters XML forbids.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XmlDocument } from 'xmldoc';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../src/diagnostics/catalog/index.js';
import { compilePlan } from '../src/pipeline.js';
import { renderDocx } from '../src/render/docx/index.js';
import { TEMPLATE_NAMES } from '../src/model/templates.js';
import { memoryWorld } from '../src/world.js';
import { compileText, EXAMPLES, exampleFiles, shown, testWorld, unzipText } from './helpers.js';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Run a property; on failure, say how to replay it. */
async function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs: number): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arb, check), { seed: SEED, numRuns: runs });
  } catch (e) {
    throw new Error(`${name} failed with FUZZ_SEED=${SEED} FUZZ_RUNS=${runs} (run again with these to replay)\n${e instanceof Error ? e.message : String(e)}`);
  }
}

/** What every outcome must satisfy: diagnostics from the catalogue that render, or a sound DOCX. */
async function sound(r: ReturnType<typeof compileText>): Promise<'document' | 'diagnostics'> {
  for (const d of r.diagnostics) {
    expect(Object.keys(catalog), d.code).toContain(d.code);
    // A detail quoted from a library (Handlebars, a decoder) may say "undefined" itself.
    if (d.params.detail === undefined) for (const lang of ['vi', 'en'] as const) expect(shown(d, lang).message).not.toMatch(/undefined|\[object|NaN/);
    expect(d.span.start.line).toBeGreaterThanOrEqual(0);
  }
  if (!r.value) {
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return 'diagnostics';
  }
  for (const [name, xml] of Object.entries(unzipText(await renderDocx(r.value.model)))) {
    expect(() => new XmlDocument(xml), name).not.toThrow();
    expect(FORBIDDEN.test(xml), name).toBe(false);
  }
  return 'document';
}

const sources = exampleFiles().map((f) => readFileSync(f, 'utf8'));
const TOKENS = [
  '__proto__:', '__proto__: { point: X }', 'constructor:', 'toString: 1', '&a ', '*a', '<<: *a', '? ', '- ', ': ', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>',
  '\t', '\u0000', '\u0008', '\ufffe', '\uffff', '\ud800', '---\n', '...\n', '!!binary ', '!!js/function ', '%YAML 1.1\n', '{{#if}}', '{{', '}}', '\\', '\r', '\u00a0', '\u200b',
  '9'.repeat(400), 'x'.repeat(30000), '- - - - - - - - - - x', ': '.repeat(50), '[[[[[[[[[[', '{a: {b: {c: {d: 1}}}}',
];

const planEdit = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move-line' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0x80, max: 0xff }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);
type PlanEdit = typeof planEdit extends fc.Arbitrary<infer T> ? T : never;

function mutatePlan(text: string, edits: PlanEdit[]): Uint8Array {
  let lines = text.split('\n');
  let bytes: Uint8Array | undefined;
  for (const e of edits) {
    const i = e.at % Math.max(1, lines.length);
    switch (e.op) {
      case 'delete-line':
        lines.splice(i, 1);
        break;
      case 'duplicate-line':
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 'move-line': {
        const [l] = lines.splice(i, 1);
        lines.splice(e.to % Math.max(1, lines.length), 0, l ?? '');
        break;
      }
      case 'insert': {
        const l = lines[i] ?? '';
        const at = e.at % (l.length + 1);
        lines[i] = l.slice(0, at) + e.token + l.slice(at);
        break;
      }
      case 'indent':
        lines[i] = e.by > 0 ? ' '.repeat(e.by) + (lines[i] ?? '') : (lines[i] ?? '').slice(-e.by);
        break;
      case 'truncate':
        lines = lines.slice(0, i + 1);
        break;
      case 'byte':
        break;
    }
  }
  bytes = new TextEncoder().encode(lines.join('\n'));
  for (const e of edits) if (e.op === 'byte' && bytes.length) bytes[e.at % bytes.length] = e.value;
  return bytes;
}

/** Pieces of a template: wording, fields the data has and has not, helpers, blocks, hostile bits. */
const FIELDS = ['type', 'number', 'symbol', 'place', 'day', 'month', 'year', 'issuerFullName', 'issuerAbbreviation', 'summary', 'summaryLower', 'khongCo', 'this', '../x', '@root.type'];
const templatePiece: fc.Arbitrary<string> = fc.letrec<{ piece: string }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Kế hoạch ', 'ngày ', ', ', './.', ' ', '\n', 'Ủy ban nhân dân', '&amp;', '<w:t>', '"', "'", '\\{{x}}', '\u00a0'),
    fc.constantFrom(...FIELDS).map((f) => `{{${f}}}`),
    fc.constantFrom(...FIELDS).map((f) => `{{{${f}}}}`),
    fc.constantFrom('upper', 'lower', 'lookup', 'log', 'khongCoHelper', 'with', 'each').chain((h) => fc.constantFrom(...FIELDS).map((f) => `{{${h} ${f}}}`)),
    fc.constantFrom('{{', '}}', '{{#if}}', '{{/if}}', '{{else}}', '{{^}}', '{{> phan}}', '{{#> phan}}x{{/phan}}', '{{#*inline "p"}}{{> p}}{{/inline}}{{> p}}', '{{!-- chú thích --}}', '{{! x }}', '{{{{raw}}}} {{x}} {{{{/raw}}}}', '{{~place~}}'),
    fc.constantFrom('\u0000', '\u0007', '\u001f', '\ufffe', '\uffff', '\ud800', '\u200b'),
    fc.tuple(fc.constantFrom('if', 'unless', 'each', 'with'), fc.constantFrom(...FIELDS), fc.array(tie('piece'), { maxLength: 3 })).map(([b, f, inner]) => `{{#${b} ${f}}}${inner.join('')}{{/${b}}}`),
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...FIELDS)).map(([n, f]) => `{{#if ${f}}}`.repeat(n) + 'x' + '{{/if}}'.repeat(n)),
  ),
})).piece;
const templateSource = fc.array(templatePiece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const templateSet = fc.dictionary(fc.constantFrom(...TEMPLATE_NAMES, 'khong-dung'), templateSource, { minKeys: 1, maxKeys: 4 });

describe(`fuzz (FUZZ_SEED=${SEED})`, () => {
  it(`${RUNS} mutated plans end in a document or diagnostics`, async () => {
    const seen = { document: 0, diagnostics: 0 };
    await fuzz(
      'mutated plans',
      fc.tuple(fc.nat({ max: sources.length - 1 }), fc.array(planEdit, { minLength: 1, maxLength: 5 })),
      async ([which, edits]) => {
        const bytes = mutatePlan(sources[which], edits);
        seen[await sound(compileText(bytes, 'fuzz.yaml'))]++;
      },
      RUNS,
    );
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(seen.document).toBeGreaterThan(0);
    expect(seen.diagnostics).toBeGreaterThan(0);
  }, 300000);

  it(`${Math.round((RUNS * 2) / 3)} random template sets end in a document or diagnostics`, async () => {
    const base = testWorld();
    const plan = new TextEncoder().encode(readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8').replace('signature:\n', 'templates: mau\nsignature:\n'));
    const seen = { document: 0, diagnostics: 0 };
    await fuzz(
      'random templates',
      templateSet,
      async (set) => {
        const world = memoryWorld({ templates: base.templates, fonts: base.fonts, measure: base.measure }, { mau: set });
        // A template never writes to the console (with `build -o -` that is the document's stream).
        const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
        try {
          seen[await sound(compilePlan(plan, 'plan.yaml', world))]++;
          for (const spy of spies) expect(spy).not.toHaveBeenCalled();
        } finally {
          for (const spy of spies) spy.mockRestore();
        }
      },
      Math.round((RUNS * 2) / 3),
    );
    expect(seen.document).toBeGreaterThan(0);
    expect(seen.diagnostics).toBeGreaterThan(0);
  }, 300000);
});
