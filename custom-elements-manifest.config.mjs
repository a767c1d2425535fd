// Custom elements manifest (custom-elements.json), generated from the elements' JSDoc.
// `npm run analyze` writes it; it is committed, and `npm test` fails when it is stale.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; the freshness check writes elsewhere.
  packagejson: false,
};
