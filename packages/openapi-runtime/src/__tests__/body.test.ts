import { describe, expect, it } from 'vitest';
import { bodyKind, decodeBody, decodeMultipartWithFetch } from '../body.js';
import { decodeMultipartBody } from '../decoders.js';
import { RequestLimitError } from '../limits.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bodyKind', () => {
  const table: [string | undefined, string][] = [
    ['application/json', 'json'],
    ['application/problem+json; charset=utf-8', 'json'],
    ['Application/X-WWW-Form-Urlencoded', 'form'],
    ['multipart/form-data; boundary=x', 'multipart'],
    ['text/plain', 'text'],
    ['application/octet-stream', 'binary'],
    ['not a media type', 'binary'],
    [undefined, 'binary'],
  ];
  for (const [given, want] of table) it(`${given} → ${want}`, () => expect(bodyKind(given)).toBe(want));
});

describe('decodeBody', () => {
  it('reads each kind into the shape the validators take', async () => {
    expect(await decodeBody(bytes('{"a":[1]}'), 'application/json')).toEqual({ a: [1] });
    expect(await decodeBody(bytes('userData%5Bk%5D=v&n=1'), 'application/x-www-form-urlencoded')).toEqual({
      userData: { k: 'v' },
      n: '1',
    });
    expect(await decodeBody(bytes('OK'), 'text/plain')).toBe('OK');
    const raw = bytes('\u0000\u0001');
    expect(await decodeBody(raw, 'application/octet-stream')).toBe(raw);
  });

  it('reads as the given kind whatever the Content-Type says', async () => {
    expect(await decodeBody(bytes('{"a":1}'), 'text/plain', { kind: 'json' })).toEqual({ a: 1 });
  });

  it('applies the limits and throws the decoders’ errors', async () => {
    await expect(decodeBody(bytes('[[[1]]]'), 'application/json', { limits: { maxDepth: 2 } })).rejects.toThrow(
      RequestLimitError,
    );
    await expect(decodeBody(bytes('{'), 'application/json')).rejects.toThrow(SyntaxError);
  });
});

describe('decodeMultipartWithFetch', () => {
  const multipart = async () => {
    const form = new FormData();
    form.append('caption', 'hi');
    form.append('userData[k]', 'v');
    form.append('picture', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'p.png');
    const response = new Response(form);
    return { body: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type')! };
  };

  it('gives the shape decodeMultipartBody gives', async () => {
    const { body, contentType } = await multipart();
    const ours = await decodeMultipartWithFetch(body, contentType);
    const busboy = await decodeMultipartBody(body, contentType);
    expect(ours).toEqual({
      caption: 'hi',
      userData: { k: 'v' },
      picture: { filename: 'p.png', contentType: 'image/png', size: 3, data: new Uint8Array([1, 2, 3]) },
    });
    expect({
      ...busboy,
      picture: { ...(busboy.picture as object), data: new Uint8Array((busboy.picture as { data: Buffer }).data) },
    }).toEqual(ours);
  });

  it('counts parts against maxParts', async () => {
    const { body, contentType } = await multipart();
    await expect(decodeMultipartWithFetch(body, contentType, { maxParts: 2 })).rejects.toThrow(
      'Request exceeds maxParts (2)',
    );
  });

  it('names a part after the closing boundary', async () => {
    const body = bytes(
      '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n--b\r\nContent-Disposition: form-data; name="c"\r\n\r\n2\r\n--b--\r\n',
    );
    await expect(decodeMultipartWithFetch(body, 'multipart/form-data; boundary=b')).rejects.toThrow(
      'Multipart part after the closing boundary.',
    );
  });
});
