// npm run size: minified + gzipped size of the main entry (@cx-contracts/client) as a browser bundle, with
// openapi-fetch bundled in and with it left external (for apps that already ship it). Prints a Markdown table
// (the README's "Size" section is this output).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

async function measure(external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [
  ['with openapi-fetch', await measure([])],
  ['without openapi-fetch (external)', await measure(['openapi-fetch'])],
];
console.log('| main entry | minified | minified + gzip |');
console.log('|---|---:|---:|');
for (const [name, size] of rows) console.log(`| ${name} | ${kib(size.minified)} | ${kib(size.gzipped)} |`);
