// contract-decisions rule 12: "Every request body and every documented response has at least one named example".
// The client README, the reference pages and the conformance scenarios start from the request examples.

import { namedExampleVisitor } from '../named-examples.js';

/** @returns {object} Redocly visitor */
export default function requestBodyExamplesPresent() {
  return {
    RequestBody: {
      MediaType: namedExampleVisitor('Request body', 'packages/redocly-rules/docs/request-body-examples-present.md'),
    },
  };
}
