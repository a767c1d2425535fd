// The built bundle on a plain page (issue 3's "Done when", issue 6's strict CSP): serves dist/ and
// test/node/fixtures/bundle-page.html from a local server with a strict Content-Security-Policy
// header, opens the page in the system Chromium (playwright-core, one launch) and checks that
// every element in src/define/ works from attributes alone: defined, rendered from its JSON,
// submitted with its form, switching language with <html lang>, with no console or page error, no
// CSP violation and no request to another host. Needs `npm run build` first (npm test does it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = path.join(root, 'test/node/fixtures');
const distDir = path.join(root, 'dist');
const pagePath = '/bundle-page.html';

/** What a careful intranet sends: only files from this site, no inline script or style, no eval. */
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** Every tag with a registration module, read now so a new element cannot be left out. */
const tags = (await readdir(path.join(root, 'src/define')))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

/** Text from each element's value (Danish page) that its shadow DOM must show, as text or in a field. */
const markers = {
  'opgave-felt': ['Vi laver maden ude hos beboerne', 'Det har været en dyd at lave mad'],
  'ansvars-trappe': ['Alle medarbejdere, også vikarer', 'Social- og sundhedsassistenter'],
  'perspektiv-felt': ['Mad lavet tæt på beboerne', 'Mere effektiv køkkendrift'],
  'laeringsmaal-pyramide': ['At organisere madlavningen', 'En ny holdning til måltidet'],
  'traeningsbane-plan': ['Måltidets indhold set med faglige øjne', 'Fælles refleksion', 'Mentorforløb'],
  'laeringsform-vaelger': ['Mentorforløb', 'Værktøjskursus'],
  'mobilitet-aftale': ['Plejecenter Engly, køkkenet', 'Meldes til begge ledere'],
  'forankring-tjekliste': ['Ressourcepersonerne støtter kollegerne.', 'praksisgennemgang'],
  'kompetence-plan-visning': ['Måltidet er mere end mad', 'Social- og sundhedsassistenter', 'Plejecenter Engly, køkkenet'],
  'kompetence-model': ['Måltidet er mere end mad'],
};

/** Attributes the page sets, as the element's properties must read them. */
const properties = {
  'ansvars-trappe': { koerekort: true },
  'traeningsbane-plan': { goals: ['metoder', 'viden', 'rolle'], experience: ['begyndere'] },
  'laeringsform-vaelger': { goals: ['metoder', 'rolle'], experience: ['begyndere'] },
  'forankring-tjekliste': { titel: 'Måltidet er mere end mad' },
  'kompetence-plan-visning': { advice: true },
};

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

let server;
let origin;
let browser;
let page;
let fixture;
const requests = [];
const badResponses = [];
const consoleErrors = [];
const consoleWarnings = [];
const pageErrors = [];

/** Resolves a URL path to dist/ (`/dist/…`) or the fixtures folder; nothing outside them. */
function fileFor(urlPath) {
  const [dir, rest] = urlPath.startsWith('/dist/') ? [distDir, urlPath.slice('/dist/'.length)] : [fixtureDir, urlPath.slice(1)];
  const file = path.join(dir, decodeURIComponent(rest));
  return file.startsWith(dir + path.sep) ? file : undefined;
}

async function startServer() {
  const srv = createServer(async (req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    const body = file && (await readFile(file).catch(() => undefined));
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
      res.end('Not found.\n');
      return;
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', resolve);
  });
  return srv;
}

// ── In the page (functions passed to page.evaluate; they run in Chromium, not in Node) ──────────

/** Waits until every element of ours, in the page and in shadow roots, has finished updating. */
async function settleInPage(tagList) {
  const all = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (tagList.includes(el.localName) && customElements.get(el.localName)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  await new Promise((r) => setTimeout(r, 0)); // MutationObserver callbacks (lang) have run
  for (let round = 0; round < 3; round++) await Promise.all(all().map((el) => el.updateComplete));
}

/** One entry per element of ours in the light DOM: its state, styles and texts. */
function snapshotInPage({ tagList, propertyChecks }) {
  const text = (root, withValues) => {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) out.push(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (node.localName === 'style' || node.localName === 'script') return;
      if (withValues && node.localName === 'textarea') out.push(node.value);
      if (withValues && node.localName === 'input' && !['checkbox', 'radio', 'button', 'submit', 'hidden'].includes(node.type)) out.push(node.value);
      if (withValues && node.localName === 'select') out.push(node.selectedOptions[0]?.textContent ?? '');
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return out.join(' ').replace(/\s+/g, ' ').trim();
  };
  return [...document.querySelectorAll(tagList.join(','))].map((el, index) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const props = propertyChecks[el.localName] ?? {};
    return {
      index,
      tag: el.localName,
      lang: el.getAttribute('lang'),
      name: el.getAttribute('name'),
      registered: customElements.get(el.localName) === el.constructor,
      defined: el.matches(':defined'),
      visibility: style.visibility,
      height: box.height,
      // The shared :host rule of src/internal/styles.ts sets this: proof the adopted stylesheets apply.
      accent: style.getPropertyValue('--_accent').trim(),
      adoptedSheets: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
      styleElements: el.shadowRoot?.querySelectorAll('style').length ?? 0,
      shadowChildren: el.shadowRoot?.childElementCount ?? 0,
      // The error region is always there (an alert announced when it fills); it must stay empty.
      errorText: [...(el.shadowRoot?.querySelectorAll('[part~="error"], [part~="query-error"]') ?? [])].map((x) => x.textContent.trim()).filter(Boolean).join(' '),
      properties: Object.fromEntries(Object.keys(props).map((key) => [key, JSON.parse(JSON.stringify(el[key] ?? null))])),
      ui: el.shadowRoot ? text(el.shadowRoot, false) : '',
      all: el.shadowRoot ? text(el.shadowRoot, true) : '',
    };
  });
}

// ── Setup ──────────────────────────────────────────────────────────────────────────────────────

before(async () => {
  for (const file of ['kompetence-elements.bundle.js', 'kompetence-elements.css']) {
    await access(path.join(distDir, file)).catch(() => {
      throw new Error(`dist/${file} is missing: run npm run build first`);
    });
  }
  fixture = await readFile(path.join(fixtureDir, 'bundle-page.html'), 'utf8');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);

  server = await startServer();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => badResponses.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) badResponses.push(`${response.url()}: ${response.status()}`);
  });
  page.on('console', (message) => {
    const line = `${message.text()} (${message.location().url ?? ''})`;
    if (message.type() === 'error') consoleErrors.push(line);
    if (message.type() === 'warning') consoleWarnings.push(line);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.stack ?? error)));
  // Not page script: Playwright injects it before the page's own, whatever the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__invalid = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.composedPath()[0];
      window.__cspViolations.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        element: where?.localName ?? String(where),
        host: where?.getRootNode?.()?.host?.localName ?? null,
      });
    }, true);
    document.addEventListener('kompetence-invalid', (e) => {
      window.__invalid.push({ tag: e.composedPath()[0]?.localName, issues: e.detail.issues });
    }, true);
  });
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
  await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), tags, { timeout: 15_000 })
    .catch(() => {}); // the test that checks registration says which tag is missing
  await page.evaluate(settleInPage, [...tags, 'kompetence-model']);
}, { timeout: 60_000 }); // ~3 s on an idle machine; generous for a loaded CI runner

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const snapshot = () => page.evaluate(snapshotInPage, { tagList: tags, propertyChecks: properties });

// ── The page itself ────────────────────────────────────────────────────────────────────────────

test('dist/THIRD-PARTY-NOTICES.txt holds the licence of each package the bundle has code of (the minifier drops their comments)', async () => {
  const notices = await readFile(path.join(distDir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  assert.ok(notices.includes((await readFile(path.join(root, 'LICENSE'), 'utf8')).trim()), 'the package\'s own licence (editors copy this file, not LICENSE)');
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod']) {
    const dir = path.join(root, 'node_modules', name);
    const { version, license } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    assert.ok(notices.includes(`${name}@${version} (${license})`), `${name} is named`);
    assert.ok(notices.includes((await readFile(path.join(dir, 'LICENSE'), 'utf8')).trim()), `${name}'s licence text is in full`);
  }
  assert.doesNotMatch(notices, /@lit\/react@|react-dom/, 'only what the bundle holds (the React wrappers are not in it)');
});

test('the fixture uses every element in src/define/, and each has its markers here', () => {
  assert.ok(tags.length > 0, 'src/define/ has registration modules');
  for (const tag of tags) {
    assert.match(fixture, new RegExp(`<${tag}[\\s>]`), `<${tag}> is used in test/node/fixtures/bundle-page.html`);
    assert.ok(markers[tag]?.length, `${tag} has text to look for in \`markers\` of this test`);
  }
});

test('the fixture loads only the built CSS and bundle, with no inline script or style', () => {
  const scripts = [...fixture.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one <script>');
  assert.match(scripts[0][1], /type="module"/);
  assert.match(scripts[0][1], /src="dist\/kompetence-elements\.bundle\.js"/);
  assert.equal(scripts[0][2].trim(), '', 'no inline script');
  const stylesheets = [...fixture.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(stylesheets, ['<link rel="stylesheet" href="dist/kompetence-elements.css">']);
  assert.doesNotMatch(fixture, /<style\b|\sstyle=|\son[a-z]+=/i, 'no inline style or event handler attribute');
  assert.doesNotMatch(fixture, /<(script|link)\b[^>]*(src|href)="(https?:)?\/\//i, 'nothing from another host');
});

// ── The elements ───────────────────────────────────────────────────────────────────────────────

test('every element is registered, rendered, shown and styled under the strict CSP', async () => {
  const defined = await page.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
  assert.deepEqual(defined, tags, 'customElements.get(tag) for every tag in src/define/');
  const entries = (await snapshot()).filter((e) => tags.includes(e.tag));
  for (const tag of tags) assert.ok(entries.some((e) => e.tag === tag), `<${tag}> is on the page`);
  for (const e of entries) {
    const what = `<${e.tag}>#${e.index}`;
    assert.ok(e.registered && e.defined, `${what} is upgraded and matches :defined`);
    assert.equal(e.visibility, 'visible', `${what} is no longer hidden by the :not(:defined) rule`);
    assert.ok(e.height > 0, `${what} takes up space`);
    assert.ok(e.shadowChildren > 0, `${what} rendered into its shadow root`);
    assert.ok(e.adoptedSheets > 0, `${what} uses adopted (constructable) stylesheets`);
    assert.equal(e.styleElements, 0, `${what} has no <style> element (it would need 'unsafe-inline')`);
    assert.equal(e.accent, '#004b87', `${what}: the shared :host styles apply`);
    assert.equal(e.errorText, '', `${what} shows no input error`);
    assert.deepEqual(e.properties, properties[e.tag] ?? {}, `${what} read its attributes`);
  }
});

test('each element shows the content of its value', async () => {
  for (const e of (await snapshot()).filter((x) => tags.includes(x.tag))) {
    for (const text of markers[e.tag]) {
      assert.ok(e.all.includes(text), `<${e.tag}> shows "${text}"; its shadow DOM has: ${e.all.slice(0, 300)}…`);
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__invalid), [], 'no kompetence-invalid event (the page\'s JSON is valid)');
});

test('the form submits each named element\'s value as JSON', async () => {
  const { entries, named } = await page.evaluate(() => {
    const form = document.getElementById('plan-form');
    return {
      entries: [...new FormData(form)].map(([key, value]) => [key, String(value)]),
      // Elements of ours that are defined (a tag without a src/define/ module yet stays out of it).
      named: [...form.querySelectorAll('[name]')].filter((el) => customElements.get(el.localName)).map((el) => ({
        tag: el.localName,
        name: el.getAttribute('name'),
        // <kompetence-model> here starts from an example (no JSON attribute to compare with).
        attribute: el.getAttribute('value'),
        value: JSON.stringify(el.value),
      })),
    };
  });
  const formTags = await page.evaluate((list) => list.filter((tag) => customElements.get(tag)?.formAssociated), tags);
  assert.deepEqual([...new Set(named.map((n) => n.tag))].sort(), formTags.sort(), 'every form-associated element is named in the form');
  assert.deepEqual(entries.map(([key]) => key), named.map((n) => n.name), 'one entry per named element, in order');
  const data = new Map(entries);
  for (const { tag, name, attribute, value } of named) {
    const submitted = data.get(name);
    assert.equal(submitted, value, `<${tag} name="${name}"> submits JSON.stringify(value)`);
    if (attribute !== null) assertIncludes(JSON.parse(submitted), JSON.parse(attribute), `<${tag} name="${name}">`);
  }
});

/** Every value of `expected` is in `actual` (the parsed value may add defaults, nothing else changes). */
function assertIncludes(actual, expected, where) {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where} is an array`);
    assert.equal(actual.length, expected.length, `${where}.length`);
    expected.forEach((item, i) => assertIncludes(actual[i], item, `${where}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    assert.ok(actual && typeof actual === 'object', `${where} is an object`);
    for (const [key, item] of Object.entries(expected)) assertIncludes(actual[key], item, `${where}.${key}`);
  } else {
    assert.equal(actual, expected, where);
  }
}

test('<html lang="en"> switches every element to English, and back', async () => {
  const da = await snapshot();
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await page.evaluate(settleInPage, tags);
  const en = await snapshot();
  await page.evaluate(() => { document.documentElement.lang = 'da'; });
  await page.evaluate(settleInPage, tags);
  const back = await snapshot();

  for (const [i, before] of da.entries()) {
    if (!tags.includes(before.tag)) continue;
    const what = `<${before.tag}${before.lang ? ` lang="${before.lang}"` : ''}>#${i}`;
    if (before.lang) {
      assert.equal(en[i].ui, before.ui, `${what} keeps its own language`);
    } else {
      assert.notEqual(en[i].ui, before.ui, `${what} changes its texts with <html lang="en">`);
      assert.equal(back[i].ui, before.ui, `${what} is Danish again with <html lang="da">`);
    }
  }
  // A learning form's name is the catalog's, in the element's language.
  const chooser = en.find((e) => e.tag === 'laeringsform-vaelger');
  assert.ok(chooser.all.includes('Mentoring') && !chooser.all.includes('Mentorforløb'), 'the chooser names the forms in English');

  // An element with lang="en" of its own shows what its twin without shows once the page is English.
  const own = da.filter((e) => tags.includes(e.tag) && e.lang === 'en');
  assert.ok(own.length > 0, 'the page has an element with lang="en" of its own');
  for (const e of own) {
    const twin = da.findIndex((x) => x.tag === e.tag && !x.lang);
    assert.ok(twin > -1, `the page has <${e.tag}> without lang too`);
    assert.notEqual(e.ui, da[twin].ui, `lang="en" on <${e.tag}> makes it English on a Danish page`);
    assert.equal(e.ui, en[twin].ui, `lang="en" on <${e.tag}> reads as <html lang="en"> does`);
  }
});

// ── What the page did (last, so it covers everything above) ────────────────────────────────────

test('no console error, page error or CSP violation, and no request to another host', async (t) => {
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, [], 'no securitypolicyviolation event');
  assert.deepEqual(pageErrors, [], 'no uncaught error');
  assert.deepEqual(consoleErrors, [], 'no console error');
  assert.deepEqual(badResponses, [], 'every request succeeded');
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'every request goes to the test server');
  const local = [...new Set(requests.filter((url) => url.startsWith(origin)).map((url) => url.slice(origin.length)))].sort();
  assert.deepEqual(local, ['/bundle-page.html', '/dist/kompetence-elements.bundle.js', '/dist/kompetence-elements.css'], 'the page, the CSS and the bundle, nothing else');
  if (consoleWarnings.length) t.diagnostic(`console warnings: ${consoleWarnings.join(' | ')}`);
});

// After the test above: this one causes violations on purpose.
test('control: the policy is in force and the listener sees violations', async () => {
  const result = await page.evaluate(async () => {
    const before = window.__cspViolations.length;
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red'); // an inline style attribute: blocked without 'unsafe-inline'
    document.body.append(probe);
    // A string timer is eval: blocked without 'unsafe-eval'. (eval inside page.evaluate itself is
    // not checked: DevTools evaluation is exempt.)
    setTimeout('window.__stringTimerRan = true', 0);
    await new Promise((r) => setTimeout(r, 100)); // violation events are queued as tasks
    probe.remove();
    return {
      stringTimerRan: window.__stringTimerRan === true,
      seen: window.__cspViolations.slice(before).map((v) => v.directive),
    };
  });
  assert.equal(result.stringTimerRan, false, 'a string timer (eval) did not run');
  assert.ok(result.seen.includes('script-src'), `the blocked eval was reported (saw: ${result.seen.join(', ')})`);
  assert.ok(result.seen.includes('style-src-attr'), `the blocked style attribute was reported (saw: ${result.seen.join(', ')})`);
});
