// @cx-contracts/client/validation: optional response validation. A separate entry point because it loads AJV (through
// the runtime's validators); the main entry never imports this file, so browsers that skip validation skip AJV.
import type { Middleware } from 'openapi-fetch';
// loadSurface is imported from the runtime's main entry, which also carries its Node-only decoders; see the README
// ("Validation") for the browser caveat until the runtime exports it from a browser-safe subpath.
import {
  isJsonMediaType,
  loadSurface,
  parseMediaType,
  type OperationInfo,
  type Violation,
} from '@cx-contracts/openapi-runtime/browser';
import { CredentialRedactor } from './credential-redaction.js';

/** One way a response differs from the contract. */
export interface Drift {
  /** operationId, or `METHOD /path/template` when the document has no such operation. */
  operationId: string;
  status: number;
  /** JSON pointer into the OpenAPI document: the schema keyword, header or responses map that was not met. */
  pointer: string;
  /** JSON pointer into the response body ('' for the whole body, or for status and header drift). */
  instancePointer: string;
  location: Violation['location'] | 'operation';
  keyword: string;
  message: string;
}

export interface ResponseValidatorOptions {
  /** The surface's bundled document, e.g. `@cx-contracts/types/openapi/v2.json` (or all.json for every surface). */
  document: object;
  /** Called once per drift. It may throw (to fail a test, say): the call then rejects with that error. */
  onDrift: (drift: Drift) => void;
}

/** Middleware that validates each response (status, documented headers, body) against the document. */
export function createResponseValidator(options: ResponseValidatorOptions): Middleware {
  const { document, onDrift: report } = options ?? ({} as ResponseValidatorOptions);
  if (typeof report !== 'function') throw new TypeError('createResponseValidator: onDrift must be a function.');
  const surface = loadSurface(document);
  const operations = new Map<string, OperationInfo>(
    surface.operations.map((operation) => [`${operation.method} ${operation.pathTemplate}`, operation]),
  );
  return {
    async onResponse({ request, response, schemaPath }) {
      // Drift messages quote server text (a Content-Type, a property name): redact the credentials this request
      // carried, in case the server echoed one (issue 9 item 8), before onDrift (which may log or throw) sees them.
      const redactor = new CredentialRedactor();
      redactor.addRequestHeaders(request.headers);
      const onDrift = (drift: Drift) => report({ ...drift, message: redactor.redact(drift.message) });
      const operation = operations.get(`${request.method} ${schemaPath}`);
      const status = response.status;
      if (!operation) {
        onDrift({
          operationId: `${request.method} ${schemaPath}`,
          status,
          pointer: '#/paths',
          instancePointer: '',
          location: 'operation',
          keyword: 'operation',
          message: `No ${request.method} operation at ${schemaPath} in the document`,
        });
        return undefined;
      }
      const mediaType = response.headers.get('content-type') ?? undefined;
      const text = await response.clone().text();
      let body: unknown = text === '' ? undefined : text;
      if (body !== undefined && isJsonMediaType(parseMediaType(mediaType))) {
        try {
          body = JSON.parse(text);
        } catch {
          const drift = {
            operationId: operation.operationId,
            status,
            instancePointer: '',
            keyword: 'content-type',
          } as const;
          onDrift({
            ...drift,
            pointer: operation.pointer,
            location: 'body',
            message: `Received a body that is not JSON although Content-Type is '${mediaType}'`,
          });
          return undefined;
        }
      }
      for (const violation of surface.validators.validateResponse(operation, {
        status,
        headers: response.headers,
        body,
        mediaType,
      })) {
        onDrift({
          operationId: operation.operationId,
          status,
          pointer: violation.schemaPointer,
          instancePointer: violation.pointer,
          location: violation.location,
          keyword: violation.keyword,
          message: violation.name ? `${violation.name}: ${violation.message}` : violation.message,
        });
      }
      return undefined;
    },
  };
}
