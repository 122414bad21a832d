import {
  headerRecord,
  isJsonMediaType,
  matchResponse,
  parseMediaType,
  type HeadersInput,
  type OperationInfo,
} from '@cx-contracts/openapi-runtime';
import type { CheckedExchange, ExchangeCheck, FindingDraft } from './check.js';
import { EXCHANGE_CHECKS } from './checks/index.js';
import { shorten, type Finding, type Severity } from './finding.js';
import { isProvisionalAt } from './provisional.js';
import type { ConformanceSurface } from './surface.js';

export interface ExchangeRequest {
  method: string;
  /** Absolute URL or path, e.g. `http://host/nexus/v3/openmedia/svc/interactions/abc` or `/nexus/v3/...`. */
  url: string;
  /** Skip routing when the caller knows the operation. */
  operationId?: string;
}

export interface ExchangeResponse {
  status: number;
  headers?: HeadersInput;
  /** Raw body as text or bytes, or an already parsed JSON value (object, array, number, boolean, null). */
  body?: string | Uint8Array | unknown;
}

export interface CheckExchangeOptions {
  /** Only these check ids (default: every exchange check). */
  checks?: readonly string[];
  /** Every check id except these. */
  excludeChecks?: readonly string[];
}

/**
 * Runs the stateless checks on one exchange and returns the findings (empty when the response honours the
 * contract). Works with any test runner:
 *
 *   const findings = checkExchange(surface, { method: 'GET', url }, { status: res.status, headers: res.headers, body: await res.text() });
 *   expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
 */
export function checkExchange(
  surface: ConformanceSurface,
  request: ExchangeRequest,
  response: ExchangeResponse,
  options: CheckExchangeOptions = {},
): Finding[] {
  const operation = resolveOperation(surface, request);
  const exchange = buildCheckedExchange(surface, operation, request.method, pathOf(request.url), response);
  return runExchangeChecks(exchange, selectExchangeChecks(options)).findings.map((finding) => finishFinding(finding));
}

/**
 * Makes a finding fit for a report: redacts first, then cuts long values (issue 12 item 8: cutting first left the
 * prefix of a secret that straddled the cut readable).
 */
export function finishFinding(finding: Finding, redact: <T>(value: T) => T = (value) => value): Finding {
  const out = redact(finding);
  if (out.received !== undefined) out.received = shorten(out.received);
  if (out.documented !== undefined) out.documented = shorten(out.documented, 600);
  return out;
}

export function selectExchangeChecks(options: CheckExchangeOptions): ExchangeCheck[] {
  return EXCHANGE_CHECKS.filter(
    (check) => (!options.checks || options.checks.includes(check.id)) && !options.excludeChecks?.includes(check.id),
  );
}

/** Runs the given checks; also says which of them applied (for JUnit's one testcase per operation and check). */
export function runExchangeChecks(
  exchange: CheckedExchange,
  checks: readonly ExchangeCheck[],
): { findings: Finding[]; applied: string[] } {
  const findings: Finding[] = [];
  const applied: string[] = [];
  for (const check of checks) {
    if (check.appliesTo && !check.appliesTo(exchange)) continue;
    applied.push(check.id);
    for (const draft of check.run(exchange)) findings.push(toFinding(exchange, check.id, draft));
  }
  return { findings, applied };
}

export function toFinding(
  exchange: Pick<CheckedExchange, 'surface' | 'operation' | 'method' | 'path' | 'documented' | 'curl' | 'reproduce'> & {
    status: number | null;
  },
  checkId: string,
  draft: FindingDraft,
): Finding {
  const reference = externalDocsUrl(exchange.operation);
  const finding: Finding = {
    checkId,
    severity: severityOf(exchange, draft),
    operationId: exchange.operation.operationId,
    method: exchange.method,
    path: exchange.path,
    status: exchange.status,
    message: draft.message,
    pointer: draft.pointer ?? draft.specPointer ?? exchange.operation.pointer,
    specPointer: draft.specPointer ?? exchange.operation.pointer,
  };
  // Kept whole here; finishFinding redacts and then shortens them.
  if (draft.received !== undefined) finding.received = draft.received;
  if (draft.documented !== undefined) finding.documented = draft.documented;
  if (reference) finding.reference = reference;
  const curl = exchange.curl ?? exchange.reproduce?.();
  if (curl) finding.curl = curl;
  return finding;
}

function severityOf(
  exchange: Pick<CheckedExchange, 'surface' | 'operation' | 'documented'>,
  draft: FindingDraft,
): Severity {
  if (draft.severity) return draft.severity;
  if (draft.ignoreProvisional) return 'error';
  const document = exchange.surface.document;
  const provisional =
    exchange.operation.provisional ||
    (draft.scope !== 'request' && isProvisionalAt(document, exchange.documented?.response.pointer)) ||
    isProvisionalAt(document, draft.specPointer);
  return provisional ? 'warning' : 'error';
}

export function externalDocsUrl(operation: OperationInfo): string | undefined {
  const docs = operation.operation.externalDocs as { url?: unknown } | undefined;
  return typeof docs?.url === 'string' ? docs.url : undefined;
}

function resolveOperation(surface: ConformanceSurface, request: ExchangeRequest): OperationInfo {
  if (request.operationId) {
    const operation = surface.getOperation(request.operationId);
    if (!operation) throw new Error(`No operation '${request.operationId}' in ${surface.name}.`);
    return operation;
  }
  const match = surface.router.match(request.method, pathOf(request.url));
  if (match.error === 'not-found')
    throw new Error(`No operation of ${surface.name} matches ${request.method} ${pathOf(request.url)}.`);
  if (match.error === 'method-not-allowed') {
    throw new Error(
      `${request.method} is not documented for ${pathOf(request.url)} in ${surface.name} (documented: ${match.allowed.join(', ')}).`,
    );
  }
  return match.operation;
}

function pathOf(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  }
  return url;
}

/** One decoder for every response (constructing one per body showed in bench/throughput.mjs profiles). */
const UTF8 = new TextDecoder();

/**
 * Whether each Content-Type value seen is JSON, so a run parses a value once rather than once per answer
 * (bench/throughput.mjs profile). The values come from the wire, hence the bound.
 */
const jsonContentTypes = new Map<string, boolean>();

function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  let json = jsonContentTypes.get(contentType);
  if (json === undefined) {
    json = isJsonMediaType(parseMediaType(contentType));
    if (jsonContentTypes.size >= 64) jsonContentTypes.clear();
    jsonContentTypes.set(contentType, json);
  }
  return json;
}

/**
 * A reply body read as JSON whatever its Content-Type says, or undefined: what cleanup and a step that could not read
 * the reply salvage from it (JSON served as text/plain still names what must be removed, issue 12 item 1). The checks
 * read bodies by their media type in buildCheckedExchange.
 */
export function parseJsonLoosely(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Decodes a response once for all checks. */
export function buildCheckedExchange(
  surface: ConformanceSurface,
  operation: OperationInfo,
  method: string,
  path: string,
  response: ExchangeResponse,
): CheckedExchange {
  const headers = headerRecord(response.headers);
  const contentType = headers['content-type'];
  let bodyText: string;
  let body: unknown;
  let jsonError: string | undefined;
  const raw = response.body;
  const parsedAlready = raw !== undefined && typeof raw !== 'string' && !(raw instanceof Uint8Array);
  if (parsedAlready) {
    body = raw;
    bodyText = JSON.stringify(raw) ?? '';
  } else {
    bodyText = raw === undefined ? '' : typeof raw === 'string' ? raw : UTF8.decode(raw);
    if (bodyText === '') body = undefined;
    else if (isJsonContentType(contentType)) {
      try {
        body = JSON.parse(bodyText);
        // Each level takes two characters and opens a bracket: short bodies and bodies with few brackets cannot be
        // too deep, so the common case costs no walk at all.
        if (
          bodyText.length > 2 * MAX_JSON_DEPTH &&
          openingBrackets(bodyText, MAX_JSON_DEPTH) > MAX_JSON_DEPTH &&
          nestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH
        ) {
          // Recursive consumers (schema validation, JSON.stringify, reporters) would overflow the stack on it.
          body = bodyText;
          jsonError = `the JSON nests more than ${MAX_JSON_DEPTH} levels deep; not analysed further`;
        }
      } catch (error) {
        body = bodyText;
        jsonError = (error as Error).message;
      }
    } else body = bodyText;
  }
  let violations = surface.validators.validateResponse(operation, {
    status: response.status,
    headers,
    body,
    mediaType: contentType,
  });
  // A body that is not JSON is reported once, as such, not as a string failing every schema keyword.
  if (jsonError)
    violations = violations.filter(
      (violation) => violation.location !== 'body' || violation.keyword === 'content-type',
    );
  return {
    surface,
    operation,
    method: method.toUpperCase(),
    path,
    status: response.status,
    headers,
    contentType,
    bodyText,
    body,
    jsonError,
    documented: matchResponse(operation, response.status),
    violations,
    memo: new Map(),
  };
}

/**
 * No documented reply nests anywhere near this deep; deeper bodies are reported instead of analysed. Well below the
 * depth at which JSON.stringify and other recursive code overflow the stack (about 5,000 on Node 20).
 */
export const MAX_JSON_DEPTH = 1000;

/** Counts `{` and `[` in the text (indexOf is much faster than a character loop), stopping once past `limit`. */
function openingBrackets(text: string, limit: number): number {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1 && count <= limit; at = text.indexOf(bracket, at + 1)) count += 1;
  }
  return count;
}

/** Nesting depth of a parsed JSON value, counted iteratively and given up once past `limit`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const item of Array.isArray(node) ? node : Object.values(node)) {
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return deepest;
}
