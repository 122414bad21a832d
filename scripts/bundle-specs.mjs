// npm run bundle: one self-contained document per surface plus the joined one, in build/specs/.
import path from 'node:path';
import { bundleSpecs, repoRoot } from '@cx-contracts/spec-bundle';

try {
  const files = await bundleSpecs(path.join(repoRoot, 'build', 'specs'));
  for (const [name, file] of Object.entries(files)) console.log(`${name.padEnd(16)} ${path.relative(repoRoot, file)}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
