// contract-decisions rule 5 ("Failures inside HTTP 200"): GMS Open Media answers every outcome with HTTP 200 and
// `statusCode` 0 (success), 1 (retry) or 2 (final, with errors). The 200 response is a `oneOf` of the three, each
// with a `const` on `statusCode`, so validators, the generated union type and conformance can tell them apart.
// Applies to operations whose path starts with `pathPrefix` (GMS Open Media's `/genesys/2/openmedia/`).

const reference = 'packages/redocly-rules/docs/open-media-status-code-branches.md';
/** @type {unknown[]} */
const wanted = [0, 1, 2];
const fix =
  'Fix: make the 200 schema `oneOf: [<success>, <retryable failure>, <final failure>]` with ' +
  '`properties: {statusCode: {const: 0}}` (and 1, 2) in the branches.';

/**
 * @param {{pathPrefix?: string}} [options] rule settings from redocly.yaml
 * @returns {object} Redocly visitor
 */
export default function openMediaStatusCodeBranches(options = {}) {
  const pathPrefix = options.pathPrefix ?? '/genesys/2/openmedia/';
  /** @type {string | undefined} */
  let currentPath;

  /**
   * Follows a $ref (relative to `from`) and returns the node with where it lives.
   * @param {any} ctx @param {any} node @param {any} location where `node` is written
   */
  function follow(ctx, node, location) {
    if (node && typeof node === 'object' && typeof node.$ref === 'string') {
      const resolved = ctx.resolve(node, location.source.absoluteRef);
      if (resolved.node !== undefined) return { node: resolved.node, location: resolved.location };
    }
    return { node, location };
  }

  /**
   * `const` of statusCode in a branch, looking into `allOf` members too.
   * @param {any} ctx @param {{node: any, location: any}} branch
   */
  function statusCodeConst(ctx, branch) {
    const allOf = Array.isArray(branch.node?.allOf) ? branch.node.allOf : [];
    const parts = [
      branch,
      ...allOf.map((/** @type {any} */ part, /** @type {number} */ i) =>
        follow(ctx, part, branch.location.child(['allOf', i])),
      ),
    ];
    for (const part of parts) {
      const property = part.node?.properties?.statusCode;
      if (property === undefined) continue;
      const statusCode = follow(ctx, property, part.location.child(['properties', 'statusCode']));
      if (statusCode.node && 'const' in statusCode.node) return statusCode.node.const;
    }
    return undefined;
  }

  return {
    PathItem: {
      /** @param {unknown} _pathItem @param {any} ctx */
      enter(_pathItem, ctx) {
        currentPath = typeof ctx.key === 'string' ? ctx.key : undefined;
      },
    },
    Operation: {
      /** @param {Record<string, any>} operation @param {any} ctx Redocly rule context */
      enter(operation, ctx) {
        if (!currentPath?.startsWith(pathPrefix)) return;
        const name = `GMS Open Media operation \`${operation.operationId ?? ctx.key}\``;
        if (!operation.responses?.['200']) {
          ctx.report({
            message: `${name} documents no 200 response; GMS Open Media reports every outcome inside HTTP 200 (contract-decisions rule 5). ${fix}`,
            location: operation.responses ? ctx.location.child('responses').key() : ctx.location.key(),
            reference,
          });
          return;
        }
        const response = follow(ctx, operation.responses['200'], ctx.location.child(['responses', '200']));
        for (const [mediaType, media] of Object.entries(response.node?.content ?? {})) {
          const schema = follow(ctx, media?.schema, response.location.child(['content', mediaType, 'schema']));
          if (!Array.isArray(schema.node?.oneOf)) {
            ctx.report({
              message: `${name}: the 200 \`${mediaType}\` schema is not a \`oneOf\` of the statusCode 0, 1 and 2 bodies (contract-decisions rule 5). ${fix}`,
              location: schema.location.key(),
              reference,
            });
            continue;
          }
          /** @type {unknown[]} */
          const seen = [];
          schema.node.oneOf.forEach((/** @type {unknown} */ written, /** @type {number} */ index) => {
            const branch = follow(ctx, written, schema.location.child(['oneOf', index]));
            const value = statusCodeConst(ctx, branch);
            if (value === undefined) {
              ctx.report({
                message: `${name}: \`oneOf\` branch ${index} of the 200 \`${mediaType}\` schema has no \`const\` on \`statusCode\` (contract-decisions rule 5). ${fix}`,
                location: branch.location.key(),
                reference,
              });
            } else {
              seen.push(value);
            }
          });
          const missing = wanted.filter((code) => !seen.includes(code));
          const unexpected = seen.filter((code) => !wanted.includes(code));
          const repeated = new Set(seen).size !== seen.length;
          if (seen.length === schema.node.oneOf.length && (missing.length > 0 || unexpected.length > 0 || repeated)) {
            ctx.report({
              message:
                `${name}: the 200 \`${mediaType}\` \`oneOf\` has statusCode consts [${seen.join(', ')}]; ` +
                `documented are exactly 0, 1 and 2 (contract-decisions rule 5). ${fix}`,
              location: schema.location.child('oneOf').key(),
              reference,
            });
          }
        }
      },
    },
  };
}
