// What the component-names-unique-across-surfaces rule knows about the OTHER surfaces. A Redocly rule sees one API
// at a time, so it reads the other roots listed under `apis:` in the same redocly.yaml and collects the component
// names their bundles will have, the way `redocly bundle` names them: a `$ref` to a file becomes a component named
// after the file (`components/schemas/NexusCreateInteractionRequest.yaml` → `NexusCreateInteractionRequest`), or
// after the last JSON-pointer segment when the $ref has one; path items under `paths:`/`webhooks:` are inlined, not
// named; the root document's own `components:` entries (security schemes) keep their keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {{api: string, root: string}} ApiRoot
 * @typedef {Map<string, string>} ComponentNames  component name → identity (`<absolute file>#<pointer>`)
 */

/**
 * The `apis:` of a redocly.yaml, roots made absolute. Remote roots are left out (never fetched).
 * @param {string} configFile absolute path of redocly.yaml
 * @returns {ApiRoot[]}
 */
export function readApiRoots(configFile) {
  const config = parse(readFileSync(configFile, 'utf8')) ?? {};
  const apis = config.apis ?? {};
  return Object.entries(apis)
    .filter(([, api]) => typeof api?.root === 'string' && !/^https?:\/\//.test(api.root))
    .map(([api, { root }]) => ({ api, root: path.resolve(path.dirname(configFile), root) }));
}

/**
 * The component name a `$ref` target gets in a bundle.
 * @param {string} file absolute file the $ref points to @param {string} pointer JSON pointer (`''` or `/a/b`)
 */
export function bundledName(file, pointer) {
  const segments = pointer.split('/').filter(Boolean);
  // RFC 6901 unescaping is the runtime's (json-pointer.ts), but this plugin cannot import it: every Redocly run loads
  // the plugin, including the bundling the runtime's own build depends on (turbo.json), so it would be a cycle.
  const last = segments.at(-1);
  if (last !== undefined) return decodeURIComponent(last.replaceAll('~1', '/').replaceAll('~0', '~'));
  return path.basename(file, path.extname(file));
}

/** @param {string} file @param {string} pointer */
export function identityOf(file, pointer) {
  return pointer ? `${file}#${pointer}` : file;
}

const cache = new Map();

/**
 * Every component name the bundle of `rootFile` will hold. Files that cannot be read or parsed are skipped: linting
 * that surface reports them, and this rule is about names, not about broken files.
 * @param {string} rootFile absolute path
 * @returns {ComponentNames}
 */
export function collectComponentNames(rootFile) {
  if (cache.has(rootFile)) return cache.get(rootFile);
  /** @type {ComponentNames} */
  const names = new Map();
  const visited = new Set();

  /** @param {string} file */
  function readFile(file) {
    if (visited.has(file)) return undefined;
    visited.add(file);
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** @param {unknown} node @param {string[]} at keys from the document root @param {string} file @param {boolean} isRoot */
  function walk(node, at, file, isRoot) {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...at, String(index)], file, isRoot));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const ref = /** @type {Record<string, unknown>} */ (node).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#') && !/^https?:\/\//.test(ref)) {
      const [target = '', pointer = ''] = ref.split('#');
      const targetFile = path.resolve(path.dirname(file), target);
      const isPathItem = isRoot && at.length === 2 && (at[0] === 'paths' || at[0] === 'webhooks');
      if (!isPathItem) names.set(bundledName(targetFile, pointer), identityOf(targetFile, pointer));
      const document = readFile(targetFile);
      if (document !== undefined) walk(document, [], targetFile, false);
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...at, key], file, isRoot);
  }

  const root = readFile(rootFile);
  if (root && typeof root === 'object') {
    for (const [kind, entries] of Object.entries(root.components ?? {})) {
      for (const name of Object.keys(entries ?? {}))
        names.set(name, identityOf(rootFile, `/components/${kind}/${name}`));
    }
    walk(root, [], rootFile, true);
  }
  cache.set(rootFile, names);
  return names;
}
