// dist/kompetence-elements.css holds room for each element until the bundle defines it, so the
// page does not jump when the elements appear: in Chromium, each element's placeholder is within
// a fifth of the height the element then has when empty, in a 960px wide column; the
// `--kompetence-placeholder-size` override and the `hidden` attribute work. Needs `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, installHint } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tags = (await readdir(path.join(root, 'src/define'))).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const column = 960;

let browser;
let page;
before(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: column + 40, height: 900 } });
  const body = [
    ...tags.map((tag) => `<${tag}></${tag}>`),
    '<opgave-felt id="none" style="--kompetence-placeholder-size: 0"></opgave-felt>',
    '<div style="--kompetence-placeholder-size: 10rem"><kompetence-model id="ancestor"></kompetence-model></div>',
    '<kompetence-model id="hidden" hidden></kompetence-model>',
  ].join('\n');
  await page.setContent(`<!doctype html><html lang="da"><body style="margin: 20px; font: 16px/1.5 system-ui, sans-serif"><main style="width: ${column}px">${body}</main></body></html>`);
  await page.addStyleTag({ content: await readFile(path.join(root, 'dist/kompetence-elements.css'), 'utf8') });
});
after(async () => {
  await browser?.close();
});

const heights = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main > *:not([id]), main [id]')]
  .map((el) => [el.id || el.localName, { height: el.getBoundingClientRect().height, visibility: getComputedStyle(el).visibility, display: getComputedStyle(el).display }])));

test('each placeholder is within a fifth of the element\'s empty height once defined; the override and hidden work', async () => {
  const before = await heights();
  const bundle = await readFile(path.join(root, 'dist/kompetence-elements.bundle.js'), 'utf8');
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), tags);
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) await Promise.all([...document.querySelectorAll('main *')].map((el) => el.updateComplete));
  });
  const shown = await heights();
  for (const tag of tags) {
    assert.equal(before[tag].visibility, 'hidden', `<${tag}> is hidden until defined`);
    const ratio = before[tag].height / shown[tag].height;
    assert.ok(ratio > 0.8 && ratio < 1.2, `<${tag}>: holds ${before[tag].height}px, is ${shown[tag].height}px once defined (set it to about ${(shown[tag].height / 16).toFixed(0)}rem in src/kompetence-elements.css)`);
  }
  assert.equal(before.none.height, 0, '--kompetence-placeholder-size: 0 on the element holds no room');
  assert.equal(before.ancestor.height, 160, '--kompetence-placeholder-size on an ancestor sets the room');
  assert.equal(before.hidden.display, 'none', 'an element with hidden stays hidden');
});

test('a browser too old for the bundle shows a line that says so, in the page\'s language; one that runs it never shows it', async () => {
  const css = await readFile(path.join(root, 'dist/kompetence-elements.css'), 'utf8');
  const query = /@media ?\(width ?>= ?0\)/;
  assert.match(css, query);
  // Its Danish letters as CSS escapes: a CMS page in windows-1252 linking it without a charset reads them right.
  assert.doesNotMatch(css, /[^\x00-\x7f]/, 'ASCII only');
  const old = await browser.newPage({ viewport: { width: 400, height: 600 } });
  try {
    const page = '<!doctype html><html lang="da"><body><kompetence-model></kompetence-model><ansvars-trappe lang="en"></ansvars-trappe><opgave-felt hidden></opgave-felt></body></html>';
    // Such a browser skips the media query (range syntax) and its rules; no bundle runs.
    await old.setContent(page);
    await old.addStyleTag({ content: css.replace(query, '@media (width < 0)') });
    const line = (tag) => old.evaluate((t) => {
      const el = document.querySelector(t);
      const style = getComputedStyle(el, '::before');
      return { content: style.content, shown: style.display !== 'none' && getComputedStyle(el).visibility === 'visible', height: el.getBoundingClientRect().height };
    }, tag);
    const da = await line('kompetence-model');
    assert.match(da.content, /kan ikke vises i din browser/);
    assert.ok(da.shown && da.height > 0, 'shown where the element would be');
    assert.match((await line('ansvars-trappe')).content, /cannot be shown in your browser/);
    assert.equal((await line('opgave-felt')).height, 0, 'a hidden element stays hidden');
    // This browser knows the query: the line is hidden with the element (taking no room), and if
    // the bundle has not run 10 s later, another line says the part could not be loaded.
    await old.setContent(`${page}<opgave-felt id="none" style="--kompetence-placeholder-size: 0"></opgave-felt>`);
    await old.addStyleTag({ content: css });
    const state = (selector) => old.evaluate((s) => {
      const el = document.querySelector(s);
      const style = getComputedStyle(el, '::before');
      return { content: style.content, visibility: style.visibility, height: el.getBoundingClientRect().height };
    }, selector);
    assert.equal((await state('kompetence-model')).visibility, 'hidden', 'hidden while the bundle may still come');
    // Also under a page's common reduced-motion reset, which ends every animation at once.
    await old.addStyleTag({ content: '*, ::before, ::after { animation-delay: -1ms !important; animation-duration: 1ms !important; }' });
    assert.equal((await state('kompetence-model')).visibility, 'hidden', 'hidden under a reduced-motion reset');
    assert.equal((await state('#none')).height, 0, 'no room taken where the page holds none');
    // 10 s later (the animation's delay, skipped):
    await old.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    const late = await state('kompetence-model');
    assert.match(late.content, /kunne ikke indlæses/);
    assert.equal(late.visibility, 'visible');
    assert.match((await state('ansvars-trappe')).content, /could not be loaded/);
    assert.ok((await state('#none')).height > 0, 'the line shows where no room was held');
    assert.equal((await state('opgave-felt[hidden]')).height, 0, 'a hidden element stays hidden');
  } finally {
    await old.close();
  }
});
