// Loads a freshly bundled surface (build/specs/<name>.yaml, written by `npm run bundle`, which turbo runs before
// these tests) through the shared runtime, once per test file.
import path from 'node:path';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';
import { readSurfaces } from '@cx-contracts/spec-bundle';

const root = path.resolve(import.meta.dirname, '..', '..');
const cache = new Map<string, Promise<Surface>>();

/** The surfaces, read from redocly.yaml `apis:` (the one list of them). */
export const surfaceNames = readSurfaces().map((surface) => surface.name);

export function loadContract(name: string): Promise<Surface> {
  let surface = cache.get(name);
  if (!surface) {
    surface = readDocument(path.join(root, 'build', 'specs', `${name}.yaml`)).then((document) => loadSurface(document));
    cache.set(name, surface);
  }
  return surface;
}
