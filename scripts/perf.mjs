// node scripts/perf.mjs [rate…] (after the build): how the built bundle feels on a slow PC, in
// Chromium with the CPU throttled (default 4 and 6 times slower), in ms. Not part of npm test: the
// numbers follow the machine and its load (run it twice on a quiet machine). Per page: load (first
// render of the model and its fields; interactive: the last long task ended), keystroke to next
// paint in the task box and a training-ground box (p50/p95/max of 40 keys; a plain <textarea> on the
// same page is the browser's own share), the longest task while typing and at the pause when advice
// is judged, the five tabs (first visit, again), and checkboxes of <laeringsform-vaelger>.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';
import { root } from './lib.mjs';
import { serve } from './serve.mjs';

if (!existsSync(path.join(root, 'dist/kompetence-elements.bundle.js'))) {
  console.error('No dist/kompetence-elements.bundle.js: run node scripts/build.mjs first.');
  process.exit(1);
}

const rates = process.argv.slice(2).map(Number).filter(Boolean);
const server = await serve({ port: 0 });
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
const page = (attrs) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="stylesheet" href="/dist/kompetence-elements.css">
<script type="module" src="/dist/kompetence-elements.bundle.js"></script></head><body><main><textarea id="plain" rows="2" aria-label="plain"></textarea>
<kompetence-model ${attrs}></kompetence-model></main></body></html>`;

// In the page before its scripts: long tasks, and from each keydown or click the time to the next frame.
const probe = () => {
  window.__long = [];
  new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  window.__lat = [];
  for (const type of ['keydown', 'click']) addEventListener(type, (e) => {
    requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - e.timeStamp)));
  }, true);
};

const at = (a, p) => Math.round([...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))] ?? 0);
const longest = (tasks) => Math.round(Math.max(0, ...tasks.map((t) => t[1])));

async function open(rate, url, html) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.addInitScript(probe);
  if (html) await p.route(url, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await (await context.newCDPSession(p)).send('Emulation.setCPUThrottlingRate', { rate });
  await p.goto(url);
  const rendered = await p.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    for (let i = 0; i < 3; i++) await Promise.all(all(document).map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now();
  });
  await p.waitForTimeout(1500);
  const long = await p.evaluate(() => window.__long);
  const interactive = Math.max(rendered, ...long.map(([s, d]) => s + d));
  return { context, p, load: `render ${Math.round(rendered)}, interactive ${Math.round(interactive)}, longest task ${longest(long)}` };
}

async function type(p, selector) {
  await p.locator(selector).first().click();
  await p.keyboard.press('End');
  await p.evaluate(() => { window.__lat = []; window.__long = []; });
  for (const ch of 'Vi øver at tale med pårørende om maden.') await p.keyboard.type(ch).then(() => p.waitForTimeout(120));
  const end = await p.evaluate(() => performance.now());
  await p.waitForTimeout(1500);
  const { lat, long } = await p.evaluate(() => ({ lat: window.__lat, long: window.__long }));
  return `p50 ${at(lat, 0.5)} p95 ${at(lat, 0.95)} max ${at(lat, 1)}; long task typing ${longest(long.filter(([s]) => s < end))}, pause ${longest(long.filter(([s]) => s >= end))}`;
}

async function clicks(p, selectors) {
  const out = [];
  for (const s of selectors) {
    await p.evaluate(() => (window.__lat = []));
    await p.locator(s).first().click();
    await p.waitForTimeout(900);
    out.push(Math.round((await p.evaluate(() => window.__lat))[0]));
  }
  return out.join(' ');
}

const tabs = ['perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag', 'opgave'].map((f) => `#tab-${f}`);
const forms = ['laeringsform-vaelger input[type=checkbox] >> nth=0', 'laeringsform-vaelger input[data-form] >> nth=1', 'laeringsform-vaelger input[data-form] >> nth=0'];
const example = 'example="plejecenter-maaltid"';
try {
  for (const rate of rates.length ? rates : [4, 6]) {
    console.log(`\n== CPU ${rate}x slower ==`);
    for (const [name, attrs] of [['empty', ''], ['empty, drafts', 'storage-key="perf"'], ['example', example], ['example, drafts', `${example} storage-key="perf"`]]) {
      const { context, p, load } = await open(rate, `${base}/perf.html`, page(attrs));
      console.log(`${name}: load ${load}`);
      console.log(`  keys, plain textarea: ${await type(p, '#plain')}`);
      console.log(`  keys, task box:       ${await type(p, 'opgave-felt textarea#beskrivelse')}`);
      console.log(`  tabs: first ${await clicks(p, tabs)}; again ${await clicks(p, tabs)}`);
      await p.locator('#tab-traeningsbane').click();
      console.log(`  keys, training box:   ${await type(p, 'traeningsbane-plan textarea#vidensopbygning')}`);
      console.log(`  chooser checkboxes:   ${await clicks(p, forms)}`);
      await context.close();
    }
    const { context, p, load } = await open(rate, `${base}/laeringsform.html`);
    console.log(`chooser page: load ${load}\n  checkboxes (a goal, then forms): ${await clicks(p, forms)}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
