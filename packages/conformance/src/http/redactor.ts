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

  /** Basic credentials: the `user:pass` text, the password alone and the base64 form used on the wire. */
  addBasic(userColonPassword: string): void {
    this.add(userColonPassword);
    const password = userColonPassword.slice(userColonPassword.indexOf(':') + 1);
    this.add(password);
    this.add(Buffer.from(userColonPassword).toString('base64'));
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

  /** Deep copy of any JSON-like value with every string redacted and sensitive header-like keys blanked. */
  value<T>(input: T): T {
    return this.walk(input) as T;
  }

  private walk(input: unknown): unknown {
    if (typeof input === 'string') return this.text(input);
    if (Array.isArray(input)) return input.map((item) => this.walk(item));
    if (input && typeof input === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(input)) {
        out[this.text(key)] = isSensitiveHeader(key) && typeof item === 'string' ? REDACTED : this.walk(item);
      }
      return out;
    }
    return input;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
