import type { CheckDefinition, ExchangeCheck } from '../check.js';
import { authRequired } from './auth-required.js';
import { contentTypeConformance } from './content-type-conformance.js';
import { envelopeConformance } from './envelope-conformance.js';
import { negativeDataRejection } from './negative-data-rejection.js';
import { notAServerError } from './not-a-server-error.js';
import { requestConformance } from './request-conformance.js';
import { responseHeadersConformance } from './response-headers-conformance.js';
import { responseSchemaConformance } from './response-schema-conformance.js';
import { responseTime } from './response-time.js';
import { roundTrip } from './round-trip.js';
import { statusCodeConformance } from './status-code-conformance.js';

/**
 * Not a check one can turn off: the findings raised when no response could be checked at all (timeout,
 * connection reset, not HTTP, body over the size cap, redirect loop or redirect to another host).
 */
export const TRANSPORT: CheckDefinition = {
  id: 'transport',
  kind: 'exchange',
  title: 'A usable answer arrived',
  explanation:
    'Before anything else can be checked, the server must answer: within the per-request timeout, with valid HTTP, with a body no larger than the size cap, without a redirect loop or a redirect to another host (which is never followed, so credentials cannot leak). When this fails, the other checks could not look at the answer.',
  severity: 'Always an error. Always on (cannot be excluded).',
};

/** Stateless checks, in the order they run on every exchange. */
export const EXCHANGE_CHECKS: readonly ExchangeCheck[] = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseSchemaConformance,
  responseHeadersConformance,
  envelopeConformance,
];

/** Every check by id: the explicit registry (nothing scans the directory). */
export const CHECKS: Readonly<Record<string, CheckDefinition>> = {
  [notAServerError.id]: notAServerError,
  [statusCodeConformance.id]: statusCodeConformance,
  [contentTypeConformance.id]: contentTypeConformance,
  [responseSchemaConformance.id]: responseSchemaConformance,
  [responseHeadersConformance.id]: responseHeadersConformance,
  [envelopeConformance.id]: envelopeConformance,
  [negativeDataRejection.id]: negativeDataRejection,
  [authRequired.id]: authRequired,
  [roundTrip.id]: roundTrip,
  [responseTime.id]: responseTime,
  [requestConformance.id]: requestConformance,
};

/** Ids a user can pass to --checks / --exclude-checks. */
export const CHECK_IDS: readonly string[] = Object.keys(CHECKS);
