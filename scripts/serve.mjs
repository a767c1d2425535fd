// npm start (after the build): a tiny static server for the demo, with no dependencies.
//   /        → demo/            (the "intranet page")
//   /dist/…  → dist/            (the built bundle and CSS, as a CMS would host them)
// Port: PORT or --port N (default 8080). Sends a strict Content-Security-Policy header, as a
// careful intranet would, so the demo proves the bundle needs no inline script or style.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { root } from './lib.mjs';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : process.env.PORT ?? 8080);
const host = process.env.HOST ?? 'localhost';
const mounts = [
  ['/dist/', path.join(root, 'dist')],
  ['/', path.join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.ics': 'text/calendar; charset=utf-8', '.map': 'application/json',
};
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

async function resolveFile(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, decodeURIComponent(urlPath.slice(prefix.length)));
    if (!file.startsWith(dir)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) return resolveFile(`${urlPath.replace(/\/?$/, '/')}index.html`);
    if (info?.isFile()) return file;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = await resolveFile(urlPath);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(urlPath.startsWith('/dist/') ? 'Not found. Run npm run build first.\n' : 'Not found.\n');
    return;
  }
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'cache-control': 'no-cache',
  });
  res.end(await readFile(file));
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start` : error);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`\nDemo: http://${host}:${port}/  (serving demo/ and dist/; stop with Ctrl+C)`);
});
