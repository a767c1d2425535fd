// The bundle's template minification (scripts/minify-templates.mjs): what it removes, what it must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { minifyCssPart, minifyHtmlPart, tightenCssPart } from '../../scripts/minify-templates.mjs';

test('html: indentation with line breaks becomes one space; text and spaces on one line stay', () => {
  assert.equal(minifyHtmlPart('<ul>\n      <li>a  b</li>\n    </ul>'), '<ul> <li>a  b</li> </ul>');
  assert.equal(minifyHtmlPart('<strong>Frist:</strong> '), '<strong>Frist:</strong> ');
  assert.equal(minifyHtmlPart('<input\n   type="checkbox"\n   .checked='), '<input type="checkbox" .checked=');
});

test('css: comments and layout whitespace go; spaces that carry meaning stay', () => {
  assert.equal(
    minifyCssPart('\n  /* why */\n  :host {\n    display: block;\n  }\n  .a :hover,\n  .b > .c { margin: 0 auto; }\n'),
    // One space stays at each end: next to an expression it may separate two tokens.
    ' :host{display:block;}.a :hover,.b > .c{margin:0 auto;}',
  );
  assert.equal(minifyCssPart('calc(100% - 2 * var(--x))'), 'calc(100% - 2 * var(--x))');
  // An apostrophe in a comment is no quote: what follows is minified.
  assert.equal(minifyCssPart("/* a page's scheme */\n  .a { color: red; }\n  [type='text'] { x: y; }"), " .a{color:red;}[type='text']{x:y;}");
  // Quoted strings are content: kept as written.
  assert.equal(minifyCssPart("dt::after { content: ': '; }\n  .x { content: \"a ; b\"; }"), "dt::after{content:': ';}.x{content:\"a ; b\";}");
});

test('css, tightened: last semicolons, leading zeros, child-combinator spaces and the outer spaces go', () => {
  assert.equal(tightenCssPart(' .a > .b{margin:0.25em 0;}.c{gap:10.5em;top:calc(-0.75 * var(--x))}', true, true), '.a>.b{margin:.25em 0}.c{gap:10.5em;top:calc(-.75 * var(--x))}');
  // Next to an expression the spaces stay; so does the text of strings.
  assert.equal(tightenCssPart(' .a{x:y;} ', false, false), ' .a{x:y} ');
  assert.equal(tightenCssPart("0.5em;.x{content:' > 0.5;}'}", false, false), "0.5em;.x{content:' > 0.5;}'}");
});

test('the built bundle has no indented lit templates left', async () => {
  const bundle = await readFile(new URL('../../dist/kompetence-elements.bundle.js', import.meta.url), 'utf8');
  // Our templates start with a tag or a selector after the line break; the indentation is gone.
  assert.doesNotMatch(bundle, /`[^`]*\n {4,}<(div|p|li|section|fieldset)\b/);
  assert.doesNotMatch(bundle, /`[^`]*\n {2,}:host\b/);
});
