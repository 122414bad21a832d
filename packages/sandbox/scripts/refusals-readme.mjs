// Writes the table of how each operation answers a refused request (src/refusals-table.ts, issue 10) into this
// package's README and apps/mock's, from the bundled contract in @cx-contracts/types. Run after a spec change:
// `npm run readme:refusals -w @cx-contracts/sandbox` (builds first), then commit both READMEs.
// src/__tests__/refusals-table.test.ts fails while either README is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadSurface } from '@cx-contracts/openapi-runtime';
import { withRefusalsTable } from '../dist/index.js';

const surface = loadSurface(createRequire(import.meta.url)('@cx-contracts/types/openapi/all.json'));
for (const readme of ['../README.md', '../../../apps/mock/README.md']) {
  const file = fileURLToPath(new URL(readme, import.meta.url));
  const before = await readFile(file, 'utf8');
  const after = withRefusalsTable(before, surface);
  if (after !== before) await writeFile(file, after);
  console.log(`${after === before ? 'up to date' : 'written'}: ${file}`);
}
