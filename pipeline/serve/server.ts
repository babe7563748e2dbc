/**
 * A local web server for an output folder: static files (sirv), compressed
 * (compression) as a real host would, on 127.0.0.1 unless told otherwise.
 * With `live`, every HTML page it serves carries a small script that listens
 * on a Server-Sent Events stream and reloads the page when `reload()` is
 * called (after a rebuild). The output folder itself never holds that
 * script: it is added on the way out.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import compression from 'compression';

export interface ServeOptions {
  host?: string;
  /** 0 for any free port. */
  port?: number;
  /** Reload open pages on `reload()`. */
  live?: boolean;
}

export interface PreviewServer {
  /** The server's base URL, with a trailing slash. */
  url: string;
  reload: () => void;
  close: () => Promise<void>;
}

/** Where the reload stream is served: outside any path an output folder can hold (no slug starts with an underscore). */
const EVENTS = '/__papers/reload';
const RELOAD_SCRIPT = `<script type="module">new EventSource(${JSON.stringify(EVENTS)}).addEventListener('reload', () => location.reload());</script>`;

export function startServer(root: string, options: ServeOptions = {}): Promise<PreviewServer> {
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  const compress = compression();
  const clients = new Set<ServerResponse>();

  /** An HTML page with the reload script before `</body>`, or null when `path` is not a page of the folder. */
  const livePage = async (pathname: string): Promise<string | null> => {
    const relative = decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!relative.endsWith('.html')) return null;
    const full = normalize(join(root, relative));
    if (!full.startsWith(normalize(root) + sep)) return null;
    try {
      const html = await readFile(full, 'utf8');
      return html.includes('</body>') ? html.replace('</body>', `${RELOAD_SCRIPT}</body>`) : html + RELOAD_SCRIPT;
    } catch {
      return null;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (options.live && pathname === EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (options.live) {
      const page = await livePage(pathname);
      if (page !== null) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
        return;
      }
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    });
  };

  const server = createServer((req, res) => {
    // The event stream is left uncompressed: compression would hold its messages back.
    if (options.live && req.url?.startsWith(EVENTS)) return void handle(req, res);
    compress(req as never, res as never, () => void handle(req, res));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}/`,
        reload: () => {
          for (const client of clients) client.write('event: reload\ndata: \n\n');
        },
        close: () =>
          new Promise((done) => {
            for (const client of clients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
