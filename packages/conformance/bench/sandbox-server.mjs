// The sandbox behind node:http on 127.0.0.1 and a free port, for bench/passive.mjs (run as a child process so that
// it does not share an event loop with the load generator). Prints its URL on the first line of stdout.
import http from 'node:http';
import { fetchHeaders } from '@cx-contracts/openapi-runtime';
import { createSandbox } from '@cx-contracts/sandbox';
import { readSurfaceDocument } from '../dist/surface.js';

const sandbox = createSandbox({ document: await readSurfaceDocument('all') });
const server = http.createServer(async (request, response) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const headers = fetchHeaders(request.headers);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const answer = await sandbox.fetch(
    new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers, body }),
  );
  const out = {};
  answer.headers.forEach((value, name) => (out[name] = value));
  const bytes = Buffer.from(await answer.arrayBuffer());
  out['content-length'] = String(bytes.length);
  response.writeHead(answer.status, out);
  response.end(bytes);
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
