// contract-decisions rule 14 ("Safety is declared, not guessed"): every operation carries `x-safe: true` or
// `x-safe: false`. Read-only conformance runs and any tool that must not write trust it instead of the HTTP method
// (GMS Open Media "get" is a POST and is safe).

const reference = 'packages/redocly-rules/docs/x-safe-required.md';

/** @returns {object} Redocly visitor */
export default function xSafeRequired() {
  return {
    Operation: {
      /** @param {Record<string, unknown>} operation @param {any} ctx Redocly rule context */
      enter(operation, ctx) {
        const name = operation.operationId ? `Operation \`${operation.operationId}\`` : `Operation \`${ctx.key}\``;
        if (!('x-safe' in operation)) {
          ctx.report({
            message:
              `${name} has no \`x-safe\` (contract-decisions rule 14). ` +
              'Fix: add `x-safe: true` if calling it changes nothing on the server, otherwise `x-safe: false`.',
            location: ctx.location.key(),
            reference,
          });
        } else if (typeof operation['x-safe'] !== 'boolean') {
          ctx.report({
            message:
              `${name} has \`x-safe: ${JSON.stringify(operation['x-safe'])}\`; it must be the boolean true or false ` +
              '(contract-decisions rule 14). Fix: write `x-safe: true` or `x-safe: false` (unquoted).',
            location: ctx.location.child('x-safe'),
            reference,
          });
        }
      },
    },
  };
}
