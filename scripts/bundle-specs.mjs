// npm run bundle: one self-contained document per surface plus the joined one, in build/specs/.
import path from 'node:path';
import { bundleSpecs } from './lib/bundle.mjs';
import { bundleDir, repoRoot } from './lib/surfaces.mjs';

try {
  const files = bundleSpecs(bundleDir);
  for (const [name, file] of Object.entries(files)) console.log(`${name.padEnd(16)} ${path.relative(repoRoot, file)}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
