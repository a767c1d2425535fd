// npm run size: the size budget. Builds the bundle and every src/define/<tag>.ts entry standalone
// (self-contained, minified, with the settings of vite.config.ts) and prints min and gzip -9 bytes.
// Fails when the bundle exceeds 45 KB gzip or <laeringsform-vaelger> alone exceeds 25 KB gzip.
// `npm run size -- --modules` lists the biggest modules of every entry (always for one over budget).
//
// `npm run size -- --ceiling` (what CI runs) enforces the budgets that hold, and for the bundle,
// which does not yet meet its 45 KB target (see size-ceiling.json for why), the committed ceiling
// instead: the bundle may not grow past it without a commit that raises it and says why. The
// 45 KB target is still measured and reported.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { bundleInMemory, root } from './lib.mjs';

const KB = 1024;
const budgets = new Map([
  ['bundle (src/bundle.ts)', 45 * KB],
  ['define/laeringsform-vaelger', 25 * KB],
]);

const entries = [['bundle (src/bundle.ts)', 'src/bundle.ts']];
const defineDir = path.join(root, 'src/define');
const defineFiles = await readdir(defineDir).catch(() => []);
for (const file of defineFiles.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort()) {
  entries.push([`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]);
}

const showModules = process.argv.includes('--modules');
const rows = [];
for (const [name, entry] of entries) {
  const { code, modules } = await bundleInMemory(entry);
  const min = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = budgets.get(name);
  const biggest = Object.entries(modules)
    .map(([id, info]) => [path.relative(root, id), info.renderedLength])
    .sort((a, b) => b[1] - a[1]);
  rows.push({ name, min, gzip, budget, biggest, over: budget !== undefined && gzip > budget });
}

const fmt = (n) => n.toLocaleString('en-US');
const table = [
  ['entry', 'min bytes', 'gzip -9 bytes', 'budget (gzip)', ''],
  ...rows.map((r) => [r.name, fmt(r.min), fmt(r.gzip), r.budget ? fmt(r.budget) : '', r.budget ? (r.over ? 'OVER' : 'ok') : '']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (!defineFiles.some((f) => f.endsWith('.ts'))) console.log('(no src/define/<tag>.ts entries yet)');

for (const row of rows.filter((r) => r.over || showModules)) {
  console.log(`\n${row.name}: biggest modules (rendered bytes in the bundle, before whitespace minification)`);
  for (const [id, bytes] of row.biggest.slice(0, 15)) console.log(`  ${fmt(bytes).padStart(8)}  ${id}`);
}

const ceilingMode = process.argv.includes('--ceiling');
if (ceilingMode) {
  const { ceilings, reason } = JSON.parse(await readFile(path.join(root, 'size-ceiling.json'), 'utf8'));
  const failures = [];
  for (const row of rows) {
    const ceiling = ceilings[row.name];
    if (row.over && ceiling === undefined) failures.push(`${row.name} is ${fmt(row.gzip)} B gzip, budget ${fmt(row.budget)} B`);
    if (ceiling !== undefined && row.gzip > ceiling) failures.push(`${row.name} is ${fmt(row.gzip)} B gzip, above its committed ceiling ${fmt(ceiling)} B`);
    if (ceiling !== undefined && row.over) console.log(`\n! ${row.name}: ${fmt(row.gzip)} B gzip misses its ${fmt(row.budget)} B target (ceiling ${fmt(ceiling)} B). ${reason}`);
  }
  if (failures.length) {
    console.error(`\n✗ ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('\n✓ within the budgets that hold and the committed ceilings');
  process.exit(0);
}

const over = rows.filter((r) => r.over);
if (over.length) {
  console.error(`\n✗ over budget: ${over.map((r) => `${r.name} is ${fmt(r.gzip)} B gzip, budget ${fmt(r.budget)} B`).join('; ')}`);
  process.exit(1);
}
console.log('\n✓ within the size budget');
