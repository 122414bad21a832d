// npm run build (npm run docs at the root): writes the reference site to apps/docs/out/ (or --out <dir>).
// Exit codes: 0 built, 1 a surface failed to bundle or build, or a page would load something remote, 2 bad arguments.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSite } from './build-site.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let flags;
try {
  // Strict: an unknown flag, or `--out` without a directory (which used to build into the working directory), is
  // refused before anything is written.
  flags = parseArgs({ options: { out: { type: 'string' } }, strict: true, allowPositionals: false }).values;
  if (flags.out === '') throw new Error(`Option '--out <dir>' needs a directory.`);
} catch (error) {
  console.error(
    `build-docs: ${error instanceof Error ? error.message : error}\nUsage: node src/build-docs.mjs [--out <dir>]`,
  );
  process.exit(2);
}
const outDir = flags.out === undefined ? path.join(packageDir, 'out') : path.resolve(flags.out);

try {
  const site = buildSite({ outDir });
  for (const surface of site.surfaces) {
    console.log(
      `${surface.name.padEnd(16)} ${path.relative(process.cwd(), path.join(outDir, surface.page))} (${surface.operations.length} operations)`,
    );
  }
  console.log(`${'index'.padEnd(16)} ${path.relative(process.cwd(), site.index)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
