// GMS Open Media (/genesys/2/openmedia, optional Basic authentication) and Genesys Web Services Interactions API v2
// (/api/v2, Basic authentication, the JSESSIONID session and the CSRF token) share the v2 spec (specs/v2).
import type { Client } from 'openapi-fetch';
import type { paths } from '@cx-contracts/types/v2';
import { assertHeaderValue, basicAuthorization, credentialHeaders, type BasicCredentials } from './credentials.js';
import { throwOnFailureEnvelope } from './failure-envelopes.js';
import { gwsSession, type GwsSessionOptions } from './gws-session.js';
import { v2Operations } from './operations.gen.js';
import {
  createSurfaceClient,
  operationIdLookup,
  withHeaderDefaults,
  type SurfaceClientOptions,
} from './surface-client.js';

export interface V2ClientOptions extends SurfaceClientOptions {
  /** HTTP Basic credentials: required by Web Services, optional for GMS Open Media. */
  auth?: BasicCredentials;
  /** Value of the `gms_user` header sent on every call. */
  gmsUser?: string;
  /** Web Services session handling: JSESSIONID replay in Node and the CSRF token (both on by default). */
  session?: GwsSessionOptions;
  /**
   * Throw GmsFailureError / GwsFailureError when a 200 answer carries a failure envelope, instead of returning it
   * as `data` (the default, openapi-fetch's behaviour).
   */
  throwOnFailureEnvelope?: boolean;
}

export type V2Client = Client<paths>;

/** Which reply envelope each v2 operation answers with (contract decision 5). */
const ENVELOPES: Record<string, 'gms' | 'gws'> = {
  createOpenMediaInteraction: 'gms',
  getOpenMediaInteraction: 'gms',
  updateOpenMediaInteraction: 'gms',
  stopOpenMediaInteraction: 'gms',
  listGwsInteractions: 'gws',
  listMyGwsInteractions: 'gws',
  getGwsInteraction: 'gws',
  updateGwsInteraction: 'gws',
  performGwsInteractionOperation: 'gws',
};

export function createV2Client(options: V2ClientOptions = {}): V2Client {
  const { auth, gmsUser, session, throwOnFailureEnvelope: throwing, ...rest } = options;
  assertHeaderValue(gmsUser, 'gmsUser', 'createV2Client');
  // Browsers keep the JSESSIONID cookie only for credentialed requests; Node ignores the flag.
  const clientOptions = withHeaderDefaults({ credentials: 'include', ...rest }, { gms_user: gmsUser });
  const authorization = auth ? basicAuthorization(auth, 'createV2Client') : undefined;
  return createSurfaceClient<paths>('createV2Client', v2Operations, clientOptions, (redactor) => [
    // onResponse runs in reverse order: the session middleware captures the CSRF token before a failure is thrown.
    ...(throwing ? [throwOnFailureEnvelope(ENVELOPES, operationIdLookup(v2Operations), redactor)] : []),
    ...(authorization ? [credentialHeaders({ Authorization: authorization }, redactor)] : []),
    gwsSession(session, redactor),
  ]);
}
