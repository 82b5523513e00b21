/**
 * Switches for an emitter's patches of other packages' internals: each on or off (the tests and
 * `npm run bench` compare every patch both ways), with a count of how many times its replacement
 * code ran (tests check it runs when on).
 */

/** A patch's switch, and how many times its replacement code ran. */
export interface Switch {
  on: boolean;
  hits: number;
}

export interface SwitchBoard<P extends string> {
  switches: Record<P, Switch>;
  /** Turn patches on or off (all of them with `{ all: false }`); the rest keep their state. */
  set(values: Partial<Record<P | 'all', boolean>>): void;
  /** How many times each patch's replacement code ran since the process started. */
  hits(): Record<P, number>;
}

/** One switch per patch named in `patches` (name → what it replaces), all on. */
export function switchBoard<P extends string>(patches: Record<P, string>): SwitchBoard<P> {
  const names = Object.keys(patches) as P[];
  const switches = Object.fromEntries(names.map((k) => [k, { on: true, hits: 0 }])) as Record<P, Switch>;
  return {
    switches,
    set(values) {
      for (const name of names) {
        const v = values[name] ?? values.all;
        if (v !== undefined) switches[name].on = v;
      }
    },
    hits: () => Object.fromEntries(names.map((k) => [k, switches[k].hits])) as Record<P, number>,
  };
}
