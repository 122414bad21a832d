import { appendPointer } from '@cx-contracts/openapi-runtime';
import type { ExchangeCheck } from '../check.js';

/**
 * A 5xx the contract does not document for the operation. Contract decision 16: a documented status is
 * conformance, so the Service API's documented 500 "Could not read JSON" (seed 001) is not flagged; a 5xx reached
 * only through `default` is (a catch-all does not document a crash).
 */
export const notAServerError: ExchangeCheck = {
  id: 'not-a-server-error',
  kind: 'exchange',
  title: 'No undocumented server error',
  explanation:
    'The server must not answer with a 5xx status (a crash or internal failure) unless the contract documents that status for this operation. Some 5xx answers are part of the contract, such as the GMS Service API\'s 500 "Could not read JSON" for an unreadable body; those are not flagged.',
  severity: 'Always an error, even on provisional operations: a crash is not a question of shape.',
  run(exchange) {
    if (exchange.status < 500 || exchange.status > 599) return [];
    if (exchange.documented && exchange.documented.key !== 'default') return [];
    return [
      {
        message: `server error ${exchange.status}, which the contract does not document for this operation`,
        received: exchange.bodyText ? `${exchange.status}: ${exchange.bodyText}` : exchange.status,
        documented: Object.keys(exchange.operation.responses),
        specPointer: appendPointer(exchange.operation.pointer, 'responses'),
        ignoreProvisional: true,
      },
    ];
  },
};
