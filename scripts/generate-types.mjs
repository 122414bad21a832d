// npm run generate: bundle the specs and write @cx-contracts/types' generated files (see lib/generate.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderGenerated } from './lib/generate.mjs';
import { bundleSpecs, repoRoot } from '@cx-contracts/spec-bundle';

try {
  const files = await renderGenerated(await bundleSpecs(path.join(repoRoot, 'build', 'specs')));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(repoRoot, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote ${relative}`);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
