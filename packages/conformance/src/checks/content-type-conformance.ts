import { isJsonMediaType, parseMediaType } from '@cx-contracts/openapi-runtime';
import type { ExchangeCheck } from '../check.js';

/** The Content-Type must fall under a media type the documented response lists (OpenAPI §4.8.14, most specific wins). */
export const contentTypeConformance: ExchangeCheck = {
  id: 'content-type-conformance',
  kind: 'exchange',
  title: 'Documented content type',
  explanation:
    'When the server sends a body, its Content-Type header must be one of the media types the contract lists for that status (parameters such as charset may differ). A missing or different Content-Type makes clients parse the body the wrong way.',
  severity:
    'Error for a different format (text/plain or HTML where JSON is documented) or no Content-Type, everywhere. A variant of a documented format (application/problem+json or another +json type where application/json is documented) is a warning everywhere: the body is still JSON, only its label differs. A body where the contract documents none is a warning (the contract may simply be silent about it).',
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
        const otherFormat = !sameFormat(exchange.contentType, documented);
        return {
          message: exchange.contentType
            ? `Content-Type ${exchange.contentType} is not documented for status ${exchange.status}${otherFormat ? ' (a different format, not a variant of a documented one)' : ' (a variant of a documented JSON type: the body is still read and checked as JSON)'}`
            : `a body arrived without a Content-Type header; documented ${documented.join(', ')}`,
          received: exchange.contentType ?? '(no Content-Type)',
          documented,
          pointer: violation.name ? `/${violation.name}` : undefined,
          specPointer: violation.schemaPointer,
          // Contract decision 17: JSON served as text/plain or HTML is a wire-level departure, provisional or not.
          // A variant of a documented format (application/problem+json for application/json: a +json type is JSON
          // by definition, RFC 6839 §3.1) is a warning everywhere: every JSON client reads the body as documented,
          // and an error needs a documented fact that the label alone does not break.
          ...(otherFormat ? { ignoreProvisional: true } : { severity: 'warning' as const }),
        };
      });
  },
};

/** Same family as a documented media type: both JSON (RFC 6839 +json included), or the same type/subtype. */
function sameFormat(received: string | undefined, documented: readonly string[]): boolean {
  const actual = parseMediaType(received);
  if (!actual) return false;
  return documented.some((key) => {
    const range = parseMediaType(key);
    if (!range) return false;
    if (isJsonMediaType(range)) return isJsonMediaType(actual);
    return (
      (range.type === '*' || range.type === actual.type) && (range.subtype === '*' || range.subtype === actual.subtype)
    );
  });
}
