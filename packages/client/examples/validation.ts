import { createV2Client } from '@cx-contracts/client';
import { createResponseValidator, type Drift } from '@cx-contracts/client/validation';
import v2Document from '@cx-contracts/types/openapi/v2.json' with { type: 'json' };

const drift: Drift[] = [];
const v2 = createV2Client({ baseUrl: 'http://gms:8080' });
v2.use(createResponseValidator({ document: v2Document, onDrift: (found) => drift.push(found) }));

await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
  params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
});
for (const found of drift) console.log(`${found.operationId} ${found.status} ${found.pointer}: ${found.message}`);
