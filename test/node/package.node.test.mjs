// Packaging facts that need no build: the exports map, the CSS placeholder rule, the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const read = async (file) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(await read('package.json'));
const tags = [
  'kompetence-model', 'opgave-felt', 'perspektiv-felt', 'laeringsmaal-pyramide', 'ansvars-trappe',
  'traeningsbane-plan', 'laeringsform-vaelger', 'forankring-tjekliste', 'mobilitet-aftale',
  'kompetence-plan-visning',
];

test('package.json exports the entry points of the design', () => {
  assert.deepEqual(Object.keys(pkg.exports).sort(), [
    '.', './bundle', './custom-elements.json', './define', './define/*', './kompetence-elements.css',
    './kompetenceplan.schema.json', './model', './package.json', './react',
  ].sort());
  assert.equal(pkg.exports['./bundle'].default, './dist/kompetence-elements.bundle.js');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.overrides.rollup, '4.67.4');
});

/** Whether a `sideEffects` glob of package.json (`*` within one path segment) matches a file. */
const matchesGlob = (glob, file) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file);

test('only registration modules, the bundle and the CSS have side effects', () => {
  for (const entry of pkg.sideEffects) {
    assert.match(entry, /(^\.\/(dist|src)\/define(\.|\/))|kompetence-elements\.bundle\.js$|\/bundle\.(ts|js)$|^\.\/dist\/\*\.css$/, entry);
  }
  // A bundler drops an import of a file outside sideEffects that binds nothing, as
  // `import 'kompetence-elements/kompetence-elements.css'` or `…/define` do.
  const imported = [pkg.exports['./kompetence-elements.css'], pkg.exports['./define'].default, './dist/define/opgave-felt.js', pkg.exports['./bundle'].default];
  for (const file of imported) assert.ok(pkg.sideEffects.some((glob) => matchesGlob(glob, file)), `sideEffects covers ${file}`);
  assert.ok(!pkg.sideEffects.some((glob) => matchesGlob(glob, pkg.exports['.'].default)), 'the package root is free of side effects');
});

test('the CSS hides every element until it is defined', async () => {
  const css = await read('src/kompetence-elements.css');
  for (const tag of tags) assert.ok(css.includes(`${tag}:not(:defined)`), `${tag}:not(:defined)`);
});

test('every custom element in custom-elements.json is one of the ten tags and has a define module', async () => {
  const manifest = JSON.parse(await read('custom-elements.json'));
  const defined = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
  for (const tag of defined) {
    assert.ok(tags.includes(tag), `${tag} is a known tag (add it to the CSS and this list)`);
    await assert.doesNotReject(read(`src/define/${tag}.ts`), `src/define/${tag}.ts exists`);
  }
});

/** The paths `npm pack` puts in the tarball (read once). */
let packing;
function packedFiles() {
  packing ??= (async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { stdout } = await promisify(execFile)(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: new URL('../..', import.meta.url),
      maxBuffer: 64 * 1024 * 1024,
    });
    return new Set(JSON.parse(stdout)[0].files.map((f) => f.path));
  })();
  return packing;
}

test('the README\'s relative links lead to files in the npm tarball (docs/ is shipped)', async () => {
  const packed = await packedFiles();
  const readme = await read('README.md');
  const links = [...readme.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(links.includes('docs/plan-json.md') && links.includes('docs/advice.md'), 'README links the docs');
  for (const link of new Set(links)) assert.ok(packed.has(link.replace(/^\.\//, '')), `npm pack includes ${link}`);
});

test('the tarball has the MIT licence package.json names', async () => {
  assert.equal(pkg.license, 'MIT');
  const licence = await read('LICENSE');
  assert.match(licence, /^MIT License\n\nCopyright \(c\) 2026 kompetence-elements contributors\n/);
  assert.ok((await packedFiles()).has('LICENSE'), 'npm pack includes LICENSE');
  // dist/ is built by prepack: packed from a clean clone, the tarball had no dist/ at all.
  assert.equal(pkg.scripts.prepack, 'node scripts/build.mjs');
});

test('devEngines names the Node the toolchain needs, engines the Node the package needs, and the README says the same', async () => {
  // semver is npm's own range logic (a devDependency); the lockfile records each
  // installed package's engines. Optional packages (other platforms' binaries, wasm fallbacks) are
  // skipped when their Node does not fit, so they do not count.
  const { default: semver } = await import('semver');
  const lock = JSON.parse(await read('package-lock.json'));
  const refusing = (range, dev) => Object.entries(lock.packages)
    .filter(([where, p]) => where && !p.optional && (dev || !p.dev) && p.engines?.node && !semver.subset(range, p.engines.node))
    .map(([where, p]) => `${where.replace(/^.*node_modules\//, '')} needs ${p.engines.node}`);

  // Developers: every Node the project accepts runs the whole toolchain (Vite is the strictest).
  const toolchain = pkg.devEngines.runtime;
  assert.equal(toolchain.name, 'node');
  assert.equal(toolchain.onFail, 'error', 'npm stops at once on a Node the toolchain refuses');
  assert.deepEqual(refusing(toolchain.version, true), [], `every Node in "${toolchain.version}" runs the whole toolchain`);
  const getStarted = (await read('README.md')).match(/On a fresh machine \(([^)]*)\)/)?.[1].replace(/\s+/g, ' ');
  assert.ok(getStarted, 'README\'s "Get started" names the Node it needs');
  for (const floor of toolchain.version.match(/\d+\.\d+(?=\.\d)/g)) assert.ok(getStarted.includes(`Node ${floor}`), `README names Node ${floor} (${getStarted})`);

  // Consumers: the published package asks only what it and its dependencies need (./model runs
  // in Node 20), so installing it on any Node 20 gives no engine warning.
  const range = pkg.engines.node;
  assert.equal(lock.packages[''].engines?.node, range, 'package-lock.json records the same engines');
  assert.ok(semver.satisfies('20.0.0', range), `engines.node "${range}" accepts every Node 20`);
  assert.deepEqual(refusing(range, false), [], `every Node in "${range}" runs the package's dependencies`);
});

test('CI holds both size budgets: the chooser\'s 25 KB holds with no ceiling, the bundle stays under its committed ceiling', async () => {
  const ci = await read('.ci/run');
  assert.match(ci, /^npm run size -- --ceiling$/m, '.ci/run enforces the budgets');
  const { ceilings, reason } = JSON.parse(await read('size-ceiling.json'));
  // A ceiling replaces a budget that is not met (and says why): the chooser's budget is met and must stay so.
  assert.deepEqual(Object.keys(ceilings), ['bundle (src/bundle.ts)'], 'a ceiling only for the bundle');
  // Its last step is the ceiling: going back to an earlier one also takes a reason.
  const steps = [...reason.matchAll(/to ([\d,]+) B/g)].map((m) => Number(m[1].replaceAll(',', '')));
  assert.equal(steps.at(-1), ceilings['bundle (src/bundle.ts)'], 'the reason ends with the step to the ceiling');
});
