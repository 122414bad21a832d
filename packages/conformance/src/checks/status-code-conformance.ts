import type { ExchangeCheck } from '../check.js';

/** The status must be one the operation documents: an exact code, its range (`4XX`) or `default` (OpenAPI §4.8.16). */
export const statusCodeConformance: ExchangeCheck = {
  id: 'status-code-conformance',
  kind: 'exchange',
  title: 'Documented status code',
  explanation:
    'Every answer must carry a status code the contract lists for the operation (an exact code such as 404, a range such as 4XX, or "default"). An unlisted status means clients cannot know what the answer means.',
  severity: 'Error; a warning when the operation is marked provisional in the contract.',
  run(exchange) {
    return exchange.violations
      .filter((violation) => violation.location === 'status')
      .map((violation) => ({
        message: `status ${exchange.status} is not documented for ${exchange.operation.operationId}`,
        received: exchange.status,
        documented: Object.keys(exchange.operation.responses),
        specPointer: violation.schemaPointer,
      }));
  },
};
