import type { CheckDefinition } from '../check.js';

/**
 * Opt-in (`--max-response-time <ms>`): every answer arrives within the limit the user sets. The contract states no
 * latency, so the limit is the user's, never a built-in number; time is measured from sending the request to the
 * last byte of the body (redirects included).
 */
export const responseTime: CheckDefinition = {
  id: 'response-time',
  kind: 'exchange',
  title: 'Answers within the time limit',
  explanation:
    'Only when --max-response-time is given: every answer must be complete within that many milliseconds, counted from sending the request to the last byte of the body. The contract itself promises no latency; the limit is yours.',
  severity: 'Error (the limit is set explicitly). Not run without --max-response-time.',
};
