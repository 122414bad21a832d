// Bundles every surface with Redocly (file $refs become #/components/... named after their files), then joins the
// four bundles into one document for the mock. `redocly join` fails on duplicate component names, which is why
// component names are unique across surfaces (contract-decisions rule 11).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readSurfaces, redoclyBin, repoRoot } from './surfaces.mjs';

function redocly(args) {
  // Redocly skips writing `join` output when NODE_ENV is `test` (as under vitest), so it never inherits that.
  const { NODE_ENV, ...env } = process.env;
  try {
    execFileSync(redoclyBin, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter((line) => !/[║╔╚═]/.test(line)).join('\n');
    throw new Error(`redocly ${args.join(' ')} failed:\n${output}`);
  }
}

/** Bundles each surface to `<outDir>/<surface>.yaml` and joins them to `<outDir>/all.yaml`. Returns the file paths. */
export function bundleSpecs(outDir) {
  mkdirSync(outDir, { recursive: true });
  const files = {};
  for (const surface of readSurfaces()) {
    const out = path.join(outDir, `${surface.name}.yaml`);
    redocly(['bundle', path.relative(repoRoot, surface.root), '-o', out]);
    files[surface.name] = out;
  }
  const joined = path.join(outDir, 'all.yaml');
  redocly(['join', ...Object.values(files), '-o', joined]);
  files.all = joined;
  return files;
}
