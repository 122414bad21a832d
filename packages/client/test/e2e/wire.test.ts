// The exact bytes each factory puts on the wire, recorded by a capture server: bracketed form keys, multipart files,
// JSON, and every surface's authentication and headers.
import { describe, expect, it } from 'vitest';
import {
  createContextServiceClient,
  createV1Client,
  createV2Client,
  createV3Client,
  GmsFailureError,
  GwsFailureError,
} from '../../src/index.js';
import { startCaptureServer, useCaptureServer } from '@cx-contracts/test-support';

const username = 'agent1';
const password = 's3cret-pässword';
const basic = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

const server = useCaptureServer();

const last = () => server.requests.at(-1)!;

describe('GMS Open Media (v2) form bodies', () => {
  it('writes a create with userData as bracketed, percent-encoded form keys', async () => {
    server.replies.push({ body: { statusCode: 0, interactionId: '01QG0Q2S5S50G000' } });
    const v2 = createV2Client({ baseUrl: server.url, auth: { username, password } });
    const { data } = await v2.POST('/genesys/2/openmedia/{serviceName}', {
      params: { path: { serviceName: 'customer-support' } },
      body: { externalId: 'xy932', userData: { OrderNumber: 'ABC 123', 'Note&Co': 'a=b' } },
    });
    expect(data).toEqual({ statusCode: 0, interactionId: '01QG0Q2S5S50G000' });
    expect(last().method).toBe('POST');
    expect(last().url).toBe('/genesys/2/openmedia/customer-support');
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last().headers.authorization).toBe(basic);
    expect(last().body.toString('latin1')).toBe(
      'externalId=xy932&userData%5BOrderNumber%5D=ABC+123&userData%5BNote%26Co%5D=a%3Db',
    );
  });

  it('writes an update with change[k]=v and delete[k]=', async () => {
    const v2 = createV2Client({ baseUrl: server.url });
    await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
      body: { change: { OrderNumber: 'XYZ' }, delete: { Obsolete: '' } },
    });
    expect(last().url).toBe('/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update');
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last().headers.authorization).toBeUndefined();
    expect(last().body.toString('latin1')).toBe('change%5BOrderNumber%5D=XYZ&delete%5BObsolete%5D=');
  });

  it('sends a get without a body, and a boolean form field as true', async () => {
    const v2 = createV2Client({ baseUrl: server.url });
    await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', { params: { path: { serviceName: 's', id: 'i' } } });
    expect(last().body.length).toBe(0);
    expect(last().headers['content-type']).toBeUndefined();
    await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path: { serviceName: 's', id: 'xy932' } },
      body: { searchByExternalId: true },
    });
    expect(last().body.toString('latin1')).toBe('searchByExternalId=true');
  });
});

describe('GMS Service API (v1) multipart', () => {
  it('writes a service create with a file as multipart/form-data with fetch’s boundary', async () => {
    server.replies.push({ body: { _id: '39a98e24-b03b-4191-b756-1efe8f3b16b8' } });
    const v1 = createV1Client({ baseUrl: server.url, gmsUser: 'default', auth: { username, password } });
    const { data } = await v1.POST('/genesys/1/service/{id}', {
      params: { path: { id: 'request-interaction' } },
      body: {
        _customer_number: '5555551234',
        _attachment: new File(['hello, file'], 'note.txt', { type: 'text/plain' }),
      },
    });
    expect(data).toEqual({ _id: '39a98e24-b03b-4191-b756-1efe8f3b16b8' });
    const { headers, body, url } = last();
    expect(url).toBe('/genesys/1/service/request-interaction');
    expect(headers.gms_user).toBe('default');
    expect(headers.authorization).toBe(basic);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(headers['content-type'] ?? '')?.[1];
    expect(boundary).toBeTruthy();
    expect(body.toString('latin1')).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="_customer_number"\r\n\r\n5555551234\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="_attachment"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\nhello, file\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it('sends JSON instead when the call asks for application/json (the spec lists it too)', async () => {
    server.replies.push({ body: { _id: 'x' } });
    const v1 = createV1Client({ baseUrl: server.url });
    await v1.POST('/genesys/1/service/{id}', {
      params: { path: { id: 'request-interaction' } },
      headers: { 'Content-Type': 'application/json' },
      body: { _customer_number: '5555551234', _provide_code: 'true' },
    });
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().body.toString('utf8')).toBe('{"_customer_number":"5555551234","_provide_code":"true"}');
  });

  it('reads the text/plain OK of a delete as text, and a storage key as text or JSON by its Content-Type', async () => {
    const v1 = createV1Client({ baseUrl: server.url });
    server.replies.push({ body: 'OK' });
    const deleted = await v1.DELETE('/genesys/1/service/{id}', { params: { path: { id: 'abc' } } });
    expect(deleted.data).toBe('OK');
    server.replies.push({ body: 'Value1' }, { body: { key4: 'value4' } });
    const raw = await v1.GET('/genesys/1/service/{id}/storage/{key}', { params: { path: { id: 'abc', key: 'key1' } } });
    expect(raw.data).toBe('Value1');
    const object = await v1.GET('/genesys/1/service/{id}/storage/{key}', {
      params: { path: { id: 'abc', key: 'key4' } },
    });
    expect(object.data).toEqual({ key4: 'value4' });
  });
});

describe('Nexus (v3)', () => {
  it('sends x-api-key and a JSON body', async () => {
    server.replies.push({ body: { interactionId: '0001' } });
    const v3 = createV3Client({ baseUrl: server.url, apiKey: 'nexus-key-123' });
    await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params: { path: { openMediaService: 'chat' } },
      body: { externalId: 'ext-1', userData: { topic: 'billing' } },
    });
    expect(last().url).toBe('/nexus/v3/openmedia/chat/interactions');
    expect(last().headers['x-api-key']).toBe('nexus-key-123');
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().body.toString('utf8')).toBe('{"externalId":"ext-1","userData":{"topic":"billing"}}');
  });

  it('sends x-api-key on a GET of the ext_ path too', async () => {
    const v3 = createV3Client({ baseUrl: server.url, apiKey: 'nexus-key-123' });
    await v3.GET('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}', {
      params: { path: { openMediaService: 'chat', externalId: 'A 1' } },
    });
    expect(last().url).toBe('/nexus/v3/openmedia/chat/interactions/ext_A%201');
    expect(last().headers['x-api-key']).toBe('nexus-key-123');
  });

  it('refuses to start without an API key, without echoing anything secret', () => {
    expect(() => createV3Client({ baseUrl: server.url, apiKey: undefined })).toThrow(/apiKey is required/);
  });
});

describe('Web Services (v2) session', () => {
  it('replays the CSRF token and the JSESSIONID cookie from a GET on the next mutating call', async () => {
    server.replies.push({
      body: { statusCode: 0, uris: [] },
      headers: {
        'X-CSRF-HEADER': 'X-CSRF-TOKEN',
        'X-CSRF-TOKEN': '4a92be65-0c3e',
        'Set-Cookie': 'JSESSIONID=node0abc123; Path=/; HttpOnly',
      },
    });
    const v2 = createV2Client({ baseUrl: server.url, auth: { username, password } });
    await v2.GET('/api/v2/me/interactions');
    expect(last().headers['x-csrf-token']).toBeUndefined();
    await v2.POST('/api/v2/me/interactions/{id}', {
      params: { path: { id: '00009a8T8Y130123' } },
      body: { operationName: 'PlaceInQueue', queueName: 'Overflow' },
    });
    const post = last();
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/api/v2/me/interactions/00009a8T8Y130123');
    expect(post.headers['x-csrf-token']).toBe('4a92be65-0c3e');
    expect(post.headers.cookie).toBe('JSESSIONID=node0abc123');
    expect(post.headers.authorization).toBe(basic);
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.body.toString('utf8')).toBe('{"operationName":"PlaceInQueue","queueName":"Overflow"}');
  });

  it('uses the header name X-CSRF-HEADER announces, on PUT as well', async () => {
    server.replies.push({
      body: { statusCode: 0, uris: [] },
      headers: { 'X-CSRF-HEADER': 'X-Gws-Csrf', 'X-CSRF-TOKEN': 'tok-2' },
    });
    const v2 = createV2Client({ baseUrl: server.url });
    await v2.GET('/api/v2/interactions');
    await v2.PUT('/api/v2/interactions/{id}', { params: { path: { id: '00009a8T8Y130123' } }, body: {} });
    expect(last().method).toBe('PUT');
    expect(last().headers['x-gws-csrf']).toBe('tok-2');
  });

  it('sends no token before a GET issued one', async () => {
    const v2 = createV2Client({ baseUrl: server.url });
    await v2.POST('/api/v2/me/interactions/{id}', { params: { path: { id: 'i' } }, body: { operationName: 'Accept' } });
    expect(last().headers['x-csrf-token']).toBeUndefined();
    expect(last().headers.cookie).toBeUndefined();
  });
});

describe('Context Services tenancy', () => {
  it('sends ContactCenterId and GroupId on every call, and a call can override them', async () => {
    server.replies.push({ status: 201, body: { service_id: 111222 } }, { body: {} });
    const cs = createContextServiceClient({ baseUrl: server.url, contactCenterId: 'tenant-7', groupId: 'sales' });
    const { data } = await cs.POST('/genesys/1/cs/services/start', {
      body: { customer_id: 'c-1', service_type: 'MyService1' },
    });
    expect(data).toEqual({ service_id: 111222 });
    expect(last().headers.contactcenterid).toBe('tenant-7');
    expect(last().headers.groupid).toBe('sales');
    expect(last().body.toString('utf8')).toBe('{"customer_id":"c-1","service_type":"MyService1"}');
    await cs.GET('/genesys/1/cs/services/{service_id}', {
      params: { path: { service_id: 111222 }, header: { ContactCenterId: 'tenant-8' } },
    });
    expect(last().url).toBe('/genesys/1/cs/services/111222');
    expect(last().headers.contactcenterid).toBe('tenant-8');
  });
});

describe('failure envelopes', () => {
  it('returns a GMS failure envelope as data by default', async () => {
    const envelope = { statusCode: 2, errors: [{ code: 248, advice: 'Specified interaction Id[x] was not found' }] };
    server.replies.push({ body: envelope });
    const v2 = createV2Client({ baseUrl: server.url });
    const { data, error } = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
      params: { path: { serviceName: 's', id: 'x' } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(envelope);
  });

  it('throws GmsFailureError / GwsFailureError with throwOnFailureEnvelope, without credentials in them', async () => {
    const v2 = createV2Client({ baseUrl: server.url, auth: { username, password }, throwOnFailureEnvelope: true });
    server.replies.push({
      body: { statusCode: 2, errors: [{ code: 248, advice: 'Interaction with specified id[x] was not found' }] },
    });
    const gms = await v2
      .POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
        params: { path: { serviceName: 's', id: 'x' } },
        body: { change: { a: 'b' } },
      })
      .catch((error: unknown) => error);
    expect(gms).toBeInstanceOf(GmsFailureError);
    expect(gms).toMatchObject({ operationId: 'updateOpenMediaInteraction', retryable: false, code: 248 });
    server.replies.push({ body: { statusCode: 1 } });
    const retry = await v2
      .POST('/genesys/2/openmedia/{serviceName}', { params: { path: { serviceName: 's' } } })
      .catch((e: unknown) => e);
    expect(retry).toMatchObject({ name: 'GmsFailureError', retryable: true });
    server.replies.push({
      body: { statusCode: 6, statusMessage: 'Resource not found' },
      headers: { 'X-CSRF-TOKEN': 'tok-3' },
    });
    const gws = await v2
      .GET('/api/v2/interactions/{id}', { params: { path: { id: 'nope' } } })
      .catch((e: unknown) => e);
    expect(gws).toBeInstanceOf(GwsFailureError);
    expect(gws).toMatchObject({ operationId: 'getGwsInteraction', code: 6, statusMessage: 'Resource not found' });
    // The token came with the failure and is still captured.
    server.replies.push({ body: { status: 'error', errorDescription: 'Invalid state' } });
    const op = await v2
      .POST('/api/v2/me/interactions/{id}', { params: { path: { id: 'i' } }, body: { operationName: 'Accept' } })
      .catch((e: unknown) => e);
    expect(last().headers['x-csrf-token']).toBe('tok-3');
    expect(op).toMatchObject({ name: 'GwsFailureError', statusMessage: 'Invalid state' });
    for (const error of [gms, retry, gws, op]) {
      const text = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
      expect(text).not.toContain(password);
      expect(text).not.toContain(basic.slice(6));
    }
  });

  it('keeps credentials out of a network error', async () => {
    const closed = await startCaptureServer();
    await closed.close();
    const v2 = createV2Client({ baseUrl: closed.url, auth: { username, password } });
    const error = (await v2.GET('/api/v2/me/interactions').catch((e: unknown) => e)) as Error & { cause?: unknown };
    expect(error).toBeInstanceOf(Error);
    const text = `${String(error)} ${error.stack} ${String(error.cause)} ${JSON.stringify(error)}`;
    expect(text).not.toContain(password);
    expect(text).not.toContain(basic.slice(6));
  });
});
