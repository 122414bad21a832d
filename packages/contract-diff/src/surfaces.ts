/**
 * The surfaces to compare are the `apis:` of redocly.yaml (name → root), the same list lint, bundle and type
 * generation use, so a new surface is picked up without touching this package.
 */
import { parse } from 'yaml';
import { CouldNotRunError } from './could-not-run-error.js';
import { isObject } from './resolve-refs.js';

export function readApis(redoclyYaml: string, label: string): Map<string, string> {
  let config: unknown;
  try {
    config = parse(redoclyYaml);
  } catch (error) {
    throw new CouldNotRunError(`${label} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const apis = new Map<string, string>();
  const entries = isObject(config) && isObject(config.apis) ? config.apis : {};
  for (const [name, api] of Object.entries(entries)) {
    if (isObject(api) && typeof api.root === 'string') apis.set(name, api.root.replace(/^\.\//, ''));
  }
  return apis;
}
