// operations.gen.ts is generated from the bundled specs; this fails (with the fix command) when it is stale.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { contextServiceOperations, v1Operations, v2Operations, v3Operations } from '../operations.gen.js';

it('operations.gen.ts matches the specs', () => {
  const script = fileURLToPath(new URL('../../scripts/generate-operations.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

it('knows every operation of the four surfaces, with the encodings the contract decides', () => {
  expect(
    [v1Operations, v2Operations, v3Operations, contextServiceOperations].map((table) => Object.keys(table).length),
  ).toEqual([13, 9, 7, 18]);
  expect(v2Operations['POST /genesys/2/openmedia/{serviceName}/{id}/update']?.requestContent).toEqual({
    'application/x-www-form-urlencoded': {
      encoding: { change: { style: 'deepObject', explode: true }, delete: { style: 'deepObject', explode: true } },
    },
  });
  expect(Object.keys(v1Operations['POST /genesys/1/service/{id}']?.requestContent ?? {})[0]).toBe(
    'multipart/form-data',
  );
});
