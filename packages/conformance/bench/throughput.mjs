// npm run bench (npm run bench:conformance at the root): the same request sequence against a fast local server,
// once through the suite (its HTTP layer plus every exchange check on every answer) and once as a raw undici loop.
// Prints both throughputs and their ratio. A benchmark, not a test: nothing here is asserted.
import http from 'node:http';
import { Agent, request } from 'undici';
import { buildCheckedExchange, runExchangeChecks, selectExchangeChecks } from '../dist/check-exchange.js';
import { HttpClient } from '../dist/http/http-client.js';
import { loadConformanceSurface, readSurfaceDocument } from '../dist/surface.js';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 6000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

// Answers as a correct deployment would: a Nexus interaction and a GMS Open Media get envelope.
const nexusBody = JSON.stringify({
  interactionId: 'i-1',
  externalId: 'e-1',
  state: 'Active',
  userData: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${i}`, `value ${i}`])),
});
const openMediaBody = JSON.stringify({
  statusCode: 0,
  interactionProperties: {
    interactionId: '01QG0Q2S5S50G000',
    interactionType: 'Inbound',
    interactionState: 'Queued',
    interactionTenantId: 1,
    interactionIsHeld: false,
    interactionUserData: Array.from({ length: 20 }, (_, i) => ({ key: `key${i}`, type: 'str', value: `value ${i}` })),
  },
});
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url.startsWith('/nexus/') ? nexusBody : openMediaBody);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const sequence = Array.from({ length: TOTAL + WARMUP }, (_, i) =>
  i % 2 === 0
    ? {
        surface: 'v3',
        operationId: 'getNexusInteraction',
        method: 'GET',
        path: `/nexus/v3/openmedia/svc/interactions/i-${i}`,
        headers: { 'x-api-key': 'k' },
      }
    : {
        surface: 'v2',
        operationId: 'getOpenMediaInteraction',
        method: 'POST',
        path: `/genesys/2/openmedia/svc/i-${i}/get`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      },
);

async function pool(items, worker) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await worker(items[next++]);
    }),
  );
}

/** Runs the warm-up, then the measured requests: their wall-clock rate and their rate per CPU-second. */
async function measure(run) {
  await run(sequence.slice(0, WARMUP));
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run(sequence.slice(WARMUP));
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return { rate: TOTAL / seconds, cpuRate: TOTAL / ((used.user + used.system) / 1e6) };
}

async function raw() {
  const agent = new Agent({ connections: CONCURRENCY });
  const run = (items) =>
    pool(items, async (item) => {
      const response = await request(base + item.path, {
        method: item.method,
        headers: item.headers,
        body: item.body,
        dispatcher: agent,
      });
      await response.body.arrayBuffer();
    });
  const result = await measure(run);
  await agent.close();
  return result;
}

async function suite() {
  const surfaces = {
    v2: loadConformanceSurface(await readSurfaceDocument('v2'), 'v2'),
    v3: loadConformanceSurface(await readSurfaceDocument('v3'), 'v3'),
  };
  const checks = selectExchangeChecks({});
  const client = new HttpClient({
    timeoutMs: 10_000,
    maxBodyBytes: 4 * 1024 * 1024,
    concurrency: CONCURRENCY,
    ratePerSecond: 0,
  });
  let findings = 0;
  const run = (items) =>
    pool(items, async (item) => {
      const exchange = await client.send({
        method: item.method,
        url: base + item.path,
        headers: item.headers,
        body: item.body,
      });
      const surface = surfaces[item.surface];
      const checked = buildCheckedExchange(
        surface,
        surface.getOperation(item.operationId),
        item.method,
        item.path,
        exchange.response,
      );
      findings += runExchangeChecks(checked, checks).findings.length;
    });
  const result = await measure(run); // the warm-up also compiles each validator once, as a real run does
  await client.close();
  if (findings > 0) console.warn(`note: ${findings} findings on the bench server's answers (expected 0)`);
  return result;
}

// Alternate the two and keep the median of each, so JIT warm-up and machine noise do not favour either side.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const rawRates = [];
const suiteRates = [];
for (let round = 0; round < ROUNDS; round += 1) {
  rawRates.push(await raw());
  suiteRates.push(await suite());
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rawRate = median(rawRates.map((r) => r.rate));
const suiteRate = median(suiteRates.map((r) => r.rate));
const rawCpu = median(rawRates.map((r) => r.cpuRate));
const suiteCpu = median(suiteRates.map((r) => r.cpuRate));
console.log(
  `cpu: raw ${rawCpu.toFixed(0)} req per cpu-s, suite ${suiteCpu.toFixed(0)}, ratio ${(suiteCpu / rawCpu).toFixed(2)}`,
);
server.close();
console.log(
  `requests: ${TOTAL} per round (after ${WARMUP} warm-up), ${ROUNDS} rounds, median shown; concurrency ${CONCURRENCY}, Node ${process.version}`,
);
console.log(`raw undici loop:             ${rawRate.toFixed(0).padStart(7)} req/s`);
console.log(`suite (HTTP layer + checks): ${suiteRate.toFixed(0).padStart(7)} req/s`);
console.log(`ratio suite/raw:             ${(suiteRate / rawRate).toFixed(2)}`);
