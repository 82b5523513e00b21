// The stages of cchc-plan and the one direction imports may point: down this list.
// `npm test` runs dependency-cruiser with this file; an import that points up, or sideways
// between folders of one layer, or a cycle, fails the tests (see README "For developers").
//
// A layer is a list of folders (or top-level files) of src/. A module may import modules of its
// own folder and of any layer below its own; never a layer above, never another folder of its
// own layer.
const LAYERS = [
  ['index.ts'],
  ['cli'],
  ['preview', 'import'],
  ['diff', 'check', 'render'],
  ['docx-read'],
  ['pipeline.ts'],
  ['world.ts'],
  ['model'],
  ['plan'],
  ['decree30'],
  ['text'],
  ['diagnostics'],
];

const re = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);
const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'Modules may not import each other in a circle (type-only imports count too).',
    from: {},
    to: { circular: true },
  },
];
LAYERS.forEach((layer, i) => {
  const above = LAYERS.slice(0, i).flat();
  for (const name of layer) {
    if (above.length) {
      forbidden.push({
        name: `${name}-points-down`,
        severity: 'error',
        comment: `src/${name} may only import its own folder and layers below it: not ${above.join(', ')}.`,
        from: { path: re(name) },
        to: { path: above.map(re) },
      });
    }
    const siblings = layer.filter((n) => n !== name);
    if (siblings.length) {
      forbidden.push({
        name: `${name}-not-sideways`,
        severity: 'error',
        comment: `src/${name} may not import ${siblings.join(', ')} (same layer).`,
        from: { path: re(name) },
        to: { path: siblings.map(re) },
      });
    }
  }
});

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },

};
