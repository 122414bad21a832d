import { appendPointer, type OperationInfo } from '@cx-contracts/openapi-runtime';
import type { CheckDefinition, CheckedExchange, FindingDraft } from '../check.js';

export const authRequired: CheckDefinition = {
  id: 'auth-required',
  kind: 'probe',
  title: 'Credentials are required',
  explanation:
    'For operations whose contract demands credentials with no anonymous alternative (every Nexus v3 operation needs an x-api-key; Web Services needs Basic credentials or a session), the tool repeats a request without any credential (no Authorization, no API key, no cookie) and expects a refusal (401 or 403). Serving the request anyway means anyone can call the API.',
  severity:
    'Error when the request is served (2xx) without credentials; a warning when it is refused with another status than 401/403 (the 401 answer itself is provisional in the Nexus contract).',
};

/** True when every security alternative names a scheme, i.e. anonymous calls are not allowed (OpenAPI §4.8.30:
 * an empty requirement `{}` makes security optional). */
export function requiresCredentials(operation: OperationInfo): boolean {
  return (
    operation.security.length > 0 && operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

export function judgeWithoutCredentials(exchange: CheckedExchange): FindingDraft[] {
  const status = exchange.status;
  if (status === 401 || status === 403) return [];
  const specPointer = appendPointer(exchange.operation.pointer, 'security');
  const documented = `401 or 403 (security: ${exchange.operation.security.map((requirement) => Object.keys(requirement).join('+')).join(' or ')})`;
  if (status >= 200 && status < 300) {
    return [
      {
        message: `served the request without any credential (status ${status}); the contract requires credentials`,
        received: status,
        documented,
        specPointer,
        ignoreProvisional: true,
        scope: 'request',
      },
    ];
  }
  return [
    {
      message: `refused a request without credentials with ${status} instead of 401/403`,
      received: status,
      documented,
      specPointer,
      severity: 'warning',
    },
  ];
}
