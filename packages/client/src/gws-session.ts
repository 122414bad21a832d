// Genesys Web Services session handling: the JSESSIONID cookie (Node only; browsers keep cookies themselves when
// the request says `credentials: 'include'`) and the CSRF token. With CSRF protection on, every GET answer carries
// `X-CSRF-HEADER` (the name of the header to send) and `X-CSRF-TOKEN` (its value), and every PUT, POST and DELETE
// must echo it, else GWS answers 403 "Missing or invalid Csrf token"; the token lives as long as the HTTP session.
// https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
import type { Middleware } from 'openapi-fetch';
import type { CredentialRedactor } from './credential-redaction.js';

/** The session cookie named by the v2 spec's `gwsSessionCookie` security scheme. */
const SESSION_COOKIE = 'JSESSIONID';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i; // RFC 9110 §5.1 field-name = token

export interface GwsSessionOptions {
  /** Replay the JSESSIONID cookie from Set-Cookie (default true; a no-op in browsers, which hide Set-Cookie). */
  cookies?: boolean;
  /** Capture X-CSRF-HEADER / X-CSRF-TOKEN and send them on mutating calls (default true). */
  csrf?: boolean;
}

/** The session cookie and the CSRF token are credentials: each captured value is registered with `redactor`. */
export function gwsSession(options: GwsSessionOptions = {}, redactor?: CredentialRedactor): Middleware {
  let session: string | undefined;
  let csrf: { header: string; token: string } | undefined;
  return {
    onRequest({ request }) {
      if (session && options.cookies !== false && !request.headers.has('cookie')) {
        request.headers.set('Cookie', `${SESSION_COOKIE}=${session}`);
      }
      if (csrf && options.csrf !== false && !SAFE_METHODS.has(request.method) && !request.headers.has(csrf.header)) {
        request.headers.set(csrf.header, csrf.token);
      }
      return request;
    },
    onResponse({ response }) {
      if (options.cookies !== false) {
        for (const line of response.headers.getSetCookie?.() ?? []) {
          const [pair = '', ...attributes] = line.split(';'); // split always yields a first element
          const equals = pair.indexOf('=');
          if (equals === -1 || pair.slice(0, equals).trim() !== SESSION_COOKIE) continue;
          const value = pair.slice(equals + 1).trim();
          const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(attribute));
          // A new session invalidates the old session's CSRF token.
          if (value !== session) csrf = undefined;
          session = expired || !value ? undefined : value;
          redactor?.add(session);
        }
      }
      const token = response.headers.get('X-CSRF-TOKEN');
      if (token && options.csrf !== false) {
        const header = response.headers.get('X-CSRF-HEADER')?.trim();
        csrf = { header: header && HEADER_NAME.test(header) ? header : 'X-CSRF-TOKEN', token };
        redactor?.add(token);
      }
      return undefined;
    },
  };
}
