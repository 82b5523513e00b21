/**
 * Documented resource limits, checked before any expensive work (see README "Giới hạn / Limits").
 * Every file a plan or the command line names is read with a cap checked before and while reading.
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
  /**
   * Most YAML values ("- ", "key: ", "," …) in one plan, counted on the text before the YAML parser
   * runs (the parser needs about 40 µs and 4 KB per value: a 2 MB file of a million values would
   * take minutes and gigabytes). Four per item, as the item limit after parsing.
   */
  yamlValues: 4 * 20000,
  /** Most keys in one YAML mapping (a plan's mappings have at most a few dozen). */
  mappingKeys: 1000,
  /** Longest single text value, in characters. */
  textLength: 20000,
  /** Largest signature or seal image file, in bytes. */
  imageBytes: 10 * 1024 * 1024,
  /** Widest or tallest image, in pixels. */
  imageSide: 8000,
  /**
   * Most pixels in an image (width × height): 4 megapixels, e.g. 2000 × 2000 (a seal 4 cm wide
   * scanned at 600 dpi is about 950 × 950). Every image is decoded once to be checked.
   */
  imagePixels: 4_000_000,
  /** Largest decoded image (as stored: width × height × bytes per pixel, at least RGBA), in bytes. */
  imageDecodedBytes: 32 * 1024 * 1024,
  /** Largest template (*.hbs) file, in bytes. */
  templateBytes: 64 * 1024,
  /** Deepest nesting of blocks ({{#if}}, {{#each}} …) in a template. */
  templateDepth: 20,
  /** Most *.hbs files in one template folder. */
  templateFiles: 100,
  /** Largest DOCX file `cchc-plan check` reads, in bytes. */
  docxBytes: 100 * 1024 * 1024,
} as const;
