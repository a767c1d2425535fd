// The IDE data that `npm run build` writes from custom-elements.json (scripts/ide-data.mjs): VS Code's
// HTML custom data and JetBrains web-types list every element of the manifest with its attributes,
// and package.json points at them and ships them. Needs `npm run build` first (npm test does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { elementsOf, enumValues } from '../../scripts/ide-data.mjs';

const read = async (file) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
const readJson = async (file) => JSON.parse(await read(file));
const manifest = await readJson('custom-elements.json');
const pkg = await readJson('package.json');
const elements = elementsOf(manifest);

const vscode = await readJson('dist/vscode.html-custom-data.json').catch(() => {
  throw new Error('dist/vscode.html-custom-data.json is missing: run npm run build first');
});
const webTypes = await readJson('dist/web-types.json');

test('the manifest lists the elements', () => {
  assert.ok(elements.length >= 9, `${elements.length} elements`);
});

test('VS Code custom data: every element with its summary and attributes', () => {
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
  for (const decl of elements) {
    const tag = vscode.tags.find((t) => t.name === decl.tagName);
    assert.equal(tag.description.kind, 'markdown');
    assert.ok(decl.summary && tag.description.value.startsWith(decl.summary), `<${decl.tagName}>: description from @summary`);
    assert.deepEqual(tag.attributes.map((a) => a.name), (decl.attributes ?? []).map((a) => a.name), `<${decl.tagName}>: attributes`);
    for (const attr of decl.attributes ?? []) {
      const entry = tag.attributes.find((a) => a.name === attr.name);
      assert.equal(entry.description, attr.description, `<${decl.tagName} ${attr.name}>: description`);
      if (attr.type?.text === 'boolean') assert.equal(entry.valueSet, 'v', `<${decl.tagName} ${attr.name}> takes no value`);
    }
    const lang = tag.attributes.find((a) => a.name === 'lang');
    assert.deepEqual(lang?.values, [{ name: 'da' }, { name: 'en' }], `<${decl.tagName} lang>: da, en`);
  }
  const example = vscode.tags.find((t) => t.name === 'kompetence-model')?.attributes.find((a) => a.name === 'example');
  assert.ok(example, '<kompetence-model example> is listed');
  assert.ok(example.values?.some((v) => v.name === 'plejecenter-maaltid'), 'example ids (ExampleId) as values');
});

test('web-types: name and version of the package, every element with attributes, events and js events', () => {
  assert.equal(webTypes.name, 'kompetence-elements');
  assert.equal(webTypes.version, pkg.version);
  assert.match(webTypes.$schema, /web-types/);
  const list = webTypes.contributions.html.elements;
  assert.deepEqual(list.map((e) => e.name).sort(), elements.map((e) => e.tagName).sort());
  for (const decl of elements) {
    const element = list.find((e) => e.name === decl.tagName);
    assert.equal(element.description, decl.summary);
    assert.deepEqual(element.source, { module: 'kompetence-elements', symbol: decl.name });
    assert.deepEqual(element.attributes.map((a) => a.name), (decl.attributes ?? []).map((a) => a.name), `<${decl.tagName}>: attributes`);
    for (const attr of element.attributes) {
      assert.ok(attr.description, `<${decl.tagName} ${attr.name}>: description`);
      assert.ok(attr.value?.kind, `<${decl.tagName} ${attr.name}>: value kind`);
    }
    const documented = [...new Set((decl.events ?? []).filter((e) => e.description && e.name.includes('-')).map((e) => e.name))];
    assert.deepEqual(element.events.map((e) => e.name), documented, `<${decl.tagName}>: events`);
    assert.deepEqual(element.js.events.map((e) => e.name), documented, `<${decl.tagName}>: js events`);
    assert.ok(documented.includes('kompetence-invalid'), `<${decl.tagName}> fires kompetence-invalid`);
    assert.deepEqual(element.css.parts.map((p) => p.name), (decl.cssParts ?? []).map((p) => p.name));
    assert.deepEqual(element.css.properties.map((p) => p.name), (decl.cssProperties ?? []).map((p) => p.name));
    assert.ok(!element.js.properties.some((p) => ['formAssociated', 'valueAttribute', 'version'].includes(p.name)), 'no static members as properties');
  }
});

test('enum values: string-literal unions, the model\'s id lists, lang', () => {
  const enums = { Lang: ['da', 'en'], ExampleId: ['a', 'b'] };
  assert.deepEqual(enumValues({ name: 'size', type: { text: "'s' | 'm' | null" } }, enums), ['s', 'm']);
  assert.deepEqual(enumValues({ name: 'example', type: { text: 'ExampleId | null' } }, enums), ['a', 'b']);
  assert.deepEqual(enumValues({ name: 'lang', type: { text: 'string' } }, enums), ['da', 'en']);
  assert.equal(enumValues({ name: 'value', type: { text: 'string' } }, enums), undefined);
  assert.equal(enumValues({ name: 'goals', type: { text: 'GoalLevel[]' } }, enums), undefined);
});

/** The files `npm pack` would put in the tarball (paths from the package root); asked once. */
let packed;
function packedFiles() {
  packed ??= (async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { stdout } = await promisify(execFile)(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      maxBuffer: 64 * 1024 * 1024,
    });
    return new Set(JSON.parse(stdout)[0].files.map((f) => f.path));
  })();
  return packed;
}

test('package.json points JetBrains IDEs at the web-types; the package ships both files and the React wrappers', async () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  const files = await packedFiles();
  for (const file of ['dist/vscode.html-custom-data.json', 'dist/web-types.json', 'dist/react/index.js', 'dist/react/index.d.ts']) {
    assert.ok(files.has(file), `npm pack includes ${file}`);
  }
});

/** Every string in a JSON value. */
const stringsIn = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : []);

/** Each `*.md` a text names (web addresses left out), as written. */
const markdownMentions = (text) => [...text.replace(/\bhttps?:\/\/\S+/g, '').matchAll(/[\w./-]*\w\.md\b/g)].map((m) => m[0]);

test('the API docs (manifest, IDE data, type declarations) point only at documents the package ships', async () => {
  // An integrator reads these in the IDE, inside node_modules/kompetence-elements/: a "see x.md"
  // must name the path of a shipped file, from the package root (docs/plan-json.md, README.md).
  const files = await packedFiles();
  const sources = ['custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', ...[...files].filter((f) => f.endsWith('.d.ts'))];
  const missing = [];
  let mentions = 0;
  for (const file of sources) {
    const text = await read(file);
    // In JSON, the strings themselves (an escaped "\nmethod.md" is a line break and "method.md").
    const prose = file.endsWith('.json') ? stringsIn(JSON.parse(text)).join('\n') : text;
    for (const doc of new Set(markdownMentions(prose))) {
      mentions++;
      if (!files.has(doc.replace(/^\.\//, ''))) missing.push(`${file} names ${doc}`);
    }
  }
  assert.ok(mentions > 0, 'the docs are named somewhere (else this test checks nothing)');
  assert.deepEqual(missing, [], 'every .md named is in the npm tarball at that path');
});

test('markdownMentions finds paths and bare names, not web addresses', () => {
  assert.deepEqual(markdownMentions('(see contract.md, "Element values"); docs/plan-json.md; ./README.md. https://x.org/a.md'), ['contract.md', 'docs/plan-json.md', './README.md']);
});
