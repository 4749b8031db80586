/**
 * A minimal static file server for the built site (dist/), used by the browser tests and
 * by `npm run audit`. Serves under a base path like a real host would, on 127.0.0.1 only;
 * optionally with gzip and cache headers like a production host.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path (root-relative, without base). */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** gzip text responses when the client accepts it, and send cache headers (long for hashed _astro/ files). */
  productionHeaders?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|ld\+json|xml)|image\/svg)/;

export async function startStaticServer(dir: string, base = '/', opts: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': TYPES['.html']! }).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (!opts.productionHeaders) {
      res.writeHead(status, { 'content-type': type });
      createReadStream(file).pipe(res);
      return;
    }
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    };
    let body = readFileSync(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p: string) => `${origin}${base}${p.replace(/^\//, '')}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
