// Credentials travel only in request headers set by middleware; they are never part of an error message, a log
// line or the options openapi-fetch exposes to other middleware (`options`).
import type { Middleware } from 'openapi-fetch';
import type { CredentialRedactor } from './credential-redaction.js';

export interface BasicCredentials {
  username: string;
  password: string;
}

/** `Basic base64(user:password)` with UTF-8 bytes (RFC 7617 §2.1, charset="UTF-8"); browser-safe (no Buffer). */
export function basicAuthorization(credentials: BasicCredentials, where: string): string {
  const { username, password } = credentials ?? ({} as BasicCredentials);
  if (typeof username !== 'string' || typeof password !== 'string') {
    throw new TypeError(`${where}: auth needs a string username and a string password.`);
  }
  // RFC 7617 §2: the user-id cannot contain a colon. The value itself is never echoed.
  if (username.includes(':')) throw new TypeError(`${where}: auth.username must not contain ':' (RFC 7617 §2).`);
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Refuses a value fetch would refuse as a header value, naming the option and not the value: fetch's own error
 * quotes it ('Headers.set: "…" is an invalid header value'). RFC 9110 §5.5: no CR, LF or NUL; fetch takes bytes
 * (ISO-8859-1) only.
 */
export function assertHeaderValue(value: string | undefined, option: string, where: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || /[\0\r\n]|[^\0-\xff]/.test(value)) {
    throw new TypeError(
      `${where}: ${option} is not a valid header value (RFC 9110 §5.5: no CR, LF or NUL; ISO-8859-1 only).`,
    );
  }
}

/**
 * Sets each header unless the call already set it (so one call can still override, e.g. another API key), and
 * registers the values with the client's redactor so no error the client throws can carry them.
 */
export function credentialHeaders(headers: Record<string, string>, redactor: CredentialRedactor): Middleware {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization') redactor.addAuthorization(value);
    else redactor.add(value);
  }
  return {
    onRequest({ request }) {
      for (const [name, value] of Object.entries(headers)) {
        if (!request.headers.has(name)) request.headers.set(name, value);
      }
      return request;
    },
  };
}
