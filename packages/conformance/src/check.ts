import type { OperationInfo, ResponseInfo, Violation } from '@cx-contracts/openapi-runtime';
import type { Severity } from './finding.js';
import type { ConformanceSurface } from './surface.js';

/**
 * How a check works:
 * - `exchange`: judges one request/response pair on its own (usable from any test runner through checkExchange);
 * - `probe`: sends requests of its own (negative data, requests without credentials) and judges the answers;
 * - `scenario`: compares several steps of a stateful flow (what was written against what is read back).
 */
export type CheckKind = 'exchange' | 'probe' | 'scenario';

export interface CheckDefinition {
  id: string;
  kind: CheckKind;
  /** A few words, shown as the check's name in reports. */
  title: string;
  /** Plain words for someone who never saw the tool: what the check asks of every answer and why. */
  explanation: string;
  /** When a finding is an error and when a warning. */
  severity: string;
}

/** One response, decoded once and shared by every exchange check. */
export interface CheckedExchange {
  surface: ConformanceSurface;
  operation: OperationInfo;
  method: string;
  /** Concrete path of the request (with its query string, if any). */
  path: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  contentType?: string;
  bodyText: string;
  /** Parsed JSON for JSON media types, the text otherwise, undefined when the body is empty. */
  body: unknown;
  /** Set when the Content-Type says JSON but the body does not parse. */
  jsonError?: string;
  /** The documented response that applies to the status (exact code, then range, then default). */
  documented?: { key: string; response: ResponseInfo };
  /** Violations from the runtime's validateResponse, computed once. */
  violations: Violation[];
  /** How to send the request again (a curl command without credentials), when the request is known. */
  curl?: string;
  /** Writes `curl` when a finding first needs it (most answers get none, and the command costs a shell quoting). */
  reproduce?: () => string;
  /** Memo for analyses several checks share (envelope forms). */
  memo: Map<string, unknown>;
}

/** A finding before checkExchange adds the exchange's operation, method, path and status and decides severity. */
export interface FindingDraft {
  message: string;
  received?: unknown;
  documented?: unknown;
  /** Pointer into the response instance; defaults to the spec pointer. */
  pointer?: string;
  specPointer?: string;
  /** Force a severity (e.g. a finding that is a warning by nature). */
  severity?: Severity;
  /** An undocumented server error is an error even on provisional operations: a crash is not a shape question. */
  ignoreProvisional?: boolean;
  /**
   * `response` (default): the response's own x-provisional counts. `request`: only the operation and specPointer
   * count, for probe and scenario checks whose question is not the response's shape (an accepted invalid body is
   * a departure even when the reply's body is unpublished).
   */
  scope?: 'response' | 'request';
}

export interface ExchangeCheck extends CheckDefinition {
  kind: 'exchange';
  /** False when the check has nothing to say about this exchange (e.g. no documented headers). Default true. */
  appliesTo?(exchange: CheckedExchange): boolean;
  run(exchange: CheckedExchange): FindingDraft[];
}
