/**
 * Property-based tests (fast-check):
 * - random valid plans (shapes, lengths, Unicode, empty optional parts) always build, and every DOCX
 *   part is well-formed XML that contains the plan's text;
 * - random mutations of valid plans never throw: they end in a document or in diagnostics.
 */
import fc from 'fast-check';
import { XmlDocument, type XmlElement } from 'xmldoc';
import { describe, expect, it } from 'vitest';
import { flattenBody } from '../src/model/layout.js';
import { renderDocx } from '../src/render/docx/index.js';
import { compileText, unzipText, shown } from './helpers.js';
import { plan, toYaml } from './arbitraries.js';

const SEED = Number(process.env.FC_SEED ?? 20261122);
const RUNS = Number(process.env.FC_RUNS ?? 40);

describe('property: random valid plans build', () => {
  it('builds, and every DOCX part is well-formed XML containing the plan text', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const r = compileText(toYaml(p), 'random.yaml');
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        expect(errors, JSON.stringify(errors)).toEqual([]);
        const parts = unzipText(await renderDocx(r.value!.model));
        for (const [name, xml] of Object.entries(parts)) {
          expect(() => new XmlDocument(xml), name).not.toThrow();
          // eslint-disable-next-line no-control-regex
          expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
        }
        const doc = new XmlDocument(parts['word/document.xml']);
        const allText = collectText(doc);
        for (const para of flattenBody(r.value!.model.body)) {
          const t = para.runs.map((x) => x.text).join('');
          expect(allText.includes(t), t).toBe(true);
        }
        expect(allText).toContain(r.value!.model.recipients.archive);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120000);
});

function collectText(doc: XmlDocument): string {
  const out: string[] = [];
  const elements = (el: XmlElement) => el.children.filter((c): c is XmlElement => c.type === 'element');
  const walk = (el: XmlElement) => {
    if (el.name === 'w:p') {
      const texts: string[] = [];
      const inner = (e: XmlElement) => {
        if (e.name === 'w:t') texts.push(e.val);
        elements(e).forEach(inner);
      };
      inner(el);
      out.push(texts.join(''));
      return;
    }
    elements(el).forEach(walk);
  };
  walk(doc);
  return out.join('\n');
}

/** Mutations: a random edit of the structure, or of the YAML text itself. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string())) }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), insert: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
function containers(v: Json, out: (Json[] | Record<string, Json>)[] = []): (Json[] | Record<string, Json>)[] {
  if (Array.isArray(v)) {
    out.push(v);
    v.forEach((x) => containers(x, out));
  } else if (v && typeof v === 'object') {
    out.push(v);
    Object.values(v).forEach((x) => containers(x, out));
  }
  return out;
}

describe('property: mutated plans never crash', () => {
  it('always ends in a document or in diagnostics', () => {
    fc.assert(
      fc.property(plan, fc.array(mutation, { minLength: 1, maxLength: 4 }), (p, mutations) => {
        let data = JSON.parse(JSON.stringify(p)) as Json;
        let yaml = '';
        for (const m of mutations) {
          if (m.kind === 'text' || m.kind === 'cut') continue;
          const all = containers(data);
          const target = all[m.at % all.length];
          const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
          if (keys.length === 0) continue;
          const key = keys[m.at % keys.length] as never;
          if (m.kind === 'delete') {
            if (Array.isArray(target)) target.splice(key, 1);
            else delete (target as Record<string, Json>)[key];
          } else if (m.kind === 'retype') (target as Record<string, Json>)[key] = m.value as Json;
          else if (!Array.isArray(target)) target[m.key] = m.value as Json;
        }
        yaml = toYaml(data);
        for (const m of mutations) {
          const at = m.at % (yaml.length + 1);
          if (m.kind === 'text') yaml = yaml.slice(0, at) + m.insert + yaml.slice(at);
          if (m.kind === 'cut') yaml = yaml.slice(0, at) + yaml.slice(at + m.length);
        }
        data = null;
        const r = compileText(yaml, 'mutated.yaml');
        if (!r.value) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        for (const d of r.diagnostics) {
          expect(shown(d).message).not.toMatch(/undefined|\[object/);
          expect(d.span.start.line).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  }, 120000);
});
