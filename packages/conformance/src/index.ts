// @cx-contracts/conformance: the engine behind cx-conformance, usable from any test runner.
export { loadConformanceSurface, readSurfaceDocument, type ConformanceSurface } from './surface.js';
export {
  checkExchange,
  type CheckExchangeOptions,
  type ExchangeRequest,
  type ExchangeResponse,
} from './check-exchange.js';
export type { Finding, Severity } from './finding.js';
export type { CheckDefinition, CheckKind } from './check.js';
export { CHECKS, CHECK_IDS, EXCHANGE_CHECKS, TRANSPORT } from './checks/index.js';
export { runConformance, CannotRunError, type RunConfig, type RunHooks, type RunHandle } from './run/runner.js';
export {
  describeChecks,
  type RunReport,
  type RunStart,
  type StepRecord,
  type ResourceRecord,
  type CleanupRecord,
  type CheckExecution,
} from './report.js';
export { runExitCode, EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN } from './cli/exit-codes.js';
export { renderJsonReport, writeJsonReport } from './reporters/json.js';
export { renderJunitReport, writeJunitReport } from './reporters/junit.js';
export { renderHtmlReport, writeHtmlReport } from './reporters/html.js';
export { ConsoleReporter } from './reporters/console.js';
export { Redactor } from './http/redactor.js';
// Passive conformance (issue 13): recorded and proxied traffic, and contract coverage.
export { PassiveSession, type PassiveReport, type PassiveSessionOptions } from './passive/passive-session.js';
export type { ObservedExchange } from './passive/observed-exchange.js';
export { parseHar, HarError, type HarLog } from './har/har-file.js';
export { startValidatingProxy, FINDINGS_HEADER, type ValidatingProxyOptions } from './proxy/validating-proxy.js';
export { CoverageTracker, type CoverageReport, type OperationCoverage } from './coverage/coverage.js';
