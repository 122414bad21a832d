import { resolvePointer, unescapePointerSegment, type Violation } from '@cx-contracts/openapi-runtime';
import type { CheckedExchange, ExchangeCheck, FindingDraft } from '../check.js';
import { analyzeEnvelope } from '../envelope.js';

/** More than this many schema violations in one body are summarised in one extra finding. */
const MAX_FINDINGS = 20;

/** The body must validate against the documented schema (JSON Schema 2020-12, compiled once per run by the runtime). */
export const responseSchemaConformance: ExchangeCheck = {
  id: 'response-schema-conformance',
  kind: 'exchange',
  title: 'Body matches the documented schema',
  explanation:
    'The body of every answer must have the shape the contract documents for its status: required fields present, every field of the documented type and format. Fields the contract does not list are allowed unless the contract forbids them.',
  severity:
    'Error; a warning when the operation, the response or the part of the schema involved is marked provisional. A body that is not in the documented format at all (not JSON where JSON is documented) is an error everywhere.',
  appliesTo(exchange) {
    return Object.values(exchange.documented?.response.content ?? {}).some((media) => media.schema !== undefined);
  },
  run(exchange) {
    if (exchange.jsonError) {
      return [
        {
          message: `the body is not valid JSON although Content-Type is ${exchange.contentType}: ${exchange.jsonError}`,
          received: exchange.bodyText,
          documented: Object.keys(exchange.documented?.response.content ?? {}),
          specPointer: exchange.documented?.response.pointer,
          // Contract decision 17: the wire format is a documented fact even where the body's shape is provisional.
          ignoreProvisional: true,
        },
      ];
    }
    if (exchange.body === undefined) return missingBody(exchange);

    // A body that matches none of an envelope's forms yields AJV errors for every form; the closest form's are the
    // ones that explain it (envelope-conformance says which form was meant).
    let violations = exchange.violations.filter(
      (violation) => violation.location === 'body' && violation.keyword !== 'content-type',
    );
    let context = '';
    const envelope = violations.length > 0 ? analyzeEnvelope(exchange) : undefined;
    if (envelope && envelope.matching.length === 0 && !envelope.tag) {
      violations = envelope.closest.violations;
      context = ` (closest documented form ${envelope.closest.label})`;
    }
    const drafts = violations.slice(0, MAX_FINDINGS).map((violation) => toDraft(exchange, violation, context));
    if (violations.length > MAX_FINDINGS) {
      drafts.push({
        message: `${violations.length - MAX_FINDINGS} more schema violations in the same body (not listed)`,
        specPointer: exchange.documented?.response.pointer,
      });
    }
    return drafts;
  },
};

function toDraft(exchange: CheckedExchange, violation: Violation, context: string): FindingDraft {
  const where = violation.pointer === '' ? 'the body' : `body field ${violation.pointer}`;
  const documentedValue = violation.schemaPointer.endsWith(`/${violation.keyword}`)
    ? { [violation.keyword]: resolvePointer(exchange.surface.document, violation.schemaPointer) }
    : violation.message;
  return {
    message: `${where} ${violation.message}${context}`,
    received: valueAt(exchange.body, violation.pointer),
    documented: documentedValue,
    pointer: violation.pointer === '' ? '/' : violation.pointer,
    specPointer: violation.schemaPointer,
  };
}

/** A documented schema and no body at all (HEAD, 204 and 304 carry none by definition, RFC 9110 §6.4.1). A response
 * marked `x-empty-body-allowed: true` documents a zero-length body as one of its forms (contract decision 18: the
 * Web Services Accept "results in an empty HTTP 200 response" and also shows a JSON output block); an OpenAPI
 * response cannot make its content optional any other way. */
function missingBody(exchange: CheckedExchange): FindingDraft[] {
  if (exchange.method === 'HEAD' || exchange.status === 204 || exchange.status === 304) return [];
  if (exchange.documented?.response['x-empty-body-allowed'] === true) return [];
  const content = exchange.documented?.response.content ?? {};
  const meaningful = Object.values(content).some((media) => {
    const schema = media.schema;
    return schema !== undefined && schema !== true && !(typeof schema === 'object' && Object.keys(schema).length === 0);
  });
  if (!meaningful) return [];
  return [
    {
      message: `no body, but the contract documents one for status ${exchange.status}`,
      received: '(empty body)',
      documented: Object.keys(content),
      specPointer: exchange.documented?.response.pointer,
    },
  ];
}

function valueAt(body: unknown, pointer: string): unknown {
  if (pointer === '') return body;
  let value: unknown = body;
  for (const segment of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[unescapePointerSegment(segment)];
  }
  return value;
}
