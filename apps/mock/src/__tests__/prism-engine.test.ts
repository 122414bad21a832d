// The memo in front of Prism's mocker must never hand one request the answer selected for another: each thing
// Prism's mocker reads (operation, security verdict, Prefer/__code/__example, Accept) keeps its own answer, and
// `dynamic=true` answers are never memoised.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPrismEngine, type PrismEngine, type PrismRequest } from '../prism-engine.js';

const documentPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../build/specs/all.yaml');
let engine: PrismEngine;

beforeAll(async () => {
  if (!existsSync(documentPath))
    throw new Error(`${documentPath} is missing: run npm run bundle at the repository root.`);
  engine = await createPrismEngine(documentPath);
});

const getOpenMedia = (headers: PrismRequest['headers'] = {}, query: PrismRequest['query'] = {}): PrismRequest => ({
  method: 'POST',
  path: '/genesys/2/openmedia/svc/01QG0Q2S5S50G000/get',
  query,
  headers,
});
const json = (body: Buffer): unknown => JSON.parse(body.toString('utf8'));

describe('memoised Prism answers', () => {
  it('answers the same request the same way twice', async () => {
    const first = await engine.respond('getOpenMediaInteraction', getOpenMedia());
    const second = await engine.respond('getOpenMediaInteraction', getOpenMedia());
    expect(second).toEqual(first);
    expect(json(first.body)).toMatchObject({ statusCode: 0 });
  });

  it('keeps each Prefer selection apart, in either order', async () => {
    const notFound = await engine.respond(
      'getOpenMediaInteraction',
      getOpenMedia({ prefer: 'example=interactionNotFound' }),
    );
    const plain = await engine.respond('getOpenMediaInteraction', getOpenMedia());
    const retry = await engine.respond('getOpenMediaInteraction', getOpenMedia({}, { __example: 'retryLater' }));
    expect(json(notFound.body)).toMatchObject({ statusCode: 2 });
    expect(json(plain.body)).toMatchObject({ statusCode: 0 });
    expect(json(retry.body)).toMatchObject({ statusCode: 1 });
  });

  it('keeps the security verdict apart: with and without the Nexus x-api-key', async () => {
    const request = (headers: PrismRequest['headers']): PrismRequest => ({
      method: 'GET',
      path: '/nexus/v3/openmedia/x/interactions/1',
      query: {},
      headers,
    });
    expect((await engine.respond('getNexusInteraction', request({ 'x-api-key': 'k' }))).status).toBe(200);
    expect((await engine.respond('getNexusInteraction', request({}))).status).toBe(401);
    expect((await engine.respond('getNexusInteraction', request({ 'x-api-key': 'k' }))).status).toBe(200);
    expect(engine.authorized('getNexusInteraction', request({}))).toBe(false);
  });

  it('keeps Accept apart: the second media type of a status is reached with Accept', async () => {
    const request = (accept: string): PrismRequest => ({
      method: 'GET',
      path: '/genesys/1/service/s/storage/k',
      query: {},
      headers: { accept },
    });
    expect((await engine.respond('getGmsStorageKey', request('*/*'))).headers['content-type']).toBe('text/plain');
    expect((await engine.respond('getGmsStorageKey', request('application/json'))).headers['content-type']).toBe(
      'application/json',
    );
  });

  it('never memoises dynamic answers', async () => {
    const before = engine.cacheSize;
    await engine.respond('getOpenMediaInteraction', getOpenMedia({ prefer: 'dynamic=true' }));
    expect(engine.cacheSize).toBe(before);
  });
});

describe('--no-memo', () => {
  it('asks Prism for every request and answers exactly as the memoised engine does', async () => {
    const fresh = await createPrismEngine(documentPath, { memoize: false });
    const selections = [{}, { prefer: 'example=interactionNotFound' }, { prefer: 'code=401' }];
    for (const headers of selections) {
      const unmemoised = await fresh.respond('getOpenMediaInteraction', getOpenMedia(headers));
      expect(unmemoised).toEqual(await engine.respond('getOpenMediaInteraction', getOpenMedia(headers)));
    }
    expect(fresh.cacheSize).toBe(0);
  });
});
