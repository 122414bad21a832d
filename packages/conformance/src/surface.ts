import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';

/** A surface loaded for conformance: the runtime's Surface (router, validators compiled once) plus its name. */
export interface ConformanceSurface extends Surface {
  name: string;
}

/**
 * Loads a surface from an OpenAPI 3.1 document (already parsed). The document is taken as an argument, so the
 * bundled JSON of `@cx-contracts/types`, a YAML bundle from `build/specs/` or a test's own document all work.
 * Validators are compiled lazily, each schema once per loaded surface: load once per run, not per request.
 */
export function loadConformanceSurface(document: object, name?: string): ConformanceSurface {
  const surface = loadSurface(document);
  const title = (document as { info?: { title?: unknown } }).info?.title;
  return { ...surface, name: name ?? (typeof title === 'string' ? title : 'surface') };
}

/**
 * The bundled document of a surface (`v1`, `v2`, `v3`, `context-service` or `all`): the JSON that
 * `npm run generate` writes into @cx-contracts/types (importable as `@cx-contracts/types/openapi/<name>.json`),
 * else the YAML that `npm run bundle` writes into build/specs/ of the repository.
 */
export async function readSurfaceDocument(name: string): Promise<Record<string, unknown>> {
  const tried: string[] = [];
  const require = createRequire(import.meta.url);
  try {
    const file = require.resolve(`@cx-contracts/types/openapi/${name}.json`);
    if (existsSync(file)) return await readDocument(file);
    tried.push(file);
  } catch {
    tried.push(`@cx-contracts/types/openapi/${name}.json`);
  }
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'build', 'specs', `${name}.yaml`);
    if (existsSync(file)) return readDocument(file);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  tried.push('build/specs/<name>.yaml in any parent directory');
  throw new Error(
    `No bundled document for surface '${name}' (looked for ${tried.join(', ')}); run npm run bundle (or npm run generate) at the repository root.`,
  );
}
