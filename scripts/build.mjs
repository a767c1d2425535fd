// npm run build: everything in dist/.
//   1. tsc (tsconfig.build.json): per-module ESM + .d.ts of src/ (the `.`, `./model`, `./define…` exports)
//   2. Vite (vite.config.ts): the self-contained minified bundle dist/kompetence-elements.bundle.js
//   3. dist/kompetence-elements.css from src/kompetence-elements.css, minified
//   4. dist/kompetenceplan.schema.json from the built model's planJsonSchema
//   5. IDE data from custom-elements.json (scripts/ide-data.mjs): dist/vscode.html-custom-data.json, dist/web-types.json
//   6. dist/THIRD-PARTY-NOTICES.txt: the licences of the packages the bundle holds code of (lit's
//      BSD-3-Clause asks for its notice in every copy; the minifier drops their comments)
//   7. checks that the bundle exports what `.` exports, except planJsonSchema, no JSON Schema code,
//      and no shortened property name (scripts/mangled-props.mjs) in quotes, among the manifest's
//      public members, or among the members of the model's and the plan context's types
import { rm, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bin, bundleInMemory, root, run } from './lib.mjs';
import { mangledProps } from './mangled-props.mjs';

const started = Date.now();
await rm(path.join(root, 'dist'), { recursive: true, force: true });

console.log('• tsc -p tsconfig.build.json → dist/ (ESM + declarations)');
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

console.log('• vite build → dist/kompetence-elements.bundle.js');
const { build: viteBuild } = await import('vite');
const written = await viteBuild({ configFile: path.join(root, 'vite.config.ts'), root });
const bundleChunk = (Array.isArray(written) ? written : [written])
  .flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.fileName === 'kompetence-elements.bundle.js');
if (!bundleChunk) throw new Error('vite build did not write dist/kompetence-elements.bundle.js');

console.log('• dist/kompetence-elements.css (minified)');
// Linked in every page's <head>, where it holds the first paint back: its comments, the editors'
// documentation (the source keeps them), were 60 % of it. One line says where they are. Letters
// outside ASCII are written as CSS escapes (esbuild's default): a CMS page in windows-1252 that
// links the file without a charset reads it right too.
const { transform } = await import('esbuild');
const css = await transform(await readFile(path.join(root, 'src/kompetence-elements.css'), 'utf8'), { loader: 'css', minify: true });
await writeFile(path.join(root, 'dist/kompetence-elements.css'),
  `/* kompetence-elements.css: the rules for elements not yet defined (room held, no flash). See the package's README. */\n${css.code}`);

run(process.execPath, [path.join(root, 'scripts/write-schema.mjs')]);
run(process.execPath, [path.join(root, 'scripts/ide-data.mjs')]);

console.log('• dist/THIRD-PARTY-NOTICES.txt');
// The packages the bundle took code from, read from its own module list: what it holds, no more.
const bundled = [...new Set(Object.keys(bundleChunk.modules)
  .map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1]).filter(Boolean))].sort();
// The project's own licence first: editors copy the bundle, the CSS and this file, not LICENSE.
let notices = `dist/kompetence-elements.bundle.js holds kompetence-elements and code of the packages below.\n\n${'='.repeat(72)}\nkompetence-elements (MIT)\n\n${(await readFile(path.join(root, 'LICENSE'), 'utf8')).trim()}\n`;
for (const name of bundled) {
  const dir = path.join(root, 'node_modules', name);
  const { version, license } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  notices += `\n${'='.repeat(72)}\n${name}@${version} (${license})\n\n${(await readFile(path.join(dir, 'LICENSE'), 'utf8')).trim()}\n`;
}
await writeFile(path.join(root, 'dist/THIRD-PARTY-NOTICES.txt'), notices);

console.log('• checking the bundle\'s exports against the package root');
const bundle = await readFile(path.join(root, 'dist/kompetence-elements.bundle.js'), 'utf8');
const bundleExports = bundleChunk.exports;
const rootExports = (await bundleInMemory('src/index.ts', { minify: false })).exports;
const expected = rootExports.filter((name) => name !== 'planJsonSchema');
const missing = expected.filter((name) => !bundleExports.includes(name));
const extra = bundleExports.filter((name) => !expected.includes(name));
const problems = [];
if (missing.length) problems.push(`missing in the bundle: ${missing.join(', ')} (export them from src/runtime.ts or src/model/runtime.ts, not src/index.ts / src/model/index.ts)`);
if (extra.length) problems.push(`exported by the bundle but not by the package root: ${extra.join(', ')}`);
// A shortened name read by a string (`changed.has('planPart')`) would find nothing in the bundle.
const quoted = mangledProps.filter((name) => new RegExp(`['"\`]${name}['"\`]`).test(bundle));
if (quoted.length) problems.push(`read by a string, so not to be shortened (scripts/mangled-props.mjs): ${quoted.join(', ')}`);
// Every object the model hands out, and the plan context's value, carries its names in the bundle
// too: a shortened name among their declared members would reach integrators renamed.
const publicNames = await declaredMembers(['model', 'internal/plan-context.d.ts']);
const shortenedPublic = mangledProps.filter((name) => publicNames.has(name));
if (shortenedPublic.length) problems.push(`declared by the model's or the plan context's types, so not to be shortened (scripts/mangled-props.mjs): ${shortenedPublic.join(', ')}`);
const manifest = JSON.parse(await readFile(path.join(root, 'custom-elements.json'), 'utf8'));
const publicMembers = manifest.modules.flatMap((mod) => (mod.declarations ?? []).flatMap((decl) => decl.members ?? []))
  .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected').map((member) => member.name);
const shortenedMembers = mangledProps.filter((name) => publicMembers.includes(name));
if (shortenedMembers.length) problems.push(`public members in custom-elements.json, so not to be shortened (scripts/mangled-props.mjs): ${shortenedMembers.join(', ')}`);
if (bundle.includes('json-schema.org/draft')) problems.push('the bundle contains JSON Schema code (something in src/runtime.ts imports src/model/json-schema.ts)');
if (problems.length) {
  console.error(`✗ ${problems.join('\n✗ ')}`);
  process.exit(1);
}
console.log(`  ${bundleExports.length} exports, planJsonSchema left out as intended`);
console.log(`✓ build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** The names of the members declared in the .d.ts files under dist/ (files or folders), comments left out. */
async function declaredMembers(entries) {
  const { readdir } = await import('node:fs/promises');
  const names = new Set();
  for (const entry of entries) {
    const full = path.join(root, 'dist', entry);
    const files = entry.endsWith('.d.ts') ? [full]
      : (await readdir(full, { recursive: true })).filter((f) => f.endsWith('.d.ts')).map((f) => path.join(full, f));
    for (const file of files) {
      const code = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      // A member starts a line or follows `{` or `;`; a parameter follows `(` or `,`.
      for (const [, name] of code.matchAll(/(?:^|[{;])\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*[:(]/gm)) names.add(name);
    }
  }
  return names;
}
