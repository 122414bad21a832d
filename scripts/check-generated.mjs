// npm run check:generated: regenerate into memory and compare with the committed files. Fails, naming the stale files
// and the command that fixes them, when a spec changed without regenerating.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderGenerated } from './lib/generate.mjs';
import { bundleSpecs, repoRoot } from '@cx-contracts/spec-bundle';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'cx-check-generated-'));
try {
  const files = await renderGenerated(await bundleSpecs(scratch));
  const stale = Object.entries(files).filter(([relative, content]) => {
    const target = path.join(repoRoot, relative);
    return !existsSync(target) || readFileSync(target, 'utf8') !== content;
  });
  if (stale.length > 0) {
    console.error('Generated files are out of date with specs/:');
    for (const [relative] of stale) console.error(`  ${relative}`);
    console.error('Fix: run `npm run generate` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`Generated files are up to date (${Object.keys(files).length} files).`);
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
