// Serves the built app (examples/web/dist) on an origin of its own, as a static host or CDN would,
// and writes casegraph's address into index.html so one build runs against any casegraph.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export interface WebAppServer {
  /** Where the app is, e.g. `http://127.0.0.1:5173`: the origin casegraph's CASEGRAPH_CORS_ORIGINS must grant. */
  origin: string;
  /** casegraph's GraphQL endpoint, written into every index.html served from now on. */
  setCasegraphUrl(url: string): void;
  close(): Promise<void>;
}

export interface WebAppServerOptions {
  /** The built app: index.html and assets/. */
  dist: string;
  host: string;
  /** 0 for any free port. */
  port: number;
  casegraphUrl: string;
}

const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export async function serveWebApp({ dist, host, port, casegraphUrl }: WebAppServerOptions): Promise<WebAppServer> {
  const indexHtml = await readFile(join(dist, 'index.html'), 'utf8');
  let graphqlUrl = casegraphUrl;

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://web');
      if (pathname === '/' || pathname === '/index.html') {
        const html = indexHtml.replace(
          /(<meta name="casegraph-url" content=")[^"]*(")/,
          (_, before: string, after: string) => `${before}${attribute(graphqlUrl)}${after}`,
        );
        res.writeHead(200, {
          'content-type': CONTENT_TYPES['.html'],
          'cache-control': 'no-cache',
          // The page may call only casegraph: a script injected into it could send data nowhere else.
          'content-security-policy': [
            "default-src 'self'",
            `connect-src ${new URL(graphqlUrl).origin}`,
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
          ].join('; '),
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        });
        res.end(req.method === 'HEAD' ? undefined : html);
        return;
      }
      const file = normalize(join(dist, decodeURIComponent(pathname)));
      const info = file.startsWith(dist + sep) ? await stat(file).catch(() => undefined) : undefined;
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'x-content-type-options': 'nosniff',
        // Vite names assets by their content's hash: a changed file has a new name.
        'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  // A TCP server that is listening has an AddressInfo; only a pipe has a string.
  if (address === null || typeof address === 'string') throw new Error('the web app server is not on a TCP port.');
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    setCasegraphUrl: (url) => (graphqlUrl = url),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
