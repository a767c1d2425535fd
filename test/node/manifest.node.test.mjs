// custom-elements.json describes the package as it is published (custom-elements-manifest.config.mjs):
// module paths of dist/, one custom-element-definition per registration module, only what the
// package's entry points export (no internal bases, helpers, messages or styles), no lifecycle
// callbacks as API, and each element's CSS custom properties exactly those its styles read, with
// the defaults they fall back to.
// The last check imports the built elements (dist/), so it needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
const modules = new Map(manifest.modules.map((m) => [m.path, m]));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })));
const tags = (await readdir(path.join(root, 'src/define'))).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

/** Every `module` a manifest object refers to (declarations, superclasses, inherited members, exports). */
function moduleReferences(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => moduleReferences(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string' && !value.package) found.push(child);
      else moduleReferences(child, found);
    }
  }
  return found;
}

test('module paths are the published dist/ files, built from src/ one to one', () => {
  const paths = [...modules.keys(), ...moduleReferences(manifest.modules)];
  for (const p of paths) {
    assert.match(p, /^dist\/.+\.js$/, `${p} is a dist/ path`);
    assert.ok(existsSync(path.join(root, p.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))), `${p} is built from a src/ module`);
  }
  assert.ok(paths.includes('dist/elements/ansvars-trappe/ansvars-trappe.js'));
});

test('each src/define/<tag>.ts exports its element\'s custom-element-definition, and nothing else does', () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })));
  assert.deepEqual(definitions.map((d) => d.in).sort(), tags.map((tag) => `dist/define/${tag}.js`));
  for (const definition of definitions) {
    assert.equal(definition.in, `dist/define/${definition.name}.js`, `${definition.name} is defined by its own module`);
    const declaration = modules.get(definition.declaration.module)?.declarations?.find((d) => d.name === definition.declaration.name);
    assert.ok(declaration, `${definition.name}: ${definition.declaration.name} is declared in ${definition.declaration.module}`);
    assert.equal(declaration.tagName, definition.name);
    assert.equal(declaration.customElement, true);
  }
  assert.deepEqual(elements.map((e) => e.tagName).sort(), tags);
});

test('only what the entry points export: declared names are exported, internals are left out', () => {
  for (const mod of manifest.modules) {
    const exported = new Set((mod.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.declaration.name));
    for (const d of mod.declarations ?? []) assert.ok(exported.has(d.name), `${mod.path}: ${d.name} is exported`);
  }
  const declared = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.name)));
  for (const name of ['KompetenceChangeEvent', 'KompetenceInvalidEvent', 'parsePlan', 'advise', ...elements.map((e) => e.name)]) {
    assert.ok(declared.has(name), `${name} (public) is listed`);
  }
  for (const name of [
    'KompetenceElement', 'KompetenceInputCore', 'KompetenceValueCore', 'KompetenceFieldCore', 'KompetenceFieldElement',
    'defineElement', 'baseStyles', 'styles', 'messages', 'commonMessages', 'Drafts', 'parseWith', 'protoKeyPaths', 'renderAdvice',
  ]) {
    assert.ok(!declared.has(name), `${name} (internal) is not listed`);
  }
  for (const p of modules.keys()) {
    assert.ok(!/\.(messages|styles)\.js$/.test(p) && (!p.startsWith('dist/internal/') || p === 'dist/internal/events.js'), `${p} is a public module`);
  }
  const exportTypes = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.name));
  for (const name of ['Plan', 'KompetenceModelChange', 'InvalidSource']) assert.ok(!exportTypes.includes(name), `type ${name} is no JavaScript export`);
});

test('no lifecycle callbacks, form-association internals or static members among the elements\' members, and each is described', () => {
  const lifecycle = /^(formAssociated|form(Reset|StateRestore|Disabled|Associated)Callback|(connected|disconnected|adopted|attributeChanged)Callback)$/;
  for (const element of elements) {
    for (const member of element.members ?? []) assert.doesNotMatch(member.name, lifecycle, `<${element.tagName}> ${member.name}`);
  }
  // Storybook's and the IDEs' API tables show each member: each says what it is; static
  // members (the registration's `version`) are not a page's API.
  for (const element of elements) {
    for (const member of [...element.members ?? [], ...element.attributes ?? []]) {
      assert.ok(member.description?.trim(), `<${element.tagName}> ${member.name} has a description`);
    }
    assert.deepEqual((element.members ?? []).filter((m) => m.static).map((m) => m.name), [], `<${element.tagName}>: no static members`);
  }
  const field = elements.find((e) => e.tagName === 'opgave-felt');
  for (const name of ['value', 'name', 'required', 'readonly', 'checkValidity', 'reportValidity', 'validity', 'form']) {
    assert.ok(field.members.some((m) => m.name === name), `<opgave-felt> keeps ${name}`);
  }
});

test('each element\'s @cssprop list is exactly the --kompetence-* properties its styles read (needs dist/)', async () => {
  for (const element of elements) {
    const exports = await import(pathToFileURL(path.join(root, element.module)).href);
    const styles = [exports[element.name].styles].flat(Infinity);
    const read = new Set(styles.flatMap((sheet) => [...sheet.cssText.matchAll(/var\(\s*(--kompetence-[a-z0-9-]+)/g)].map((m) => m[1])));
    const documented = (element.cssProperties ?? []).map((p) => p.name);
    assert.deepEqual([...documented].sort(), [...read].sort(), `<${element.tagName}>: @cssprop vs the custom properties of its styles`);
    // The docs' Default column: each @cssprop's `[name=default]` is the fallback its styles use.
    const fallbacks = new Map(styles.flatMap((sheet) => [...sheet.cssText.matchAll(/var\(\s*(--kompetence-[a-z0-9-]+)\s*,\s*([^()]+?)\s*\)/g)].map((m) => [m[1], m[2]])));
    for (const property of element.cssProperties ?? []) {
      assert.equal(property.default, fallbacks.get(property.name), `<${element.tagName}>: default of ${property.name}`);
    }
  }
});

test('each element\'s value has the type of its part of the plan, a type the package exports (not the base\'s generic)', async () => {
  const model = await readFile(path.join(root, 'src/model/runtime.ts'), 'utf8');
  const ids = await readFile(path.join(root, 'src/model/ids.ts'), 'utf8');
  // <kompetence-plan-visning> only shows a plan: it has `plan`, no value.
  for (const element of elements.filter((e) => e.tagName !== 'kompetence-plan-visning')) {
    const value = element.members.find((m) => m.name === 'value');
    assert.ok(value, `<${element.tagName}> has a value`);
    const name = value.type.text.replace(/\[\]$/, '');
    assert.doesNotMatch(value.type.text, /<P>/, `<${element.tagName}>'s value type is concrete`);
    assert.ok(new RegExp(`\\btype ${name}\\b`).test(model + ids), `<${element.tagName}>'s value type ${name} is exported by the model`);
  }
});

test('each attribute is text and linked to its property of the same name (value, plan, goals, experience …), as tools pair them', () => {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  for (const element of elements) {
    const fields = new Map((element.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    for (const attribute of element.attributes ?? []) {
      assert.doesNotMatch(attribute.type.text, /\[\]$/, `<${element.tagName} ${attribute.name}> is typed as text`);
      const field = fields.get(camel(attribute.name));
      if (!field) continue; // lang: HTMLElement's
      assert.equal(attribute.fieldName, field.name, `<${element.tagName} ${attribute.name}> names its property`);
      assert.equal(field.attribute, attribute.name, `${element.name}.${field.name} names its attribute`);
    }
  }
  const chooser = elements.find((e) => e.tagName === 'laeringsform-vaelger');
  assert.equal(chooser.attributes.find((a) => a.name === 'goals').fieldName, 'goals');
});
