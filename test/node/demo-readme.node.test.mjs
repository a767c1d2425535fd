// The documentation that goes with the demo (issue 6): README's "Til redaktører / For editors"
// and "For udviklere / For developers" sections and docs/plan-json.md, checked against what the
// package really has: every element's attributes and parts against custom-elements.json (both
// ways), the theming table against the manifest and the defaults in src/internal/styles.ts, the
// snippets' tags, attributes and JSON against the manifest and the built model, the plan example
// and id lists of docs/plan-json.md against the model, links to files, and the two set-up commands
// first. (The snippets in a browser: test/node/demo.node.test.mjs.) Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as model from 'kompetence-elements/model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => readFile(path.join(root, file), 'utf8');
const readme = await read('README.md');
const manifest = JSON.parse(await read('custom-elements.json'));
const elements = Object.fromEntries(manifest.modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));

/** The text of a `## ` section (up to the next `## `). */
function section(markdown, title) {
  const start = markdown.indexOf(`\n## ${title}\n`);
  assert.ok(start > -1, `README has the section "## ${title}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}
const editors = section(readme, 'Til redaktører / For editors');
const developers = section(readme, 'For udviklere / For developers');

/** The first column of the table rows after `marker`, up to the table's end (backticks removed). */
function tableKeys(text, marker) {
  const at = text.indexOf(marker);
  assert.ok(at > -1, `found ${marker}`);
  const lines = text.slice(at).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|')[1].trim());
  }
  return rows;
}
const unquote = (cell) => cell.replace(/^`|`$/g, '');

/** One element's block in the attribute reference: from its heading to the next. */
function elementBlock(tag) {
  const heading = `#### \`<${tag}>\``;
  const start = editors.indexOf(heading);
  assert.ok(start > -1, `the attribute reference has "${heading}"`);
  const next = editors.slice(start + heading.length).search(/\n#{2,4} /);
  return editors.slice(start, next === -1 ? undefined : start + heading.length + next);
}

test('the manifest has the ten elements', () => {
  assert.equal(Object.keys(elements).length, 10, Object.keys(elements).join(', '));
});

for (const tag of Object.keys(elements).sort()) {
  test(`README attribute reference of <${tag}>: exactly the manifest's attributes and parts`, () => {
    const block = elementBlock(tag);
    const documented = tableKeys(block, '| attribute |').map(unquote);
    const expected = (elements[tag].attributes ?? []).map((a) => a.name);
    assert.deepEqual([...documented].sort(), [...expected].sort(), `<${tag}>: README rows vs custom-elements.json attributes`);
    assert.equal(new Set(documented).size, documented.length, 'no attribute twice');
    const partsLine = block.match(/\nParts: (.*)\.\n/)?.[1];
    assert.ok(partsLine, `<${tag}> has a "Parts: …." line`);
    const parts = [...partsLine.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.deepEqual([...parts].sort(), (elements[tag].cssParts ?? []).map((p) => p.name).sort(), `<${tag}>: README parts vs custom-elements.json`);
  });
}

test('README theming table: every --kompetence-* property of the manifest, with the defaults its styles use', async () => {
  const rows = Object.fromEntries(tableKeys(editors, '| custom property |').map((key) => [unquote(key), key]));
  const tableText = editors.slice(editors.indexOf('| custom property |'));
  const inManifest = new Set(Object.values(elements).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  for (const name of inManifest) assert.ok(name in rows, `${name} is in the theming table`);
  // The shared styles, and an element's own for a token only it reads (the text on the accent).
  const styleFiles = ['src/internal/styles.ts', ...Object.keys(elements).map((tag) => `src/elements/${tag}/${tag}.styles.ts`)];
  const styles = (await Promise.all(styleFiles.map((file) => read(file)))).join('\n');
  const defaults = Object.fromEntries([...styles.matchAll(/var\((--kompetence-[a-z-]+),\s*([^)]+)\)/g)].map((m) => [m[1], m[2].trim()]));
  for (const name of Object.keys(rows)) {
    if (name === '--kompetence-placeholder-size') {
      assert.match(await read('src/kompetence-elements.css'), /--kompetence-placeholder-size/, 'the placeholder size is the CSS file\'s');
      continue;
    }
    assert.ok(inManifest.has(name), `${name} (README) is a custom property of some element`);
    const row = tableText.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    assert.equal(row.split('|')[2].trim(), `\`${defaults[name]}\``, `${name}: the default in README is the one in styles.ts`);
  }
});

/** Tags and their attributes in the snippets (the ```html blocks of the editors' section). */
function snippetElements() {
  const blocks = [...editors.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
  return [...blocks.matchAll(/<([a-z]+-[a-z-]+)((?:\s+[a-z-]+(?:=(?:'[^']*'|"[^"]*"))?)*)\s*>/g)].map(([, tag, attrs]) => ({
    tag,
    attrs: Object.fromEntries([...attrs.matchAll(/([a-z-]+)(?:=(?:'([^']*)'|"([^"]*)"))?/g)].map(([, name, single, double]) => [name, single ?? double ?? ''])),
  }));
}

const valuePart = {
  'opgave-felt': 'opgave', 'ansvars-trappe': 'ansvar', 'perspektiv-felt': 'perspektiv', 'laeringsmaal-pyramide': 'laeringsmaal',
  'traeningsbane-plan': 'traeningsbane', 'laeringsform-vaelger': 'laeringsformer', 'mobilitet-aftale': 'mobilitet', 'forankring-tjekliste': 'hverdag',
};

test('README snippets: a snippet for every element, with attributes it has and JSON it accepts', () => {
  const used = snippetElements();
  for (const tag of Object.keys(elements)) assert.ok(used.some((u) => u.tag === tag), `a snippet uses <${tag}>`);
  for (const { tag, attrs } of used) {
    assert.ok(elements[tag], `<${tag}> is an element of the package`);
    const known = new Set((elements[tag].attributes ?? []).map((a) => a.name));
    for (const [name, raw] of Object.entries(attrs)) {
      assert.ok(known.has(name), `<${tag} ${name}> is an attribute of the element`);
      const text = raw.replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
      if (name === 'plan') {
        const result = model.parsePlan(text);
        assert.ok(result.ok, `<${tag} plan> parses: ${JSON.stringify(result.issues)}`);
      }
      if (name === 'value') {
        const result = model.parsePart(valuePart[tag], text);
        assert.ok(result.ok, `<${tag} value> parses: ${JSON.stringify(result.issues)}`);
      }
      if (name === 'example') assert.ok(model.exampleIds.includes(text), `example="${text}" is a worked example`);
      if (name === 'goals') for (const id of text.split(/[\s,]+/)) assert.ok([...model.goalLevels, 'komplekse'].includes(id), `goals: ${id}`);
      if (name === 'experience') for (const id of text.split(/[\s,]+/)) assert.ok(model.experiences.includes(id), `experience: ${id}`);
      if (name === 'lang') assert.ok(['da', 'en'].includes(text), `lang="${text}"`);
    }
  }
});

test('README: the example ids, goals and experience in the attribute reference are the model\'s', () => {
  const exampleRow = elementBlock('kompetence-model').split('\n').find((l) => l.startsWith('| `example` |'));
  assert.deepEqual([...exampleRow.split('|')[3].matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((id) => id !== 'plan'), [...model.exampleIds]);
  for (const tag of ['laeringsform-vaelger', 'traeningsbane-plan']) {
    const block = elementBlock(tag);
    const ids = (attr) => [...block.split('\n').find((l) => l.startsWith(`| \`${attr}\` |`)).split('|')[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.deepEqual(ids('goals'), [...model.goalLevels].reverse().concat('komplekse'), `<${tag} goals>`);
    assert.deepEqual(ids('experience'), [...model.experiences], `<${tag} experience>`);
  }
});

test('README: the developers\' table of values names every element, and the events are the manifest\'s', () => {
  const rows = tableKeys(developers, '| element |').map((cell) => cell.match(/<([a-z-]+)>/)?.[1]);
  assert.deepEqual([...rows].sort(), Object.keys(elements).sort());
  const events = new Set(Object.values(elements).flatMap((d) => (d.events ?? []).map((e) => e.name)));
  assert.deepEqual([...events].sort(), ['kompetence-change', 'kompetence-invalid']);
  for (const name of events) assert.match(developers, new RegExp(`\\*\\*\`${name}\`\\*\\*`), `${name} is explained`);
});

test('README: the two set-up commands come first and the scripts exist', async () => {
  const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  assert.deepEqual(commands.slice(0, 2), ['npm ci && npm start', 'npm ci && npm test']);
  const pkg = JSON.parse(await read('package.json'));
  assert.equal(pkg.scripts.start, 'node scripts/build.mjs && node scripts/serve.mjs');
  assert.equal(pkg.scripts.test, 'node scripts/test.mjs');
  for (const name of [...readme.matchAll(/`npm run ([a-z:-]+)`/g)].map((m) => m[1])) {
    assert.ok(pkg.scripts[name], `npm run ${name} (named in README) exists`);
  }
});

test('README: every relative link points at a file', async () => {
  const links = [...readme.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(links.length > 0);
  for (const link of new Set(links)) await assert.doesNotReject(access(path.join(root, link)), `${link} exists`);
});

// ── docs/plan-json.md ──────────────────────────────────────────────────────────────────────────

const planDoc = await read('docs/plan-json.md');

test('docs/plan-json.md: the whole plan parses to itself, is complete and shows every key', () => {
  const json = planDoc.match(/```json\n([\s\S]*?)```/)?.[1];
  assert.ok(json, 'a ```json block');
  const result = model.parsePlan(json);
  assert.ok(result.ok, JSON.stringify(result.issues));
  assert.deepEqual(JSON.parse(JSON.stringify(result.plan)), JSON.parse(json), 'nothing added or dropped by parsing: every key is shown');
  assert.equal(model.completeness(result.plan).score, 5);
  assert.equal(result.plan['x-sagsnummer'], '2026-0142', 'an x- key');
});

test('docs/plan-json.md: each list of stable ids is the model\'s', () => {
  const rows = Object.fromEntries(planDoc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| where') && !l.startsWith('| key'))
    .map((l) => l.split('|').map((c) => c.trim())).map(([, where, ids]) => [where, [...(ids ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1])]));
  const expected = {
    'fields (`FieldId`, advice\'s `field`)': model.fieldIds,
    '`opgave.anledninger` (reasons for change)': model.anledninger,
    '`laeringsmaal` keys (goal levels, top first)': model.goalLevels,
    '`laeringsmaal.metoder.typer`': model.goalSubtypes.metoder,
    '`laeringsmaal.viden.typer`': model.goalSubtypes.viden,
    '`laeringsmaal.rolle.typer`': model.goalSubtypes.rolle,
    '`ansvar[].nuvaerende` (experience now; the `experience` attribute)': model.experiences,
    '`ansvar[].fremtidigt` (responsibility afterwards)': model.responsibilities,
    '`ansvar[].koerekort` (licence)': model.licences,
    'tempi of the training ground': model.tempi,
    '`traeningsbane.feedbackformer`': model.feedbackKinds,
    '`mobilitet[].omfang`': model.mobilityScopes,
    '`mobilitet[].ugedage`': model.weekdays,
    '`hverdag.overgang.type`': model.transitionTypes,
    '`hverdag.forankring[].type` (anchoring kinds)': model.anchoringKinds,
    'worked examples (`examples`, the `example` attribute)': model.exampleIds,
    'advice severity': model.severities,
  };
  for (const [family, ids] of Object.entries(model.learningFormIdsByFamily)) {
    const key = Object.keys(rows).find((k) => k.startsWith(`learning forms, family \`${family}\``));
    assert.ok(key, `a row for the learning-form family ${family}`);
    expected[key] = ids;
  }
  for (const [where, ids] of Object.entries(expected)) {
    assert.ok(rows[where], `docs/plan-json.md has the row "${where}"`);
    assert.deepEqual(rows[where], [...ids], where);
  }
});
