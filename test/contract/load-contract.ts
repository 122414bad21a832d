// Loads a freshly bundled surface (build/specs/<name>.yaml, written by `npm run bundle`, which turbo runs before
// these tests) through the shared runtime, once per test file.
import path from 'node:path';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';

const root = path.resolve(import.meta.dirname, '..', '..');
const cache = new Map<string, Promise<Surface>>();

export function loadContract(name: string): Promise<Surface> {
  let surface = cache.get(name);
  if (!surface) {
    surface = readDocument(path.join(root, 'build', 'specs', `${name}.yaml`)).then((document) => loadSurface(document));
    cache.set(name, surface);
  }
  return surface;
}
