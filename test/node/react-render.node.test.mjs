// The React wrappers (`kompetence-elements/react`, built in dist/react/) rendered by React 19 in
// Chromium. React ships CommonJS only, which web-test-runner does not load as is, so this test
// bundles test/node/fixtures/react-app.jsx with esbuild into one ES module in memory, serves it
// to the system Chromium through playwright-core's request routing (no server, no other host)
// and drives the page: a user edit in the shadow DOM reaches `onKompetenceChange`, a bad `value`
// prop reaches `onKompetenceInvalid`. The last test renders the wrappers on a "server" (Node,
// react-dom/server). Needs `npm run build` first (npm test does it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const origin = 'http://react.test';
const pageHtml = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>React</title></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;

let browser;
let page;
const consoleErrors = [];
const consoleWarnings = [];
const pageErrors = [];
const requests = [];

before(async () => {
  await access(path.join(root, 'dist/react/index.js')).catch(() => {
    throw new Error('dist/react/index.js is missing: run npm run build first');
  });
  const bundled = await build({
    entryPoints: [path.join(root, 'test/node/fixtures/react-app.jsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // React's CommonJS entry picks its build from process.env.NODE_ENV; development keeps its warnings.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  const app = bundled.outputFiles[0].text;

  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.stack ?? error)));
  await page.route(`${origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/app.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: app });
    if (pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml });
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.reactTest, undefined, { timeout: 15_000 });
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
});

const events = () => page.evaluate(() => window.reactTest.events);
const clear = () => page.evaluate(() => window.reactTest.clear());
/** Lit renders in a microtask after a property is set; wait for every element of the page. */
const settle = () => page.evaluate(async () => {
  for (const el of document.querySelectorAll('#root *')) await el.updateComplete;
});

test('React 19 renders every wrapper, and importing the wrappers registered each element', async () => {
  assert.match(await page.evaluate(() => window.reactTest.reactVersion), /^19\./);
  await page.evaluate(() => window.reactTest.render('All'));
  await settle();
  const rendered = await page.evaluate(() => [...document.querySelectorAll('#root > [data-wrapper]')].map((el) => ({
    wrapper: el.dataset.wrapper,
    tag: el.localName,
    upgraded: customElements.get(el.localName) === el.constructor && el.constructor.name === el.dataset.wrapper,
    shadow: (el.shadowRoot?.childElementCount ?? 0) > 0,
  })));
  assert.ok(rendered.length >= 9, `every wrapper rendered (got ${rendered.length})`);
  for (const r of rendered) {
    assert.ok(r.upgraded, `${r.wrapper} renders <${r.tag}>, upgraded to the class of the same name`);
    assert.ok(r.shadow, `<${r.tag}> rendered into its shadow root`);
  }
});

test('a user edit in the shadow DOM reaches onKompetenceChange as a KompetenceChangeEvent with the value', async () => {
  await page.evaluate(() => window.reactTest.render('Controlled'));
  await clear();
  // A radio inside <ansvars-trappe>'s shadow root: the future responsibility of the first group.
  await page.locator('#root ansvars-trappe #g0-goal-selvstaendigt').click();
  await settle();
  const got = await events();
  assert.equal(got.length, 1, 'one event for one edit');
  assert.deepEqual(got[0], {
    prop: 'onKompetenceChange',
    type: 'kompetence-change',
    eventClass: 'KompetenceChangeEvent',
    target: 'ansvars-trappe',
    detail: {
      value: [{ id: 'gruppe-1', maalgruppe: 'Social- og sundhedsassistenter', nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' }],
    },
  });
  // The handler put the value in state; React rendered it and set it back on the element.
  assert.deepEqual(JSON.parse(await page.locator('#state').textContent()), got[0].detail.value);
  assert.equal(await page.locator('#root ansvars-trappe #g0-goal-selvstaendigt').isChecked(), true);
  const element = await page.evaluate(() => {
    const el = window.reactTest.ref.current;
    return { tag: el?.localName, className: el?.className, fremtidigt: el?.value?.[0]?.fremtidigt };
  });
  assert.deepEqual(element, { tag: 'ansvars-trappe', className: 'trappe', fremtidigt: 'selvstaendigt' }, 'ref and className reach the element');
});

test('a parent that re-renders keeps the user\'s edit (a property is set only when its prop changes)', async () => {
  await page.evaluate(() => window.reactTest.render('Uncontrolled', { initial: [{ id: 'g', maalgruppe: 'Vikarer' }] }));
  await clear();
  const radio = page.locator('#root ansvars-trappe #g0-goal-ressourceperson');
  await radio.click();
  await page.locator('#rerender').click();
  await settle();
  assert.equal(await radio.isChecked(), true, 'the edit survives the parent\'s renders');
  assert.equal(await page.evaluate(() => document.querySelector('#root ansvars-trappe').value[0].fremtidigt), 'ressourceperson');
  assert.equal((await events()).length, 1);
});

test('a bad value prop reaches onKompetenceInvalid, on the first render and on later ones, once each', async () => {
  // The value prop comes before the handler: the handler must listen before the value is set.
  await clear();
  await page.evaluate(() => window.reactTest.renderBare([{ bogus: 1 }]));
  let got = await events();
  assert.equal(got.length, 1, 'one kompetence-invalid for the bad value given on the first render');
  assert.equal(got[0].prop, 'onKompetenceInvalid');
  assert.equal(got[0].eventClass, 'KompetenceInvalidEvent');
  assert.equal(got[0].target, 'ansvars-trappe');
  assert.equal(got[0].detail.source, 'property');
  assert.ok(got[0].detail.issues.some((issue) => issue.code === 'unknown_key' && issue.path.join('.') === '0.bogus'), JSON.stringify(got[0].detail.issues));

  // The handler puts the issues in state: the parent re-renders with the same bad value, which is
  // not set again (no second event, no render loop). A new bad value is reported.
  await clear();
  await page.evaluate(() => window.reactTest.render('Invalid', { value: 'not json' }));
  await settle();
  got = await events();
  assert.equal(got.length, 1, 'one event, although the handler re-renders the parent');
  assert.equal(await page.locator('#issues').textContent(), String(got[0].detail.issues.length));
  await page.evaluate(() => window.reactTest.update({ value: [{ id: 'g', maalgruppe: 'x', fremtidigt: 'paa-maanen' }] }));
  await settle();
  got = await events();
  assert.equal(got.length, 2, 'a later render with another bad value fires again');
  assert.ok(got[1].detail.issues.some((issue) => issue.path.join('.') === '0.fremtidigt'), JSON.stringify(got[1].detail.issues));
  // A good value clears the shown error.
  await page.evaluate(() => window.reactTest.update({ value: [{ id: 'g', maalgruppe: 'Vikarer' }] }));
  await settle();
  assert.equal(await page.evaluate(() => document.querySelector('#root ansvars-trappe').value[0].maalgruppe), 'Vikarer');
  assert.equal((await events()).length, 2);
});

test('a controlled element keeps the Undo of a removal, with the focus, when React sets the value back', async () => {
  await page.evaluate(() => window.reactTest.render('Controlled'));
  await page.locator('#root ansvars-trappe [data-remove="0"]').click();
  await settle();
  // The handler's state update renders the parent, which sets the value it got back on the element
  // (React schedules that render: on a busy machine it comes after the elements settle).
  await page.waitForFunction(() => document.querySelector('#state')?.textContent === '[]', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator('#state').textContent(), '[]');
  assert.equal(await page.evaluate(() => document.querySelector('#root ansvars-trappe').shadowRoot.activeElement?.id), 'undo');
  await page.keyboard.press('Enter');
  await settle();
  await page.waitForFunction(() => document.querySelector('#state')?.textContent !== '[]', null, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(JSON.parse(await page.locator('#state').textContent()), [{ id: 'gruppe-1', maalgruppe: 'Social- og sundhedsassistenter', nuvaerende: 'begyndere' }]);
});

test('lang={undefined} leaves no lang attribute (as @lit/react), and undefined props unset without an error', async () => {
  await clear();
  const seen = () => page.evaluate(() => {
    const el = document.querySelector('#root ansvars-trappe');
    return { lang: el.getAttribute('lang'), title: el.getAttribute('title'), legend: el.shadowRoot.querySelector('legend')?.textContent ?? null, error: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? '' };
  });
  await page.evaluate(() => window.reactTest.render('Props', { lang: undefined, title: undefined, value: undefined }));
  await settle();
  assert.deepEqual(await seen(), { lang: null, title: null, legend: null, error: '' });
  await page.evaluate(() => window.reactTest.update({ lang: 'en', value: [{ id: 'g', maalgruppe: 'Vikarer' }] }));
  await settle();
  assert.equal((await seen()).lang, 'en');
  assert.equal((await seen()).legend, 'Target group 1');
  await page.evaluate(() => window.reactTest.update({ lang: undefined, value: undefined }));
  await settle();
  assert.deepEqual(await seen(), { lang: null, title: null, legend: null, error: '' }, 'back to Danish and the empty value');
  await page.evaluate(() => window.reactTest.update({ lang: null }));
  await settle();
  assert.equal((await seen()).lang, null);
  assert.deepEqual(await events(), [], 'no kompetence-invalid');
});

test('the form prop joins the element to a form elsewhere on the page by its id, as on a native control, and leaves it when unset', async () => {
  await clear();
  const joined = () => page.evaluate(() => {
    const el = document.querySelector('#root ansvars-trappe');
    const form = document.getElementById('elsewhere');
    return { attribute: el.getAttribute('form'), joined: el.form === form, submitted: new FormData(form).get('trappe') };
  });
  const warnings = consoleWarnings.length;
  await page.evaluate(() => window.reactTest.render('FormElsewhere', { form: 'elsewhere' }));
  await settle();
  const inForm = await joined();
  assert.equal(inForm.attribute, 'elsewhere');
  assert.equal(inForm.joined, true);
  assert.equal(JSON.parse(inForm.submitted)[0].maalgruppe, 'Social- og sundhedsassistenter');
  await page.evaluate(() => window.reactTest.update({ form: undefined }));
  await settle();
  assert.deepEqual(await joined(), { attribute: null, joined: false, submitted: null });
  assert.equal(consoleWarnings.length, warnings, 'no "read-only" warning');
});

test('the disabled prop sets and removes the disabled attribute (the element has no disabled property)', async () => {
  await clear();
  const state = () => page.evaluate(() => {
    const el = document.querySelector('#root ansvars-trappe');
    return { attribute: el.getAttribute('disabled'), editable: [...el.shadowRoot.querySelectorAll('textarea, input, select')].some((c) => !c.disabled && !c.readOnly) };
  });
  await page.evaluate(() => window.reactTest.render('Props', { disabled: true, value: [{ id: 'g', maalgruppe: 'Vikarer' }] }));
  await settle();
  assert.deepEqual(await state(), { attribute: '', editable: false });
  await page.evaluate(() => window.reactTest.update({ disabled: false, value: [{ id: 'g', maalgruppe: 'Vikarer' }] }));
  await settle();
  assert.deepEqual(await state(), { attribute: null, editable: true });
});

test('no console error or page error, and no request but the page and its script', async () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual([...new Set(requests)].sort(), [`${origin}/`, `${origin}/app.js`]);
});

test('the wrappers render on a server (Node, react-dom/server) as their tags', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { AnsvarsTrappe, KompetencePlanVisning } = await import('../../dist/react/index.js');
  const html = renderToString(createElement('div', null,
    createElement(AnsvarsTrappe, { value: [], readonly: true, onKompetenceChange: () => {} }),
    createElement(KompetencePlanVisning, { className: 'plan' })));
  assert.match(html, /<ansvars-trappe\b[^>]*><\/ansvars-trappe>/);
  assert.match(html, /<kompetence-plan-visning\b[^>]*class="plan"[^>]*>/);
});
