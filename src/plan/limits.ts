/**
 * Documented resource limits, checked before any expensive work (see README "Giới hạn / Limits").
 */
export const LIMITS = {
  /** Largest plan file accepted, in bytes. */
  fileBytes: 2 * 1024 * 1024,
  /** YAML aliases ("*name") expanded at most; guards against "billion laughs". */
  yamlAliases: 100,
  /** Deepest nesting of body items (part > section > clause > subclause > point > bullet > +). */
  bodyDepth: 7,
  /** Most body items, tasks and recipients in one plan. */
  items: 20000,
  /** Longest single text value, in characters. */
  textLength: 20000,
} as const;
