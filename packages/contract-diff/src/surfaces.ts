/**
 * The surfaces to compare are the `apis:` of redocly.yaml (name → root), the same list lint, bundle and type
 * generation use, so a new surface is picked up without touching this package.
 */
import { parse } from 'yaml';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';
import { isObject } from './resolve-refs.js';

export interface ApiEntry {
  root: string;
  /** `x-openapi-ts.output`: the generated types of the surface. */
  types?: string;
}

export function readConfig(redoclyYaml: string, label: string): Map<string, ApiEntry> {
  let config: unknown;
  try {
    config = parse(redoclyYaml);
  } catch (error) {
    throw new CouldNotRunError(`${label} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const apis = new Map<string, ApiEntry>();
  const entries = isObject(config) && isObject(config.apis) ? config.apis : {};
  for (const [name, api] of Object.entries(entries)) {
    if (!isObject(api) || typeof api.root !== 'string') continue;
    const ts = isObject(api['x-openapi-ts']) ? api['x-openapi-ts'].output : undefined;
    apis.set(name, {
      root: api.root.replace(/^\.\//, ''),
      ...(typeof ts === 'string' ? { types: ts.replace(/^\.\//, '') } : {}),
    });
  }
  return apis;
}
