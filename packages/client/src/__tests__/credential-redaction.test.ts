import { describe, expect, it } from 'vitest';
import { CredentialRedactor, REDACTED } from '../credential-redaction.js';

function redactor(setup: (redactor: CredentialRedactor) => void): CredentialRedactor {
  const result = new CredentialRedactor();
  setup(result);
  return result;
}

describe('CredentialRedactor.redact', () => {
  const basic = redactor((r) => r.addAuthorization('Basic YWdlbnQxOnMzY3JldC1ww6Rzc3dvcmQ=')); // agent1:s3cret-pässword
  it.each([
    ['the whole Basic header', 'got Basic YWdlbnQxOnMzY3JldC1ww6Rzc3dvcmQ=', `got ${REDACTED}`],
    ['its base64 alone', 'token YWdlbnQxOnMzY3JldC1ww6Rzc3dvcmQ= end', `token ${REDACTED} end`],
    ['the decoded user:password', 'user agent1:s3cret-pässword', `user ${REDACTED}`],
    ['the password alone', 'bad password s3cret-pässword!', `bad password ${REDACTED}!`],
    ['the password percent-encoded', 'p=s3cret-p%C3%A4ssword', `p=${REDACTED}`],
    ['every occurrence', 's3cret-pässword s3cret-pässword', `${REDACTED} ${REDACTED}`],
    ['nothing else (the user name is not a secret)', 'user agent1 failed', 'user agent1 failed'],
  ])('redacts %s', (_name, given, want) => {
    expect(basic.redact(given)).toBe(want);
  });

  it('registers the credential headers of a request: API key, Cookie values, CSRF token, Bearer token', () => {
    const r = redactor((r) =>
      r.addRequestHeaders(
        new Headers({
          'x-api-key': 'key-1',
          cookie: 'JSESSIONID=sess-2; theme=dark',
          'x-csrf-token': 'tok-3',
          authorization: 'Bearer bearer-4',
          'content-type': 'application/json',
        }),
      ),
    );
    expect(r.redact('key-1 sess-2 dark tok-3 bearer-4 application/json')).toBe(
      `${REDACTED} ${REDACTED} ${REDACTED} ${REDACTED} ${REDACTED} application/json`,
    );
  });

  it('leaves text alone when nothing is registered, and ignores empty values', () => {
    const r = redactor((r) => {
      r.add('');
      r.add(undefined);
      r.addAuthorization('Basic');
    });
    expect(r.redact('Basic auth failed')).toBe(`${REDACTED} auth failed`);
    expect(new CredentialRedactor().redact('anything')).toBe('anything');
  });
});

describe('CredentialRedactor.redactError', () => {
  const r = redactor((r) => r.add('hunter2'));

  it('redacts message, stack and the cause chain in place', () => {
    const error = new TypeError('login hunter2 failed', { cause: new Error('inner hunter2') });
    expect(r.redactError(error)).toBe(error);
    expect(error.message).toBe(`login ${REDACTED} failed`);
    expect(error.stack).not.toContain('hunter2');
    expect((error.cause as Error).message).toBe(`inner ${REDACTED}`);
  });

  it('redacts a DOMException (whose message is a prototype getter) and stops on a cause cycle', () => {
    const dom = new DOMException('aborted hunter2', 'AbortError');
    r.redactError(dom);
    expect(dom.message).toBe(`aborted ${REDACTED}`);
    const cyclic = new Error('hunter2') as Error & { cause?: unknown };
    cyclic.cause = cyclic;
    expect((r.redactError(cyclic) as Error).message).toBe(REDACTED);
  });

  it('replaces a frozen error it cannot change', () => {
    const frozen = Object.freeze(new Error('token hunter2'));
    const result = r.redactError(frozen) as Error;
    expect(result).not.toBe(frozen);
    expect(result.message).toBe(`token ${REDACTED}`);
  });
});
