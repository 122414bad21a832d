// Failures inside HTTP 200. GMS Open Media answers every call with 200 and `statusCode` 0 (success), 1 (failed,
// retry) or 2 (failed, retrying will not help; `errors[{code, advice}]` say why)
// (https://docs.genesys.com/Documentation/GMS/latest/API/APIResponses). Web Services replies come in five documented
// forms: `{"status":"ok"}`, `{"status":"error","errorDescription"}`, `{"status":0}`, `{"statusCode":0}` and
// `{"statusCode":N,"statusMessage"}` (https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues), and an
// empty 200 also means success (Accept, Reject). Contract decision 5 models them; the types below are the spec's.
import type { Middleware } from 'openapi-fetch';
import type { components } from '@cx-contracts/types/v2';
import type { CredentialRedactor } from './credential-redaction.js';

type Schemas = components['schemas'];

/** Every GMS Open Media reply body (create, get, update, stop). */
export type GmsEnvelope =
  | Schemas['OpenMediaCreateResult']
  | Schemas['OpenMediaGetResult']
  | Schemas['OpenMediaUpdateResult']
  | Schemas['OpenMediaStopResult'];
export type GmsError = Schemas['OpenMediaError'];

/** Every Web Services reply body that can carry a failure. */
export type GwsEnvelope =
  | Schemas['GwsOperationResult']
  | Schemas['GwsStatusResult']
  | Schemas['GwsInteractionListResult']
  | Schemas['GwsInteractionDetailsResult'];

export type GmsClassification<T extends GmsEnvelope = GmsEnvelope> =
  | { kind: 'success'; result: Extract<T, { statusCode: 0 }> }
  | { kind: 'retryable' }
  | { kind: 'failure'; code: number | undefined; advice: string | undefined; errors: GmsError[] };

export type GwsClassification<T extends GwsEnvelope = GwsEnvelope> =
  | { kind: 'success'; result: Exclude<T, Schemas['GwsStatusError'] | Schemas['GwsStatusFailure']> | undefined }
  | { kind: 'failure'; code: number | undefined; statusMessage: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Sorts a GMS Open Media reply into success, retryable (`statusCode` 1) or final failure (2, or any other code). */
export function classifyGmsResult<T extends GmsEnvelope>(data: T | undefined): GmsClassification<T> {
  if (!isObject(data) || typeof data.statusCode !== 'number') {
    throw new TypeError(
      `classifyGmsResult: expected a GMS Open Media reply ({"statusCode": 0|1|2}), got ${describe(data)}.`,
    );
  }
  if (data.statusCode === 0) return { kind: 'success', result: data as Extract<T, { statusCode: 0 }> };
  if (data.statusCode === 1) return { kind: 'retryable' };
  // Only 0, 1 and 2 are documented; anything else is not a success and nothing says a retry helps.
  const errors = Array.isArray(data.errors) ? (data.errors as GmsError[]) : [];
  return { kind: 'failure', code: errors[0]?.code, advice: errors[0]?.advice, errors };
}

/** Sorts a Web Services reply (any of its five documented forms, or an empty body) into success or failure. */
export function classifyGwsResult<T extends GwsEnvelope>(data: T | undefined): GwsClassification<T> {
  type Success = Extract<GwsClassification<T>, { kind: 'success' }>['result'];
  if (data === undefined || data === null || (data as unknown) === '') return { kind: 'success', result: undefined };
  if (!isObject(data))
    throw new TypeError(`classifyGwsResult: expected a Web Services reply object, got ${describe(data)}.`);
  const reply: Record<string, unknown> = data;
  if ('statusCode' in reply) {
    if (reply.statusCode === 0) return { kind: 'success', result: data as Success };
    const code = typeof reply.statusCode === 'number' ? reply.statusCode : undefined;
    return { kind: 'failure', code, statusMessage: String(reply.statusMessage ?? '') };
  }
  if ('status' in reply) {
    if (reply.status === 'ok' || reply.status === 0) return { kind: 'success', result: data as Success };
    return { kind: 'failure', code: undefined, statusMessage: String(reply.errorDescription ?? '') };
  }
  throw new TypeError('classifyGwsResult: the reply has neither `statusCode` nor `status`.');
}

/** Thrown instead of returning a GMS failure envelope when the client was made with `throwOnFailureEnvelope`. */
export class GmsFailureError extends Error {
  override name = 'GmsFailureError';
  constructor(
    readonly operationId: string,
    /** True for `statusCode` 1: GMS says the call may succeed if retried. */
    readonly retryable: boolean,
    readonly code: number | undefined,
    readonly advice: string | undefined,
    readonly errors: GmsError[],
    readonly response: Response,
  ) {
    super(
      retryable
        ? `${operationId}: GMS answered statusCode 1 (failed; the call may be retried).`
        : `${operationId}: GMS answered statusCode 2${code === undefined ? '' : `, error ${code}`}${advice ? `: ${advice}` : ''}.`,
    );
  }
}

/** Thrown instead of returning a Web Services failure reply when the client was made with `throwOnFailureEnvelope`. */
export class GwsFailureError extends Error {
  override name = 'GwsFailureError';
  constructor(
    readonly operationId: string,
    readonly code: number | undefined,
    readonly statusMessage: string,
    readonly response: Response,
  ) {
    super(
      `${operationId}: Web Services answered ${code === undefined ? 'status "error"' : `statusCode ${code}`}${statusMessage ? `: ${statusMessage}` : ''}.`,
    );
  }
}

/** A copy of `value` with every string in it redacted (the envelopes are small JSON values). */
function redactDeep<T>(value: T, redactor: CredentialRedactor): T {
  if (typeof value === 'string') return redactor.redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redactor)) as T;
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redactor)])) as T;
  }
  return value;
}

/**
 * Middleware that reads each 2xx JSON answer of the listed operations (operationId → which envelope) and throws
 * the typed error when it is a failure envelope. Other answers pass through untouched. The server's text (advice,
 * statusMessage, errorDescription) goes into the error redacted of every credential the client holds: a server may
 * echo the request's Authorization header in it (issue 9 item 8). `response` is the server's answer, unchanged.
 */
export function throwOnFailureEnvelope(
  envelopes: Record<string, 'gms' | 'gws'>,
  operationIdOf: (method: string, schemaPath: string) => string | undefined,
  redactor: CredentialRedactor,
): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const operationId = operationIdOf(request.method, schemaPath);
      const envelope = operationId ? envelopes[operationId] : undefined;
      if (!operationId || !envelope || !response.ok || !/json/i.test(response.headers.get('content-type') ?? ''))
        return undefined;
      const text = await response.clone().text();
      if (!text) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return undefined; // not JSON after all: the client reports that itself
      }
      // The request's own credential headers too: a call may have set its own Authorization.
      redactor.addRequestHeaders(request.headers);
      const data = redactDeep(parsed, redactor);
      if (envelope === 'gms') {
        const outcome =
          isObject(data) && typeof data.statusCode === 'number' ? classifyGmsResult(data as GmsEnvelope) : undefined;
        if (outcome?.kind === 'retryable')
          throw new GmsFailureError(operationId, true, undefined, undefined, [], response);
        if (outcome?.kind === 'failure')
          throw new GmsFailureError(operationId, false, outcome.code, outcome.advice, outcome.errors, response);
      } else {
        const outcome =
          isObject(data) && ('statusCode' in data || 'status' in data)
            ? classifyGwsResult(data as GwsEnvelope)
            : undefined;
        if (outcome?.kind === 'failure')
          throw new GwsFailureError(operationId, outcome.code, outcome.statusMessage, response);
      }
      return undefined;
    },
  };
}
