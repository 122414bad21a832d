// The one error type for a document the runtime cannot use. Browser-safe.

/**
 * The OpenAPI document is unusable at `pointer`: not OpenAPI 3.1, a duplicate operationId, an external,
 * circular, malformed or unresolvable `$ref`, a schema AJV refuses to compile. A fault in the document (or in a
 * pointer the caller built), never in a request or response.
 */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly pointer?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocumentError';
  }
}
