// Nexus v3 open media (specs/v3): every operation requires the `x-api-key` header (security scheme nexusApiKey).
import type { Client } from 'openapi-fetch';
import type { paths } from '@cx-contracts/types/v3';
import { assertHeaderValue, credentialHeaders } from './credentials.js';
import { v3Operations } from './operations.gen.js';
import { createSurfaceClient, type SurfaceClientOptions } from './surface-client.js';

export interface V3ClientOptions extends SurfaceClientOptions {
  /** The Nexus API key, sent as `x-api-key` on every call. Typed to accept `process.env.X`; checked at run time. */
  apiKey: string | undefined;
}

export type V3Client = Client<paths>;

export function createV3Client(options: V3ClientOptions): V3Client {
  const { apiKey, ...rest } = options ?? ({} as V3ClientOptions);
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new TypeError('createV3Client: apiKey is required (every Nexus v3 operation needs the x-api-key header).');
  }
  assertHeaderValue(apiKey, 'apiKey', 'createV3Client');
  return createSurfaceClient<paths>('createV3Client', v3Operations, rest, (redactor) => [
    credentialHeaders({ 'x-api-key': apiKey }, redactor),
  ]);
}
