// Static server for tests/fixtures on 127.0.0.1, shared by `npm start` and the end-to-end tests.
// node:http only; serves files read-only and never anything outside tests/fixtures.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../tests/fixtures', import.meta.url)));
export const DEFAULT_PORT = 4321;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** Maps a request path to a file under root, or null when it would leave root. */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/') {
    res.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let file = resolvePath(root, path);
  if (!file) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden\n');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: path + '/' }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      // Fixtures change while one edits them: never let the browser serve a stale copy.
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  }
}

/**
 * Starts the server; port 0 picks a free port. Resolves once it listens.
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ port = DEFAULT_PORT, host = '127.0.0.1', root = FIXTURES_DIR } = {}) {
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://${host}:${actualPort}`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Port from the first argument, else PORT / LAGEBILD_PORT, else the default. */
export function portFrom(argv = process.argv.slice(2), env = process.env) {
  const raw = argv.find((a) => /^\d+$/.test(a)) ?? env.LAGEBILD_PORT ?? env.PORT;
  return raw === undefined ? DEFAULT_PORT : Number(raw);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { url, close } = await startServer({ port: portFrom() });
  console.log(`Serving tests/fixtures at ${url}/  (demo articles: ${url}/demo/)  Ctrl-C stops.`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
