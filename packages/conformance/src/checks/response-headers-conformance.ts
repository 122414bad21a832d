import type { ExchangeCheck } from '../check.js';

/** Documented response headers: required ones present (e.g. composite start's Location), present ones valid. */
export const responseHeadersConformance: ExchangeCheck = {
  id: 'response-headers-conformance',
  kind: 'exchange',
  title: 'Documented response headers',
  explanation:
    'Headers the contract requires in an answer must be there (for example the Location header that Context Services composite start returns), and every documented header that is present must have the documented form.',
  severity: 'Error; a warning when the operation, the response or the header is marked provisional.',
  appliesTo(exchange) {
    return Object.keys(exchange.documented?.response.headers ?? {}).length > 0;
  },
  run(exchange) {
    return exchange.violations
      .filter((violation) => violation.location === 'header')
      .map((violation) => ({
        message:
          violation.keyword === 'required'
            ? `required header ${violation.name} is missing`
            : `header ${violation.name} ${violation.message}`,
        received:
          violation.keyword === 'required' ? '(absent)' : exchange.headers[(violation.name ?? '').toLowerCase()],
        documented: violation.keyword === 'required' ? `${violation.name} (required)` : violation.message,
        pointer: `/headers/${violation.name ?? ''}`,
        specPointer: violation.schemaPointer,
      }));
  },
};
