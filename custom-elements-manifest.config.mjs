// Custom elements manifest (custom-elements.json), generated from the elements' JSDoc.
// `npm run analyze` writes it; it is committed, and `npm test` fails when it is stale.

/**
 * Keeps the manifest to the public API: Lit's reactive state (`state: true`) and protected or
 * private members are not attributes or properties an integrator can use, and the analyzer also
 * lists a nameless event for every `dispatchEvent(new SomeEvent())` in the shared base class,
 * whose real events are documented by `@event` on each element.
 */
function publicApiOnly() {
  const internalFields = new Set(['locale', 'inputIssues', 'formDisabled']);
  return {
    name: 'kompetence-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set(
            (decl.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || internalFields.has(m.name) || m.name?.startsWith('#'))
              .map((m) => m.name),
          );
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name) && !internalFields.has(a.name));
          }
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          // Abstract bases are LitElements too, but they are not elements a page can use.
          if (decl.customElement && !decl.tagName) delete decl.customElement;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react/ is generated from this manifest (scripts/react-wrappers.mjs): it must not feed back in.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; the freshness check writes elsewhere.
  packagejson: false,
  plugins: [publicApiOnly()],
};
