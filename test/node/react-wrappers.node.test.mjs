// `kompetence-elements/react` without a browser or a build: the committed src/react/index.ts is
// exactly what scripts/react-wrappers.mjs makes of the current custom-elements.json (so the
// wrappers cannot drift from the elements), it stays out of the browser bundle, and package.json
// exports it with React as an optional peer. The wrappers rendered in React: react-render.node.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { elementsOf, eventPropName, generateReactWrappers, outputFile } from '../../scripts/react-wrappers.mjs';

const read = async (file) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(await read('custom-elements.json'));
const pkg = JSON.parse(await read('package.json'));

test(`${outputFile} is what scripts/react-wrappers.mjs generates from custom-elements.json`, async () => {
  const committed = await read(outputFile);
  const generated = generateReactWrappers(manifest);
  assert.ok(committed === generated, `${outputFile} is stale: run \`npm run react-wrappers\` and commit it`);
});

test('one wrapper per element of the manifest, with its tag, class, registration and events', async () => {
  const source = await read(outputFile);
  const elements = elementsOf(manifest);
  assert.ok(elements.length >= 9, `the manifest lists the elements (${elements.length})`);
  for (const e of elements) {
    const block = source.slice(source.indexOf(`export const ${e.className} = createComponent({`));
    assert.ok(block.length < source.length, `export const ${e.className}`);
    const body = block.slice(0, block.indexOf('});'));
    assert.ok(body.includes(`tagName: '${e.tagName}',`), `${e.className}: tagName ${e.tagName}`);
    assert.ok(body.includes(`elementClass: ${e.className}Element,`), `${e.className}: its element class`);
    assert.ok(source.includes(`import '../define/${e.tagName}.js';`), `${e.className}: importing the wrappers registers <${e.tagName}>`);
    const names = e.events.map((ev) => ev.name);
    assert.ok(names.includes('kompetence-invalid'), `${e.className} documents kompetence-invalid`);
    for (const ev of e.events) {
      assert.ok(body.includes(`${ev.prop}: '${ev.name}' as EventName<${ev.type}>,`), `${e.className}: ${ev.prop}`);
    }
  }
  const withChange = elements.filter((e) => e.events.some((ev) => ev.prop === 'onKompetenceChange')).map((e) => e.tagName);
  assert.ok(withChange.includes('ansvars-trappe') && !withChange.includes('kompetence-plan-visning'), 'onKompetenceChange where the element fires kompetence-change');
});

test('event prop names; events the analyzer inferred without @event are left out', () => {
  assert.equal(eventPropName('kompetence-change'), 'onKompetenceChange');
  assert.equal(eventPropName('kompetence-invalid'), 'onKompetenceInvalid');
  const [element] = elementsOf({
    modules: [{
      path: 'src/elements/x-y/x-y.ts',
      declarations: [{
        kind: 'class', customElement: true, tagName: 'x-y', name: 'XY',
        events: [
          { name: 'issues', type: { text: 'KompetenceInvalidEvent' } },
          { name: 'kompetence-invalid', type: { text: 'KompetenceInvalidEvent' }, description: 'Bad input.' },
          { name: 'kompetence-invalid', type: { text: 'KompetenceInvalidEvent' }, description: 'Again.' },
        ],
      }],
    }],
  });
  assert.deepEqual(element.events.map((e) => e.prop), ['onKompetenceInvalid']);
  assert.throws(() => generateReactWrappers({ modules: [] }), /no custom elements/);
  assert.throws(
    () => generateReactWrappers({ modules: [{ path: 'src/a.ts', declarations: [{ kind: 'class', customElement: true, tagName: 'x-y', name: 'XY' }] }] }, { defineModuleExists: () => false }),
    /src\/define\/x-y\.ts/,
  );
});

test('the wrappers stay out of the browser bundle and the package root', async () => {
  for (const file of ['src/runtime.ts', 'src/index.ts', 'src/bundle.ts', 'src/define.ts']) {
    assert.doesNotMatch(await read(file), /['"]\.\/react\//, `${file} does not import src/react/`);
  }
  assert.doesNotMatch(await read('src/react/create-component.ts'), /from '\.\.\/(runtime|index|define)\.js'/);
});

test('package.json: ./react export with types, @lit/react as a dependency, React as an optional peer', () => {
  assert.deepEqual(pkg.exports['./react'], { types: './dist/react/index.d.ts', default: './dist/react/index.js' });
  assert.ok(pkg.dependencies['@lit/react'], '@lit/react is a dependency (dist/react/ imports it)');
  assert.ok(pkg.peerDependencies?.react, 'react is a peer dependency');
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true, 'react is an optional peer');
  for (const dev of ['react', 'react-dom', '@types/react']) {
    assert.match(pkg.devDependencies[dev] ?? '', /^\d+\.\d+\.\d+$/, `${dev} is an exact devDependency`);
  }
  assert.match(pkg.devDependencies.react, /^19\./);
  assert.ok(pkg.scripts['react-wrappers'], 'npm run react-wrappers');
});
