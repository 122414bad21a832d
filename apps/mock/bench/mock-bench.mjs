// npm run bench (root: npm run bench:mock). Compares, on loopback, from one run:
//   (a) this mock (`cx-mock --spec build/specs/all.yaml`), and (a') the same with --no-memo (Prism's mocker asked
//       for every request), to show what memoising adds and that Prism alone, without it, is still well ahead,
//   (b) stock `prism mock` with default options on the same joined document,
//   (c) a bare node:http server answering with the bytes (a) gave: the upper bound.
// For each: time from spawn to first answer, then req/s and p50/p99 latency at 10 and 50 connections (autocannon)
// on a fixed mix: one request per operation of every surface, built from the contract's examples. Prints a
// Markdown table with the ratios a/b and a/c. Ratios are never asserted anywhere: this is a report.
// Env: BENCH_SECONDS (default 8) per load level, after a 2 s warm-up.
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurface, readDocument } from '@cx-contracts/openapi-runtime';
import { exampleRequest } from '../dist/example-requests.js';
import { freePort, runLevels, startServer, stopServer, waitForAnswer } from './child-servers.mjs';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(appDir, '..', '..');
const documentPath = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const prismBin = path.join(repoRoot, 'node_modules', '.bin', 'prism');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const LEVELS = [10, 50];

if (!existsSync(documentPath)) {
  console.error(`mock-bench: ${path.relative(repoRoot, documentPath)} is missing; run npm run bundle at the root.`);
  process.exit(2);
}

const surface = loadSurface(await readDocument(documentPath));
const mix = await Promise.all(surface.operations.map((operation) => exampleRequest(surface, operation)));
const scratch = mkdtempSync(path.join(tmpdir(), 'cx-mock-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const rows = [];
const fullStart = await timeFullStart();

const mock = await measure(
  '(a) cx-mock',
  (port) => [
    process.execPath,
    [path.join(appDir, 'bin', 'cx-mock.js'), '--stateless', '--spec', documentPath, '--port', String(port)],
  ],
  async (url) => {
    // Record (a)'s answers for (c) while (a) is up.
    const answers = [];
    for (const request of mix) {
      const response = await send(url, request);
      const headers = { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' };
      const location = response.headers.get('location');
      if (location) headers.location = location;
      answers.push({
        method: request.method,
        path: request.path,
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()).toString('base64'),
      });
    }
    writeFileSync(path.join(scratch, 'answers.json'), JSON.stringify(answers));
    return answers;
  },
);
const noMemo = await measure("(a') cx-mock --no-memo", (port) => [
  process.execPath,
  [path.join(appDir, 'bin', 'cx-mock.js'), '--stateless', '--spec', documentPath, '--port', String(port), '--no-memo'],
]);
const stock = await measure(
  '(b) prism mock',
  (port) => [prismBin, ['mock', '-h', '127.0.0.1', '-p', String(port), documentPath]],
  async (url) => {
    const statuses = [];
    for (const request of mix) statuses.push((await send(url, request)).status);
    return statuses;
  },
);
const bare = await measure('(c) bare node:http', (port) => [
  process.execPath,
  [path.join(appDir, 'bench', 'bare-server.mjs'), path.join(scratch, 'answers.json'), String(port)],
]);

const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : 'n/a');
const row = (name, result) => [
  name,
  `${result.firstAnswerMs.toFixed(0)} ms`,
  ...LEVELS.flatMap((level) => {
    const run = result.levels[level];
    return [run.rps.toFixed(0), `${run.p50} / ${run.p99} ms`, String(run.non2xx)];
  }),
];
rows.push(
  row('(a) cx-mock', mock),
  row("(a') cx-mock --no-memo", noMemo),
  row('(b) prism mock (stock)', stock),
  row('(c) bare node:http', bare),
);
rows.push(['a/b', '', ...LEVELS.flatMap((level) => [ratio(mock.levels[level].rps, stock.levels[level].rps), '', ''])]);
rows.push([
  "a'/b",
  '',
  ...LEVELS.flatMap((level) => [ratio(noMemo.levels[level].rps, stock.levels[level].rps), '', '']),
]);
rows.push(['a/c', '', ...LEVELS.flatMap((level) => [ratio(mock.levels[level].rps, bare.levels[level].rps), '', ''])]);

const header = [
  'server',
  'first answer',
  ...LEVELS.flatMap((level) => [`req/s @${level}`, `p50 / p99 @${level}`, `non-2xx @${level}`]),
];
console.log(
  `\nMix: ${mix.length} requests (one per operation, every surface), ${seconds} s per level after a 2 s warm-up, autocannon on loopback, Node ${process.version}.`,
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
console.log(`\n(a) started from specs/ (bundling included): first answer after ${fullStart.toFixed(0)} ms.`);
const differing = mix.filter((_request, index) => mock.probe[index].status !== stock.probe[index]);
console.log(
  `Stock Prism answers ${differing.length} of ${mix.length} mix requests with another status than cx-mock${differing.length ? ':' : '.'}`,
);
for (const request of differing) {
  const index = mix.indexOf(request);
  console.log(
    `  ${request.operationId} ${request.method} ${request.path}: cx-mock ${mock.probe[index].status}, prism mock ${stock.probe[index]}`,
  );
}
process.exit(0);

async function measure(name, command, probe) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [file, args] = command(port);
  const started = performance.now();
  const child = startServer(file, args, { cwd: repoRoot, label: 'mock-bench' });
  await waitForAnswer(url, child, () => send(url, mix[0]));
  const firstAnswerMs = performance.now() - started;
  const probed = probe ? await probe(url) : undefined;
  await load(url, 10, 2); // warm-up: JIT, Prism's memoised answers, keep-alive sockets
  const levels = await runLevels(name, LEVELS, (connections) => load(url, connections, seconds));
  await stopServer(child);
  return { firstAnswerMs, levels, probe: probed };
}

async function timeFullStart() {
  const port = await freePort();
  const started = performance.now();
  const child = startServer(
    process.execPath,
    [path.join(appDir, 'bin', 'cx-mock.js'), '--stateless', '--port', String(port)],
    { cwd: repoRoot, label: 'mock-bench' },
  );
  await waitForAnswer(`http://127.0.0.1:${port}`, child, () => send(`http://127.0.0.1:${port}`, mix[0]));
  const elapsed = performance.now() - started;
  await stopServer(child);
  return elapsed;
}

function send(url, request) {
  return fetch(url + request.path, { method: request.method, headers: request.headers, body: request.body });
}

function load(url, connections, duration) {
  return autocannon({
    url,
    connections,
    duration,
    requests: mix.map((request) => ({
      method: request.method,
      path: request.path,
      headers: request.headers,
      body: request.body && Buffer.from(request.body),
    })),
  });
}
