// The README's code for developers compiles in strict TypeScript against the package as an npm user
// installs it: test/types/*.ts hold that code (checked here to contain every ```js/```ts block of
// the section "For udviklere / For developers" word for word), and are compiled with tsc against
// the built dist/ through the package's own name and exports, with test/types/*.tsx (the React
// wrappers' props). `npm run typecheck` compiles the same files against src/. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => readFile(path.join(root, file), 'utf8');
const pkg = JSON.parse(await read('package.json'));
const readme = await read('README.md');

/**
 * A `../../src/x.js` import as the package export that publishes it (`kompetence-elements/…`),
 * found through package.json's `exports` (`./dist/x.d.ts`), so the files read as the README does.
 */
function packageSpecifier(srcSpecifier) {
  const built = srcSpecifier.replace(/^\.\.\/\.\.\/src\//, './dist/').replace(/\.js$/, '.d.ts');
  for (const [key, target] of Object.entries(pkg.exports)) {
    const types = target?.types;
    if (!types) continue;
    if (types === built) return path.posix.join(pkg.name, key);
    const [before, after] = types.split('*');
    if (after !== undefined && built.startsWith(before) && built.endsWith(after)) {
      return path.posix.join(pkg.name, key.replace('*', built.slice(before.length, built.length - after.length)));
    }
  }
  throw new Error(`${srcSpecifier} is not published by any export of package.json`);
}

const files = (await readdir(path.join(root, 'test/types'))).filter((f) => /\.tsx?$/.test(f)).sort();
const published = Object.fromEntries(await Promise.all(files.map(async (file) => [
  file,
  (await read(`test/types/${file}`)).replace(/(['"])(\.\.\/\.\.\/src\/[^'"]+)\1/g, (_, quote, spec) => `${quote}${packageSpecifier(spec)}${quote}`),
])));

test('test/types/ holds every ```js/```ts block of the README\'s developer section word for word', () => {
  const start = readme.indexOf('\n## For udviklere / For developers\n');
  const end = readme.indexOf('\n## ', start + 1);
  const blocks = [...readme.slice(start, end).matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  assert.ok(blocks.length >= 4, `the section's code blocks (${blocks.length})`);
  // Directive lines (ts-expect-error) mark what does not compile yet; the README has none.
  const withoutDirectives = Object.values(published).map((text) => text.split('\n').filter((l) => !/^\s*\/\/ @ts-expect-error/.test(l)).join('\n'));
  for (const block of blocks) {
    assert.ok(withoutDirectives.some((text) => text.includes(block)), `test/types/ has the README block starting "${block.split('\n')[0]}"`);
  }
});

test('test/types/*.ts compile against the built package (dist/, as npm installs it)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kompetence-types-'));
  try {
    // The package under its own name, as in an app's node_modules.
    await mkdir(path.join(dir, 'node_modules'));
    await symlink(root, path.join(dir, 'node_modules', pkg.name), 'dir');
    // And React with its types, as an app that uses kompetence-elements/react has them.
    await mkdir(path.join(dir, 'node_modules', '@types'));
    for (const dep of ['react', '@types/react']) await symlink(path.join(root, 'node_modules', dep), path.join(dir, 'node_modules', dep), 'dir');
    for (const [file, text] of Object.entries(published)) await writeFile(path.join(dir, file), text);
    const config = (include) => ({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx',
        types: [], strict: true, noEmit: true, skipLibCheck: true,
      },
      include,
    });
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(config(files)));
    const tsc = path.join(root, 'node_modules/.bin/tsc');
    const compile = (project) => promisify(execFile)(tsc, ['-p', project], { cwd: dir }).then(() => '', (e) => `${e.stdout}${e.stderr}`);
    assert.equal(await compile('tsconfig.json'), '', 'no type errors');

    await mkdir(path.join(dir, 'define-only'));
    await writeFile(path.join(dir, 'define-only/tsconfig.json'), JSON.stringify(config(['define-only.ts'])));
    await writeFile(path.join(dir, 'define-only/define-only.ts'), [
      `import '${pkg.name}/define/opgave-felt';`,
      "const task = document.querySelector('opgave-felt')!;",
      "task.addEventListener('kompetence-change', (event) => console.log(event.detail.value.beskrivelse.trim()));",
      "task.value = '{\"beskrivelse\":\"Måltidet\"}';",
    ].join('\n'));
    assert.equal(await compile('define-only/tsconfig.json'), '', 'importing only kompetence-elements/define/opgave-felt types the element');

    // A wrapper in JSX costs an app's type check little: its props taken back out of @lit/react's
    // component type made some 93,000 types (5–9 times the check time) for one `<AnsvarsTrappe />`.
    await mkdir(path.join(dir, 'one-wrapper'));
    await writeFile(path.join(dir, 'one-wrapper/tsconfig.json'), JSON.stringify(config(['one-wrapper.tsx'])));
    await writeFile(path.join(dir, 'one-wrapper/one-wrapper.tsx'), [
      `import { AnsvarsTrappe } from '${pkg.name}/react';`,
      'export const Staircase = () => <AnsvarsTrappe />;',
    ].join('\n'));
    const { stdout } = await promisify(execFile)(tsc, ['-p', 'one-wrapper/tsconfig.json', '--extendedDiagnostics'], { cwd: dir });
    const types = Number(/^Types:\s+(\d+)/m.exec(stdout)?.[1]);
    assert.ok(types < 30_000, `types built for one wrapper in JSX: ${types}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('members marked @internal are not in the published declarations (no headingOffset prop for React or IDE completion)', async () => {
  const declarations = await read('dist/internal/base-element.d.ts');
  assert.match(declarations, /class KompetenceElement/);
  assert.doesNotMatch(declarations, /^\s*headingOffset: number;/m);
  assert.doesNotMatch(declarations, /static readonly version/);
});
