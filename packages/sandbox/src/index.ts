// @cx-contracts/sandbox: the platform's behaviour on Fetch Request/Response, no Node imports (style guide habit 12).
export { createSandbox, type Sandbox, type SandboxOptions, type SwapResult } from './sandbox.js';
export { DEFAULT_CONFIG, type SandboxConfig, type OpenMediaServiceConfig, type GmsServiceConfig } from './config.js';
export { DEFAULT_CAPS, type Caps, type Fault, type LogEntry } from './namespaces.js';
export { readFault, rewrite } from './faults.js';
export { FIXTURE_VERSION, type Fixture } from './fixtures.js';
export {
  checkRequest,
  type RequestParts,
  requestParts,
  routeProblem,
  type CheckOptions,
  type CheckResult,
  type CheckedRequest,
} from './front-end.js';
export { handlers, type Handler, type HandlerContext, type HandlerRegistry } from './handlers/index.js';
export { CSRF_HEADER, CSRF_REFUSAL } from './handlers/web-services.js';
export {
  type Answer,
  PROBLEM_BASE,
  problemAnswer,
  problemBody,
  type Problem,
  type ProblemKind,
  toResponse,
} from './responses.js';
export {
  asciiJson,
  contentCodings,
  contractViolation,
  encodedBody,
  MAX_LISTED_VIOLATIONS,
  MAX_VIOLATION_TEXT,
  MAX_VIOLATIONS_BYTES,
  MAX_VIOLATIONS_HEADER,
  overLimit,
  type RefusalForm,
  refusalForm,
  refusalAnswer,
  type ReportedViolation,
  reportViolation,
  type ViolationSource,
} from './refusals.js';
export { REFUSALS_TABLE_END, REFUSALS_TABLE_START, refusalsTable, withRefusalsTable } from './refusals-table.js';
