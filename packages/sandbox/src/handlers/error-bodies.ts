// The platform's words for the error bodies the contract documents with a shape (issue 10): documented schema →
// the body of a refusal, given what the refusal says. refusals.ts answers a refused request with its operation's
// documented 400/422/4XX; where that response documents a shape, the body comes from here, else from the documented
// example. Nexus's 400 declares no field (seed 003 `{object}`), so it takes the problem document and is not here.
import { csError } from './context-services.js';

/** Schema pointer (as the bundled document names it) → the body for a refusal saying `message`. */
export const errorBodies: Record<string, (message: string) => Record<string, unknown>> = {
  // U25: Context Services answers failed requests with a 4xx and `{message, exception}` (CsError).
  '#/components/schemas/CsError': csError,
};
