// The explicit registry: operationId → handler, one module per surface (style guide habit 2). An operation of the
// contract without a handler here answers with its documented example (sandbox.ts), and a test lists none missing.
import type { Problem } from '../responses.js';
import { contextServicesHandlers, csBadInput } from './context-services.js';
import { gmsServiceHandlers } from './gms-service.js';
import type { HandlerRegistry } from './handler.js';
import { nexusBadInput, nexusHandlers } from './nexus.js';
import { openMediaHandlers } from './open-media.js';
import { webServicesHandlers } from './web-services.js';

export const handlers: HandlerRegistry = {
  ...gmsServiceHandlers,
  ...openMediaHandlers,
  ...webServicesHandlers,
  ...nexusHandlers,
  ...contextServicesHandlers,
};

/**
 * Operations whose contract documents the answer to bad input (issue 11, "Bad input gets the platform's documented
 * answer"): Nexus's 400 (seed 003) and Context Services' 4xx error body (U25). The GMS Service API's unreadable
 * JSON (seed 001's 500) is answered by its handlers. Every other operation gets the front end's problem+json.
 */
export const badInputAnswers: Record<string, (problem: Problem) => Response> = {
  ...Object.fromEntries(Object.keys(nexusHandlers).map((id) => [id, nexusBadInput])),
  ...Object.fromEntries(Object.keys(contextServicesHandlers).map((id) => [id, csBadInput])),
};

export type { Handler, HandlerContext, HandlerRegistry } from './handler.js';
