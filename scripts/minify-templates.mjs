// Build-time minification of the static text in lit's `html` and `css` tagged templates, for the
// browser bundle only (dist/*.js keeps the source's templates; bundlers minify those themselves).
// The indentation inside templates is about 1.3 KB gzip of the bundle that no browser needs.
//
// Conservative by design, so rendering cannot change:
// - html: a run of whitespace that holds a line break becomes one space. HTML collapses such runs
//   anyway, except in <pre>/<textarea> content, which the package's templates never hold (their
//   textareas are empty and bound through `.value`; the build fails if that changes).
// - css: comments go, whitespace runs become one space, and spaces next to `{`, `}`, `;` and `,`
//   and after `:` go. Spaces before `:` and around combinators stay (`a :hover` is not `a:hover`);
//   quoted strings stay as written. Then (tightenCssPart) a block's last `;`, the `0` of `0.5`, the
//   spaces around `>` and the space at either end of the whole template go (an unquoted
//   `url(img/0.5.png)` would lose that `0` too: quote URLs; the elements load none).

const tags = new Set(['html', 'css']);

/** @param {string} text the raw text of one template part, between expressions */
export function minifyHtmlPart(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** @param {string} text the raw text of one template part, between expressions */
export function minifyCssPart(text) {
  // Comments go first, read left to right with the strings, so an apostrophe in a comment ("a
  // page's") does not pair with a quote after it: that left the rest of the sheet unminified.
  const uncommented = text.replace(/('[^']*'|"[^"]*")|\/\*[\s\S]*?\*\//g, (match, quoted) => quoted ?? '');
  // Quoted strings (`content: ': '`) are kept as written: only the text between them is minified.
  return uncommented
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, i) => (i % 2 ? piece : piece
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      // A space after a colon is never needed (`display: block`); one before it may be (`a :hover`).
      .replace(/: /g, ':')))
    .join('');
}

/**
 * css, after minifyCssPart: the last `;` of a block goes (`a{b:c;}` is `a{b:c}`), the `0` before a
 * decimal point (`0.5em` is `.5em`), the spaces around a child combinator, and the space at the very
 * start and end of a whole template, where no expression can follow or precede it. Quoted strings
 * stay as written.
 * @param {string} text a part minifyCssPart returned
 * @param {boolean} isFirst the template's first part
 * @param {boolean} isLast the template's last part
 */
export function tightenCssPart(text, isFirst, isLast) {
  let out = text
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, i) => (i % 2 ? piece : piece
      .replace(/;}/g, '}')
      // `0.5em` is `.5em`; a child combinator needs no spaces (`a > b` is `a>b`).
      .replace(/([^\w.])0\.(?=\d)/g, '$1.')
      .replace(/ > /g, '>')))
    .join('');
  if (isFirst) out = out.replace(/^ /, '');
  if (isLast) out = out.replace(/ $/, '');
  return out;
}

/** Walks an ESTree AST and collects the quasis of `html` and `css` tagged templates. */
function collectParts(node, found) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
    const quasis = node.quasi.quasis;
    for (const [i, quasi] of quasis.entries()) {
      found.push({ kind: node.tag.name, start: quasi.start, end: quasi.end, first: i === 0, last: i === quasis.length - 1 });
    }
  }
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) collectParts(c, found);
    else if (child && typeof child === 'object') collectParts(child, found);
  }
}

/** Vite plugin: minifies the templates of the package's own modules after TypeScript is stripped. */
export function minifyTemplates() {
  return {
    name: 'kompetence:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const parts = [];
      collectParts(this.parse(code), parts);
      let out = code;
      // From the end, so earlier offsets stay valid.
      for (const { kind, start, end, first, last } of parts.sort((a, b) => b.start - a.start)) {
        const raw = code.slice(start, end);
        if (kind === 'html' && (/<pre\b/i.test(raw) || /[^>]<\/textarea>/i.test(raw))) {
          throw new Error(`${id}: <pre> or <textarea> content in an html template; teach minify-templates.mjs to keep it`);
        }
        let text = kind === 'html' ? minifyHtmlPart(raw) : minifyCssPart(raw);
        if (kind === 'css') text = tightenCssPart(text, first, last);
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
