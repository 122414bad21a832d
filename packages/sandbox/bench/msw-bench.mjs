// npm run bench:msw (in packages/sandbox; needs `npm run build` and apps/mock built). A report, never asserted:
//   1. the browser entry's weight: `@cx-contracts/sandbox/msw` + `msw/browser` bundled by esbuild for the browser,
//      minified, raw and gzip; what AJV (compiler included) weighs inside it; the bundled contract (all.json) apart.
//   2. throughput of the sandbox mix through the MSW handlers in `msw/node`, as a ratio to the node server
//      (apps/mock's startMockServer on 127.0.0.1) driven by the same fetch loop in the same process, same machine.
// The mix per loop: GMS Open Media create → get → update → get → stop, Nexus create → get → update → stop, each loop
// in one of 150 namespaces. Env: BENCH_SECONDS (default 5) per target, BENCH_CONCURRENCY (default 10).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readDocument } from '@cx-contracts/openapi-runtime';
import { build } from 'esbuild';
import { setupServer } from 'msw/node';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '..', '..');
const documentPath = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const mockServer = path.join(repoRoot, 'apps', 'mock', 'dist', 'mock-server.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
for (const [file, fix] of [
  [path.join(packageDir, 'dist', 'msw.js'), 'npm run build in packages/sandbox'],
  [documentPath, 'npm run bundle at the root'],
  [mockServer, 'npm run build in apps/mock'],
]) {
  if (!existsSync(file)) {
    console.error(`msw-bench: ${path.relative(repoRoot, file)} is missing: ${fix}.`);
    process.exit(2);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the README tells a page's bundler to do: AJV and ajv-formats replaced by the precompiled stand-ins. */
const precompiled = {
  name: 'precompiled-ajv',
  setup(builder) {
    builder.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, () => ({
      path: path.join(packageDir, 'dist', 'precompiled', 'ajv.mjs'),
    }));
    builder.onResolve({ filter: /^ajv-formats$/ }, () => ({
      path: path.join(packageDir, 'dist', 'precompiled', 'ajv-formats.mjs'),
    }));
  },
};

async function weigh(contents, resolveDir, plugins = []) {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  const share = (pattern) =>
    inputs.filter(([file]) => pattern.test(file)).reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
  return {
    raw: code.length,
    gz: gzipSync(code).length,
    ajv: share(/node_modules\/ajv(-formats)?\//),
    msw: share(/node_modules\/(msw|@mswjs)\//),
    validators: share(/precompiled\//),
  };
}

const entry = await weigh(
  `export { createSandbox } from './dist/msw.js'; export { setupWorker } from 'msw/browser';`,
  packageDir,
);
const entryPrecompiled = await weigh(
  `export { createSandbox } from './dist/msw.js'; export { setupWorker } from 'msw/browser';`,
  packageDir,
  [precompiled],
);
const contract = Buffer.from(JSON.stringify(await readDocument(documentPath)));

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const nexus = { 'content-type': 'application/json', 'x-api-key': 'bench-key' };

/** One loop of the mix against `base`; returns [requests, non-2xx]. */
async function loop(base, ns) {
  let requests = 0;
  let failed = 0;
  const call = async (method, pathname, headers, body) => {
    const response = await fetch(base + pathname, {
      method,
      headers: { ...headers, 'x-cx-sandbox-namespace': ns },
      body,
    });
    const text = await response.text();
    requests++;
    if (response.status >= 300) failed++;
    return text;
  };
  const gms = JSON.parse(await call('POST', '/genesys/2/openmedia/bench', form, 'externalId=b&userData%5BA%5D=1'));
  const id = gms.interactionId ?? 'x';
  await call('POST', `/genesys/2/openmedia/bench/${id}/get`, form, '');
  await call('POST', `/genesys/2/openmedia/bench/${id}/update`, form, 'change%5BA%5D=2');
  await call('POST', `/genesys/2/openmedia/bench/${id}/get`, form, '');
  await call('POST', `/genesys/2/openmedia/bench/${id}/stop`, form, '');
  const created = JSON.parse(
    await call('POST', '/nexus/v3/openmedia/bench/interactions', nexus, '{"userData":{"A":"1"}}'),
  );
  const nid = created.data?.interactionId ?? 'x';
  await call('GET', `/nexus/v3/openmedia/bench/interactions/${nid}`, nexus);
  await call('POST', `/nexus/v3/openmedia/bench/interactions/${nid}/update`, nexus, '{"changedProperties":{"A":"2"}}');
  await call('POST', `/nexus/v3/openmedia/bench/interactions/${nid}/stop`, nexus, '{}');
  return [requests, failed];
}

async function drive(base) {
  // Warm-up (AJV compiles each validator on first use), then the timed run.
  await loop(base, 'warm');
  const until = performance.now() + seconds * 1000;
  let requests = 0;
  let failed = 0;
  let cycle = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const [r, f] = await loop(base, `bench-${cycle++ % 150}`);
        requests += r;
        failed += f;
      }
    }),
  );
  return { rps: requests / ((performance.now() - started) / 1000), requests, failed };
}

const { startMockServer } = await import(mockServer);
const node = await startMockServer({ documentPath, host: '127.0.0.1', port: 0 });
const nodeRun = await drive(node.url);
await node.close();

const { createSandbox } = await import(path.join(packageDir, 'dist', 'msw.js'));
const sandbox = createSandbox({ document: await readDocument(documentPath), baseUrl: 'http://sandbox.bench' });
const server = setupServer(...sandbox.handlers);
server.listen({ onUnhandledRequest: 'error' });
const mswRun = await drive('http://sandbox.bench');
server.close();

console.log(`\nBrowser entry (@cx-contracts/sandbox/msw + msw/browser, esbuild --minify, browser ESM):`);
console.log('| entry | min | min+gz | AJV + ajv-formats (min) | precompiled validators (min) | msw (min) |');
console.log('|---|---|---|---|---|---|');
for (const [name, it] of [
  ['AJV compiles at run time', entry],
  ['precompiled validators (aliases)', entryPrecompiled],
])
  console.log(`| ${name} | ${kb(it.raw)} | ${kb(it.gz)} | ${kb(it.ajv)} | ${kb(it.validators)} | ${kb(it.msw)} |`);
console.log(
  `| the contract, all.json (loaded apart) | ${kb(contract.length)} | ${kb(gzipSync(contract).length)} | | | |`,
);
console.log(`\nSandbox mix, ${concurrency} concurrent loops, ${seconds} s each, Node ${process.version}:`);
console.log('| target | req/s | requests | non-2xx |');
console.log('|---|---|---|---|');
console.log(`| node server (127.0.0.1) | ${nodeRun.rps.toFixed(0)} | ${nodeRun.requests} | ${nodeRun.failed} |`);
console.log(`| msw/node handlers | ${mswRun.rps.toFixed(0)} | ${mswRun.requests} | ${mswRun.failed} |`);
console.log(`| msw / node server | ${(mswRun.rps / nodeRun.rps).toFixed(2)}x | | |`);
