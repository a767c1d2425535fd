// npm test: everything that must pass, with one closing line `N passed, N failed[, N skipped]`.
//   1. finds Chromium (CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome…); as root
//      without one, installs Debian's (apt-get); otherwise says exactly what to install
//   2. checks that the committed custom-elements.json is what the analyzer generates now
//   3. browser tests: web-test-runner over test/**/*.test.ts, against src/
//   4. builds dist/ (`npm run build`: tsc, the Vite bundle, the CSS, the JSON Schema)
//   5. browser tests against the bundle: the element tests again, with the elements taken from the
//      minified dist/kompetence-elements.bundle.js, which alone has the shortened property names
//      (web-test-runner.bundle.config.mjs says what it maps and which tests it leaves out, and why)
//   6. Node tests: `node --test test/node/` (test/node/bundle-page.node.test.mjs opens the bundle in Chromium)
// Flags: --browser-only runs 1-5 (both web-test-runner runs and the build the second needs),
// --node-only runs 4 and 6. Other arguments go to both web-test-runner runs, e.g. --files.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, installHint } from './chromium.mjs';
import { bin, root, run } from './lib.mjs';

const args = process.argv.slice(2);
const browserOnly = args.includes('--browser-only');
const nodeOnly = args.includes('--node-only');
const wtrArgs = args.filter((a) => a !== '--browser-only' && a !== '--node-only');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const scratch = await mkdtemp(path.join(tmpdir(), 'kompetence-test-'));

function step(title) {
  console.log(`\n━━ ${title}`);
}
function fail(what) {
  totals.failed += 1;
  failures.push(what);
}
function add(counts) {
  totals.passed += counts.passed ?? 0;
  totals.failed += counts.failed ?? 0;
  totals.skipped += counts.skipped ?? 0;
}
async function readCounts(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function ensureChromium() {
  let chromium = findChromium();
  if (chromium) return chromium;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
    process.exit(1);
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.log('No Chromium found; installing Debian\'s chromium with apt-get (running as root)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { env, stdio: ['ignore', 'inherit', 'inherit'] };
    run('apt-get', ['update'], opts);
    run('apt-get', ['install', '-y', 'chromium'], opts);
    chromium = findChromium();
    if (chromium) return chromium;
  }
  console.error(installHint);
  process.exit(1);
}

async function hasBrowserTests(dir = path.join(root, 'test')) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && full !== path.join(root, 'test/node') && (await hasBrowserTests(full))) return true;
    if (entry.isFile() && entry.name.endsWith('.test.ts')) return true;
  }
  return false;
}

/**
 * The manifest as a comparable string: the analyzer's order of modules and members can differ
 * between runs on a loaded machine, which is not staleness. Arrays of named things are sorted.
 */
function canonicalManifest(text) {
  if (text === undefined) return undefined;
  const keyOf = (item) => (item && typeof item === 'object' ? item.path ?? item.name ?? item.tagName : undefined);
  const sort = (value) => {
    if (Array.isArray(value)) {
      const items = value.map(sort);
      return items.every((item) => typeof keyOf(item) === 'string')
        ? items.sort((a, b) => JSON.stringify([keyOf(a), a]).localeCompare(JSON.stringify([keyOf(b), b])))
        : items;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sort(value[key])]));
    }
    return value;
  };
  return JSON.stringify(sort(JSON.parse(text)));
}

/** One web-test-runner run; its counts go into the closing line. */
async function runWtr(config, label) {
  const summaryFile = path.join(scratch, `${path.basename(config, '.mjs')}.json`);
  const status = run(bin('wtr'), ['--config', config, ...wtrArgs], {
    allowFailure: true,
    env: { ...process.env, CHROME_PATH: await ensureChromium(), WTR_SUMMARY_FILE: summaryFile, WTR_SUMMARY_LABEL: label },
  });
  const counts = await readCounts(summaryFile);
  if (counts) add(counts);
  if (!counts) fail(`web-test-runner (${label}) did not finish`);
  else if (status !== 0 && counts.failed === 0) fail(`web-test-runner (${label}) exited with ${status}`);
}

if (!nodeOnly) {
  step('browser');
  const chromium = await ensureChromium();
  console.log(`Chromium: ${chromium}`);

  step('custom-elements.json is fresh');
  const outdir = path.relative(root, path.join(scratch, 'cem'));
  const cem = spawnSync(bin('cem'), ['analyze', '--outdir', outdir], { cwd: root, encoding: 'utf8' });
  const fresh = await readFile(path.join(scratch, 'cem/custom-elements.json'), 'utf8').catch(() => undefined);
  const committed = await readFile(path.join(root, 'custom-elements.json'), 'utf8').catch(() => undefined);
  if (cem.status !== 0 || fresh === undefined) {
    console.error(cem.stdout, cem.stderr);
    fail('the custom elements analyzer failed');
  } else if (canonicalManifest(fresh) !== canonicalManifest(committed)) {
    console.error('✗ custom-elements.json is stale: run `npm run analyze` and commit custom-elements.json');
    const [now, before] = [fresh.split('\n'), (committed ?? '').split('\n')];
    const line = now.findIndex((text, i) => text !== before[i]);
    console.error(`  first difference at line ${line + 1}:\n  generated: ${now[line]?.trim()}\n  committed: ${before[line]?.trim()}`);
    fail('custom-elements.json is stale');
  } else {
    totals.passed += 1;
    console.log('✓ up to date');
  }

  step('browser tests (web-test-runner, Chromium)');
  if (!(await hasBrowserTests())) {
    console.log('no test/**/*.test.ts files yet');
  } else {
    await runWtr('web-test-runner.config.mjs', 'browser tests');
  }
}

// dist/ for the bundle's browser tests and for the Node tests.
if (nodeOnly) await ensureChromium(); // test/node/bundle-page.node.test.mjs opens the bundle in it
step('build (scripts/build.mjs: tsc, bundle, CSS, JSON Schema)');
const built = run(process.execPath, ['scripts/build.mjs'], { allowFailure: true }) === 0;
if (!built) fail('the build (npm run build) failed');

if (!nodeOnly) {
  step('browser tests against the minified bundle (web-test-runner.bundle.config.mjs)');
  if (built) await runWtr('web-test-runner.bundle.config.mjs', 'browser tests against the bundle');
  else console.log('not run: the build failed');
}

if (!browserOnly) {
  step('Node tests (node --test test/node/)');
  const summaryFile = path.join(scratch, 'node.json');
  const status = run(process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-summary-reporter.mjs', `--test-reporter-destination=${summaryFile}`,
    'test/node/',
  ], { allowFailure: true });
  const counts = await readCounts(summaryFile);
  if (counts) add(counts);
  if (!counts) fail('node --test did not finish');
  else if (status !== 0 && counts.failed === 0) fail(`node --test exited with ${status}`);
}

await rm(scratch, { recursive: true, force: true });
if (failures.length) console.log(`\nAlso failed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
