/** fast-check arbitraries of valid plans, shared by the property tests and the LibreOffice sample. */
import fc from 'fast-check';
import { stringify } from 'yaml';

/** Text a clerk might type: Vietnamese letters, digits, punctuation, quotes, markup, braces, emoji. */
const piece = fc.constantFrom(
  'Cải cách', 'hành chính', 'ĐẢNG', 'nhân dân', 'Ủy ban', 'năm 2026', 'số 12/KH-UBND', '“một cửa”', '"trích dẫn"',
  '**đậm**', '*nghiêng*', '{{issuer}}', '{{#each x}}', '<b>&amp;</b>', 'a & b < c', '😀', 'Ω≈√', '–', '…', '50%', '\\*', 'ơ ư ă đ',
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const optionalText = fc.option(text, { nil: undefined });

const task = fc.record(
  { task: text, lead: text, coordinating: fc.option(fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })), { nil: undefined }), time: optionalText, frequency: optionalText, output: optionalText },
  { requiredKeys: ['task', 'lead'] },
);

type Item = Record<string, unknown> | string;
const leaf = (kinds: string[]): fc.Arbitrary<Item> =>
  fc.oneof(
    text,
    ...kinds.filter((k) => k === 'bullet').map(() => text.map((t) => ({ bullet: t }))),
    ...kinds.filter((k) => k === 'point').map(() => text.map((t) => ({ point: t }))),
    ...kinds.filter((k) => k === 'task').map(() => task),
    fc.record({ text: fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 2 })) }),
  );
const withItems = (key: string, childKinds: string[], depth: number, heading: fc.Arbitrary<string | null>): fc.Arbitrary<Item> =>
  fc.record(
    { [key]: heading, text: fc.option(text, { nil: undefined }), items: fc.option(fc.array(node(childKinds, depth - 1), { minLength: 1, maxLength: 3 }), { nil: undefined }) },
    { requiredKeys: [key] },
  ) as fc.Arbitrary<Item>;
function node(kinds: string[], depth: number): fc.Arbitrary<Item> {
  if (depth <= 0) return leaf(kinds);
  const options: fc.Arbitrary<Item>[] = [leaf(kinds)];
  if (kinds.includes('section')) options.push(withItems('section', ['clause', 'point', 'bullet', 'task'], depth, text));
  if (kinds.includes('clause')) options.push(withItems('clause', ['subclause', 'point', 'bullet', 'task'], depth, fc.option(text, { nil: null })));
  if (kinds.includes('subclause')) options.push(withItems('subclause', ['point', 'bullet', 'task'], depth, fc.option(text, { nil: null })));
  if (kinds.includes('point')) options.push(withItems('point', ['bullet', 'task'], depth, text));
  if (kinds.includes('bullet'))
    options.push(fc.record({ bullet: text, items: fc.array(text.map((t) => ({ bullet: t })), { minLength: 1, maxLength: 3 }) }));
  return fc.oneof(...options);
}

export const plan = fc.record(
  {
    issuer: fc.record({ parent: fc.option(fc.constant('UBND HUYỆN SƠN TỊNH'), { nil: undefined }), name: fc.constantFrom(['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', ['ỦY BAN NHÂN DÂN', 'PHƯỜNG', 'TRƯƠNG QUANG TRỌNG']), abbreviation: fc.constant('UBND') }, { requiredKeys: ['name', 'abbreviation'] }),
    place: fc.constantFrom('An Bình', 'Quảng Trị', 'Phường Trương Quang Trọng'),
    number: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    date: fc.option(fc.constantFrom('2026', '2026-02', '2026-02-28', '2024-02-29', '2026-12-31'), { nil: undefined }),
    summary: text,
    opening: optionalText,
    grounds: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    body: fc.array(node(['section', 'clause', 'point', 'bullet', 'task'], 3), { minLength: 1, maxLength: 4 }),
    closing: optionalText,
    signature: fc.constantFrom(
      { authority: 'TM', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn An' },
      { authority: 'KT', collective: 'Ủy ban nhân dân', head: 'Chủ tịch', title: 'Phó Chủ tịch' },
      { authority: 'none', title: 'Chủ tịch', name: 'Lê Thị Ba' },
    ),
    recipients: fc.array(fc.oneof(text, fc.record({ name: text, purpose: fc.constant('b/c') })), { minLength: 1, maxLength: 4 }),
    archive: fc.record({ units: fc.option(fc.constantFrom('VP', ['NC', 'VX']), { nil: undefined }), note: optionalText }, { requiredKeys: [] }),
    format: fc.option(fc.record({ bodySize: fc.constantFrom(13, 14), lineSpacing: fc.constantFrom(1, 1.15, 1.5), firstLineIndent: fc.constantFrom(1, 1.27) }, { requiredKeys: [] }), { nil: undefined }),
  },
  { requiredKeys: ['issuer', 'place', 'summary', 'body', 'signature', 'recipients', 'archive'] },
);

export const toYaml = (p: unknown) => stringify(JSON.parse(JSON.stringify(p)), { lineWidth: 0 });

