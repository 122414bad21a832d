import { randomBytes } from 'node:crypto';
import { isJsonMediaType, parseMediaType, type OperationInfo } from '@cx-contracts/openapi-runtime';
import {
  buildCheckedExchange,
  finishFinding,
  runExchangeChecks,
  selectExchangeChecks,
  toFinding,
} from '../check-exchange.js';
import type { ExchangeCheck } from '../check.js';
import { requestConformance } from '../checks/request-conformance.js';
import { CoverageTracker, type CoverageReport } from '../coverage/coverage.js';
import { countBySeverity, type Finding } from '../finding.js';
import { toCurl } from '../http/curl.js';
import { isSensitiveHeader, isSessionCookie, type Redactor } from '../http/redactor.js';
import { dropOldest, type RunReport, RunReportBuilder, type StepRecord } from '../report.js';
import type { ConformanceSurface } from '../surface.js';
import type { ObservedExchange } from './observed-exchange.js';
import { checkObservedRequest } from './request-check.js';

/** Checks that need only status and headers: all that can be judged when a HAR did not keep the body. */
const WITHOUT_BODY = new Set(['not-a-server-error', 'status-code-conformance', 'response-headers-conformance']);

export interface PassiveSessionOptions {
  surfaces: ConformanceSurface[];
  /** `har` or `proxy`: the scenario name steps carry in reports. */
  source: 'har' | 'proxy';
  /** What was checked, for the report header: the HAR file or the proxy's target (never credentials). */
  target: string;
  redactor: Redactor;
  /** Only these check ids (exchange checks and request-conformance); default all. */
  checks?: readonly string[];
  excludeChecks?: readonly string[];
  /** `host[:port]` values that belong to the deployment; default: any host whose path the contract routes. */
  hosts?: readonly string[];
  /** Shown in the report's options; the CLI applies it when it decides the exit code. */
  failOnWarnings?: boolean;
  /**
   * Most steps, findings and passed-over exchanges kept for the report (default 10,000 each; the oldest go first):
   * a proxy runs for hours. The summary counts (and so the CLI's exit code) always cover everything.
   */
  maxKept?: number;
}

/** An exchange that was not checked, and why (issue 13: counted and listed, not failed). */
export interface PassedOver {
  label: string;
  method: string;
  /** Origin and path only: a query may carry a credential. */
  url: string;
  reason: 'other-host' | 'unknown-path' | 'no-response';
  detail: string;
}

export interface PassiveSummary {
  source: 'har' | 'proxy';
  exchanges: number;
  checked: number;
  otherHost: number;
  unknownPath: number;
  noResponse: number;
  passedOver: PassedOver[];
  /** How many of each were left out of the report to keep it bounded (maxKept). */
  dropped: { steps: number; findings: number; passedOver: number };
}

export type PassiveReport = RunReport & { coverage: CoverageReport; passive: PassiveSummary };

export type CheckResult =
  | { checked: true; operation: OperationInfo; surface: string; findings: Finding[]; step: StepRecord }
  | { checked: false; passedOver: PassedOver };

/**
 * Judges exchanges someone else sent (a HAR file, the validating proxy): routes each with the contract's router,
 * checks the request (request-conformance) and the response (every single-exchange check), records steps,
 * executions and coverage, and builds the same RunReport the `run` command writes.
 */
export class PassiveSession {
  private readonly builder: RunReportBuilder;
  readonly coverage: CoverageTracker;
  readonly passedOver: PassedOver[] = [];
  private readonly exchangeChecks: ExchangeCheck[];
  private readonly checkRequests: boolean;
  private exchanges = 0;
  private readonly maxKept: number;
  private readonly reasons: Record<PassedOver['reason'], number> = {
    'other-host': 0,
    'unknown-path': 0,
    'no-response': 0,
  };
  private droppedPassedOver = 0;

  constructor(private readonly options: PassiveSessionOptions) {
    this.builder = new RunReportBuilder(
      {
        runId: randomBytes(4).toString('hex'),
        seed: 0,
        target: options.target,
        surfaces: options.surfaces.map((surface) => surface.name),
        readOnly: true,
        startedAt: new Date(),
      },
      {
        source: options.source,
        checks: options.checks ?? 'all',
        excludeChecks: options.excludeChecks ?? [],
        hosts: options.hosts ?? 'any host the contract routes',
        failOnWarnings: options.failOnWarnings ?? false,
      },
    );
    this.coverage = new CoverageTracker(options.surfaces);
    this.maxKept = options.maxKept ?? 10_000;
    this.exchangeChecks = selectExchangeChecks({ checks: options.checks, excludeChecks: options.excludeChecks });
    this.checkRequests =
      (!options.checks || options.checks.includes(requestConformance.id)) &&
      !options.excludeChecks?.includes(requestConformance.id);
  }

  async check(exchange: ObservedExchange): Promise<CheckResult> {
    this.exchanges += 1;
    learnSecrets(exchange, this.options.redactor);
    const url = new URL(exchange.url);
    const passOver = (reason: PassedOver['reason'], detail: string): CheckResult => {
      const passedOver = this.options.redactor.value({
        label: exchange.label,
        method: exchange.method,
        url: url.origin + url.pathname,
        reason,
        detail,
      });
      this.passedOver.push(passedOver);
      this.reasons[reason] += 1;
      this.droppedPassedOver += dropOldest(this.passedOver, this.maxKept).length;
      return { checked: false, passedOver };
    };
    if (this.options.hosts && !this.options.hosts.includes(url.host))
      return passOver('other-host', `host ${url.host} is not one of ${this.options.hosts.join(', ')}`);
    let surface: ConformanceSurface | undefined;
    let operation: OperationInfo | undefined;
    let params: Record<string, string> = {};
    const allowed: string[] = [];
    for (const candidate of this.options.surfaces) {
      const match = candidate.router.match(exchange.method, url.pathname);
      if (match.error === 'method-not-allowed') allowed.push(...match.allowed);
      if (match.error) continue;
      surface = candidate;
      operation = match.operation;
      params = match.params;
      break;
    }
    if (!surface || !operation)
      return passOver(
        'unknown-path',
        allowed.length
          ? `${exchange.method} is not documented for this path (documented: ${allowed.join(', ')})`
          : `no operation of ${this.options.surfaces.map((s) => s.name).join(', ')} has this path`,
      );
    if (!exchange.status)
      return passOver('no-response', `no response was recorded (blocked, aborted or failed before an answer)`);

    const started = performance.now();
    const path = url.pathname + url.search;
    const curl = toCurl({
      method: exchange.method,
      url: exchange.url,
      headers: exchange.requestHeaders,
      body: exchange.requestBody,
    });
    const findings: Finding[] = [];
    const applied: string[] = [];
    const base = { surface, operation, method: exchange.method.toUpperCase(), path, curl };
    const { drafts, decoded } = await checkObservedRequest(surface, operation, params, exchange);
    if (this.checkRequests) {
      applied.push(requestConformance.id);
      for (const draft of drafts)
        findings.push(
          toFinding({ ...base, status: exchange.status, documented: undefined }, requestConformance.id, draft),
        );
    }
    const checked = buildCheckedExchange(surface, operation, exchange.method, path, {
      status: exchange.status,
      headers: exchange.responseHeaders,
      body: exchange.responseBody,
    });
    checked.curl = curl;
    const checks = exchange.responseBodyKnown
      ? this.exchangeChecks
      : this.exchangeChecks.filter((check) => WITHOUT_BODY.has(check.id));
    const response = runExchangeChecks(checked, checks);
    findings.push(...response.findings);
    applied.push(...response.applied);

    const redact = <T>(value: T): T => this.options.redactor.value(value);
    const finished = findings.map((finding) => ({ ...finishFinding(finding, redact), step: exchange.label }));
    const added = this.builder.addFindings(finished);
    const elapsed = performance.now() - started;
    for (const id of applied) this.builder.ran(surface.name, operation.operationId, id, added, exchange.timeMs ?? 0);
    if (!exchange.responseBodyKnown)
      this.builder.skipped(
        surface.name,
        operation.operationId,
        this.exchangeChecks.filter((check) => !WITHOUT_BODY.has(check.id)).map((check) => check.id),
        'the response body was not recorded',
      );
    const { errors, warnings } = countBySeverity(finished);
    const step = this.builder.addStep(
      redact({
        surface: surface.name,
        scenario: this.options.source,
        name: exchange.label,
        operationId: operation.operationId,
        method: exchange.method.toUpperCase(),
        path: url.pathname,
        httpStatus: exchange.status,
        status: errors > 0 ? 'failed' : 'passed',
        reason: finished.find((finding) => finding.severity === 'error')?.message,
        durationMs: exchange.timeMs ?? elapsed,
        errors,
        warnings,
        checks: applied,
      }),
    );
    this.builder.keepNewest(this.maxKept);
    this.coverage.record(surface, operation, {
      status: exchange.status,
      requestMediaType: decoded.mediaType,
      requestBody: decoded.body,
      responseContentType: exchange.responseHeaders['content-type'],
      responseBody: exchange.responseBodyKnown ? responseValue(checked.body, checked.contentType) : undefined,
    });
    return { checked: true, operation, surface: surface.name, findings: finished, step };
  }

  /** The report of everything checked so far, redacted, with no exit code: the CLI decides it (`cli/exit-codes.ts`). */
  report(extraOptions: Record<string, unknown> = {}): PassiveReport {
    const report = this.builder.finish({
      outcome: 'completed',
      surfaces: new Map(this.options.surfaces.map((surface) => [surface.name, surface])),
      options: extraOptions,
    });
    const { passed, failed } = report.summary.steps;
    const passive: PassiveSummary = {
      source: this.options.source,
      exchanges: this.exchanges,
      checked: passed + failed,
      otherHost: this.reasons['other-host'],
      unknownPath: this.reasons['unknown-path'],
      noResponse: this.reasons['no-response'],
      passedOver: this.passedOver,
      dropped: { ...this.builder.dropped(), passedOver: this.droppedPassedOver },
    };
    return this.options.redactor.value({ ...report, coverage: this.coverage.report(), passive });
  }
}

/** The parsed JSON body for coverage, or undefined when it is not JSON (text bodies have no oneOf forms). */
function responseValue(body: unknown, contentType: string | undefined): unknown {
  return isJsonMediaType(parseMediaType(contentType)) && typeof body !== 'string' ? body : undefined;
}

/**
 * Credentials the traffic itself carries (issue 13: "credentials in the HAR never reach a report"): values of
 * credential headers (Basic decoded to user:password as well), session cookies both ways, and query parameters
 * whose name says key, token, secret or password. The redactor then replaces them wherever they appear.
 */
export function learnSecrets(exchange: ObservedExchange, redactor: Redactor): void {
  for (const [name, value] of Object.entries(exchange.requestHeaders)) {
    if (name === 'cookie') {
      for (const part of value.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && isSessionCookie(part.slice(0, eq).trim())) redactor.add(part.slice(eq + 1).trim());
      }
    } else if (isSensitiveHeader(name)) {
      const scheme = /^(\w+)\s+(\S+)\s*$/.exec(value);
      if (scheme && scheme[1]!.toLowerCase() === 'basic') {
        redactor.add(scheme[2]);
        try {
          redactor.addBasic(Buffer.from(scheme[2]!, 'base64').toString('utf8'));
        } catch {
          // not base64: the value itself is already known
        }
      } else if (scheme) redactor.addCredential(scheme[2]);
      redactor.addCredential(value);
    }
  }
  const setCookie = exchange.responseHeaders['set-cookie'];
  if (setCookie)
    for (const cookie of setCookie.split(/,(?=\s*[^;,=\s]+=)/)) {
      const pair = cookie.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0 && isSessionCookie(pair.slice(0, eq).trim())) redactor.add(pair.slice(eq + 1).trim());
    }
  for (const header of ['x-csrf-token', 'x-xsrf-token']) redactor.add(exchange.responseHeaders[header]);
  for (const [name, value] of new URL(exchange.url).searchParams)
    if (isSensitiveHeader(name)) redactor.addCredential(value);
}
