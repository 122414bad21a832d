// npm run bench (npm run bench:conformance at the root): the same request sequence against a fast local server, sent
// four ways, and their throughputs and ratios from one run. A benchmark, not a test: nothing here is asserted.
//   raw    a raw undici loop: `request()`, read the body, nothing else (issue 12's baseline);
//   floor  undici's `dispatch()` with the chunks collected by hand: the cheapest way undici sends a request, which the
//          suite's HTTP layer is built on, so `suite/floor` is what the suite's own work costs;
//   checks the suite's HTTP layer and every exchange check on every answer (what this bench measured before);
//   suite  the full path of a scenario step (`Step.call`): the request built from the contract and the credentials,
//          the safety guard and the request's own check against the contract, the HTTP layer, every exchange check,
//          and the outcome recorded for the report (findings redacted and de-duplicated, one testcase per check).
import http from 'node:http';
import { Agent, request } from 'undici';
import { buildCheckedExchange, runExchangeChecks, selectExchangeChecks } from '../dist/check-exchange.js';
import { HttpClient } from '../dist/http/http-client.js';
import { Redactor } from '../dist/http/redactor.js';
import { CleanupRegistry } from '../dist/run/cleanup-registry.js';
import { Recorder } from '../dist/run/recorder.js';
import { Step } from '../dist/run/step.js';
import { loadConformanceSurface, readSurfaceDocument } from '../dist/surface.js';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 6000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const API_KEY = 'bench-api-key-0001';

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

// Each item as a scenario names it (operation and values) and as it goes on the wire (what the raw loops send).
const sequence = Array.from({ length: TOTAL + WARMUP }, (_, i) =>
  i % 2 === 0
    ? {
        surface: 'v3',
        operationId: 'getNexusInteraction',
        call: { params: { openMediaService: 'svc', interactionId: `i-${i}` } },
        method: 'GET',
        path: `/nexus/v3/openmedia/svc/interactions/i-${i}`,
        headers: { 'x-api-key': API_KEY },
      }
    : {
        surface: 'v2',
        operationId: 'getOpenMediaInteraction',
        call: {
          params: { serviceName: 'svc', id: `i-${i}` },
          body: {},
          mediaType: 'application/x-www-form-urlencoded',
        },
        method: 'POST',
        path: `/genesys/2/openmedia/svc/i-${i}/get`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      },
);

const surfaces = {
  v2: loadConformanceSurface(await readSurfaceDocument('v2'), 'v2'),
  v3: loadConformanceSurface(await readSurfaceDocument('v3'), 'v3'),
};
const checks = selectExchangeChecks({});

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
  const result = await measure((items) =>
    pool(items, async (item) => {
      const response = await request(base + item.path, {
        method: item.method,
        headers: item.headers,
        body: item.body,
        dispatcher: agent,
      });
      await response.body.arrayBuffer();
    }),
  );
  await agent.close();
  return result;
}

async function floor() {
  const agent = new Agent({ connections: CONCURRENCY });
  const send = (item) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      agent.dispatch(
        { origin: base, path: item.path, method: item.method, headers: item.headers, body: item.body ?? null },
        {
          onRequestStart() {},
          onResponseStart() {},
          onResponseData: (_controller, chunk) => chunks.push(chunk),
          onResponseEnd: () => resolve(Buffer.concat(chunks)),
          onResponseError: (_controller, error) => reject(error),
        },
      );
    });
  const result = await measure((items) => pool(items, send));
  await agent.close();
  return result;
}

const newClient = () =>
  new HttpClient({ timeoutMs: 10_000, maxBodyBytes: 4 * 1024 * 1024, concurrency: CONCURRENCY, ratePerSecond: 0 });

let findings = 0;

async function checksOnly() {
  const client = newClient();
  const result = await measure((items) =>
    pool(items, async (item) => {
      const exchange = await client.send({
        method: item.method,
        url: base + item.path,
        headers: item.headers,
        body: item.body,
        idempotent: true, // both are reads; the GMS one is a POST the contract marks x-safe, as Step.call sends it
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
    }),
  );
  await client.close();
  return result;
}

async function suite() {
  const client = newClient();
  const recorder = new Recorder();
  const redactor = new Redactor();
  redactor.addCredential(API_KEY);
  // The engine a run shares with its steps (run/runner.ts), minus the budget timer and cleanup: nothing is created.
  const engine = {
    client,
    baseUrl: base,
    credentials: { apiKey: API_KEY, headers: {} },
    registry: new CleanupRegistry(),
    recorder,
    redactor,
    exchangeChecks: checks,
    isEnabled: () => true,
    signal: new AbortController().signal,
    requestSignal: new AbortController().signal,
    deadline: Date.now() + 3_600_000,
    onStep() {},
    cleanupCall: async () => undefined,
  };
  const settings = {
    runId: 'rbench',
    readOnly: false,
    serviceName: 'request-interaction',
    openMediaService: 'svc',
    seed: 1,
    generatedRuns: 10,
  };
  const result = await measure((items) =>
    pool(items, async (item) => {
      const step = new Step(engine, surfaces[item.surface], settings, 'read', 'bench › read');
      await step.call(item.operationId, item.call);
    }),
  );
  await client.close();
  findings += recorder.findings.length;
  return result;
}

// Alternate the four and keep the median of each, so JIT warm-up and machine noise do not favour any of them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const runs = { raw: [], floor: [], checks: [], suite: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  runs.raw.push(await raw());
  runs.floor.push(await floor());
  runs.checks.push(await checksOnly());
  runs.suite.push(await suite());
}
server.close();
if (findings > 0) console.warn(`note: ${findings} findings on the bench server's answers (expected 0)`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = Object.fromEntries(
  Object.entries(runs).map(([name, results]) => [name, median(results.map((r) => r.rate))]),
);
const cpu = Object.fromEntries(
  Object.entries(runs).map(([name, results]) => [name, median(results.map((r) => r.cpuRate))]),
);
const line = (label, name) =>
  console.log(
    `${label.padEnd(44)}${rate[name].toFixed(0).padStart(7)} req/s ${cpu[name].toFixed(0).padStart(7)} req per cpu-s`,
  );
const ratio = (label, a, b) =>
  console.log(
    `${label.padEnd(44)}${(rate[a] / rate[b]).toFixed(2).padStart(7)} wall  ${(cpu[a] / cpu[b]).toFixed(2).padStart(7)} cpu`,
  );
console.log(
  `requests: ${TOTAL} per round (after ${WARMUP} warm-up), ${ROUNDS} rounds, median shown; concurrency ${CONCURRENCY}, Node ${process.version}`,
);
line('raw undici loop (request):', 'raw');
line('undici floor (dispatch):', 'floor');
line('suite, HTTP layer + exchange checks:', 'checks');
line('suite, full scenario step (Step.call):', 'suite');
ratio('ratio checks/raw:', 'checks', 'raw');
ratio('ratio checks/floor:', 'checks', 'floor');
ratio('ratio suite/floor:', 'suite', 'floor');
ratio('ratio suite/raw (issue 12: at least 0.8):', 'suite', 'raw');
