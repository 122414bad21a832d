// Builds the joined document from specs/ at start, so the mock serves what is in the working tree and can never
// drift from it. The surfaces and the Redocly binary come from the repository's scripts/lib/surfaces.mjs (the list
// is read from redocly.yaml `apis:`); the bundles go to a fresh temporary directory rather than build/specs, so a
// running mock and a concurrent `npm run bundle` never write the same files.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** apps/mock/dist/spec-bundle.js (or src/ under vitest) → the repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Surface {
  name: string;
  root: string;
}

export interface JoinedDocument {
  file: string;
  surfaces: string[];
  /** Removes the temporary directory. */
  dispose(): void;
}

export async function bundleFromSpecs(root = repoRoot): Promise<JoinedDocument> {
  // Imported by path: the root scripts are plain .mjs modules of the repository this app lives in.
  const surfacesModule = path.join(root, 'scripts', 'lib', 'surfaces.mjs');
  const { readSurfaces, redoclyBin } = (await import(pathToFileURL(surfacesModule).href)) as {
    readSurfaces(): Surface[];
    redoclyBin: string;
  };
  const surfaces = readSurfaces();
  const dir = mkdtempSync(path.join(tmpdir(), 'cx-mock-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    // `redocly bundle <api name> -o` writes to the API's configured output instead of -o, so the root file is passed.
    const files = await Promise.all(
      surfaces.map(async (surface) => {
        const out = path.join(dir, `${surface.name}.yaml`);
        await redocly(redoclyBin, root, ['bundle', surface.root, '-o', out]);
        return out;
      }),
    );
    const file = path.join(dir, 'all.yaml');
    await redocly(redoclyBin, root, ['join', ...files, '-o', file]);
    return { file, surfaces: surfaces.map((surface) => surface.name), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

async function redocly(bin: string, cwd: string, args: string[]): Promise<void> {
  // Redocly CLI 2.x `join` prints the document to stdout instead of writing -o when NODE_ENV is `test` (as under
  // vitest), so NODE_ENV is not passed on.
  const { NODE_ENV: _ignored, ...env } = process.env;
  try {
    await run(bin, args, { cwd, env: { ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // Drop the Node-version notice box Redocly draws on stderr (toolchain-notes: harmless).
    const output = `${stdout}${stderr}`.split('\n').filter((line) => !/[║╔╚═]/.test(line)).join('\n').trim();
    throw new Error(`redocly ${args[0]} failed while building the mock's document from specs/:\n${output}`);
  }
}
