// The demo intranet (issue 6, "For the intranet editor"), served as `npm start` serves it: the
// request handler of scripts/serve.mjs (demo/ at /, dist/ at /dist/, its strict CSP header) on a
// free port. Every page in demo/ is opened in the system Chromium (playwright-core), each in a
// fresh browser context, and must: load only the bundle, kompetence-elements.css and the
// intranet's own stylesheet; define and render every element on it; pass axe (WCAG 2.1 A/AA and 2.2 AA) at
// 1280 px and at 320 px, with no horizontal scrolling at 320 px; and end with no console or page
// error, no CSP violation, no failed request and no request to another host.
// The planning page exists in Danish and English (issue 5: a newcomer plans in either language and
// reloads without losing the draft): the two link to each other, keep their drafts apart, and the
// English one shows no Danish interface text.
// Also: the README's first editor snippet pasted into an empty page next to the bundle works.
// Needs `npm run build` first (npm test does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { access, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from '../../scripts/chromium.mjs';
import { createHandler, csp } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const demoDir = path.join(root, 'demo');
const distDir = path.join(root, 'dist');

const pages = (await readdir(demoDir)).filter((f) => f.endsWith('.html')).sort();
const sources = Object.fromEntries(await Promise.all(pages.map(async (f) => [f, await readFile(path.join(demoDir, f), 'utf8')])));
const readme = await readFile(path.join(root, 'README.md'), 'utf8');
const axeSource = await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** What issue 6 asks the demo to show, each on a page of its own. */
const required = [
  { what: '<kompetence-model storage-key>', pattern: /<kompetence-model\b[^>]*\sstorage-key="[^"]+"/ },
  { what: '<laeringsform-vaelger>', pattern: /<laeringsform-vaelger[\s>]/ },
  { what: "<kompetence-plan-visning plan='…'>", pattern: /<kompetence-plan-visning\b[^>]*\splan='\{/ },
  { what: '<mobilitet-aftale>', pattern: /<mobilitet-aftale[\s>]/ },
  { what: '<ansvars-trappe koerekort>', pattern: /<ansvars-trappe\b[^>]*\skoerekort[\s>=]/ },
  { what: '<forankring-tjekliste>', pattern: /<forankring-tjekliste[\s>]/ },
];

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let origin;
let browser;
let snippetDir;
let snippetServer;
let snippetOrigin;

async function listen(handler) {
  const srv = createServer(handler);
  await new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', resolve);
  });
  return srv;
}

before(async () => {
  for (const file of ['kompetence-elements.bundle.js', 'kompetence-elements.css']) {
    await access(path.join(distDir, file)).catch(() => {
      throw new Error(`dist/${file} is missing: run npm run build first`);
    });
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  server = await listen(createHandler());
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  for (const srv of [server, snippetServer]) await new Promise((resolve) => (srv ? srv.close(resolve) : resolve()));
  if (snippetDir) await rm(snippetDir, { recursive: true, force: true });
});

// ── In the page (functions passed to page.evaluate; they run in Chromium, not in Node) ──────────

/** Tags of custom elements (a hyphen in the name) in the page and in shadow roots. */
function customTagsInPage() {
  const found = new Set();
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.add(el.localName);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return [...found].sort();
}

/** Waits until every custom element, in the page and in shadow roots, has finished updating. */
async function settleInPage() {
  const all = () => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-') && el.updateComplete) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  };
  await new Promise((r) => setTimeout(r, 0));
  for (let round = 0; round < 3; round++) await Promise.all(all().map((el) => el.updateComplete));
}

/** The state of each custom element in the light DOM. */
function elementsInPage() {
  return [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const text = el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return {
      tag: el.localName,
      defined: customElements.get(el.localName) !== undefined && el.matches(':defined'),
      shadowChildren: el.shadowRoot?.childElementCount ?? 0,
      text: text.slice(0, 80),
      textLength: text.length,
      visibility: style.visibility,
      display: style.display,
      height: box.height,
      width: box.width,
      errorText: [...(el.shadowRoot?.querySelectorAll('[part~="error"], [part~="query-error"]') ?? [])].map((x) => x.textContent.trim()).filter(Boolean).join(' '),
    };
  });
}

/** Horizontal overflow of the page (what would scroll sideways), and the widest culprits. */
function overflowInPage() {
  const width = document.documentElement.clientWidth;
  const culprits = [];
  const walk = (node, host) => {
    for (const el of node.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) culprits.push(`${host ? `${host} ▸ ` : ''}${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} (right ${Math.round(box.right)})`);
      if (el.shadowRoot) walk(el.shadowRoot, el.localName);
    }
  };
  walk(document, '');
  return { width, scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) };
}

/** Every text node and user-facing attribute inside `selector`'s shadow tree, nested shadow roots included. */
function interfaceTextIn(selector) {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) out.push(child.textContent.trim());
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) if (child.getAttribute(name)) out.push(child.getAttribute(name).trim());
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(document.querySelector(selector).shadowRoot);
  return out;
}

async function runAxeInPage(tags) {
  const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')})`);
}

// ── The Danish texts of the package (to look for in an English page) ──────────────────────────

/**
 * Every Danish text of the built package whose English differs: the elements' messages
 * (`messages = { da, en }`), the shared ones, the model's catalog (`{ da, en }` texts) and the
 * advice on an empty plan. Texts built by functions count only as the advice shows them.
 */
async function danishTexts() {
  const out = new Set();
  const pair = (da, en) => {
    if (typeof da === 'string') {
      if (da.trim() && da !== en) out.add(da.trim());
    } else if (da && typeof da === 'object') {
      for (const key of Object.keys(da)) pair(da[key], en?.[key]);
    }
  };
  const seen = new Set();
  const find = (value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if ('da' in value && 'en' in value) pair(value.da, value.en);
    else for (const inner of Object.values(value)) find(inner);
  };
  const elementsDir = path.join(distDir, 'elements');
  const modules = [path.join(distDir, 'model/index.js'), path.join(distDir, 'i18n/common.js')];
  for (const tag of await readdir(elementsDir)) {
    const file = path.join(elementsDir, tag, `${tag}.messages.js`);
    if (await access(file).then(() => true, () => false)) modules.push(file);
  }
  for (const file of modules) find(await import(pathToFileURL(file).href));
  const model = await import(pathToFileURL(path.join(distDir, 'model/index.js')).href);
  for (const advice of model.advise(model.createPlan(), { lang: 'da' })) out.add(advice.message);
  assert.ok(out.size > 300, `found the package's Danish texts (${out.size})`);
  return [...out];
}

// ── Opening a page ─────────────────────────────────────────────────────────────────────────────

/** Opens `url` in a fresh context and records everything the page does. */
async function open(url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const log = { requests: [], badResponses: [], consoleErrors: [], consoleWarnings: [], pageErrors: [], headers: undefined };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.badResponses.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.badResponses.push(`${response.url()}: ${response.status()}`);
  });
  page.on('console', (message) => {
    const line = `${message.text()} (${message.location().url ?? ''})`;
    if (message.type() === 'error') log.consoleErrors.push(line);
    if (message.type() === 'warning') log.consoleWarnings.push(line);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.stack ?? error)));
  // Not page script: Playwright injects it before the page's own, whatever the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__invalid = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}`);
    }, true);
    document.addEventListener('kompetence-invalid', (e) => {
      window.__invalid.push({ tag: e.composedPath()[0]?.localName, issues: e.detail.issues });
    }, true);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  log.headers = response?.headers();
  const tags = await page.evaluate(customTagsInPage);
  await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), tags, { timeout: 15_000 })
    .catch(() => {}); // the assertions below name what is missing
  await page.evaluate(settleInPage);
  return { context, page, log };
}

/**
 * What every page must have left behind: nothing broken, nothing blocked, nothing foreign.
 * `browserFavicon`: the page has no icon link, so the browser itself may ask for /favicon.ico
 * (the README's snippet page, which has no server of its own); that 404 is not the page's doing.
 */
async function assertClean(page, log, allowedLocal, { browserFavicon = false } = {}) {
  if (browserFavicon) {
    const favicon = (line) => line.includes('/favicon.ico');
    for (const key of ['requests', 'badResponses', 'consoleErrors']) log[key] = log[key].filter((line) => !favicon(line));
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no securitypolicyviolation event');
  assert.deepEqual(await page.evaluate(() => window.__invalid), [], 'no kompetence-invalid event (the page\'s JSON is valid)');
  assert.deepEqual(log.pageErrors, [], 'no uncaught error');
  assert.deepEqual(log.consoleErrors, [], 'no console error');
  assert.deepEqual(log.badResponses, [], 'every request succeeded');
  const base = new URL(page.url()).origin;
  const foreign = log.requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request to another host');
  const local = [...new Set(log.requests.filter((url) => url.startsWith(`${base}/`)).map((url) => new URL(url).pathname))].sort();
  assert.deepEqual(local, [...allowedLocal].sort(), 'the page, the bundle and the stylesheets, nothing else');
}

async function assertElements(page, where, { atLeast = 1 } = {}) {
  const elements = await page.evaluate(elementsInPage);
  assert.ok(elements.length >= atLeast, `${where} uses at least ${atLeast} element(s)`);
  for (const e of elements) {
    const what = `${where}: <${e.tag}>`;
    assert.ok(e.defined, `${what} is defined (is it in the bundle?)`);
    assert.ok(e.shadowChildren > 0 && e.textLength > 0, `${what} rendered into its shadow root`);
    assert.equal(e.visibility, 'visible', `${what} is visible (no longer hidden by kompetence-elements.css)`);
    assert.ok(e.height > 0 && e.width > 0, `${what} takes up space`);
    assert.equal(e.errorText, '', `${what} shows no input error`);
  }
  return elements;
}

async function assertAxe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource); // DevTools evaluation: exempt from the page's CSP
  const violations = await page.evaluate(runAxeInPage, axeTags);
  assert.deepEqual(violations, [], `${where}: axe (WCAG 2.1 A/AA and 2.2 AA) finds nothing`);
}

// ── The pages as files ─────────────────────────────────────────────────────────────────────────

describe('demo/ as an editor builds it', () => {
  test('it has the pages of issue 6, and the front page links to every page', () => {
    assert.ok(pages.includes('index.html'), 'demo/index.html');
    for (const { what, pattern } of required) {
      const on = pages.filter((f) => f !== 'index.html' && pattern.test(sources[f]));
      assert.ok(on.length > 0, `a page of its own uses ${what}`);
    }
    const links = new Set([...sources['index.html'].matchAll(/href="([^"#]+\.html)(#[^"]*)?"/g)].map((m) => m[1]));
    for (const f of pages.filter((p) => p !== 'index.html')) assert.ok(links.has(f), `index.html links to ${f}`);
  });

  test('each English page (<name>-en.html) and its Danish page link to each other, the link text marked with its language', () => {
    const english = pages.filter((f) => f.endsWith('-en.html'));
    assert.ok(english.includes('planlaeg-en.html'), 'the planning page exists in English (issue 5)');
    for (const en of english) {
      const da = en.replace(/-en\.html$/, '.html');
      assert.ok(pages.includes(da), `${en} has a Danish page, ${da}`);
      assert.match(sources[en], /<html lang="en">/, `${en} is English`);
      assert.match(sources[da], /<html lang="da">/, `${da} is Danish`);
      assert.match(sources[da], new RegExp(`<a href="${en}" lang="en" hreflang="en">`), `${da} links to ${en}`);
      assert.match(sources[en], new RegExp(`<a href="${da}" lang="da" hreflang="da">`), `${en} links to ${da}`);
    }
  });

  test('each <kompetence-model> keeps its draft under a storage-key of its own', () => {
    const keys = pages.flatMap((f) => [...sources[f].matchAll(/<kompetence-model\b[^>]*\sstorage-key="([^"]+)"/g)].map((m) => m[1]));
    assert.ok(keys.length >= 2, 'the Danish and the English planning page');
    assert.equal(new Set(keys).size, keys.length, `no two pages share a draft (${keys.join(', ')})`);
  });

  test('the Danish pages speak as the elements do: "kladde" (not "udkast"), "download" for files (not "hent"), the reader as "du" (not "I")', () => {
    for (const file of pages.filter((f) => sources[f].includes('<html lang="da">'))) {
      // The page's text: tags and the plans given as attribute values left out.
      const text = sources[file].replace(/\s[\w-]+='[^']*'/g, '').replace(/<[^>]*>/g, ' ');
      const words = [...text.matchAll(/(?<!\p{L})(I|[Jj]er|[Jj]eres|[Uu]dkast\p{L}*|[Hh]ent\p{L}*)(?!\p{L})/gu)].map((m) => m[0]);
      assert.deepEqual(words, [], file);
    }
  });

  for (const file of pages) {
    test(`${file}: only the bundle, kompetence-elements.css and the intranet's stylesheet; no inline script or style`, () => {
      const html = sources[file];
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.equal(scripts.length, 1, 'one <script>');
      assert.match(scripts[0][1], /^\s*type="module"\s+src="\.\.\/dist\/kompetence-elements\.bundle\.js"\s*$/);
      assert.equal(scripts[0][2].trim(), '', 'no inline script');
      const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(stylesheets, ['<link rel="stylesheet" href="../dist/kompetence-elements.css">', '<link rel="stylesheet" href="intranet.css">']);
      assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=|javascript:/i, 'no inline style, event handler attribute or javascript: URL');
      assert.doesNotMatch(html, /<(script|link|img|iframe|source|video|audio)\b[^>]*(src|href)="(https?:)?\/\//i, 'nothing loaded from another host');
      assert.match(html, /<html lang="(da|en)">/, 'the page states its language');
      assert.match(html, /<a class="skip" href="#indhold">/, 'a skip link to the content');
      assert.match(html, /<main id="indhold">/, 'one main landmark, the skip link\'s target');
      assert.equal([...html.matchAll(/<h1[\s>]/g)].length, 1, 'one <h1>');
    });
  }

  test('intranet.css prints on A4, as the elements ask of the page (@page cannot be set in shadow DOM)', async () => {
    const css = await readFile(path.join(demoDir, 'intranet.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    assert.match(print, /@page\s*\{[^}]*\bsize:\s*A4\b/);
  });
});

// ── The pages in Chromium ──────────────────────────────────────────────────────────────────────

describe('the demo served as npm start serves it', () => {
  test('the server sends a strict Content-Security-Policy on every response', async () => {
    for (const url of ['/', '/index.html', '/intranet.css', '/dist/kompetence-elements.bundle.js', '/no-such-page']) {
      const response = await fetch(`${origin}${url}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.equal(policy, csp, `${url}: the policy of scripts/serve.mjs`);
    }
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives['default-src'], ["'self'"]);
    assert.deepEqual(directives['script-src'], ["'self'"]);
    assert.deepEqual(directives['style-src'], ["'self'"]);
    assert.doesNotMatch(csp, /unsafe-|https?:|\*/, 'no unsafe-inline, unsafe-eval or other hosts');
    assert.equal((await fetch(`${origin}/../package.json`)).status, 404, 'nothing outside demo/ and dist/');
    assert.equal((await fetch(`${origin}/dist/%2e%2e/package.json`)).status, 404, 'nothing outside demo/ and dist/ (escaped dots)');
  });

  test('the server sends text gzipped to a browser that takes it, with an ETag that answers an unchanged file with 304', async () => {
    const url = `${origin}/dist/kompetence-elements.bundle.js`;
    const raw = await readFile(path.join(distDir, 'kompetence-elements.bundle.js'));
    const get = (headers) => new Promise((resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    const zipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < raw.length / 2, `sent ${zipped.body.length} B for ${raw.length} B`);
    assert.deepEqual(gunzipSync(zipped.body), raw);
    const plain = await get({});
    assert.equal(plain.headers['content-encoding'], undefined, 'no gzip to a client that does not take it');
    assert.equal((await get({ 'accept-encoding': 'br, gzip;q=0' })).headers['content-encoding'], undefined, 'nor to one that refuses it (q=0)');
    assert.deepEqual(plain.body, raw);
    assert.notEqual(plain.headers.etag, zipped.headers.etag, 'each encoding its own tag');
    const again = await get({ 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers['content-security-policy'], csp);
  });

  for (const file of pages) {
    test(`${file}: every element defined and rendered, axe clean at 1280 and 320 px, nothing blocked or foreign`, { timeout: 120_000 }, async () => {
      const { context, page, log } = await open(`${origin}/${file}`);
      try {
        assert.equal(log.headers?.['content-security-policy'], csp, 'served with the strict policy');
        // The front page only links to the tools (it still loads the bundle, as a site-wide head would).
        const elements = await assertElements(page, file, { atLeast: file === 'index.html' ? 0 : 1 });
        if (file === 'plan.html' || file === 'plan-en.html') {
          const planText = elements.find((e) => e.tag === 'kompetence-plan-visning')?.text ?? '';
          assert.match(planText, /Måltidet er mere end mad/, 'the published plan shows its title');
          assert.doesNotMatch(planText, /ikke angivet|not given/, 'every target group has its experience now and its responsibility afterwards');
        }
        await assertAxe(page, `${file} at 1280 px`);

        await page.setViewportSize({ width: 320, height: 800 });
        await page.evaluate(settleInPage);
        await page.waitForTimeout(50); // container queries and layout settle
        const overflow = await page.evaluate(overflowInPage);
        assert.ok(overflow.scrollWidth <= overflow.width, `${file} at 320 px does not scroll sideways (page ${overflow.scrollWidth} px wide; too wide: ${overflow.culprits.join('; ')})`);
        await assertAxe(page, `${file} at 320 px`);
        // The skip link, shown on the first Tab (off screen, axe passed it over; white on white, it
        // passed axe shown too): its text against its background.
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const link = document.activeElement;
          const luminance = (colour) => {
            const [r, g, b] = colour.match(/\d+/g).slice(0, 3).map((c) => {
              const v = Number(c) / 255;
              return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const style = getComputedStyle(link);
          const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
          return { className: link.className, top: link.getBoundingClientRect().top, contrast: (light + 0.05) / (dark + 0.05) };
        });
        assert.equal(skip.className, 'skip', 'the first Tab reaches the skip link');
        assert.ok(skip.top >= 0, 'shown in the window');
        assert.ok(skip.contrast >= 4.5, `the skip link's text at ${skip.contrast.toFixed(2)}:1`);

        await assertClean(page, log, [`/${file}`, '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css', '/intranet.css']);
      } finally {
        await context.close();
      }
    });
  }

  /**
   * The room an element holds before the bundle ran, in px of the page's 16 px text: the page's own
   * size for it, else the `min-block-size` fallback kompetence-elements.css gives the tag.
   */
  const placeholderPx = async (tag) => {
    const page = (await readFile(path.join(root, 'demo/intranet.css'), 'utf8')).match(new RegExp(`\\n${tag} \\{ --kompetence-placeholder-size: ([\\d.]+)em; \\}`))?.[1];
    if (page) return Number(page) * 16;
    const css = await readFile(path.join(root, 'dist/kompetence-elements.css'), 'utf8');
    // Minified: `}tag:not(:defined):not([hidden]){min-block-size:var(--kompetence-placeholder-size, 15em)}`.
    const em = css.match(new RegExp(`[\\s}]${tag}:not\\(:defined\\):not\\(\\[hidden\\]\\)\\s*\\{\\s*min-block-size:\\s*var\\(--kompetence-placeholder-size,\\s*([\\d.]+)em\\);?\\s*\\}`))?.[1];
    assert.ok(em, `kompetence-elements.css sets a placeholder size for <${tag}>`);
    return Number(em) * 16;
  };

  test('no flash: until the bundle has run, kompetence-elements.css hides each element and holds room for it', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route('**/kompetence-elements.bundle.js', async (route) => { await gate; await route.continue(); });
    try {
      const states = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => ({
        tag: el.localName,
        defined: el.matches(':defined'),
        visibility: getComputedStyle(el).visibility,
        height: Math.round(el.getBoundingClientRect().height),
      })));
      const seen = [];
      for (const file of ['ansvarstrappe.html', 'plan.html']) {
        // A module script holds DOMContentLoaded back, so wait for the parsed page instead.
        await page.goto(`${origin}/${file}`, { waitUntil: 'commit' });
        await page.waitForSelector('footer', { state: 'attached' });
        // A stylesheet does not hold the parser back: wait until kompetence-elements.css applies
        // (a <link>'s sheet is in document.styleSheets once loaded), as it would before first paint.
        await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/kompetence-elements.css')));
        for (const e of await states()) {
          seen.push(e.tag);
          const what = `${file}: <${e.tag}> before the bundle ran`;
          assert.equal(e.defined, false, `${what} is not defined yet`);
          assert.equal(e.visibility, 'hidden', `${what} is hidden`);
          // Each element's own placeholder size (its empty height, see test/node/placeholder.node.test.mjs).
          assert.equal(e.height, await placeholderPx(e.tag), `${what} holds its room`);
        }
      }
      assert.deepEqual(seen.sort(), ['ansvars-trappe', 'kompetence-plan-visning']);
      release();
      await page.waitForFunction(() => customElements.get('kompetence-plan-visning'));
      await page.evaluate(settleInPage);
      for (const e of await states()) {
        assert.ok(e.defined && e.visibility === 'visible' && e.height > 700, `<${e.tag}> is shown once defined (${JSON.stringify(e)})`);
      }
    } finally {
      release();
      await context.close();
    }
  });

  test('planlaeg.html and planlaeg-en.html: what the user types survives a reload, and each page keeps its own draft', { timeout: 60_000 }, async () => {
    const typed = {
      'planlaeg.html': 'Vi dækker bord sammen med beboerne før middagen.',
      'planlaeg-en.html': 'We lay the table together with the residents before dinner.',
    };
    const files = Object.keys(typed);
    // One context: both pages share the origin's localStorage, as on a real intranet.
    const { context, page, log } = await open(`${origin}/${files[0]}`);
    try {
      // Playwright's CSS locators pierce shadow roots: the task field inside <kompetence-model>.
      const field = () => page.locator('kompetence-model opgave-felt textarea').first();
      const show = async (file) => {
        await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
        await page.waitForFunction(() => customElements.get('kompetence-model'));
        await page.evaluate(settleInPage);
      };
      for (const file of files) {
        if (file !== files[0]) await show(file);
        const keys = await page.evaluate(() => Object.keys(localStorage).length);
        await field().fill(typed[file]);
        await page.waitForFunction((n) => Object.keys(localStorage).length > n, keys, { timeout: 10_000 });
      }
      for (const file of files) {
        await show(file);
        if (file === files[files.length - 1]) {
          await page.reload({ waitUntil: 'load' });
          await page.waitForFunction(() => customElements.get('kompetence-model'));
          await page.evaluate(settleInPage);
        }
        assert.equal(await field().inputValue(), typed[file], `${file}: its own draft is restored`);
      }
      await assertClean(page, log, [...files.map((f) => `/${f}`), '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css', '/intranet.css']);
    } finally {
      await context.close();
    }
  });

  test('planlaeg.html and planlaeg-en.html print the plan, not the page\'s heading, lead and note on saving (45 % of page 1)', { timeout: 60_000 }, async () => {
    for (const file of ['planlaeg.html', 'planlaeg-en.html']) {
      const { context, page, log } = await open(`${origin}/${file}`);
      try {
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => [...document.querySelectorAll('main > *')]
          .filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.localName));
        assert.deepEqual(printed, ['kompetence-model'], file);
        await assertClean(page, log, [`/${file}`, '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css', '/intranet.css']);
      } finally {
        await context.close();
      }
    }
  });

  test('planlaeg.html: a whole session sends nothing anywhere, says nothing of the plan in the console, and leaves nothing stored once discarded (README, "Persondata og kladder")', { timeout: 60_000 }, async () => {
    const name = 'Anna Testesen';
    const { context, page, log } = await open(`${origin}/planlaeg.html`);
    const said = [];
    page.on('console', (message) => said.push(message.text()));
    try {
      // `print()` opens no dialog here: the element's own beforeprint/afterprint run around it.
      await page.evaluate(() => { window.print = () => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); }; });
      const model = page.locator('kompetence-model');
      const button = (name) => model.getByRole('button', { name, exact: true }).first();
      // The page gives a plan with a date, and the user names a person in it.
      await page.evaluate((ansvarlig) => {
        const element = document.querySelector('kompetence-model');
        const plan = element.plan;
        element.plan = { ...plan, hverdag: { ...plan.hverdag, forankring: [{ id: 'a', type: 'loebende-opfoelgning', beskrivelse: 'Samtale', ansvarlig, dato: '2030-01-10', udfoert: false }] } };
      }, name);
      await model.locator('#titel').fill(`Mobilitet for ${name}`);
      await page.waitForFunction(() => Object.keys(localStorage).length > 0);
      for (const label of ['Download planen (JSON)', 'Download kalenderfilen\u00a0(.ics)']) {
        const [download] = await Promise.all([page.waitForEvent('download'), button(label).click()]);
        assert.match(download.url(), /^blob:/, `${label}: made in the browser`);
      }
      await button('Udskriv').click();
      await model.locator('#example').selectOption('jobcenter');
      await button('Start fra eksemplet').click(); // keeps the user's plan aside, offered back
      await page.waitForTimeout(700); // the example saved as the draft
      await button('Kassér den').click();
      await button('Kassér kladden').click();
      await page.evaluate(settleInPage);
      await page.waitForTimeout(700); // a save would have come by now
      assert.deepEqual(await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]), [], 'nothing stored');
      assert.deepEqual(said.filter((text) => text.includes(name) || text.includes('Samtale')), [], 'no console message holds the plan');
      await assertClean(page, log, ['/planlaeg.html', '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css', '/intranet.css']);
    } finally {
      await context.close();
    }
  });

  test('planlaeg-en.html: <kompetence-model> shows no Danish interface text on any of its five fields', { timeout: 60_000 }, async () => {
    const danish = await danishTexts();
    const { context, page, log } = await open(`${origin}/planlaeg-en.html`);
    try {
      const tabs = page.locator('kompetence-model [role="tab"]');
      assert.equal(await tabs.count(), 5, 'the five fields');
      const seen = new Set();
      for (let i = 0; i < 5; i++) {
        await tabs.nth(i).click();
        await page.evaluate(settleInPage);
        for (const text of await page.evaluate(interfaceTextIn, 'kompetence-model')) seen.add(text);
      }
      assert.ok(seen.has('Title of the plan'), 'the English texts are there');
      const found = [...seen].filter((text) => /[æøå]/i.test(text) || danish.some((da) => text === da || (da.length >= 12 && text.includes(da))));
      assert.deepEqual(found, [], 'no Danish text in the English interface');
      await assertClean(page, log, ['/planlaeg-en.html', '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css', '/intranet.css']);
    } finally {
      await context.close();
    }
  });

  test('English: <html lang="en"> makes the published plan English', async () => {
    const texts = {};
    const titleLang = {};
    for (const file of ['plan.html', 'plan-en.html']) {
      const { context, page } = await open(`${origin}/${file}`);
      texts[file] = await page.evaluate(() => document.querySelector('kompetence-plan-visning').shadowRoot.textContent.replace(/\s+/g, ' '));
      titleLang[file] = await page.evaluate(() => document.querySelector('kompetence-plan-visning').shadowRoot.querySelector('h2').getAttribute('lang'));
      await context.close();
    }
    assert.notEqual(texts['plan-en.html'], texts['plan.html']);
    assert.match(texts['plan-en.html'], /Måltidet er mere end mad/, 'the plan\'s own words stay as written');
    assert.equal(titleLang['plan-en.html'], 'da', 'and are marked Danish (content-lang), so a screen reader reads them in Danish');
    assert.equal(titleLang['plan.html'], null, 'a Danish page needs no marking');
  });
});

// ── The README's snippet ───────────────────────────────────────────────────────────────────────

describe('the README, as a newcomer uses it', () => {
  /** The ```html blocks of the editors' section: the first is a whole page, the others fragments. */
  function editorSnippets() {
    const start = readme.indexOf('\n## Til redaktører / For editors\n');
    assert.ok(start > -1, 'README has the section "Til redaktører / For editors"');
    const end = readme.indexOf('\n## ', start + 1);
    const blocks = [...readme.slice(start, end).matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(blocks.length >= 2, 'the section has a page and snippets');
    return blocks;
  }
  const firstEditorSnippet = () => editorSnippets()[0];

  test('its first editor snippet, pasted into an empty HTML file next to the bundle, shows a working element', { timeout: 60_000 }, async () => {
    const snippet = firstEditorSnippet();
    snippetDir = await mkdtemp(path.join(tmpdir(), 'kompetence-snippet-'));
    for (const file of ['kompetence-elements.bundle.js', 'kompetence-elements.css']) await copyFile(path.join(distDir, file), path.join(snippetDir, file));
    await writeFile(path.join(snippetDir, 'index.html'), snippet);
    snippetServer = await listen(createHandler({ mounts: [['/', snippetDir]] }));
    snippetOrigin = `http://127.0.0.1:${snippetServer.address().port}`;

    const { context, page, log } = await open(`${snippetOrigin}/index.html`);
    try {
      const elements = await assertElements(page, 'the README snippet');
      assert.ok(elements.length >= 1);
      await assertClean(page, log, ['/index.html', '/kompetence-elements.bundle.js', '/kompetence-elements.css'], { browserFavicon: true });
    } finally {
      await context.close();
    }
  });

  test('its other snippets, pasted into that page, each render with their values and no error', { timeout: 60_000 }, async () => {
    assert.ok(snippetDir, 'the test above made the page');
    const [pageSnippet, ...fragments] = editorSnippets();
    const body = fragments.filter((f) => /<[a-z]+-[a-z-]+[\s>]/.test(f)).join('\n');
    await writeFile(path.join(snippetDir, 'snippets.html'), pageSnippet.replace(/<body>[\s\S]*<\/body>/, `<body>\n<main>\n<h1>Snippets</h1>\n${body}\n</main>\n</body>`));
    const { context, page, log } = await open(`${snippetOrigin}/snippets.html`);
    try {
      const elements = await assertElements(page, 'the README snippets', { atLeast: 10 });
      assert.deepEqual([...new Set(elements.map((e) => e.tag))].sort(), [
        'ansvars-trappe', 'forankring-tjekliste', 'kompetence-model', 'kompetence-plan-visning', 'laeringsform-vaelger',
        'laeringsmaal-pyramide', 'mobilitet-aftale', 'opgave-felt', 'perspektiv-felt', 'traeningsbane-plan',
      ], 'every element has a snippet');
      const plan = elements.find((e) => e.tag === 'kompetence-plan-visning');
      assert.match(plan.text, /Måltidet er mere end mad/, 'the plan snippet shows its plan');
      await assertClean(page, log, ['/snippets.html', '/kompetence-elements.bundle.js', '/kompetence-elements.css'], { browserFavicon: true });
    } finally {
      await context.close();
    }
  });
});
