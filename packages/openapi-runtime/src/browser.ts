// Everything that runs in a browser (no node: imports, no busboy): loading a document that is already in memory, form decoding,
// routing, encoders, media types and the AJV validators. The client's optional validation entry imports this.
export * from './openapi-types.js';
export * from './json-pointer.js';
export * from './media-type.js';
export * from './router.js';
export * from './encoders.js';
export * from './form-body.js';
export * from './validation.js';
export * from './load.js';
