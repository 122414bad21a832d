// contract-decisions rule 11: "Component names are unique across all surfaces ... so the surfaces can be joined into
// one document without renaming". `redocly join` (npm run bundle → build/specs/all.yaml) fails on a duplicate name,
// and the generated types would carry two meanings for `components['schemas']['X']`.
//
// How a rule that sees one API sees all four: on `Root` it reads the other roots listed under `apis:` in the same
// redocly.yaml (ctx.config.configPath) and collects the component names their bundles will have
// (../surface-component-names.js). It then checks the names of this API as Redocly resolves it: every file `$ref`
// (except path items, which bundles inline) and the root's own `components:` keys. A name is a duplicate when another
// surface uses it for a DIFFERENT definition; a file in specs/shared/ that two surfaces reference is one definition.
// Names are compared across kinds (a schema and an example may not share a name either): one name, one meaning.
// `redocly lint v2` alone still checks v2 against v1, v3 and context-service.
import path from 'node:path';
import { bundledName, collectComponentNames, identityOf, readApiRoots } from '../surface-component-names.js';

const reference = 'packages/redocly-rules/docs/component-names-unique-across-surfaces.md';

/** @param {string} file */
const shown = (file) => path.relative(process.cwd(), file) || file;

/** @returns {object} Redocly visitor */
export default function componentNamesUniqueAcrossSurfaces() {
  /** @type {{api: string, root: string, names: Map<string, string>}[]} */
  let others = [];
  let thisApi = 'this surface';
  const reported = new Set();

  /** @param {any} ctx @param {string} name @param {string} identity @param {any} location */
  function check(ctx, name, identity, location) {
    if (reported.has(identity)) return;
    for (const other of others) {
      const theirs = other.names.get(name);
      if (theirs === undefined || theirs === identity) continue;
      reported.add(identity);
      ctx.report({
        message:
          `Component name \`${name}\` of ${thisApi} is also used by surface \`${other.api}\` ` +
          `(${shown(theirs)}) for a different definition; names are unique across all surfaces so the bundles join ` +
          `into one document (contract-decisions rule 11). Fix: rename it with ${thisApi}'s prefix and update its ` +
          '$refs, or move a definition both surfaces share to specs/shared/.',
        location,
        reference,
      });
      return;
    }
  }

  return {
    Root: {
      /** @param {unknown} _root @param {any} ctx Redocly rule context */
      enter(_root, ctx) {
        const configPath = ctx.config?.configPath;
        if (typeof configPath !== 'string') return; // linted without a redocly.yaml: no other surfaces to compare
        const current = ctx.location.source.absoluteRef;
        const roots = readApiRoots(path.resolve(configPath));
        const mine = roots.filter((api) => api.root === current).map((api) => api.api);
        if (mine.length > 0) thisApi = `surface \`${mine.join('`/`')}\``;
        others = roots
          .filter((api) => api.root !== current)
          .map((api) => ({ ...api, names: collectComponentNames(api.root) }));
      },
    },
    Components: {
      /** @param {Record<string, Record<string, unknown>>} components @param {any} ctx */
      enter(components, ctx) {
        const file = ctx.location.source.absoluteRef;
        for (const [kind, entries] of Object.entries(components)) {
          for (const name of Object.keys(entries ?? {})) {
            check(ctx, name, identityOf(file, `/components/${kind}/${name}`), ctx.location.child([kind, name]).key());
          }
        }
      },
    },
    ref: {
      /** @param {{$ref: string}} node @param {any} ctx @param {{location?: any}} resolved */
      enter(node, ctx, resolved) {
        if (node.$ref.startsWith('#') || ctx.type.name === 'PathItem' || !resolved?.location) return;
        const file = resolved.location.source.absoluteRef;
        const pointer = resolved.location.pointer === '#/' ? '' : resolved.location.pointer.replace(/^#/, '');
        // Reported on the component's own file (line 1 when the $ref names a whole file): that is what to rename.
        check(ctx, bundledName(file, pointer), identityOf(file, pointer), resolved.location);
      },
    },
  };
}
