// docs/examples/server-validation.mjs, the README's server example, run as a user would run it:
// against the built package (it imports `kompetence-elements/model`, resolved through the
// package's exports to dist/), as a command over files and as an HTTP endpoint in a child
// process, with plans sent as JSON, as an urlencoded form and as multipart form data.
// Needs `npm run build` first (npm test does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { advise, completeness, examples } from 'kompetence-elements/model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.join(root, 'docs/examples/server-validation.mjs');
const run = promisify(execFile);

const example = examples.jobcenter;
const adviceIds = (plan) => advise(plan).map((a) => a.id);
const typo = { schemaVersion: 1, opgave: { beskrivlse: 'Tværfaglige møder' } };

let dir;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kompetence-server-validation-'));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('as a module', () => {
  test('validatePlan: the parsed, complete plan with its score and advice, x- keys kept', async () => {
    const { validatePlan, languageOf } = await import(script);
    const result = validatePlan(JSON.stringify({ schemaVersion: 1, titel: 'Tværfaglige møder', 'x-sagsnummer': '2026-0142' }));
    assert.equal(result.ok, true);
    assert.equal(result.plan['x-sagsnummer'], '2026-0142', 'an x- key is kept untouched');
    assert.deepEqual(result.plan.ansvar, [], 'missing parts are filled in');
    assert.equal(result.score, 0);
    assert.deepEqual(result.advice.map((a) => a.id), adviceIds(result.plan));

    const bad = validatePlan(typo, { lang: 'en' });
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.issues.map((i) => [i.code, i.path.join('.')]), [['unknown_key', 'opgave.beskrivlse']]);
    assert.match(bad.issues[0].message, /Unknown key/);
    assert.equal(languageOf('en-GB,en;q=0.9,da;q=0.8'), 'en');
    assert.equal(languageOf('da-DK,da;q=0.9'), 'da');
    assert.equal(languageOf(undefined), 'da');
  });
});

describe('as a command over files', () => {
  test('one line per file, and exit code 1 when one is invalid', async () => {
    const files = {
      'jobcenter.json': JSON.stringify(example, null, 2),
      'med-egne-data.json': JSON.stringify({ ...example, 'x-sagsnummer': '2026-0142' }),
      'stavefejl.json': JSON.stringify(typo),
      'ikke-json.json': '{"schemaVersion": 1,',
      'fremtidig-version.json': JSON.stringify({ schemaVersion: 99 }),
    };
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    const error = await run(process.execPath, [script, ...Object.keys(files).map((f) => path.join(dir, f))], { cwd: root })
      .then(() => undefined, (e) => e);
    assert.ok(error, 'the command fails');
    assert.equal(error.code, 1, 'exit code 1');
    const expectedAdvice = adviceIds(example).join(', ');
    const score = completeness(example).score;
    assert.deepEqual(error.stdout.trim().split('\n'), [
      `jobcenter.json: valid, ${score}/5 conditions met, advice: ${expectedAdvice}`,
      `med-egne-data.json: valid, ${score}/5 conditions met, advice: ${expectedAdvice}`,
      'stavefejl.json: invalid: unknown_key at opgave.beskrivlse',
      'ikke-json.json: invalid: invalid_json at (root)',
      'fremtidig-version.json: invalid: unsupported_version at schemaVersion',
    ]);
    assert.equal(error.stderr, '');
  });

  test('exit code 0 when every file is valid', async () => {
    const file = path.join(dir, 'tom.json');
    await writeFile(file, '{"schemaVersion": 1}');
    const { stdout } = await run(process.execPath, [script, file], { cwd: root });
    assert.match(stdout, /^tom\.json: valid, 0\/5 conditions met, advice: opgave-mangler, /);
  });
});

describe('as an HTTP endpoint', () => {
  let child;
  let endpoint;

  before(async () => {
    child = spawn(process.execPath, [script, '--serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    endpoint = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no "Listening on" line: ${out}`)), 15_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const url = out.match(/Listening on (http:\/\/\S+\/plans)/)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
    });
  });
  after(() => {
    child?.kill();
  });

  const expected = () => ({ id: example.id, schemaVersion: 1, score: completeness(example).score, advice: adviceIds(example), adviceCount: adviceIds(example).length });
  const summary = (body) => ({ ...body, advice: body.advice.map((a) => a.id) });

  test('a plan sent as JSON (fetch from a kompetence-change listener): 201 with id, score and advice ids', async () => {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example) });
    assert.equal(response.status, 201);
    assert.deepEqual(summary(await response.json()), expected());
  });

  test('a plan of many empty list items: at most 50 advice sent back, with their count (100 KB gave a 7 MB answer), not to be sniffed', async () => {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ schemaVersion: 1, mobilitet: Array(3_000).fill({}) }) });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const text = await response.text();
    const body = JSON.parse(text);
    assert.equal(body.advice.length, 50);
    assert.ok(body.adviceCount > 3_000, String(body.adviceCount));
    assert.ok(text.length < 20_000, `${text.length} characters`);
  });

  test('a plan submitted by a form (<kompetence-model name="plan">), urlencoded and multipart', async () => {
    const urlencoded = new URLSearchParams({ afsnit: 'Bøgen', plan: JSON.stringify(example) });
    const first = await fetch(endpoint, { method: 'POST', body: urlencoded });
    assert.equal(first.status, 201);
    assert.deepEqual(summary(await first.json()), expected());

    const multipart = new FormData();
    multipart.set('afsnit', 'Bøgen');
    multipart.set('plan', JSON.stringify(example));
    const second = await fetch(endpoint, { method: 'POST', body: multipart });
    assert.equal(second.status, 201);
    assert.deepEqual(summary(await second.json()), expected());
  });

  test('an invalid plan: 422 with the issues, in the request\'s language', async () => {
    const en = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9' }, body: JSON.stringify(typo) });
    assert.equal(en.status, 422);
    const { issues } = await en.json();
    assert.deepEqual(issues.map((i) => [i.code, i.path]), [['unknown_key', ['opgave', 'beskrivlse']]]);
    assert.match(issues[0].message, /Unknown key/);

    const da = await fetch(endpoint, { method: 'POST', body: new URLSearchParams({ plan: '{"schemaVersion": 1,' }) });
    assert.equal(da.status, 422);
    const daIssues = (await da.json()).issues;
    assert.equal(daIssues[0].code, 'invalid_json');
    assert.doesNotMatch(daIssues[0].message, /not valid JSON/, 'Danish by default');
  });

  test('no plan, the wrong method or path: 400, 405, 404', async () => {
    assert.equal((await fetch(endpoint, { method: 'POST', body: new URLSearchParams({ afsnit: 'Bøgen' }) })).status, 400);
    const get = await fetch(endpoint);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    assert.equal((await fetch(endpoint.replace(/\/plans$/, '/andet'), { method: 'POST', body: '{}' })).status, 404);
  });
});
