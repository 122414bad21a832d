/**
 * Credentials never reach a console line, an error message or a report file. Every string that leaves the engine
 * passes through one Redactor, which knows the secret values themselves (API key, basic credentials and their
 * base64 form, header values the user marked sensitive, cookies and CSRF tokens the server handed out) and the
 * header names that carry secrets. Replacing the values, not only the headers, also covers secrets a server echoes
 * back in a body or an error message.
 */
export const REDACTED = '[redacted]';

/** Header names whose values are always secret, whatever their value (lower-case). */
const SENSITIVE_HEADER =
  /^(authorization|proxy-authorization|x-api-key|api-key|cookie|set-cookie|x-csrf-token|x-xsrf-token|x-auth-token)$|token|secret|password|session|api[-_]?key/i;

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name);
}

/**
 * Cookie names that carry a session or a CSRF token (Java's JSESSIONID, PHPSESSID, connect.sid, XSRF-TOKEN, …): only
 * these are secrets. Other cookies (load balancer affinity, preferences) are ordinary data, and treating their values
 * as secrets rewrote report text that merely contained them (issue 12 item 8).
 */
const SESSION_COOKIE = /sess|sid$|^sid|token|csrf|xsrf|auth|jwt|login|remember/i;

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}

/** Deeper than this, a value is not walked (reports never hold such values: bodies that deep are not analysed). */
const MAX_DEPTH = 10_000;

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | null = null;

  /** Remembers a secret value; values shorter than 4 characters are ignored (they would redact ordinary text). */
  add(value: string | undefined | null): void {
    if (!value || value.length < 4 || this.secrets.has(value)) return;
    this.secrets.add(value);
    // Header values are often sent percent-encoded or inside form bodies as well.
    const encoded = encodeURIComponent(value);
    if (encoded !== value) this.secrets.add(encoded);
    this.pattern = null;
  }

  /**
   * A credential the user configured (API key, --header value): also its lower- and upper-cased and base64 forms,
   * which servers and proxies echo (a lowercasing gateway, a Basic header built from it).
   */
  addCredential(value: string | undefined | null): void {
    if (!value || value.length < 4) return;
    for (const form of [value, value.toLowerCase(), value.toUpperCase(), base64(value)]) this.add(form);
  }

  /** Basic credentials: the `user:pass` text, the password alone and the base64 form used on the wire. */
  addBasic(userColonPassword: string): void {
    this.addCredential(userColonPassword);
    this.addCredential(userColonPassword.slice(userColonPassword.indexOf(':') + 1));
  }

  text(value: string): string {
    if (this.secrets.size === 0) return value;
    if (!this.pattern) {
      const alternatives = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.pattern = new RegExp(alternatives.join('|'), 'g');
    }
    return value.replace(this.pattern, REDACTED);
  }

  headers(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      if (isSensitiveHeader(name)) out[name] = REDACTED;
      else out[name] = Array.isArray(value) ? value.map((v) => this.text(v)) : this.text(value);
    }
    return out;
  }

  /**
   * Deep copy of any JSON-like value with every string value redacted. Keys are never rewritten (a report's own
   * `summary` or `findings` must survive a secret that happens to equal them); a string under a key that names a
   * credential (authorization, x-api-key, …) is blanked. Iterative, so no nesting depth overflows the stack.
   */
  value<T>(input: T): T {
    const root: { value: unknown } = { value: undefined };
    const stack: Array<{
      from: unknown;
      into: Record<string, unknown> | unknown[];
      key: string | number;
      depth: number;
    }> = [{ from: input, into: root as unknown as Record<string, unknown>, key: 'value', depth: 0 }];
    while (stack.length > 0) {
      const { from, into, key, depth } = stack.pop()!;
      let copy: unknown;
      if (typeof from === 'string') copy = this.text(from);
      else if (from === null || typeof from !== 'object') copy = from;
      else if (depth > MAX_DEPTH) copy = '[not shown: nested too deep]';
      else if (Array.isArray(from)) {
        const list: unknown[] = new Array(from.length);
        for (let index = 0; index < from.length; index += 1)
          stack.push({ from: from[index], into: list, key: index, depth: depth + 1 });
        copy = list;
      } else {
        const record: Record<string, unknown> = {};
        for (const [name, item] of Object.entries(from)) {
          // Assigned now so the copy keeps the original key order (the stack fills values in reverse).
          record[name] = isSensitiveHeader(name) && typeof item === 'string' ? REDACTED : undefined;
          if (record[name] === undefined) stack.push({ from: item, into: record, key: name, depth: depth + 1 });
        }
        copy = record;
      }
      (into as Record<string | number, unknown>)[key] = copy;
    }
    return root.value as T;
  }
}

function base64(value: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(value)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
