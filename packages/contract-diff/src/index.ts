export { diffDocuments } from './diff.js';
export { listKinds, kindFor, SCOPES, type KindRule, type Scope } from './change-kinds.js';
export { renderMarkdown } from './report-markdown.js';
export { renderJson, summarize, type DiffReport, type SurfaceReport, type Summary } from './report-json.js';
export type { Breaks, Change, Direction, Severity, Side } from './types.js';
export { compareWithRef, type RefOptions } from './compare-with-ref.js';
export { compareFiles, type FileOptions } from './compare-files.js';
export { CouldNotRunError, UsageError } from '@cx-contracts/openapi-runtime';
