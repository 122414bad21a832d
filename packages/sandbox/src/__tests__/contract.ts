// The bundled contract the tests run on (the four surfaces joined, as generated into @cx-contracts/types), and a
// check that an answer is the contract's (contract-decisions rule 19).
import { createRequire } from 'node:module';
import { loadSurface, type Surface } from '@cx-contracts/openapi-runtime';
import type { Answer } from '../testing/run-flow.js';

export const document = createRequire(import.meta.url)('@cx-contracts/types/openapi/all.json') as object;
export const surface: Surface = loadSurface(document);

/** Violations of one answer against its operation's documented responses; `[]` for the sandbox's own answers. */
export function answerViolations(answer: Answer): string[] {
  const operationId = answer.headers.get('x-cx-operation');
  const mediaType = answer.headers.get('content-type') ?? undefined;
  // Problem answers (404/405/415/400/422/507) are the front end's, not the operation's; a refusal in the form of the
  // operation's documented 400/422/4XX (refusals.ts, issue 10) is the operation's and is checked.
  if (!operationId || mediaType === 'application/problem+json') return [];
  const operation = surface.getOperation(operationId)!;
  const body = answer.text === '' ? undefined : /json/.test(mediaType ?? '') ? answer.json : answer.text;
  return surface.validators
    .validateResponse(operation, { status: answer.status, headers: answer.headers, body, mediaType })
    .map(
      (violation) => `${operationId} ${answer.status}: ${violation.location} ${violation.pointer} ${violation.message}`,
    );
}
