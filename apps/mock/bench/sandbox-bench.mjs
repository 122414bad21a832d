// npm run bench:sandbox (root). A stateful mix across surfaces, on loopback, from one run:
//   (s) the sandbox (`cx-mock --spec build/specs/all.yaml --quiet`, the default mode),
//   (p) stock `prism mock` on the same requests (it answers examples: ids it returns are the seed's),
//   (c) a bare node:http server answering a fixed JSON body: the upper bound.
// Each autocannon connection loops create → get → update → get → stop on GMS Open Media (v2) and on Nexus (v3),
// then composite start → get service → end service on Context Services, each cycle in one of 150 namespaces
// (x-cx-sandbox-namespace), carrying the ids each create returned. At 10 and 50 connections: req/s, p50/p99, and
// the server's RSS after warm-up and after the run (/proc, Linux). Then, in process, how the sandbox's heap grows
// with namespaces and interactions. Then a soak: the sandbox alone at 50 connections for --duration seconds (default
// 30; the README's numbers are from --duration 180), its RSS every 10 s, to show whether memory stays flat under the
// mix. A report, never asserted. Env: BENCH_SECONDS (default 8) per level.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '@cx-contracts/openapi-runtime';
import { createSandbox } from '@cx-contracts/sandbox';
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { freePort, rssMb, runLevels, startServer, stopServer, waitForAnswer } from './child-servers.mjs';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(appDir, '..', '..');
const documentPath = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const prismBin = path.join(repoRoot, 'node_modules', '.bin', 'prism');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const { values: flags } = parseArgs({ options: { duration: { type: 'string', default: '30' } } });
const soakSeconds = Number(flags.duration);
if (!(soakSeconds >= 10)) {
  console.error(`sandbox-bench: --duration must be a number of seconds, at least 10 (received ${flags.duration}).`);
  process.exit(2);
}
const SOAK_CONNECTIONS = 50;
const RSS_EVERY_MS = 10_000;
const LEVELS = [10, 50];
const NAMESPACES = 150;

if (!existsSync(documentPath)) {
  console.error(`sandbox-bench: ${path.relative(repoRoot, documentPath)} is missing; run npm run bundle at the root.`);
  process.exit(2);
}

// (c): reads each body and answers the same small JSON, so the ids the mix carries are 'x' and every path is fine.
const BARE = `require('node:http').createServer((q, s) => { q.on('data', () => {}); q.on('end', () => { s.writeHead(200, { 'content-type': 'application/json', 'content-length': 16 }); s.end('{"statusCode":0}'); }); }).listen(Number(process.argv[1]), '127.0.0.1');`;

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const jsonType = { 'content-type': 'application/json' };
const key = { 'x-api-key': 'bench-key' };
let cycles = 0;

/** The stateful mix: each step reads the ids the earlier ones saved in the connection's context. */
function mix() {
  const ns = (context) => ({ 'x-cx-sandbox-namespace': context.ns });
  const step = (method, pathOf, headers, body, save) => ({
    method,
    setupRequest: (request, context) => {
      if (context.ns === undefined || pathOf === START) context.ns = `bench-${cycles++ % NAMESPACES}`;
      return { ...request, method, path: pathOf(context), headers: { ...headers, ...ns(context) }, body };
    },
    ...(save ? { onResponse: (_status, body, context) => save(body, context) } : {}),
  });
  const parse = (body) => {
    try {
      return JSON.parse(body);
    } catch {
      return {};
    }
  };
  const START = () => '/genesys/2/openmedia/bench';
  return [
    step('POST', START, form, 'externalId=b&userData%5BA%5D=1', (body, context) => {
      context.gms = parse(body).interactionId ?? 'x';
    }),
    step('POST', (c) => `/genesys/2/openmedia/bench/${c.gms}/get`, form, ''),
    step('POST', (c) => `/genesys/2/openmedia/bench/${c.gms}/update`, form, 'change%5BA%5D=2'),
    step('POST', (c) => `/genesys/2/openmedia/bench/${c.gms}/get`, form, ''),
    step('POST', (c) => `/genesys/2/openmedia/bench/${c.gms}/stop`, form, ''),
    step(
      'POST',
      () => '/nexus/v3/openmedia/bench/interactions',
      { ...key, ...jsonType },
      '{"userData":{"A":"1"}}',
      (body, context) => {
        context.nexus = parse(body).data?.interactionId ?? 'x';
      },
    ),
    step('GET', (c) => `/nexus/v3/openmedia/bench/interactions/${c.nexus}`, key),
    step(
      'POST',
      (c) => `/nexus/v3/openmedia/bench/interactions/${c.nexus}/update`,
      { ...key, ...jsonType },
      '{"changedProperties":{"A":"2"}}',
    ),
    step('GET', (c) => `/nexus/v3/openmedia/bench/interactions/${c.nexus}`, key),
    step('POST', (c) => `/nexus/v3/openmedia/bench/interactions/${c.nexus}/stop`, { ...key, ...jsonType }, '{}'),
    step(
      'POST',
      () => '/genesys/1/cs/services_composite/start',
      jsonType,
      '{"services":[{"service":{"customer_id":"c","service_type":"S"},"state":{"state_type":"T"}}]}',
      (body, context) => {
        context.cs = parse(body).services?.[0]?.service?.service_id ?? 1;
      },
    ),
    step('GET', (c) => `/genesys/1/cs/services/${c.cs}`, {}),
    step('POST', (c) => `/genesys/1/cs/services/${c.cs}/end`, jsonType, '{}'),
  ];
}

const results = [];
results.push(
  await measure(
    '(s) sandbox',
    (port) => [
      process.execPath,
      [path.join(appDir, 'bin', 'cx-mock.js'), '--spec', documentPath, '--port', String(port), '--quiet'],
    ],
    soakSeconds,
  ),
);
results.push(
  await measure('(p) prism mock (stock)', (port) => [
    prismBin,
    ['mock', '-h', '127.0.0.1', '-p', String(port), documentPath],
  ]),
);
results.push(await measure('(c) bare node:http', (port) => [process.execPath, ['-e', BARE, String(port)]]));

const [sandbox, prism, bare] = results;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : 'n/a');
const header = [
  'server',
  ...LEVELS.flatMap((level) => [`req/s @${level}`, `p50 / p99 @${level}`, `non-2xx @${level}`]),
  'RSS before → after',
];
console.log(
  `\nStateful mix: 13 requests per cycle (GMS create/get/update/get/stop, Nexus the same, CS composite/get/end), ${NAMESPACES} namespaces, ${seconds} s per level after a 2 s warm-up, autocannon on loopback, Node ${process.version}.`,
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const result of results)
  console.log(
    `| ${[
      result.name,
      ...LEVELS.flatMap((level) => {
        const run = result.levels[level];
        return [run.rps.toFixed(0), `${run.p50} / ${run.p99} ms`, String(run.non2xx)];
      }),
      `${result.rssBefore} → ${result.rssAfter} MB`,
    ].join(' | ')} |`,
  );
console.log(
  `| s/p | ${LEVELS.map((level) => `${ratio(sandbox.levels[level].rps, prism.levels[level].rps)} |  | `).join(' | ')} |`,
);
console.log(
  `| s/c | ${LEVELS.map((level) => `${ratio(sandbox.levels[level].rps, bare.levels[level].rps)} |  | `).join(' | ')} |`,
);
const { soaked } = sandbox;
if (soaked)
  console.log(
    `\nSoak: (s) at ${SOAK_CONNECTIONS} connections for ${soakSeconds} s: ${soaked.rps.toFixed(0)} req/s, p99 ${soaked.p99} ms, non-2xx+errors ${soaked.non2xx}; RSS every ${RSS_EVERY_MS / 1000} s: ${soaked.rss.join(', ')} MB.`,
  );
await memoryGrowth();
process.exit(0);

async function measure(name, command, soak) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [file, args] = command(port);
  const child = startServer(file, args, { cwd: repoRoot, label: 'sandbox-bench' });
  await waitForAnswer(url, child, () => fetch(`${url}/genesys/1/cs/services/1`));
  await load(url, 10, 2);
  const rssBefore = rssMb(child.pid) ?? '?';
  const levels = await runLevels(name, LEVELS, (connections) => load(url, connections, seconds));
  const rssAfter = rssMb(child.pid) ?? '?';
  const soaked = soak ? await soakRun(url, child.pid, soak) : undefined;
  await stopServer(child);
  return { name, levels, rssBefore, rssAfter, soaked };
}

/** The mix at SOAK_CONNECTIONS for `duration` s, with the server's RSS at the start and every RSS_EVERY_MS. */
async function soakRun(url, pid, duration) {
  const rss = [rssMb(pid)];
  const timer = setInterval(() => rss.push(rssMb(pid)), RSS_EVERY_MS);
  const result = await load(url, SOAK_CONNECTIONS, duration);
  clearInterval(timer);
  return {
    rss,
    rps: result.requests.total / (result.duration || duration),
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/** In process: heap per namespace and per interaction, with GC between measurements when --expose-gc is on. */
async function memoryGrowth() {
  const document = await readDocument(documentPath);
  const box = createSandbox({
    document,
    caps: { namespaces: 1000, interactionsTotal: 1_000_000, interactionsPerNamespace: 1_000_000 },
  });
  const heap = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const create = (namespace, count) => {
    const requests = [];
    for (let i = 0; i < count; i++)
      requests.push(
        box.fetch(
          new Request('http://bench/genesys/2/openmedia/bench', {
            method: 'POST',
            headers: { ...form, 'x-cx-sandbox-namespace': namespace },
            body: `externalId=e${i}&userData%5BOrderNumber%5D=ABC123456789&userData%5BNote%5D=some+text`,
          }),
        ),
      );
    return Promise.all(requests);
  };
  await create('warm', 10);
  const base = heap();
  for (let n = 0; n < 200; n++) await create(`ns-${n}`, 1);
  const perNamespace = (heap() - base) / 200;
  const beforeInteractions = heap();
  for (let batch = 0; batch < 20; batch++) await create('big', 1000);
  const perInteraction = (heap() - beforeInteractions) / 20_000;
  console.log(
    `\nMemory (in process${globalThis.gc ? ', after GC' : ', without --expose-gc: rough'}): about ${(perNamespace / 1024).toFixed(1)} KB per namespace (with one interaction), ${(perInteraction / 1024).toFixed(2)} KB per interaction (3 user data keys); ${((perInteraction * 50_000) / 1024 / 1024).toFixed(0)} MB at the default total cap of 50,000 interactions.`,
  );
}

function load(url, connections, duration) {
  return autocannon({ url, connections, duration, requests: mix() });
}
