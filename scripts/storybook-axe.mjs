#!/usr/bin/env node
// Checks every story of the built Storybook with axe-core (WCAG 2.1 A and AA), offline.
//
//   npm run build-storybook && npm run storybook:axe [-- --filter <text>] [-- --dir <dir>]
//
// Builds nothing itself: it reads <dir>/index.json (default storybook-static), serves <dir> on a
// free localhost port, opens each story's iframe.html?id=<id>&viewMode=story in the system
// Chromium (playwright-core; no browser is downloaded), waits until the story has rendered and
// its custom elements are defined and updated, injects node_modules/axe-core/axe.min.js and runs
// it on #storybook-root with the tags below. One line per story, the violations under it, then a
// summary. Exits 1 on any violation, on a story that errors (an uncaught exception, Storybook's
// error display, a failed navigation, a time-out) and when there are no stories; 2 when there is
// no build or no browser.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONCURRENCY = 2;
const STORY_TIMEOUT_MS = 30_000;

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const staticDir = path.resolve(root, option('dir') ?? 'storybook-static');
const filter = option('filter');
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');

// ---------------------------------------------------------------------------------------------
// The stories

const indexFile = path.join(staticDir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`storybook-axe: ${path.relative(root, indexFile)} not found. Run \`npm run build-storybook\` first.`);
  process.exit(2);
}
if (!existsSync(axePath)) {
  console.error('storybook-axe: node_modules/axe-core/axe.min.js not found. Run `npm install`.');
  process.exit(2);
}
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const stories = Object.values(index.entries ?? {})
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !filter || entry.id.includes(filter) || entry.title.includes(filter));
if (stories.length === 0) {
  console.error(`storybook-axe: no stories in ${path.relative(root, indexFile)}${filter ? ` matching "${filter}"` : ''}.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// A static server for the build (localhost only, a free port)

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = path.join(staticDir, path.normalize(pathname));
  if (file !== staticDir && !file.startsWith(staticDir + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// The browser

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  server.close();
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});

/** Resolves when Storybook has shown the story (or its error) and every element has updated. */
async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      const body = document.body;
      if (!body) return false;
      if (body.classList.contains('sb-show-errordisplay')) return true;
      if (!body.classList.contains('sb-show-main')) return false;
      // A story with a play function (a state reached by a user action) is checked after it has played.
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      if (phase && !['completed', 'finished'].includes(phase)) return false;
      const storyRoot = document.querySelector('#storybook-root');
      if (!storyRoot || storyRoot.childElementCount === 0) return false;
      // Every custom element in the story, also inside shadow roots, is defined.
      const pending = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.includes('-') && !customElements.get(el.localName)) pending.push(el.localName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(storyRoot);
      return pending.length === 0;
    },
    undefined,
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  ).catch(async (error) => {
    const state = await page.evaluate(() => {
      const storyRoot = document.querySelector('#storybook-root');
      const undefinedTags = new Set();
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.includes('-') && !customElements.get(el.localName)) undefinedTags.add(el.localName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      if (storyRoot) walk(storyRoot);
      return { shown: document.body?.classList.contains('sb-show-main'), empty: !storyRoot?.childElementCount, undefinedTags: [...undefinedTags] };
    }).catch(() => undefined);
    if (!state) throw error;
    const why = !state.shown ? 'Storybook never showed the story'
      : state.empty ? '#storybook-root stayed empty'
      : `custom elements never defined: ${state.undefinedTags.map((t) => `<${t}>`).join(', ')}`;
    throw new Error(`not rendered within ${STORY_TIMEOUT_MS / 1000} s: ${why}`);
  });
  const error = await page.evaluate(() => {
    if (!document.body.classList.contains('sb-show-errordisplay')) return undefined;
    const message = document.querySelector('#error-message')?.textContent?.trim();
    const stack = document.querySelector('#error-stack')?.textContent?.trim();
    return [message, stack].filter(Boolean).join('\n') || 'Storybook shows its error display';
  });
  if (error) throw new Error(error);
  // Lit elements render asynchronously: wait for every element (and nested ones) to settle,
  // twice, since a first update can render further elements.
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      const updates = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.updateComplete && typeof el.updateComplete.then === 'function') updates.push(el.updateComplete);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.querySelector('#storybook-root'));
      await Promise.all(updates);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

/** Opens one story in a fresh context and runs axe on it. */
async function check(story) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STORY_TIMEOUT_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    // a11y.manual: the Accessibility addon does not run its own axe in the page meanwhile.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for iframe.html`);
    await waitForStory(page);
    if (pageErrors.length > 0) throw new Error(`uncaught: ${pageErrors.join('; ')}`);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(
      async (tags) => {
        const r = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } });
        return {
          passes: r.passes.length,
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
          })),
        };
      },
      TAGS,
    );
    if (pageErrors.length > 0) throw new Error(`uncaught: ${pageErrors.join('; ')}`);
    return { story, ...result };
  } catch (error) {
    return { story, error: String(error?.message ?? error).split('\n').slice(0, 6).join('\n') };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Run, CONCURRENCY pages at a time; print in index order as results arrive

/** The element a node belongs to: the outermost custom element in its (shadow-piercing) target. */
function elementOf(target) {
  const first = Array.isArray(target[0]) ? target[0][0] : target[0];
  const tag = String(first ?? '').match(/^[a-z][a-z0-9]*-[a-z0-9-]*/)?.[0];
  return tag ? `<${tag}>` : 'story markup';
}

function format(result) {
  const name = `${result.story.title} › ${result.story.name} (${result.story.id})`;
  if (result.error) return `✗ ERROR ${name}\n    ${result.error.replace(/\n/g, '\n    ')}`;
  if (result.violations.length === 0) return `✓ ${name}: no violations (${result.passes} rules pass)`;
  const lines = [`✗ ${name}: ${result.violations.length} violation(s)`];
  for (const v of result.violations) {
    lines.push(`    ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' ▸ ') : t)).join(', ');
      lines.push(`      in ${elementOf(node.target)}: ${target}`);
      lines.push(`        ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (node.summary) lines.push(`        ${node.summary.replace(/\s*\n\s*/g, ' / ').slice(0, 300)}`);
    }
  }
  return lines.join('\n');
}

console.log(`storybook-axe: ${stories.length} stories from ${path.relative(root, staticDir)}, axe-core tags ${TAGS.join(', ')}, ${CONCURRENCY} pages at a time, ${path.basename(executablePath)}`);
const started = Date.now();
const results = new Array(stories.length);
let printed = 0;
let next = 0;
async function worker() {
  while (next < stories.length) {
    const i = next++;
    results[i] = await check(stories[i]);
    while (printed < stories.length && results[printed]) console.log(format(results[printed++]));
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const errored = results.filter((r) => r.error);
const dirty = results.filter((r) => !r.error && r.violations.length > 0);
const clean = results.length - errored.length - dirty.length;
const violations = dirty.reduce((sum, r) => sum + r.violations.length, 0);
console.log('');
console.log(
  `storybook-axe: ${results.length} stories: ${clean} clean, ${dirty.length} with violations (${violations} in all), ${errored.length} errored, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (dirty.length || errored.length) {
  const byRule = new Map();
  for (const r of dirty) for (const v of r.violations) for (const n of v.nodes) {
    const key = `${elementOf(n.target)} ${v.id}`;
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...byRule].sort()) console.log(`  ${key}: ${count} node(s)`);
  for (const r of errored) console.log(`  errored: ${r.story.id}`);
  process.exit(1);
}
