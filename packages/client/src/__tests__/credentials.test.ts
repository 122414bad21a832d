import { describe, expect, it } from 'vitest';
import { assertHeaderValue, basicAuthorization } from '../credentials.js';

describe('basicAuthorization', () => {
  it('encodes user:password as UTF-8 base64 (RFC 7617)', () => {
    expect(basicAuthorization({ username: 'Aladdin', password: 'open sesame' }, 'test')).toBe(
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    );
    expect(basicAuthorization({ username: 'test', password: '123£' }, 'test')).toBe('Basic dGVzdDoxMjPCow==');
  });

  it('refuses a colon in the user name without echoing the credentials', () => {
    const error = (() => {
      try {
        basicAuthorization({ username: 'us:er', password: 'hunter2' }, 'createV2Client');
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toBe("createV2Client: auth.username must not contain ':' (RFC 7617 §2).");
    expect(error?.message).not.toContain('hunter2');
    expect(error?.message).not.toContain('us:er');
  });

  it('refuses missing fields', () => {
    expect(() => basicAuthorization({ username: 'a' } as never, 'createV1Client')).toThrow(
      'createV1Client: auth needs a string username and a string password.',
    );
  });
});

describe('assertHeaderValue', () => {
  it.each([
    ['a CR/LF (header injection)', 'key\r\nX-Evil: 1'],
    ['a NUL', 'key\0'],
    ['a character fetch cannot send as a byte', 'ключ'],
  ])('refuses %s by option name, without the value', (_name, value) => {
    expect(() => assertHeaderValue(value, 'apiKey', 'createV3Client')).toThrow(
      new TypeError(
        'createV3Client: apiKey is not a valid header value (RFC 9110 §5.5: no CR, LF or NUL; ISO-8859-1 only).',
      ),
    );
  });

  it.each(['nexus-key-123', 'Grüße tenant', '', undefined])('accepts %j', (value) => {
    expect(() => assertHeaderValue(value, 'gmsUser', 'createV1Client')).not.toThrow();
  });
});
