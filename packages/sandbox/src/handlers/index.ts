// The explicit registry: operationId → handler, one module per surface (style guide habit 2). An operation of the
// contract without a handler here answers with its documented example (sandbox.ts), and a test lists none missing.
import { contextServicesHandlers } from './context-services.js';
import { gmsServiceHandlers } from './gms-service.js';
import type { HandlerRegistry } from './handler.js';
import { nexusHandlers } from './nexus.js';
import { openMediaHandlers } from './open-media.js';
import { webServicesHandlers } from './web-services.js';

export const handlers: HandlerRegistry = {
  ...gmsServiceHandlers,
  ...openMediaHandlers,
  ...webServicesHandlers,
  ...nexusHandlers,
  ...contextServicesHandlers,
};

export type { Handler, HandlerContext, HandlerRegistry } from './handler.js';
