// Baseline (c) of the benchmark: a bare node:http server that reads each request body and answers with the bytes
// the mock gave for the same request (recorded by mock-bench.mjs). The upper bound for any Node mock on this machine.
// Usage: node bare-server.mjs <answers.json> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [answersFile, port] = process.argv.slice(2);
const answers = new Map();
for (const answer of JSON.parse(readFileSync(answersFile, 'utf8'))) {
  answers.set(`${answer.method} ${answer.path}`, { ...answer, body: Buffer.from(answer.body, 'base64') });
}

createServer((request, response) => {
  request.on('data', () => {});
  request.on('end', () => {
    const answer = answers.get(`${request.method} ${request.url}`);
    if (!answer) {
      response.writeHead(404, { 'content-length': '0' });
      return response.end();
    }
    response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
    response.end(answer.body);
  });
}).listen(Number(port), '127.0.0.1');
