// contract-decisions rule 14: "`x-safe: true` when calling it changes nothing on the server (the GETs, ...)".
// A GET (or HEAD) declared unsafe would keep a read-only conformance run away from an operation it may call, and
// means the contract describes a GET with side effects, which no source here documents.

const reference = 'packages/redocly-rules/docs/get-operations-safe.md';
const safeMethods = new Set(['get', 'head']);

/** @returns {object} Redocly visitor */
export default function getOperationsSafe() {
  return {
    Operation: {
      /** @param {Record<string, unknown>} operation @param {any} ctx Redocly rule context */
      enter(operation, ctx) {
        const method = String(ctx.key).toLowerCase();
        if (!safeMethods.has(method) || operation['x-safe'] !== false) return;
        ctx.report({
          message:
            `${method.toUpperCase()} operation \`${operation.operationId ?? ctx.key}\` is declared \`x-safe: false\`; ` +
            'GET and HEAD operations change nothing on the server (contract-decisions rule 14). ' +
            'Fix: set `x-safe: true`, or model the call with the method its source documents.',
          location: ctx.location.child('x-safe'),
          reference,
        });
      },
    },
  };
}
