import type { ExchangeCheck } from '../check.js';

/** The Content-Type must fall under a media type the documented response lists (OpenAPI §4.8.14, most specific wins). */
export const contentTypeConformance: ExchangeCheck = {
  id: 'content-type-conformance',
  kind: 'exchange',
  title: 'Documented content type',
  explanation:
    'When the server sends a body, its Content-Type header must be one of the media types the contract lists for that status (parameters such as charset may differ). A missing or different Content-Type makes clients parse the body the wrong way.',
  severity:
    'Error; a warning when the operation or response is provisional, and a warning when a body arrives where the contract documents none (the contract may simply be silent about it).',
  appliesTo(exchange) {
    return exchange.documented !== undefined && exchange.bodyText !== '';
  },
  run(exchange) {
    const documented = Object.keys(exchange.documented?.response.content ?? {});
    return exchange.violations
      .filter(
        (violation) =>
          violation.keyword === 'content-type' &&
          (violation.location === 'content-type' || violation.location === 'body'),
      )
      .map((violation) => {
        if (violation.location === 'body') {
          return {
            message: `a body was received where the contract documents none for status ${exchange.status}`,
            received: exchange.contentType ?? '(no Content-Type)',
            documented: 'no content',
            specPointer: violation.schemaPointer,
            severity: 'warning' as const,
          };
        }
        return {
          message: exchange.contentType
            ? `Content-Type ${exchange.contentType} is not documented for status ${exchange.status}`
            : `a body arrived without a Content-Type header; documented ${documented.join(', ')}`,
          received: exchange.contentType ?? '(no Content-Type)',
          documented,
          pointer: violation.name ? `/${violation.name}` : undefined,
          specPointer: violation.schemaPointer,
        };
      });
  },
};
