// contract-decisions rule 12: "Every request body and every documented response has at least one named example".
// The client README, the reference pages and the conformance scenarios start from the request examples.

import { hasNamedExample } from '../named-examples.js';

const reference = 'packages/redocly-rules/docs/request-body-examples-present.md';

/** @returns {object} Redocly visitor */
export default function requestBodyExamplesPresent() {
  return {
    RequestBody: {
      MediaType: {
        /** @param {Record<string, unknown>} mediaType @param {any} ctx Redocly rule context */
        enter(mediaType, ctx) {
          if (hasNamedExample(mediaType)) return;
          const singular = 'example' in mediaType ? ' (it has a single unnamed `example`)' : '';
          ctx.report({
            message:
              `Request body media type \`${ctx.key}\` has no named example${singular} (contract-decisions rule 12). ` +
              'Fix: add `examples: {<name>: {$ref: ../components/examples/<Name>.yaml}}`, the seed\'s own example first.',
            location: ctx.location.key(),
            reference,
          });
        },
      },
    },
  };
}
