// Renders every generated file of @cx-contracts/types from the bundled specs, in memory:
//   packages/types/src/<surface>.gen.ts   openapi-typescript output
//   packages/types/openapi/<surface>.json the bundled document itself (and all.json, the joined one), so runtime code
//                                         (client validation, conformance) imports the contract by package name.
// generate-types.mjs writes them; check-generated.mjs compares them with what is committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { readSurfaces, repoRoot } from '@cx-contracts/spec-bundle';

const typesDir = path.join(repoRoot, 'packages', 'types');

const BLOB = ts.factory.createTypeReferenceNode('Blob');

// openapi-typescript turns `format: binary` (and 3.1 `contentMediaType`) into `string`; a multipart file is a
// Blob/File in both browsers and Node 20, so say so in the types (toolchain-notes, openapi-typescript section).
function transform(schema) {
  if (schema && schema.type === 'string' && (schema.format === 'binary' || schema.contentMediaType)) return BLOB;
  return undefined;
}

// `anyOf: [{required: [change]}, {required: [delete]}]` ("at least one of", contract-decisions rules 6 and 7) has no
// TypeScript form: openapi-typescript renders each required-only branch as `unknown`, which swallows the whole type
// (and with it the operationName union). The types drop such constraints; validators still enforce them from the spec.
const REQUIRED_ONLY_KEYS = new Set(['required', 'description', 'title']);
const isRequiredOnly = (branch) =>
  branch && typeof branch === 'object' && Object.keys(branch).every((key) => REQUIRED_ONLY_KEYS.has(key));

function withoutRequiredOnlyCombinators(node) {
  if (Array.isArray(node)) return node.map(withoutRequiredOnlyCombinators);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value) && value.every(isRequiredOnly)) continue;
    copy[key] = withoutRequiredOnlyCombinators(value);
  }
  return copy;
}

const header = (surface) =>
  `// Generated from specs/${surface}/openapi.yaml by \`npm run generate\` (openapi-typescript). Do not edit by hand:\n` +
  `// change the spec and regenerate; \`npm run check:generated\` fails when this file is stale.\n\n`;

/** @param {Record<string, string>} bundles surface name (and 'all') → bundled YAML path */
export async function renderGenerated(bundles) {
  const files = {};
  for (const surface of readSurfaces()) {
    const document = parse(readFileSync(bundles[surface.name], 'utf8'));
    // emptyObjectsUnknown: an open `type: object` (userData, Nexus bodies) is a map of unknowns, not Record<string, never>.
    // defaultNonNullable off: a request field with a `default` (associate_state_task) stays optional for the sender.
    const ast = await openapiTS(withoutRequiredOnlyCombinators(document), {
      transform,
      alphabetize: false,
      emptyObjectsUnknown: true,
      defaultNonNullable: false,
    });
    files[path.relative(repoRoot, surface.typesOutput)] = header(surface.name) + astToString(ast);
    files[path.relative(repoRoot, path.join(typesDir, 'openapi', `${surface.name}.json`))] =
      `${JSON.stringify(document, null, 2)}\n`;
  }
  const joined = parse(readFileSync(bundles.all, 'utf8'));
  files[path.relative(repoRoot, path.join(typesDir, 'openapi', 'all.json'))] = `${JSON.stringify(joined, null, 2)}\n`;
  return files;
}
