// contract-decisions rule 12: "Every request body and every documented response has at least one named example".
// The mock serves the first named example of a response and the reference pages show it, so a media type with a
// schema and no `examples` map leaves the mock inventing data. A response with no `content` has no body: nothing to do.

import { namedExampleVisitor } from '../named-examples.js';

/** @returns {object} Redocly visitor */
export default function responseExamplesPresent() {
  return {
    Response: {
      // Nested visitor: only media types inside a response (request bodies have their own rule).
      MediaType: namedExampleVisitor('Response', 'packages/redocly-rules/docs/response-examples-present.md'),
    },
  };
}
