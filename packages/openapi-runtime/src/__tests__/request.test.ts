import { describe, expect, it } from 'vitest';
import { decodeMultipartBody } from '../decoders.js';
import { decodeFormBody } from '../form-decoder.js';
import { loadSurface } from '../load.js';
import { buildRequest, fillPath } from '../request.js';
import { sampleDocument } from './fixtures/sample-document.js';

const surface = loadSurface(sampleDocument);
const operation = (id: string) => surface.getOperation(id)!;

describe('fillPath', () => {
  it('percent-encodes each value as one segment', () => {
    expect(fillPath(operation('createOpenMediaInteraction'), { serviceName: 'a/b c' })).toBe(
      '/genesys/2/openmedia/a%2Fb%20c',
    );
  });
  it('names the missing parameter and the operation', () => {
    expect(() => fillPath(operation('createOpenMediaInteraction'), { other: 'x' })).toThrow(
      new TypeError("no value for path parameter 'serviceName' of createOpenMediaInteraction"),
    );
  });
});

describe('buildRequest', () => {
  it('writes query (repeated for arrays), headers, then cookies, and encodes a form body with its Encoding Object', async () => {
    const built = await buildRequest(operation('createOpenMediaInteraction'), {
      params: { serviceName: 'email' },
      query: { tag: ['a', 'b'], q: 'x y' },
      headers: { 'x-trace': '1' },
      cookies: ['a=1', 'b=2'],
      body: { interactionId: 'i-1', userData: { OrderNumber: 'ABC' } },
    });
    expect(built).toEqual({
      method: 'POST',
      path: '/genesys/2/openmedia/email?tag=a&tag=b&q=x+y',
      headers: { 'x-trace': '1', cookie: 'a=1; b=2', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'interactionId=i-1&userData%5BOrderNumber%5D=ABC',
    });
    expect(decodeFormBody(built.body as string)).toEqual({ interactionId: 'i-1', userData: { OrderNumber: 'ABC' } });
  });

  it('writes multipart as bytes with the boundary in Content-Type, and the decoder reads them back', async () => {
    const built = await buildRequest(operation('uploadAttachment'), {
      body: { caption: 'hi', userData: { k: 'v' } },
    });
    expect(built.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(built.body).toBeInstanceOf(Uint8Array);
    expect(await decodeMultipartBody(built.body as Uint8Array, built.headers['content-type']!)).toEqual({
      caption: 'hi',
      userData: { k: 'v' },
    });
  });

  it('sends no body and no Content-Type without a body value', async () => {
    const built = await buildRequest(operation('listItems'), { query: new URLSearchParams('a=1') });
    expect(built).toEqual({ method: 'GET', path: '/items?a=1', headers: {} });
  });
});
