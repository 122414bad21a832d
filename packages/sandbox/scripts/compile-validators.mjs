// Precompiles the request validators the sandbox uses (every parameter and request body schema of the bundled
// contract) with AJV standalone code, so a browser bundle of @cx-contracts/sandbox/msw can leave AJV's compiler out
// (issue 14). Run by `npm run build`; writes dist/precompiled/validators.cjs and the two stand-ins a bundler aliases
// to (README, "Precompiled validators").
//
// How: the runtime (@cx-contracts/openapi-runtime, validation.ts) is bundled with ajv-recorder.mjs in place of
// `ajv/dist/2020.js`, so its own AJV set-up (options, formats, vocabulary, the document under its $id) is what gets
// compiled. Standalone code carries copies of the schemas (`const schema32 = {...}`), and violations find their
// `schemaPointer` by the identity of `error.parentSchema` in the runtime's prepared document; so each copy that is
// a node of that document is replaced by a lookup of the same node in the document the runtime hands over at run
// time (`addSchema(root)`): identical violations, and no schema text twice.
// The output is CommonJS: standalone code `require()`s AJV's small runtime helpers even with `esm: true`
// (toolchain-notes, AJV), which bundlers resolve in a .cjs file.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const recorder = path.join(here, 'ajv-recorder.mjs');
const outDir = path.join(packageDir, 'dist', 'precompiled');
mkdirSync(outDir, { recursive: true });

const bundled = path.join(outDir, '.recorder.mjs');
await build({
  stdin: {
    contents: [
      `export { loadSurface } from '@cx-contracts/openapi-runtime/browser';`,
      `export { instances } from ${JSON.stringify(recorder)};`,
      `export { default as standaloneCode } from 'ajv/dist/standalone/index.js';`,
    ].join('\n'),
    resolveDir: packageDir,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundled,
  logLevel: 'warning',
  plugins: [
    {
      name: 'record-ajv',
      setup(builder) {
        builder.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, (args) =>
          args.importer === recorder ? undefined : { path: recorder },
        );
      },
    },
  ],
});
const { loadSurface, instances, standaloneCode } = await import(bundled);
const document = createRequire(import.meta.url)('@cx-contracts/types/openapi/all.json');
const surface = loadSurface(document);

// Every schema validateRequest reads: parameters (coerced: they arrive as strings), bodies (coerced for form and
// multipart, plain for the rest): validation.ts, validateRequest and checkContent.
const appendPointer = (pointer, ...tokens) =>
  [pointer, ...tokens.map((token) => String(token).replaceAll('~', '~0').replaceAll('/', '~1'))].join('/');
for (const operation of surface.operations) {
  for (const parameter of operation.parameters)
    if (parameter.schema !== undefined)
      surface.validators.validateSchema(appendPointer(parameter.pointer, 'schema'), undefined, { coerce: true });
  for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
    if (media.schema === undefined) continue;
    const form = /^(application\/x-www-form-urlencoded|multipart\/)/i.test(mediaType);
    const pointer = appendPointer(operation.requestBody.pointer, 'content', mediaType, 'schema');
    surface.validators.validateSchema(pointer, undefined, { coerce: form });
  }
}

/** Paths of every object node of `root`, first found wins (as prepareSchemaDocument's walk). */
function nodePaths(root) {
  const paths = new Map();
  const walk = (node, at) => {
    if (typeof node !== 'object' || node === null || paths.has(node)) return;
    paths.set(node, at);
    for (const [key, value] of Object.entries(node)) walk(value, [...at, key]);
  };
  walk(root, []);
  return paths;
}

const modules = [];
let linked = 0;
let copied = 0;
for (const ajv of instances) {
  const refs = [...ajv.requested];
  if (!refs.length) continue;
  const mode = ajv.opts.coerceTypes ? 'coerce' : 'plain';
  const names = Object.fromEntries(refs.map((ref, index) => [`v${index}`, ref]));
  let code = standaloneCode(ajv, names);
  const paths = nodePaths(ajv.documentRoot);
  // AJV keeps the schema objects its code refers to in its value scope (ajv/dist/compile/codegen/scope.js, `_values`:
  // not public API, so a changed AJV fails loudly below rather than linking wrongly).
  for (const value of ajv.scope._values.schema?.values() ?? []) {
    const node = value.value?.ref;
    const literal = `const ${value.str} = ${JSON.stringify(node)
      ?.replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029')};`;
    const at = paths.get(node);
    if (!code.includes(`const ${value.str} = `)) continue;
    if (at && code.includes(literal)) {
      code = code.replace(literal, () => `const ${value.str} = at(${JSON.stringify(at)});`);
      linked++;
    } else copied++;
  }
  modules.push(
    `exports.${mode} = { refs: ${JSON.stringify(Object.fromEntries(refs.map((ref, index) => [ref, `v${index}`])))},\n` +
      `  link(root) {\n    const at = (path) => path.reduce((node, key) => node[key], root);\n` +
      `    const exports = {};\n${code}\n    return exports;\n  } };`,
  );
}
if (copied) throw new Error(`compile-validators: ${copied} schema copies could not be linked to the document.`);
const header = `// Generated by scripts/compile-validators.mjs from @cx-contracts/types/openapi/all.json: do not edit.\n'use strict';\n`;
writeFileSync(path.join(outDir, 'validators.cjs'), header + modules.join('\n'));
rmSync(bundled);
// The stand-ins the browser bundle aliases to (package.json exports ./precompiled/ajv, ./precompiled/ajv-formats).
copyFileSync(path.join(here, 'precompiled-ajv.mjs'), path.join(outDir, 'ajv.mjs'));
copyFileSync(path.join(here, 'precompiled-ajv-formats.mjs'), path.join(outDir, 'ajv-formats.mjs'));
console.log(
  `compile-validators: ${instances.reduce((sum, ajv) => sum + ajv.requested.size, 0)} validators, ${linked} schemas linked to the document, ${copied} copied → ${path.relative(packageDir, outDir)}/validators.cjs`,
);
