// Writes src/operations.gen.ts: for every operation of every surface, its operationId, the request media types in
// the order the spec lists them (with their Encoding Objects) and the media types of its 2xx responses. The client
// encodes bodies and picks a response parser from this table, so it never loads a whole OpenAPI document in a browser.
//
//   node scripts/generate-operations.mjs          write the file
//   node scripts/generate-operations.mjs --check  exit 1 when the committed file differs from what the specs give
//
// Input: the bundled documents of @cx-contracts/types (packages/types/openapi/<surface>.json, written by
// `npm run generate`), so run this after that step.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { eachOperation, resolvePointer } from '@cx-contracts/openapi-runtime';
import { readSurfaces } from '@cx-contracts/spec-bundle';

const require = createRequire(import.meta.url);
const output = fileURLToPath(new URL('../src/operations.gen.ts', import.meta.url));
// The surfaces are redocly.yaml's `apis:` (readSurfaces); each table is named after its surface: `context-service`
// → `contextServiceOperations`.
const surfaces = Object.fromEntries(
  readSurfaces().map(({ name }) => [name, `${name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase())}Operations`]),
);

/** Follows local `$ref`s (`#/components/...`): the bundles only contain local ones. */
function resolve(document, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 20 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve $ref '${current.$ref}'`);
    current = resolvePointer(document, current.$ref);
  }
  return current;
}

function operationsOf(document) {
  const table = {};
  for (const { pathTemplate, method, operation } of eachOperation(document)) {
    const entry = { operationId: operation.operationId ?? `${method.toUpperCase()} ${pathTemplate}` };
    const requestBody = resolve(document, operation.requestBody);
    if (requestBody?.content) {
      entry.requestContent = Object.fromEntries(
        Object.entries(requestBody.content).map(([mediaType, media]) => [
          mediaType,
          media.encoding ? { encoding: media.encoding } : {},
        ]),
      );
    }
    const success = new Set();
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!/^2(\d\d|XX)$/i.test(status)) continue;
      for (const mediaType of Object.keys(resolve(document, response)?.content ?? {})) success.add(mediaType);
    }
    entry.successContent = [...success];
    table[`${method.toUpperCase()} ${pathTemplate}`] = entry;
  }
  return table;
}

export function renderOperations() {
  let text =
    '// Generated from the bundled specs (@cx-contracts/types/openapi/<surface>.json) by\n' +
    '// `node packages/client/scripts/generate-operations.mjs`. Do not edit by hand: change the spec and regenerate;\n' +
    '// `node packages/client/scripts/generate-operations.mjs --check` fails when this file is stale.\n\n' +
    "import type { OperationTable } from './operation-table.js';\n";
  for (const [surface, name] of Object.entries(surfaces)) {
    const document = JSON.parse(readFileSync(require.resolve(`@cx-contracts/types/openapi/${surface}.json`), 'utf8'));
    text += `\n/** Operations of specs/${surface}/openapi.yaml, keyed \`METHOD /path/template\`. */\n`;
    text += `export const ${name}: OperationTable = ${JSON.stringify(operationsOf(document), null, 2)};\n`;
  }
  return text;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const text = renderOperations();
    const relative = path.relative(process.cwd(), output);
    if (process.argv.includes('--check')) {
      if (!existsSync(output) || readFileSync(output, 'utf8') !== text) {
        console.error(`${relative} is out of date with the specs.`);
        console.error(
          'Fix: run `npm run generate` (or `node packages/client/scripts/generate-operations.mjs`) and commit the result.',
        );
        process.exitCode = 1;
      } else {
        console.log(`${relative} is up to date.`);
      }
    } else {
      writeFileSync(output, text);
      console.log(`wrote ${relative}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
