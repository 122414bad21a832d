// Errors must not carry the credentials a client holds (issue 9 item 8): a Web Services server that echoes the
// Authorization header in `statusMessage` would otherwise put the Basic credential into `error.message`, and V8's
// JSON.parse messages quote the text they failed on. Every credential a client sends is registered here, in each
// form a server could echo it in, and every error the client builds from server text, or lets through, is redacted.
// Browser-safe: no Buffer (atob + TextDecoder).

/** Request headers whose values are credentials. The CSRF header's name is the server's choice (gws-session.ts). */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key', 'x-csrf-token', 'cookie'];
export const REDACTED = '[REDACTED]';
/** How far `cause` chains are followed: errors wrap a handful of levels; a cycle must not loop. */
const MAX_CAUSE_DEPTH = 8;

function decodeBase64Utf8(value: string): string | undefined {
  try {
    const binary = atob(value);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined; // not base64 of UTF-8: the header value itself is still registered
  }
}

export class CredentialRedactor {
  readonly #values = new Set<string>();
  #longestFirst: string[] | undefined;

  /** Registers one credential, as sent and percent-encoded (a server may echo it inside a URL). */
  add(value: string | null | undefined): void {
    if (!value) return;
    for (const form of [value, encodeURIComponent(value)]) {
      if (this.#values.has(form)) continue;
      this.#values.add(form);
      this.#longestFirst = undefined;
    }
  }

  /**
   * An Authorization value: the whole value, its credentials part, and for Basic (RFC 7617 §2) the decoded
   * `user:password` and the password on its own.
   */
  addAuthorization(value: string | null | undefined): void {
    if (!value) return;
    this.add(value);
    const space = value.indexOf(' ');
    if (space === -1) return;
    const credentials = value.slice(space + 1).trim();
    this.add(credentials);
    if (value.slice(0, space).toLowerCase() !== 'basic') return;
    const decoded = decodeBase64Utf8(credentials);
    if (decoded === undefined) return;
    this.add(decoded);
    const colon = decoded.indexOf(':');
    if (colon !== -1) this.add(decoded.slice(colon + 1));
  }

  /** A Cookie header: the whole header and every cookie value in it (RFC 6265 §4.2.1). */
  addCookies(value: string | null | undefined): void {
    if (!value) return;
    this.add(value);
    for (const pair of value.split(';')) {
      const equals = pair.indexOf('=');
      if (equals !== -1) this.add(pair.slice(equals + 1).trim());
    }
  }

  /**
   * Registers the credential headers a request carries (a call may set its own API key or Authorization): a
   * `Headers`, or a call's own `headers` option before it is validated (an invalid value is echoed by `Headers`).
   */
  addRequestHeaders(headers: Headers | Record<string, unknown>): void {
    const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
    for (const [name, value] of entries) {
      const lower = name.toLowerCase();
      if (typeof value !== 'string' || !CREDENTIAL_HEADERS.includes(lower)) continue;
      if (lower === 'cookie') this.addCookies(value);
      else if (lower.endsWith('authorization')) this.addAuthorization(value);
      else this.add(value);
    }
  }

  redact(text: string): string {
    if (!text || this.#values.size === 0) return text;
    // Longest first, so a password inside a registered Basic value cannot leave the rest of that value behind.
    this.#longestFirst ??= [...this.#values].sort((a, b) => b.length - a.length);
    let result = text;
    for (const value of this.#longestFirst) if (result.includes(value)) result = result.split(value).join(REDACTED);
    return result;
  }

  /**
   * Redacts `message` and `stack` of an error and of its `cause` chain in place and returns it; an error that cannot
   * be changed (frozen) is replaced by a plain Error with the redacted message and no cause.
   */
  redactError(error: unknown): unknown {
    let current: unknown = error;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth++) {
      const target = current as { message?: unknown; stack?: unknown; cause?: unknown };
      for (const key of ['message', 'stack'] as const) {
        const text = target[key];
        if (typeof text !== 'string') continue;
        const redacted = this.redact(text);
        if (redacted === text) continue;
        try {
          // defineProperty, not assignment: DOMException's message is a getter on its prototype.
          Object.defineProperty(target, key, { value: redacted, writable: true, configurable: true });
        } catch {
          const message = (error as { message?: unknown }).message;
          return new Error(this.redact(typeof message === 'string' ? message : 'request failed'));
        }
      }
      current = target.cause;
    }
    return error;
  }
}
