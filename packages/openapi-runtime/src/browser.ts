// Everything that runs in a browser (no node: imports, no busboy): loading a document that is already in memory,
// routing, encoders, form and JSON decoding with their limits, media types and the AJV validators. The client's
// optional validation entry imports this.
export * from './openapi-types.js';
export * from './json-pointer.js';
export * from './operations.js';
export * from './media-type.js';
export * from './security.js';
export * from './headers.js';
export * from './request.js';
export * from './curl.js';
export * from './router.js';
export * from './encoders.js';
export { decodeFormBody } from './form-decoder.js';
export * from './body.js';
export { parseJsonBody } from './json-body.js';
export { DEFAULT_DECODE_LIMITS, DEFAULT_JSON_MAX_DEPTH, RequestLimitError, resolveLimits } from './limits.js';
export type { DecodeLimitName, DecodeLimits } from './limits.js';
export * from './validation.js';
export * from './load.js';
export * from './document-error.js';
export * from './errors.js';
