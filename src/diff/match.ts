/**
 * Pairing the items of two plans, never by position: fixed slots by name, then explicit `id:`,
 * then identical text, then identical year- and label-neutral text, then identical heading or
 * task content, then word similarity (best pairs first), always within one kind. Then moves:
 * an item is moved when its parent changed, or when it is outside the longest run of siblings
 * that kept their relative order.
 */
import { SLOT_KINDS, type DiffItem, type Flattened } from './items.js';
import { dice, matchKey, tokens } from './normalize.js';
import type { Years } from './words.js';

export interface Matching {
  oldToNew: Map<DiffItem, DiffItem>;
  newToOld: Map<DiffItem, DiffItem>;
  /** New items that changed place. */
  moved: Set<DiffItem>;
}

/** Below this word similarity two items are different items (one removed, one added). */
export const SIMILARITY_THRESHOLD = 0.5;
/** Above this product of unmatched counts, similarity candidates come from an index of rarer words. */
const ALL_PAIRS_LIMIT = 40_000;
/** Words in more than this many unmatched items do not propose candidates (they still count in the score). */
const FREQUENT_WORD = 64;

const HEADED = new Set(['part', 'section', 'clause', 'subclause']);
const TASKLIKE = new Set(['task', 'row']);

/**
 * Items pair only within one class. Numbering style is not content: a part, section, clause or
 * sub-clause with a heading is a "heading" whatever its level, and an unheaded clause, a point, a
 * bullet or a plain paragraph is a "para" — so a province's "A./I./1." outline pairs with a
 * commune's "I./1./a)" one.
 */
export function matchClass(item: DiffItem): string {
  if (HEADED.has(item.kind)) return item.fields.some((f) => f.name === 'heading') ? 'heading' : 'para';
  if (item.kind === 'point' || item.kind === 'bullet' || item.kind === 'text') return 'para';
  return item.kind;
}

interface Prepared {
  item: DiffItem;
  raw: string;
  key: string;
  primaryKey: string;
  primary: Set<string>;
  rest: Set<string>;
}

function prepare(item: DiffItem, year: number | undefined): Prepared {
  const raw = item.fields.map((f) => `${f.name}=${f.value}`).join('\u0001');
  const keys = item.fields.map((f) => matchKey(f.value, year));
  const primaryIndex = Math.max(0, item.fields.findIndex((f) => f.name === 'heading' || f.name === 'content' || f.name === 'title'));
  const primaryKey = keys.length ? keys[primaryIndex] : '';
  const restKey = keys.filter((_, i) => i !== primaryIndex).join(' ');
  return {
    item,
    raw,
    key: item.fields.map((f, i) => `${f.name}=${keys[i]}`).join('\u0001'),
    primaryKey,
    primary: new Set(tokens(primaryKey)),
    rest: new Set(tokens(restKey)),
  };
}

/** Items with different explicit ids are different items. */
const idCompatible = (a: DiffItem, b: DiffItem) => !a.id || !b.id || a.id === b.id;

export function matchItems(oldF: Flattened, newF: Flattened, years: Years): Matching {
  const oldToNew = new Map<DiffItem, DiffItem>();
  const newToOld = new Map<DiffItem, DiffItem>();
  const pair = (o: DiffItem, n: DiffItem) => {
    oldToNew.set(o, n);
    newToOld.set(n, o);
  };
  const oldP = new Map(oldF.items.map((i) => [i, prepare(i, years.old)]));
  const newP = new Map(newF.items.map((i) => [i, prepare(i, years.new)]));
  const oldCount = Math.max(1, oldF.items.length);
  const newCount = Math.max(1, newF.items.length);

  // Fixed slots (header fields, signature, archive) pair by name.
  const slots = new Map(oldF.items.filter((i) => SLOT_KINDS.has(i.kind)).map((i) => [`${i.kind}:${i.slot}`, i]));
  for (const n of newF.items) {
    if (!SLOT_KINDS.has(n.kind)) continue;
    const o = slots.get(`${n.kind}:${n.slot}`);
    if (o) pair(o, n);
  }

  // Explicit ids, across kinds (a clause turned into a point keeps its id).
  const oldById = new Map(oldF.items.filter((i) => i.id).map((i) => [i.id!, i]));
  for (const n of newF.items) {
    const o = n.id ? oldById.get(n.id) : undefined;
    if (o && !oldToNew.has(o) && !newToOld.has(n)) pair(o, n);
  }

  /** How well the surroundings agree: same matched parent (or same top-level list) 2, parent with the same text 1. */
  const contextScore = (o: DiffItem, n: DiffItem): number => {
    if (!o.parent || !n.parent) return !o.parent && !n.parent && o.container === n.container ? 2 : 0;
    if (oldToNew.get(o.parent) === n.parent) return 2;
    return oldP.get(o.parent)!.primaryKey === newP.get(n.parent)!.primaryKey ? 1 : 0;
  };
  const drift = (o: DiffItem, n: DiffItem) => Math.abs(o.index / oldCount - n.index / newCount);

  /** Exact stages: pair each new item (document order, so parents first) with the best old item of the same key. */
  const exact = (keyOf: (p: Prepared) => string | undefined) => {
    const buckets = new Map<string, DiffItem[]>();
    for (const [o, p] of oldP) {
      if (oldToNew.has(o)) continue;
      const k = keyOf(p);
      if (k === undefined) continue;
      const b = buckets.get(k);
      if (b) b.push(o);
      else buckets.set(k, [o]);
    }
    for (const [n, p] of newP) {
      if (newToOld.has(n)) continue;
      const k = keyOf(p);
      const bucket = k === undefined ? undefined : buckets.get(k);
      if (!bucket) continue;
      let best: DiffItem | undefined;
      let bestScore = -Infinity;
      for (const o of bucket) {
        if (oldToNew.has(o) || !idCompatible(o, n)) continue;
        const score = contextScore(o, n) - drift(o, n);
        if (score > bestScore) {
          best = o;
          bestScore = score;
        }
      }
      if (best) pair(best, n);
    }
  };
  exact((p) => `${matchClass(p.item)}\u0000${p.raw}`);
  exact((p) => `${matchClass(p.item)}\u0000${p.key}`);
  // Same heading or same task content: the rest of the item changed (a new deadline, a rewritten paragraph).
  exact((p) => (matchClass(p.item) === 'heading' || TASKLIKE.has(p.item.kind) || p.item.kind === 'appendix') && p.primaryKey ? `${matchClass(p.item)}\u0000${p.primaryKey}` : undefined);

  similarityStage(oldP, newP, oldToNew, newToOld, contextScore, drift, pair);

  return { oldToNew, newToOld, moved: detectMoves(oldToNew) };
}

function similarity(a: Prepared, b: Prepared): number {
  const p = dice(a.primary, b.primary);
  if (a.rest.size === 0 && b.rest.size === 0) return p;
  const weight = TASKLIKE.has(a.item.kind) ? 0.8 : 0.6;
  return weight * p + (1 - weight) * dice(a.rest, b.rest);
}

function similarityStage(
  oldP: Map<DiffItem, Prepared>,
  newP: Map<DiffItem, Prepared>,
  oldToNew: Map<DiffItem, DiffItem>,
  newToOld: Map<DiffItem, DiffItem>,
  contextScore: (o: DiffItem, n: DiffItem) => number,
  drift: (o: DiffItem, n: DiffItem) => number,
  pair: (o: DiffItem, n: DiffItem) => void,
): void {
  const byKind = <T extends DiffItem>(list: Iterable<[T, Prepared]>, taken: Map<DiffItem, DiffItem>) => {
    const out = new Map<string, Prepared[]>();
    for (const [item, p] of list) {
      if (taken.has(item) || SLOT_KINDS.has(item.kind)) continue;
      const k = matchClass(item);
      const l = out.get(k);
      if (l) l.push(p);
      else out.set(k, [p]);
    }
    return out;
  };
  const olds = byKind(oldP, oldToNew);
  const news = byKind(newP, newToOld);
  const candidates: { o: Prepared; n: Prepared; score: number; rank: number }[] = [];
  for (const [kind, ns] of news) {
    const os = olds.get(kind);
    if (!os) continue;
    const consider = (o: Prepared, n: Prepared) => {
      if (!idCompatible(o.item, n.item)) return;
      const score = similarity(o, n);
      if (score < SIMILARITY_THRESHOLD) return;
      // Surroundings break ties between equally similar candidates, never lift a weak pair over the threshold.
      candidates.push({ o, n, score, rank: score + 0.05 * contextScore(o.item, n.item) - 0.01 * drift(o.item, n.item) });
    };
    if (os.length * ns.length <= ALL_PAIRS_LIMIT) {
      for (const n of ns) for (const o of os) consider(o, n);
      continue;
    }
    const index = new Map<string, Prepared[]>();
    for (const o of os) for (const t of o.primary) {
      const l = index.get(t);
      if (l) l.push(o);
      else index.set(t, [o]);
    }
    for (const n of ns) {
      const seen = new Set<Prepared>();
      for (const t of n.primary) {
        const l = index.get(t);
        if (!l || l.length > FREQUENT_WORD) continue;
        for (const o of l) seen.add(o);
      }
      for (const o of seen) consider(o, n);
    }
  }
  candidates.sort((a, b) => b.rank - a.rank || a.n.item.index - b.n.item.index || a.o.item.index - b.o.item.index);
  for (const c of candidates) {
    if (oldToNew.has(c.o.item) || newToOld.has(c.n.item)) continue;
    pair(c.o.item, c.n.item);
  }
}

/** Longest increasing subsequence (indices into `seq`), O(n log n). */
export function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.add(i);
  return out;
}

/** Whether a matched pair sits in corresponding places: matched parents, or the same top-level list. */
export function sameContext(o: DiffItem, n: DiffItem, oldToNew: ReadonlyMap<DiffItem, DiffItem>): boolean {
  if (o.parent || n.parent) return !!o.parent && !!n.parent && oldToNew.get(o.parent) === n.parent;
  return o.container === n.container;
}

function detectMoves(oldToNew: Map<DiffItem, DiffItem>): Set<DiffItem> {
  const moved = new Set<DiffItem>();
  const groups = new Map<DiffItem | string, [DiffItem, DiffItem][]>();
  for (const [o, n] of oldToNew) {
    if (SLOT_KINDS.has(n.kind)) continue;
    if (!sameContext(o, n, oldToNew)) {
      moved.add(n);
      continue;
    }
    const g = n.parent ?? n.container;
    const l = groups.get(g);
    if (l) l.push([o, n]);
    else groups.set(g, [[o, n]]);
  }
  for (const pairs of groups.values()) {
    pairs.sort((a, b) => a[1].index - b[1].index);
    const keep = longestIncreasing(pairs.map(([o]) => o.index));
    pairs.forEach(([, n], i) => {
      if (!keep.has(i)) moved.add(n);
    });
  }
  return moved;
}
