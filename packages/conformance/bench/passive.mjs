// npm run bench:passive (in packages/conformance). Two numbers for issue 13, from one run on 127.0.0.1:
//   1. Proxy overhead: req/s and p99 latency of client → cx-conformance proxy → sandbox against client → sandbox, at
//      10 and 50 connections (autocannon, BENCH_SECONDS each, default 5, after a 1 s warm-up), as ratios. The sandbox
//      and the proxy each run in their own process; the mix is a GMS Open Media update (form body with change[k] and
//      delete[k]) and a Nexus read by ext_ id (x-api-key), both answered 200 and checked in both directions.
//   2. HAR checking speed: a generated 10,000-entry HAR (the same mix) parsed and checked, in entries/s.
// A report, not a test: nothing here is asserted.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurfaces } from '../dist/cli/passive-options.js';
import { parseHar } from '../dist/har/har-file.js';
import { Redactor } from '../dist/http/redactor.js';
import { PassiveSession } from '../dist/passive/passive-session.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const HAR_ENTRIES = 10_000;
const API_KEY = 'bench-key-0001';
const children = [];

/** Starts a child process and resolves with the first http://127.0.0.1:PORT it prints. */
function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(seen);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function setUp(target) {
  const created = await fetch(`${target}/genesys/2/openmedia/customer-support`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'externalId=bench-1&userData%5BTopic%5D=billing',
  }).then((response) => response.json());
  await fetch(`${target}/nexus/v3/openmedia/email-intake/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
    body: JSON.stringify({ externalId: 'bench-n1' }),
  });
  return created.interactionId;
}

function requests(id) {
  return [
    {
      method: 'POST',
      path: `/genesys/2/openmedia/customer-support/${id}/update`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'change%5BOrderNumber%5D=XYZ-1&delete%5BTopic%5D=',
    },
    {
      method: 'GET',
      path: '/nexus/v3/openmedia/email-intake/interactions/ext_bench-n1',
      headers: { 'x-api-key': API_KEY },
    },
  ];
}

async function load(url, connections, duration, id) {
  const result = await autocannon({ url, connections, duration, requests: requests(id) });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

try {
  const sandbox = await start([path.join(here, 'sandbox-server.mjs')]);
  const proxy = await start([
    path.join(here, '..', 'bin', 'cx-conformance.js'),
    'proxy',
    '--target',
    sandbox,
    '--port',
    '0',
    '--quiet',
    '--no-color',
  ]);
  const id = await setUp(sandbox);
  console.log(`Proxy overhead (${seconds} s per level, 127.0.0.1; sandbox ${sandbox}, proxy ${proxy})\n`);
  console.log(
    '| connections | direct req/s | proxy req/s | req/s ratio | direct p99 ms | proxy p99 ms | p99 ratio | non-2xx/errors |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const connections of [10, 50]) {
    await load(sandbox, connections, 1, id);
    const direct = await load(sandbox, connections, seconds, id);
    await load(proxy, connections, 1, id);
    const proxied = await load(proxy, connections, seconds, id);
    console.log(
      `| ${connections} | ${direct.rps.toFixed(0)} | ${proxied.rps.toFixed(0)} | ${(proxied.rps / direct.rps).toFixed(2)} | ${direct.p99} | ${proxied.p99} | ${(proxied.p99 / Math.max(direct.p99, 1)).toFixed(2)} | ${direct.non2xx + proxied.non2xx}/${direct.errors + proxied.errors} |`,
    );
  }
} finally {
  for (const child of children) child.kill();
}

// HAR checking speed.
const okJson = JSON.stringify({ statusCode: 0 });
const nexusJson = JSON.stringify({
  status: { code: 0, message: 'OK' },
  data: { interactionId: 'n1', externalId: 'bench-n1' },
});
const entries = Array.from({ length: HAR_ENTRIES }, (_, index) =>
  index % 2 === 0
    ? {
        request: {
          method: 'POST',
          url: `http://gms.test/genesys/2/openmedia/customer-support/I${index}/update`,
          headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
          postData: {
            mimeType: 'application/x-www-form-urlencoded',
            text: `change%5BOrderNumber%5D=X${index}&delete%5BTopic%5D=`,
          },
        },
        response: {
          status: 200,
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          content: { size: okJson.length, mimeType: 'application/json', text: okJson },
        },
        time: 3,
      }
    : {
        request: {
          method: 'GET',
          url: `http://gms.test/nexus/v3/openmedia/email-intake/interactions/ext_e${index}`,
          headers: [{ name: 'x-api-key', value: API_KEY }],
        },
        response: {
          status: 200,
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          content: { size: nexusJson.length, mimeType: 'application/json', text: nexusJson },
        },
        time: 3,
      },
);
const text = JSON.stringify({ log: { version: '1.2', creator: { name: 'bench' }, entries } });
const surfaces = await loadSurfaces(['v1', 'v2', 'v3', 'context-service']);
const started = performance.now();
const session = new PassiveSession({ surfaces, source: 'har', target: 'bench.har', redactor: new Redactor() });
for (const exchange of parseHar(text).entries) await session.check(exchange);
const report = session.report();
const elapsed = (performance.now() - started) / 1000;
console.log(
  `\nHAR checking: ${HAR_ENTRIES} entries (${(text.length / 1e6).toFixed(1)} MB) in ${elapsed.toFixed(2)} s = ${Math.round(HAR_ENTRIES / elapsed)} entries/s; ${report.passive.checked} checked, ${report.findings.length} findings`,
);
