// Header values the mock builds can carry request data (a violation names the field the client sent). Node refuses
// a value with a character outside Latin-1 or a control character (`ERR_INVALID_CHAR`), which turned a 422 into a
// 500 (issue 9 item 3). Every value the mock writes goes through here: printable ASCII passes as is, anything else
// is percent-encoded as UTF-8 (RFC 3986 §2.1), so the value is always sendable and still readable.

const SAFE = /^[\t\x20-\x7e]*$/;

export function headerValue(value: string): string {
  if (SAFE.test(value)) return value;
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    // A lone surrogate (possible in a JSON string) has no UTF-8 form: it is sent as U+FFFD.
    const encodable = code >= 0xd800 && code <= 0xdfff ? '\ufffd' : char;
    out += code === 0x09 || (code >= 0x20 && code <= 0x7e && char !== '%') ? char : encodeURIComponent(encodable);
  }
  return out;
}

export function headerValues(headers: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = typeof value === 'number' ? value : headerValue(value);
  return out;
}

// JSON for a header, ASCII only: one home with the sandbox's refusals.
export { asciiJson } from '@cx-contracts/sandbox';
