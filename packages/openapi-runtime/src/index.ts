// Everything, for Node consumers (the mock, the conformance suite, test servers). Browsers import the
// subpaths instead: ./encoders, ./router, ./validation (README, "Subpaths").
export * from './openapi-types.js';
export * from './json-pointer.js';
export * from './media-type.js';
export * from './router.js';
export * from './encoders.js';
export * from './decoders.js';
export * from './validation.js';
export * from './load.js';
export * from './read-document.js';
