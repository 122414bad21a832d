// One copy of "which surfaces are there and how are they bundled", for the root scripts (bundle, generate,
// check-generated), the mock (which bundles specs/ at start) and the reference docs. The list of surfaces comes from
// redocly.yaml `apis:`, the one place that names them.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const toolsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The checkout the specs are read from; CX_REPO_ROOT points it at another one (tests use a scratch copy). */
export const repoRoot = process.env.CX_REPO_ROOT ? path.resolve(process.env.CX_REPO_ROOT) : toolsRoot;
export const redoclyBin = path.join(toolsRoot, 'node_modules', '.bin', 'redocly');

/** @returns {import('./index.d.ts').SurfaceEntry[]} */
export function readSurfaces(root = repoRoot) {
  const config = parse(readFileSync(path.join(root, 'redocly.yaml'), 'utf8'));
  return Object.entries(config.apis ?? {}).map(([name, api]) => ({
    name,
    root: path.join(root, api.root),
    output: path.join(root, api.output),
    typesOutput: path.join(root, api['x-openapi-ts'].output),
  }));
}

function redoclyEnv() {
  // Redocly skips writing `join` output (it prints it instead) when NODE_ENV is `test`, as under vitest.
  const { NODE_ENV, ...env } = process.env;
  return { ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
}

/** The error of a failed run; `output` is what Redocly said, so a caller can word its own message around it. */
function failure(args, error) {
  // Drop the Node-20 deprecation box Redocly draws on stderr (toolchain-notes: harmless); it hides the real message.
  const output = `${error.stdout ?? ''}${error.stderr ?? ''}`
    .split('\n')
    .filter((line) => line.trim() && !/[║╔╚═]/.test(line))
    .join('\n')
    .trim();
  return Object.assign(new Error(`redocly ${args.join(' ')} failed:\n${output || error.message}`), {
    output: output || error.message,
  });
}

/** Runs the repository's Redocly CLI and waits for it. */
export function redocly(args, { cwd = repoRoot } = {}) {
  try {
    return execFileSync(redoclyBin, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: redoclyEnv() }).toString();
  } catch (error) {
    throw failure(args, error);
  }
}

const execFileAsync = promisify(execFile);

/** Runs the repository's Redocly CLI without blocking (several bundles in parallel). */
export async function redoclyAsync(args, { cwd = repoRoot } = {}) {
  try {
    return (await execFileAsync(redoclyBin, args, { cwd, env: redoclyEnv(), maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw failure(args, error);
  }
}

/**
 * Bundles each surface to `<outDir>/<surface>.yaml` (file $refs become #/components/... named after their files) and
 * joins them to `<outDir>/all.yaml` for the mock. `redocly join` fails on duplicate component names, which is why
 * component names are unique across surfaces (contract-decisions rule 11). The root file is passed, not the API name:
 * `redocly bundle <api> -o X` ignores -o and writes the API's configured output.
 */
export async function bundleSpecs(outDir, { root = repoRoot } = {}) {
  mkdirSync(outDir, { recursive: true });
  const surfaces = readSurfaces(root);
  const files = {};
  await Promise.all(
    surfaces.map(async (surface) => {
      files[surface.name] = path.join(outDir, `${surface.name}.yaml`);
      await redoclyAsync(['bundle', surface.root, '-o', files[surface.name]], { cwd: root });
    }),
  );
  files.all = path.join(outDir, 'all.yaml');
  await redoclyAsync(['join', ...surfaces.map((surface) => files[surface.name]), '-o', files.all], { cwd: root });
  return files;
}
