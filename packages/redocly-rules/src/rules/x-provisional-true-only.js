// contract-decisions rule 4: where the sources are silent the operation, response or schema "carries
// `x-provisional: true`". The marker is a flag that is present or absent: conformance downgrades a mismatch against
// a provisional part to a warning only for the literal `true`, so `false`, `"true"`, `yes`, 1 would silently
// change what conformance reports. specs/README.md: never write `x-provisional: false`, omit it.

const reference = 'packages/redocly-rules/docs/x-provisional-true-only.md';

/** @returns {object} Redocly visitor */
export default function xProvisionalTrueOnly() {
  return {
    // `any` visits every typed node (operations, responses, schemas, parameters, ...) once, through $refs too.
    any: {
      /** @param {unknown} node @param {any} ctx Redocly rule context */
      enter(node, ctx) {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
        if (!Object.hasOwn(node, 'x-provisional')) return;
        const value = /** @type {Record<string, unknown>} */ (node)['x-provisional'];
        if (value === true) return;
        const fix =
          value === false
            ? 'Fix: delete the `x-provisional` line (a part the sources describe carries no marker).'
            : 'Fix: write `x-provisional: true` (unquoted) if no public source gives this shape, otherwise delete the line.';
        ctx.report({
          message:
            `\`x-provisional: ${JSON.stringify(value)}\` on this ${ctx.type.name}; the marker is only ever \`true\` ` +
            `(contract-decisions rule 4). ${fix}`,
          location: ctx.location.child('x-provisional'),
          reference,
        });
      },
    },
  };
}
