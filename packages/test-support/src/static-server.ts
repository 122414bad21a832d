// Serves a directory (a built page, a generated site) on 127.0.0.1 and a free port: the page's own origin.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listen, type RunningServer } from './server.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
};

/** `/` is `index.html`; a path outside `dir` or not a file is 404. `seen` gets every path asked for. */
export function serveDirectory(dir: string, seen: string[] = []): Promise<RunningServer> {
  const root = path.resolve(dir);
  return listen((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    seen.push(pathname);
    const file = path.join(root, path.normalize(pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
}
