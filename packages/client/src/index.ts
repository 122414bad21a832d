// @cx-contracts/client: one openapi-fetch client per surface, typed by the generated `paths`, with request bodies
// encoded from the spec, the surface's authentication, and helpers for failures reported inside HTTP 200.
// Browser-safe: no Node built-ins, no AJV (response validation is the separate `@cx-contracts/client/validation`).
export { createV1Client, type V1Client, type V1ClientOptions } from './create-v1-client.js';
export { createV2Client, type V2Client, type V2ClientOptions } from './create-v2-client.js';
export { createV3Client, type V3Client, type V3ClientOptions } from './create-v3-client.js';
export {
  createContextServiceClient,
  type ContextServiceClient,
  type ContextServiceClientOptions,
} from './create-context-service-client.js';
export type { BasicCredentials } from './credentials.js';
export type { GwsSessionOptions } from './gws-session.js';
export type { RedirectPolicy } from './origin-guard.js';
export type { SurfaceClientOptions } from './surface-client.js';
export {
  classifyGmsResult,
  classifyGwsResult,
  GmsFailureError,
  GwsFailureError,
  type GmsClassification,
  type GmsEnvelope,
  type GmsError,
  type GwsClassification,
  type GwsEnvelope,
} from './failure-envelopes.js';
