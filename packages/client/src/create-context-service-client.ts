// Context Services (specs/context-service). Multi-tenancy goes in the `ContactCenterId` (tenant DBID or name) and
// `GroupId` (business unit) headers, never in the body (https://enu.docs.genesys.com/Documentation/CS/8.5.2/API/Welcome);
// Basic authentication is optional (security `[{}, {csBasicAuth: []}]`).
import type { Client } from 'openapi-fetch';
import type { paths } from '@cx-contracts/types/context-service';
import { assertHeaderValue, basicAuthorization, credentialHeaders, type BasicCredentials } from './credentials.js';
import { contextServiceOperations } from './operations.gen.js';
import { createSurfaceClient, withHeaderDefaults, type SurfaceClientOptions } from './surface-client.js';

export interface ContextServiceClientOptions extends SurfaceClientOptions {
  /** Sent as the `ContactCenterId` header on every call (a call's `params.header` overrides it). */
  contactCenterId?: string;
  /** Sent as the `GroupId` header on every call. */
  groupId?: string;
  auth?: BasicCredentials;
}

export type ContextServiceClient = Client<paths>;

export function createContextServiceClient(options: ContextServiceClientOptions = {}): ContextServiceClient {
  const { contactCenterId, groupId, auth, ...rest } = options;
  assertHeaderValue(contactCenterId, 'contactCenterId', 'createContextServiceClient');
  assertHeaderValue(groupId, 'groupId', 'createContextServiceClient');
  const authorization = auth ? basicAuthorization(auth, 'createContextServiceClient') : undefined;
  return createSurfaceClient<paths>(
    'createContextServiceClient',
    contextServiceOperations,
    withHeaderDefaults(rest, { ContactCenterId: contactCenterId, GroupId: groupId }),
    (redactor) => (authorization ? [credentialHeaders({ Authorization: authorization }, redactor)] : []),
  );
}
