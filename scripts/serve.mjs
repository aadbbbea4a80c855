// Serves build/ on localhost for the hosted delivery, and says where the single file is.
// Usage: node scripts/serve.mjs [port] [--base /sub/path]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const baseIndex = args.indexOf('--base');
const base = baseIndex >= 0 ? args[baseIndex + 1].replace(/\/$/, '') : '';
const port = Number(
  args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--base') ?? process.env.PORT ?? 4173
);
const root = resolve('build');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon'
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('build/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (base && !path.startsWith(base)) {
    res.writeHead(302, { location: `${base}/` }).end();
    return;
  }
  path = path.slice(base.length) || '/';
  let file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff'
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.warn(`Zero Trust Identity Workbook is running at http://127.0.0.1:${port}${base}/`);
  console.warn(
    `Single file for a USB stick (opens from disk, no server): ${join(root, 'ztw.html')}`
  );
  console.warn('Press Ctrl+C to stop.');
});
