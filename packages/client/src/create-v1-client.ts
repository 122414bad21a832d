// GMS Service API (specs/v1): service create and requests, storage. Basic authentication is optional (off unless GMS
// sets a `password` option; https://docs.genesys.com/Documentation/GMS/latest/Deployment/BasicAuthentication) and the
// Storage API wants the `gms_user` header since 8.5.103 (https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1).
import type { Client } from 'openapi-fetch';
import type { paths } from '@cx-contracts/types/v1';
import { assertHeaderValue, basicAuthorization, credentialHeaders, type BasicCredentials } from './credentials.js';
import { v1Operations } from './operations.gen.js';
import { createSurfaceClient, withHeaderDefaults, type SurfaceClientOptions } from './surface-client.js';

export interface V1ClientOptions extends SurfaceClientOptions {
  /** HTTP Basic credentials, when GMS has authentication turned on. */
  auth?: BasicCredentials;
  /** Value of the `gms_user` header sent on every call (a call's `params.header.gms_user` overrides it). */
  gmsUser?: string;
}

export type V1Client = Client<paths>;

export function createV1Client(options: V1ClientOptions = {}): V1Client {
  const { auth, gmsUser, ...rest } = options;
  assertHeaderValue(gmsUser, 'gmsUser', 'createV1Client');
  const authorization = auth ? basicAuthorization(auth, 'createV1Client') : undefined;
  return createSurfaceClient<paths>(
    'createV1Client',
    v1Operations,
    withHeaderDefaults(rest, { gms_user: gmsUser }),
    (redactor) => (authorization ? [credentialHeaders({ Authorization: authorization }, redactor)] : []),
  );
}
