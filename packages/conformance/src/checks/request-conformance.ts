import type { CheckDefinition } from '../check.js';

/**
 * Passive conformance only (check-har, proxy): the request a real frontend sent is judged too, since a frontend
 * sending a wrong body breaks the contract as surely as a server answering one (issue 13). The findings come from
 * the runtime's validateRequest; passive/request-check.ts decodes the body and words them.
 */
export const requestConformance: CheckDefinition = {
  id: 'request-conformance',
  kind: 'exchange',
  title: 'Request matches the operation',
  explanation:
    'Recorded or proxied traffic only (check-har, proxy): the request the client sent must match its operation: path and query parameters, documented headers, a documented Content-Type and a body that validates against the request schema (form maps such as change[k]/delete[k], multipart parts and JSON alike). A finding here points at the client, not the server.',
  severity: 'Error; a warning when the operation is marked provisional in the contract.',
};
