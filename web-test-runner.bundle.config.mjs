// The browser tests against the built bundle: web-test-runner.config.mjs, with the imports that
// register or expose the elements taken from dist/kompetence-elements.bundle.js instead of src/.
// The bundle's minifier shortens internal property names (scripts/mangled-props.mjs): a name that
// collides with a DOM/lit/zod property, or that is read by a string, breaks only the bundle, and
// only this run sees it. Build first: `node scripts/build.mjs` (`npm test` and `npm run test:bundle` do).
import { existsSync } from 'node:fs';
import path from 'node:path';
import baseConfig from './web-test-runner.config.mjs';

const bundle = '/dist/kompetence-elements.bundle.js';
if (!existsSync(path.join(baseConfig.rootDir, bundle))) throw new Error(`${bundle} is missing: run node scripts/build.mjs first`);

/**
 * The src/ modules a test file or helper takes from the bundle instead, as URL paths from the root.
 * Everything else (the model, i18n messages, plan-context, helpers' own code) stays on src/: plain
 * data and functions, tested in Node as well; plan-context's key is `Symbol.for`, shared by any copy.
 */
const fromBundle = [
  // The registrations: the bundle registers every element (src/bundle.ts imports src/define.ts).
  /^\/src\/define(\/[a-z-]+)?\.js$/,
  // The package root: the bundle exports the same names but planJsonSchema (scripts/build.mjs checks).
  /^\/src\/index\.js$/,
  // An element's module exports its class alone, which the bundle exports: `instanceof`, statics and
  // subclasses must meet the class the page registered.
  /^\/src\/elements\/([a-z-]+)\/\1\.js$/,
  // KompetenceChangeEvent and KompetenceInvalidEvent, which the bundle exports: a test that
  // dispatches one into an element must use the class the element's own code knows.
  /^\/src\/internal\/events\.js$/,
];

/**
 * Tests that cannot apply to the bundle by their nature, by full title (describes and test joined
 * by spaces), each with why. They count as skipped. A renamed one runs here again and fails
 * loudly, so nothing drops out unnoticed.
 */
export const srcOnlyTests = {
  'the package root (`.`) exports the element classes but registers no element':
    'src/index.ts registers nothing; the bundle registers every element by design (src/bundle.ts)',
  'classes registered from the package root in any order gives a training ground registered before the chooser its texts\' tempi when the chooser is defined (it said "ikke dækket" for them)':
    'the bundle registers every element itself, the chooser first: the order a page chooses with the package root cannot happen',
  '<kompetence-plan-visning> conformance takes its plan through the shared input core, not the form control\'s':
    '`instanceof` src/internal/input-core.ts and value-core.ts: internal base classes the bundle has its own copies of and does not export',
};

/**
 * Test files left out whole: they import nothing the bundle replaces (each tests a src/ internal
 * the bundle does not export), so run here they would only repeat the src run.
 */
export const srcOnlyFiles = {
  'test/internal/advice-list.test.ts': 'renderAdviceItems of src/internal/advice-list.ts, rendered by the test itself',
  'test/internal/download.test.ts': 'fileSlug of src/internal/download.ts',
  'test/internal/field-element.test.ts': 'the base class src/internal/field-element.ts through a subclass of its own, which reaches protected members',
  'test/internal/live-advice.test.ts': 'untilStarted of src/internal/live-advice.ts, a plain function',
};

function bundleImportsPlugin() {
  return {
    name: 'imports-from-bundle',
    resolveImport({ source, context }) {
      if (!context.path.startsWith('/test/') || !source.startsWith('.')) return undefined;
      const target = path.posix.join(path.posix.dirname(context.path), source);
      return fromBundle.some((re) => re.test(target)) ? bundle : undefined;
    },
    // Each test file gets a root hook that skips the tests of srcOnlyTests. (mocha's `grep` would
    // leave them unrun, neither passed nor skipped, which web-test-runner counts as failed.)
    transform(context) {
      if (!/^\/test\/.+\.test\.ts$/.test(context.path)) return undefined;
      return { body: `${context.body}\nbeforeEach(function () { if (${JSON.stringify(Object.keys(srcOnlyTests))}.includes(this.currentTest.fullTitle())) this.skip(); });\n` };
    },
  };
}

export default {
  ...baseConfig,
  // Only the element tests: test/model/ and test/storybook/ import nothing the bundle replaces.
  files: ['test/elements/**/*.test.ts', 'test/internal/**/*.test.ts', ...Object.keys(srcOnlyFiles).map((file) => `!${file}`)],
  // First, so it answers before esbuild's .js -> .ts rewrite and node resolution.
  plugins: [bundleImportsPlugin(), ...baseConfig.plugins],
};
