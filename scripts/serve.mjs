// npm start (after the build): a tiny static server for the demo intranet, with no dependencies.
//   /        → demo/            (the intranet's pages and its own stylesheet)
//   /dist/…  → dist/            (the built bundle and CSS, as a CMS would host them)
// Port: PORT or --port N (default 8080). Sends a strict Content-Security-Policy header, as a
// careful intranet would, so the demo proves the bundle needs no inline script or style and no
// other host. Only files under demo/ and dist/ are served; only GET and HEAD. Text is sent
// gzipped to a browser that takes it, as a real host sends it (the size budget counts gzip bytes:
// uncompressed, a phone on slow 4G waited some 0.9 s more), with an ETag, so a page view asks again
// (no-cache: a new build shows at once) but loads an unchanged bundle from the browser's cache.
//
// Importing this module starts nothing: `createHandler()` gives the request handler (the demo's
// Node test serves it on a free port); running it as a script listens.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

/**
 * The policy on every response. `default-src 'self'` covers everything not named; no
 * 'unsafe-inline' (no inline <script>, <style> or style="…"), no 'unsafe-eval'. `data:` images
 * only for the favicon placeholder (`<link rel="icon" href="data:,">`), which stops the browser
 * asking for /favicon.ico. The elements' downloads (plan JSON, calendar) are `<a download>`
 * links to blob: URLs, which no fetch directive governs.
 */
export const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const defaultMounts = [
  ['/dist/', path.join(root, 'dist')],
  ['/', path.join(root, 'demo')],
];

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.ics': 'text/calendar; charset=utf-8', '.map': 'application/json',
};

/** Types worth compressing. */
const compressible = /^(text\/|application\/json|image\/svg)/;

/** The file for a URL path under one of the mounts, or undefined (never a file outside them). */
async function resolveFile(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest;
    try {
      rest = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      return undefined; // malformed %-escape
    }
    const file = path.join(dir, rest);
    if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      const index = path.join(file, 'index.html');
      return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
    }
    if (info?.isFile()) return file;
  }
  return undefined;
}

/**
 * The demo server's request handler: `(req, res) => Promise<void>`.
 * `mounts`: `[urlPrefix, directory]` pairs, first match wins (default: /dist/ → dist, / → demo).
 */
export function createHandler({ mounts = defaultMounts } = {}) {
  return async function handle(req, res) {
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed.\n');
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = await resolveFile(mounts, urlPath);
    // Its size and time are taken before it is read: a build writing the file meanwhile gives the tag
    // of the older version, which the next request corrects (taken after the read, a half-written
    // file could keep the new tag).
    const info = file && (await stat(file).catch(() => undefined));
    const body = info && (await readFile(file).catch(() => undefined));
    if (!body) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end(urlPath.startsWith('/dist/') ? 'Not found. Run npm run build first.\n' : 'Not found.\n');
      return;
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?(?![\d.]))/.test(req.headers['accept-encoding'] ?? '');
    // One tag per file version and encoding: a new build, or the other encoding, is another response.
    const etag = `"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
    Object.assign(headers, { etag, vary: 'accept-encoding' });
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const out = gzip ? gzipSync(body) : body;
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': out.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : out);
  };
}

/** Starts the demo server; resolves to the listening `http.Server`. */
export function serve({ port = 8080, host = 'localhost', mounts } = {}) {
  const server = createServer(createHandler({ mounts }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const port = Number(portArg > -1 ? process.argv[portArg + 1] : process.env.PORT ?? 8080);
  const host = process.env.HOST ?? 'localhost';
  try {
    const server = await serve({ port, host });
    const { port: actual } = server.address();
    console.log(`\nDemo: http://${host}:${actual}/  (serving demo/ and dist/ with a strict CSP; stop with Ctrl+C)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start` : error);
    process.exit(1);
  }
}
