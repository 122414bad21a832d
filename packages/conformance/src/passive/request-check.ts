import {
  decodeFormBody,
  decodeMultipartBody,
  FormFields,
  decodeBody,
  parseMediaType,
  pickMediaType,
  type OperationInfo,
  type Violation,
} from '@cx-contracts/openapi-runtime';
import type { FindingDraft } from '../check.js';
import type { ConformanceSurface } from '../surface.js';
import type { ObservedExchange } from './observed-exchange.js';

export interface DecodedRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** The documented media type the request's Content-Type matched, if any. */
  mediaType?: string;
  /** The decoded body (JSON value, form/multipart map, text), undefined when there is none. */
  body?: unknown;
}

/**
 * Decodes the request the way a server would (the runtime's form, deepObject and multipart codecs: `change[k]` is
 * the `change` map, contract decision 6) and validates it with the runtime's validateRequest. Returns the findings
 * of check `request-conformance` and the decoded request (for coverage).
 */
export async function checkObservedRequest(
  surface: ConformanceSurface,
  operation: OperationInfo,
  params: Record<string, string>,
  exchange: ObservedExchange,
): Promise<{ drafts: FindingDraft[]; decoded: DecodedRequest }> {
  const url = new URL(exchange.url);
  const decoded: DecodedRequest = { params, query: decodeFormBody(url.search) };
  const contentType = exchange.requestHeaders['content-type'];
  const declared = operation.requestBody?.content;
  const drafts: FindingDraft[] = [];
  const hasBody = (exchange.requestBody?.byteLength ?? 0) > 0 || (exchange.requestParams?.length ?? 0) > 0;
  if (hasBody && declared) {
    decoded.mediaType = contentType ? pickMediaType(declared, contentType) : undefined;
    const actual = parseMediaType(contentType);
    try {
      decoded.body = await decodeObservedBody(exchange, contentType ?? '');
    } catch (error) {
      drafts.push({
        message: `the request body is not readable as ${actual?.essence ?? 'the declared media type'}: ${(error as Error).message}`,
        specPointer: operation.requestBody!.pointer,
        scope: 'request',
      });
      return { drafts, decoded };
    }
  }
  const violations = surface.validators.validateRequest(operation, {
    ...decoded,
    headers: exchange.requestHeaders,
    body: hasBody ? decoded.body : undefined,
    mediaType: decoded.mediaType ?? contentType,
  });
  for (const violation of violations)
    if (exchange.requestBodyKnown !== false || violation.location !== 'body') drafts.push(toDraft(violation));
  return { drafts, decoded };
}

async function decodeObservedBody(exchange: ObservedExchange, contentType: string): Promise<unknown> {
  if (exchange.requestParams && exchange.requestBody === undefined) {
    // HAR postData.params (Charles, Firefox for forms): name/value pairs, already split and percent-decoded.
    const body = new FormFields();
    for (const param of exchange.requestParams) {
      const value =
        param.fileName !== undefined
          ? {
              filename: param.fileName,
              contentType: param.contentType ?? 'application/octet-stream',
              size: param.value.length,
              data: new TextEncoder().encode(param.value),
            }
          : param.value;
      body.add(param.name, value);
    }
    return body.result;
  }
  // The runtime's decoding by media type; multipart through busboy (Node), whose messages name the fault.
  return decodeBody(exchange.requestBody!, contentType, { multipart: decodeMultipartBody });
}

function toDraft(violation: Violation): FindingDraft {
  const where =
    violation.location === 'body'
      ? `request body${violation.pointer ? ` at ${violation.pointer}` : ''}`
      : violation.location === 'content-type'
        ? 'request Content-Type'
        : `${violation.location} parameter ${violation.name ?? ''}`.trim();
  return {
    message: `${where}: ${violation.message}`,
    pointer: violation.pointer || undefined,
    specPointer: violation.schemaPointer,
    scope: 'request',
  };
}
