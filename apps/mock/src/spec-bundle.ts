// Builds the joined document from specs/ at start, so the mock serves what is in the working tree and can never
// drift from it. Bundling is @cx-contracts/spec-bundle's (the same step as `npm run bundle`); the bundles go to a fresh
// temporary directory rather than build/specs, so a running mock and a concurrent `npm run bundle` never write the
// same files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleSpecs, readSurfaces } from '@cx-contracts/spec-bundle';

export interface JoinedDocument {
  file: string;
  surfaces: string[];
  /** Removes the temporary directory. */
  dispose(): void;
}

export async function bundleFromSpecs(): Promise<JoinedDocument> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cx-mock-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const files = await bundleSpecs(dir);
    if (!files.all) throw new Error('Bundling specs/ gave no joined document (all.yaml).');
    return { file: files.all, surfaces: readSurfaces().map((surface) => surface.name), dispose };
  } catch (error) {
    dispose();
    throw new Error(`could not build the mock's document from specs/: ${(error as Error).message}`);
  }
}
