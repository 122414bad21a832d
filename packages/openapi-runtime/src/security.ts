// Security requirements → credential slots, and the three things tools do with them: check that a request carries
// what one alternative needs (the sandbox), attach given credentials (the conformance suite), make up credentials
// for an example request (the mock's banner and tests). Browser-safe: no Node imports (the sandbox runs in
// browsers). OpenAPI 3.1.0 §4.8.27 Security Scheme Object and §4.8.30 Security Requirement Object: a request is
// allowed when it satisfies one requirement (an alternative); every scheme a requirement names must be satisfied;
// `{}` is an alternative that needs nothing.
import type { OperationInfo } from './openapi-types.js';

/** Where one security scheme's credential travels. */
export interface CredentialSlot {
  /** The scheme's name under `components.securitySchemes`. */
  scheme: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS' | 'unknown';
  /** `apiKey` schemes: their `in`; every other type carries its token in the Authorization header. */
  in: 'header' | 'query' | 'cookie';
  /** Header (lowercased), query parameter or cookie name. */
  name: string;
  /** `http` schemes: the scheme, lowercased (`basic`, `bearer`). */
  httpScheme?: string;
}

/** One Security Requirement Object resolved: every slot must be filled. An empty list needs nothing. */
export type SecurityAlternative = CredentialSlot[];

type SchemeObject = { type?: unknown; in?: unknown; name?: unknown; scheme?: unknown };

/** The slot a Security Scheme Object fills. A scheme name missing from the document gives type `unknown`. */
export function credentialSlot(scheme: string, object: SchemeObject | undefined): CredentialSlot {
  const type = object?.type;
  if (type === 'apiKey') {
    const where = object?.in === 'query' || object?.in === 'cookie' ? object.in : 'header';
    const name = typeof object?.name === 'string' ? object.name : '';
    return { scheme, type, in: where, name: where === 'header' ? name.toLowerCase() : name };
  }
  const known = type === 'http' || type === 'oauth2' || type === 'openIdConnect' || type === 'mutualTLS';
  const slot: CredentialSlot = { scheme, type: known ? type : 'unknown', in: 'header', name: 'authorization' };
  if (type === 'http') slot.httpScheme = String(object?.scheme ?? '').toLowerCase();
  return slot;
}

/**
 * The operation's effective security (`OperationInfo.security`) as alternatives of credential slots, in document
 * order. `[]`: the operation has no security; an empty alternative: security is optional.
 */
export function securityAlternatives(document: object, operation: OperationInfo): SecurityAlternative[] {
  const known = alternativesOf.get(operation);
  if (known?.document === document) return known.alternatives;
  const alternatives = readAlternatives(document, operation);
  alternativesOf.set(operation, { document, alternatives });
  return alternatives;
}

/** Read once per operation: every request a suite or a server builds or checks asks again. */
const alternativesOf = new WeakMap<OperationInfo, { document: object; alternatives: SecurityAlternative[] }>();

function readAlternatives(document: object, operation: OperationInfo): SecurityAlternative[] {
  const components = (document as { components?: { securitySchemes?: Record<string, SchemeObject> } }).components;
  const schemes = components?.securitySchemes ?? {};
  return operation.security.map((requirement) =>
    Object.keys(requirement).map((name) =>
      credentialSlot(name, Object.hasOwn(schemes, name) ? schemes[name] : undefined),
    ),
  );
}

/** True when the operation can be called without credentials: no security, or one alternative is `{}`. */
export function isSecurityOptional(alternatives: SecurityAlternative[]): boolean {
  return alternatives.length === 0 || alternatives.some((alternative) => alternative.length === 0);
}

/**
 * Whether the request carries what one alternative needs. Presence and form only, never the values: Basic must be
 * a well-formed `user:password` (RFC 7617), other http schemes `<scheme> <token>`, an apiKey header or cookie must
 * be there and not empty. Query apiKeys count as present (the sandbox never refused them); oauth2, openIdConnect,
 * mutualTLS and unknown schemes are never satisfied.
 */
export function satisfiesSecurity(alternatives: SecurityAlternative[], headers: Headers): boolean {
  if (alternatives.length === 0) return true;
  return alternatives.some((alternative) => alternative.every((slot) => slotFilled(slot, headers)));
}

function slotFilled(slot: CredentialSlot, headers: Headers): boolean {
  if (slot.type === 'http' && slot.httpScheme === 'basic') return basicUser(headers) !== undefined;
  if (slot.type === 'http') return /^\S+\s+\S+/.test(headers.get('authorization') ?? '');
  if (slot.type !== 'apiKey') return false;
  if (slot.in === 'header') return (headers.get(slot.name) ?? '') !== '';
  if (slot.in === 'cookie') return readCookie(headers, slot.name) !== undefined;
  return true;
}

/** The user name of an `Authorization: Basic` header (RFC 7617), undefined when absent or malformed. */
export function basicUser(headers: Headers): string | undefined {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match?.[1]) return undefined;
  try {
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0)));
    const colon = decoded.indexOf(':');
    return colon > 0 ? decoded.slice(0, colon) : undefined;
  } catch {
    return undefined;
  }
}

/** A cookie's value from the Cookie header (RFC 6265 §5.4), undefined when not sent. */
export function readCookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** `Basic <base64 of user:password as UTF-8>` (RFC 7617 §2, charset UTF-8). */
export function basicAuthorization(userPassword: string): string {
  const bytes = new TextEncoder().encode(userPassword);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Credentials a tool was given. Each goes only to a slot of its kind. */
export interface GivenCredentials {
  /** For `apiKey` slots in a header. */
  apiKey?: string;
  /** `user:password` for `http` `basic` slots. */
  basic?: string;
}

/** Where credentials are written: header names are lowercased by the caller's Headers or taken as given. */
export interface CredentialTarget {
  headers: Record<string, string>;
  query?: URLSearchParams;
  cookies?: string[];
}

/**
 * Attaches given credentials to every slot of every alternative they fit (apiKey in a header, HTTP basic), so a
 * Nexus key is never sent to GMS: an operation gets credentials only when its security names a scheme they fit.
 * Header names are written as the scheme spells them (`x-api-key` as declared; `authorization`). Returns the
 * header names written.
 */
export function attachCredentials(
  document: object,
  operation: OperationInfo,
  credentials: GivenCredentials,
  target: CredentialTarget,
): string[] {
  const written: string[] = [];
  const schemes = (document as { components?: { securitySchemes?: Record<string, SchemeObject> } }).components
    ?.securitySchemes;
  for (const alternative of securityAlternatives(document, operation)) {
    for (const slot of alternative) {
      if (slot.type === 'apiKey' && slot.in === 'header' && credentials.apiKey) {
        // The header as the document spells it: servers compare names case-insensitively, reports show it as written.
        const name = schemes?.[slot.scheme]?.name;
        if (typeof name !== 'string') continue;
        target.headers[name] = credentials.apiKey;
        written.push(name);
      } else if (slot.type === 'http' && slot.httpScheme === 'basic' && credentials.basic) {
        target.headers.authorization = basicAuthorization(credentials.basic);
        written.push('authorization');
      }
    }
  }
  return written;
}

/**
 * Made-up credentials of the kind the first alternative asks for, none when security is optional: what an example
 * request (a banner's curl line, a test) sends so that a server checking presence lets it through.
 */
export function exampleCredentials(alternatives: SecurityAlternative[], target: CredentialTarget): void {
  if (isSecurityOptional(alternatives)) return;
  for (const slot of alternatives[0] ?? []) {
    if (slot.type === 'http' && slot.httpScheme === 'basic')
      target.headers.authorization = basicAuthorization('user:password');
    else if (slot.type === 'http') target.headers.authorization = 'Bearer example-token';
    else if (slot.type === 'apiKey' && slot.in === 'header') target.headers[slot.name] = 'example-api-key';
    else if (slot.type === 'apiKey' && slot.in === 'query') target.query?.append(slot.name, 'example-api-key');
    else if (slot.type === 'apiKey' && slot.in === 'cookie') target.cookies?.push(`${slot.name}=example-session`);
  }
}
