// Options of the sandbox and their defaults. Where the sources are silent the default is the least surprising
// behaviour, and the README says so (contract-decisions rule 19).
import { type Caps, DEFAULT_CAPS } from './namespaces.js';

export interface OpenMediaServiceConfig {
  /** GMS options `interaction_type`, `interaction_subtype`, `media_type` (seed 000, "Create"). */
  interactionType: string;
  interactionSubtype: string;
  mediaType: string;
  /** GMS option `allow_overwrite`: honour the request's type/subtype/media type (seed 000). */
  allowOverwrite: boolean;
  queue: string;
}

export interface GmsServiceConfig {
  /** Service-specific keys the create answers with besides `_id` (seed 001: `_access_number`, `_access_code`). */
  reply: Record<string, string>;
}

export interface SandboxConfig {
  /** Web Services CSRF protection (U10: `enableCsrfProtection`); on by default, `--no-csrf` turns it off. */
  csrf: boolean;
  /** Header that names a namespace explicitly; CORS must allow and expose it. */
  namespaceHeader: string;
  /** Open Media / Nexus service options by name; `default` stands for GMS's catch-all `openmedia` section (U28). */
  openMediaServices: Record<string, OpenMediaServiceConfig>;
  /** GMS Service API configured services by name (seed 001: an unknown name answers 404). */
  gmsServices: Record<string, GmsServiceConfig>;
  caps: Caps;
  /** Namespaces unused this long are dropped. */
  idleMs: number;
  /** Requests kept per namespace for GET /__sandbox/requests. */
  logSize: number;
}

export const DEFAULT_OPEN_MEDIA_SERVICE: OpenMediaServiceConfig = {
  // The values of seed 000's get example.
  interactionType: 'Inbound',
  interactionSubtype: 'InboundNew',
  mediaType: 'workitem',
  allowOverwrite: true,
  queue: 'ATS Inbound Queue',
};

export const DEFAULT_CONFIG: SandboxConfig = {
  csrf: true,
  namespaceHeader: 'x-cx-sandbox-namespace',
  openMediaServices: { default: DEFAULT_OPEN_MEDIA_SERVICE },
  gmsServices: {
    // seed 001's example service and its reply keys; request-chat from U6.
    'request-interaction': { reply: { _access_number: '8003449999', _access_code: '7684' } },
    'request-chat': { reply: {} },
  },
  caps: DEFAULT_CAPS,
  idleMs: 60 * 60 * 1000,
  logSize: 200,
};

export function openMediaService(config: SandboxConfig, name: string): OpenMediaServiceConfig {
  return config.openMediaServices[name] ?? config.openMediaServices.default ?? DEFAULT_OPEN_MEDIA_SERVICE;
}
