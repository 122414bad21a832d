// @cx-contracts/types: the generated types of every surface, one namespace each. The *.gen.ts files are written by
// `npm run generate` from specs/ and are never edited by hand.
export type * as V1 from './v1.gen.js';
export type * as V2 from './v2.gen.js';
export type * as V3 from './v3.gen.js';
export type * as ContextService from './context-service.gen.js';
