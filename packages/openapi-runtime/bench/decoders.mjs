// `npm run bench:decoders`: throughput of the runtime's decoders on worst-case shapes (issue #9 item 1), next to the
// platform's own parser on the same bytes, as ratios from one run. Limits are lifted so the decoders do all the work
// a body of this size could ask for; with the defaults most of these bodies are refused early (last column).
//
//   form       decodeFormBody            vs  new URLSearchParams(text), every pair read
//   multipart  decodeMultipartBody       vs  new Response(bytes).formData() (undici's parser)
//   json       parseJsonBody             vs  JSON.parse
import {
  decodeFormBody,
  decodeMultipartBody,
  MultipartError,
  parseJsonBody,
  RequestLimitError,
} from '../dist/index.js';

const TARGET = 1024 * 1024; // about 1 MiB per body: the mock's default body limit
const MIN_MS = Number(process.env.BENCH_SECONDS ?? 0.4) * 1000; // per measurement

const UNLIMITED = { maxPairs: Infinity, maxParts: Infinity, maxDepth: Infinity, fields: Infinity, files: Infinity };

/** Repeat `text` pieces from `piece(i)` until the body is about TARGET bytes. */
function fill(piece, separator = '&') {
  const parts = [];
  let size = 0;
  for (let index = 0; size < TARGET; index++) {
    const next = piece(index);
    parts.push(next);
    size += next.length + separator.length;
  }
  return parts.join(separator);
}

const boundary = 'BenchBoundary';
const multipartType = `multipart/form-data; boundary=${boundary}`;
function multipart(piece) {
  const parts = [];
  let size = 0;
  for (let index = 0; size < TARGET; index++) {
    const next = `--${boundary}\r\nContent-Disposition: form-data; name="${piece(index)}"\r\n\r\nv\r\n`;
    parts.push(next);
    size += next.length;
  }
  return Buffer.from(`${parts.join('')}--${boundary}--\r\n`);
}

const nest = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const cases = [
  { kind: 'form', shape: 'one repeated key', body: fill(() => 'a=1') },
  { kind: 'form', shape: 'many bracketed keys', body: fill((i) => `userData[k${i}]=v`) },
  { kind: 'form', shape: 'plain then bracketed, one name', body: fill((i) => (i % 2 ? `u[k${i}]=v` : 'u=x')) },
  { kind: 'form', shape: 'names with 32 brackets', body: fill(() => `a${'[b]'.repeat(32)}=1`) },
  { kind: 'multipart', shape: 'many parts, one name', body: multipart(() => 'a') },
  { kind: 'multipart', shape: 'many parts, bracketed names', body: multipart((i) => `userData[k${i}]`) },
  { kind: 'json', shape: '64-deep nests, repeated', body: `[${fill(() => nest(63), ',')}]` },
  { kind: 'json', shape: 'strings of escapes', body: `[${fill(() => '"\\\\\\"\\\\\\""', ',')}]` },
  { kind: 'json', shape: 'wide flat object', body: `{${fill((i) => `"k${i}":${i}`, ',')}}` },
];

const decoders = {
  form: {
    ours: (body, limits) => decodeFormBody(body, limits),
    platform: (body) => {
      let pairs = 0;
      for (const _ of new URLSearchParams(body)) pairs++;
      return pairs;
    },
    platformName: 'URLSearchParams',
  },
  multipart: {
    ours: (body, limits) => decodeMultipartBody(body, multipartType, limits),
    platform: (body) => new Response(body, { headers: { 'content-type': multipartType } }).formData(),
    platformName: 'Response.formData',
  },
  json: {
    ours: (body, limits) => parseJsonBody(body, limits),
    platform: (body) => JSON.parse(body),
    platformName: 'JSON.parse',
  },
};

/**
 * Best CPU time (this process, user + system) of repeated runs: at least 3 runs and MIN_MS of them. CPU time, not
 * the wall clock, so other processes on a shared machine do not show up as a slow decoder.
 */
async function measure(run) {
  await run(); // warm-up
  let best = Infinity;
  let spent = 0;
  for (let runs = 0; runs < 3 || spent < MIN_MS; runs++) {
    const start = process.cpuUsage();
    await run();
    const { user, system } = process.cpuUsage(start);
    const took = (user + system) / 1000;
    best = Math.min(best, took);
    spent += took;
  }
  return best;
}

async function refusal(decode, body) {
  try {
    await decode(body, undefined);
    return 'accepted';
  } catch (error) {
    if (error instanceof RequestLimitError) return `${error.limit} (${error.max})`;
    return error instanceof MultipartError ? `MultipartError ${error.code}` : error.constructor.name;
  }
}

const mib = (bytes, ms) => bytes / 1024 / 1024 / (ms / 1000);
const rows = [];
for (const { kind, shape, body } of cases) {
  const { ours, platform, platformName } = decoders[kind];
  const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const oursMs = await measure(() => ours(body, UNLIMITED));
  const platformMs = await measure(() => platform(body));
  rows.push([
    kind,
    shape,
    (bytes / 1024).toFixed(0),
    mib(bytes, oursMs).toFixed(1),
    `${mib(bytes, platformMs).toFixed(1)} (${platformName})`,
    (platformMs / oursMs).toFixed(2),
    await refusal(ours, body),
  ]);
}

const header = ['decoder', 'shape', 'KiB', 'ours MiB/s', 'platform MiB/s', 'ours/platform', 'default limits'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(`Node ${process.version}; MiB per CPU second, best of >= ${MIN_MS} ms of runs per cell`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
