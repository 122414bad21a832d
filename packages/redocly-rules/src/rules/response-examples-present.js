// contract-decisions rule 12: "Every request body and every documented response has at least one named example".
// The mock serves the first named example of a response and the reference pages show it, so a media type with a
// schema and no `examples` map leaves the mock inventing data. A response with no `content` has no body: nothing to do.

import { hasNamedExample } from '../named-examples.js';

const reference = 'packages/redocly-rules/docs/response-examples-present.md';

/** @returns {object} Redocly visitor */
export default function responseExamplesPresent() {
  return {
    Response: {
      // Nested visitor: only media types inside a response (request bodies have their own rule).
      MediaType: {
        /** @param {Record<string, unknown>} mediaType @param {any} ctx Redocly rule context */
        enter(mediaType, ctx) {
          if (hasNamedExample(mediaType)) return;
          const singular = 'example' in mediaType ? ' (it has a single unnamed `example`)' : '';
          ctx.report({
            message:
              `Response media type \`${ctx.key}\` has no named example${singular} (contract-decisions rule 12). ` +
              'Fix: add `examples: {<name>: {$ref: ../components/examples/<Name>.yaml}}`, the seed\'s own example first.',
            location: ctx.location.key(),
            reference,
          });
        },
      },
    },
  };
}
