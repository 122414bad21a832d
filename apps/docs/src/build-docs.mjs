// npm run build (npm run docs at the root): writes the reference site to apps/docs/out/ (or --out <dir>).
// Exit codes: 0 built, 1 a surface failed to bundle or build, or a page would load something remote.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build-site.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? path.join(packageDir, 'out') : path.resolve(process.argv[outFlag + 1] ?? '');

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
