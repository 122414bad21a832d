// @cx-contracts/client/validation against a server that answers what the test says: drift is reported with the
// operation, the status and a JSON pointer into the spec; conforming answers report nothing.
import v2Document from '@cx-contracts/types/openapi/v2.json' with { type: 'json' };
import { beforeEach, describe, expect, it } from 'vitest';
import { createV2Client } from '../../src/index.js';
import { createResponseValidator, type Drift } from '../../src/validation.js';
import { useCaptureServer } from '@cx-contracts/test-support';

const server = useCaptureServer();
let drift: Drift[];
beforeEach(() => {
  drift = [];
});

function client() {
  const v2 = createV2Client({ baseUrl: server.url });
  v2.use(createResponseValidator({ document: v2Document, onDrift: (found) => drift.push(found) }));
  return v2;
}

const create = (v2: ReturnType<typeof client>) =>
  v2.POST('/genesys/2/openmedia/{serviceName}', {
    params: { path: { serviceName: 'customer-support' } },
    body: { externalId: 'x' },
  });

describe('createResponseValidator', () => {
  it('reports nothing for answers the contract documents', async () => {
    server.replies.push(
      { body: { statusCode: 0, interactionId: '01QG0Q2S5S50G000' } },
      { body: { statusCode: 2, errors: [{ code: 248, advice: 'not found' }] } },
    );
    const v2 = client();
    await create(v2);
    await create(v2);
    expect(drift).toEqual([]);
  });

  it('reports a body that drifted, with operationId, status and pointers', async () => {
    server.replies.push({ body: { statusCode: 0, interactionId: 42 } });
    const { data } = await create(client());
    expect(data).toEqual({ statusCode: 0, interactionId: 42 }); // the response itself is untouched
    expect(drift.length).toBeGreaterThan(0);
    expect(drift[0]).toMatchObject({ operationId: 'createOpenMediaInteraction', status: 200, location: 'body' });
    expect(
      drift.some(
        (found) => found.instancePointer === '/interactionId' && found.pointer.startsWith('#/components/schemas/'),
      ),
    ).toBe(true);
  });

  it('reports an undocumented status', async () => {
    server.replies.push({ status: 418, body: { teapot: true } });
    await create(client());
    expect(drift).toEqual([
      expect.objectContaining({
        operationId: 'createOpenMediaInteraction',
        status: 418,
        location: 'status',
        keyword: 'status',
      }),
    ]);
    expect(drift[0]!.message).toMatch(/418/);
  });

  it('reports a JSON Content-Type whose body is not JSON', async () => {
    server.replies.push({ body: '{oops', headers: { 'Content-Type': 'application/json' } });
    await create(client()).catch(() => undefined); // openapi-fetch itself fails to parse it
    expect(drift).toEqual([
      expect.objectContaining({ operationId: 'createOpenMediaInteraction', keyword: 'content-type' }),
    ]);
  });

  it('lets onDrift throw to fail the call', async () => {
    server.replies.push({ status: 418, body: {} });
    const v2 = createV2Client({ baseUrl: server.url });
    v2.use(
      createResponseValidator({
        document: v2Document,
        onDrift: (found) => {
          throw new Error(`${found.operationId} drifted: ${found.message}`);
        },
      }),
    );
    await expect(create(v2)).rejects.toThrow(/createOpenMediaInteraction drifted: Received status 418/);
  });
});

describe('createResponseValidator and credentials', () => {
  it('redacts the credentials the request carried from drift messages (server text)', async () => {
    const basic = Buffer.from('agent1:s3cret', 'utf8').toString('base64');
    server.replies.push({ headers: { 'Content-Type': `application/json; echo=${basic}` }, body: 'not json' });
    const v2 = createV2Client({ baseUrl: server.url, auth: { username: 'agent1', password: 's3cret' } });
    v2.use(createResponseValidator({ document: v2Document, onDrift: (found) => drift.push(found) }));
    await create(v2).catch(() => undefined); // the call itself fails: the body is not JSON
    expect(drift.map((found) => found.message)).toEqual([
      "Received a body that is not JSON although Content-Type is 'application/json; echo=[REDACTED]'",
    ]);
  });
});
