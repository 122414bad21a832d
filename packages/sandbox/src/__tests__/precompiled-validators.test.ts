// The precompiled validators (scripts/compile-validators.mjs, dist/precompiled/) against the runtime's own AJV: the
// runtime is bundled twice by esbuild, as a page would be, once as is and once with `ajv/dist/2020.js` and
// `ajv-formats` aliased to the precompiled stand-ins, and both validate the same requests: the contract's own request
// examples (accepted) and requests built from them to be refused (wrong body type, each required property missing,
// each property of the wrong type, empty parameters). Every violation must be the same, schemaPointer included.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  followRefs,
  type OperationInfo,
  type RequestInput,
  type Surface,
  type Violation,
} from '@cx-contracts/openapi-runtime';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { document } from './contract.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const precompiledDir = path.join(packageDir, 'dist', 'precompiled');
const precompiled: Plugin = {
  name: 'precompiled-ajv',
  setup(builder) {
    builder.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, () => ({ path: path.join(precompiledDir, 'ajv.mjs') }));
    builder.onResolve({ filter: /^ajv-formats$/ }, () => ({ path: path.join(precompiledDir, 'ajv-formats.mjs') }));
  },
};

let dir: string;
let runtime: Surface;
let compiled: Surface;
let compiledInputs: string[];

async function bundle(name: string, plugins: Plugin[]): Promise<{ surface: Surface; inputs: string[] }> {
  const outfile = path.join(dir, `${name}.mjs`);
  const result = await build({
    stdin: { contents: `export { loadSurface } from '@cx-contracts/openapi-runtime/browser';`, resolveDir: packageDir },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile,
    metafile: true,
    plugins,
    logLevel: 'silent',
  });
  const { loadSurface } = (await import(outfile)) as { loadSurface: (document: object) => Surface };
  return { surface: loadSurface(document), inputs: Object.keys(result.metafile.inputs) };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cx-precompiled-'));
  runtime = (await bundle('runtime', [])).surface;
  ({ surface: compiled, inputs: compiledInputs } = await bundle('precompiled', [precompiled]));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Case = { operation: OperationInfo; what: string; request: RequestInput };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The documented request examples of an operation, and requests derived from them that the contract refuses. */
function cases(operation: OperationInfo): Case[] {
  const params: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const value = String(parameter.example ?? Object.values(parameter.examples ?? {})[0]?.valueOf() ?? 'x');
    const target = parameter.in === 'path' ? params : parameter.in === 'query' ? query : headers;
    if (parameter.in !== 'cookie')
      target[parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name] = value;
  }
  const base = { params, query, headers };
  const out: Case[] = [{ operation, what: 'parameters', request: base }];
  for (const parameter of operation.parameters.filter((item) => item.in === 'path' || item.in === 'query'))
    out.push({
      operation,
      what: `empty ${parameter.name}`,
      request: {
        ...base,
        [parameter.in === 'path' ? 'params' : 'query']: {
          ...(parameter.in === 'path' ? params : query),
          [parameter.name]: '',
        },
      },
    });
  for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
    const examples = [
      ...(media.example === undefined ? [] : [media.example]),
      ...Object.entries(media.examples ?? {}).map(
        ([name, example]) =>
          followRefs<{ value?: unknown }>(document, example, `${operation.pointer}/requestBody/content/${name}`).value
            .value,
      ),
    ].filter((value) => value !== undefined);
    const body = (value: unknown, what: string) =>
      out.push({ operation, what: `${mediaType} ${what}`, request: { ...base, mediaType, body: value } });
    body(7, 'a number');
    body({}, 'an empty object');
    for (const [index, example] of examples.entries()) {
      body(example, `example ${index}`);
      if (!isObject(example)) continue;
      for (const key of Object.keys(example)) {
        const { [key]: _dropped, ...rest } = example;
        body(rest, `example ${index} without ${key}`);
        body({ ...example, [key]: { nested: [1] } }, `example ${index} with ${key} an object`);
        body({ ...example, [key]: 12345 }, `example ${index} with ${key} a number`);
      }
    }
  }
  return out;
}

it('the page bundle with the aliases carries no AJV compiler', () => {
  expect(compiledInputs.filter((file) => /ajv\/dist\/(compile|core|2020|vocabularies)/.test(file))).toEqual([]);
  expect(compiledInputs.some((file) => file.endsWith('precompiled/validators.cjs'))).toBe(true);
});

it('precompiled and runtime validators give the same violations on examples and refused requests', () => {
  let refused = 0;
  let total = 0;
  let examples = 0;
  const differences: string[] = [];
  for (const operation of runtime.operations) {
    const twin = compiled.getOperation(operation.operationId)!;
    for (const item of cases(operation)) {
      total++;
      if (/ example \d+$/.test(item.what)) examples++;
      const expected: Violation[] = runtime.validators.validateRequest(operation, item.request);
      const actual: Violation[] = compiled.validators.validateRequest(twin, item.request);
      if (expected.length) refused++;
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        differences.push(
          `${operation.operationId} ${item.what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`,
        );
    }
  }
  expect(differences).toEqual([]);
  // Not vacuous: the examples are in, and many derived requests are refused (598 / 44 / 223 when written).
  console.log(`precompiled validators: ${total} requests, ${examples} documented examples, ${refused} refused`);
  expect(examples).toBeGreaterThan(10);
  expect(refused).toBeGreaterThan(100);
});
