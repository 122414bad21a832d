// Everything, for Node consumers (the mock, the conformance suite, test servers). Browsers import the
// subpaths instead: ./browser (all of the below but the decoders and file reading), ./encoders, ./router, ./validation
// (README, "Subpaths").
export * from './browser.js';
export * from './decoders.js';
export * from './read-document.js';
