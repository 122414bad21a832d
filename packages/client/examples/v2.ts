import { classifyGmsResult, classifyGwsResult, createV2Client, GmsFailureError } from '@cx-contracts/client';

// GMS Open Media: form-urlencoded with bracketed keys, failures inside HTTP 200.
const gms = createV2Client({ baseUrl: 'http://gms:8080' });

const { data } = await gms.POST('/genesys/2/openmedia/{serviceName}', {
  params: { path: { serviceName: 'customer-support' } },
  body: { externalId: 'xy932', userData: { OrderNumber: 'ABC123456789' } }, // userData%5BOrderNumber%5D=ABC123456789
});
const outcome = classifyGmsResult(data);
if (outcome.kind === 'success') console.log('created', outcome.result.interactionId);
else if (outcome.kind === 'retryable') console.log('GMS says: try again');
else console.log(`failed: ${outcome.code} ${outcome.advice}`);

await gms.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
  params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
  body: { change: { OrderNumber: 'XYZ' }, delete: { Obsolete: '' } }, // change%5BOrderNumber%5D=XYZ&delete%5BObsolete%5D=
});

// Or let failure envelopes throw.
const strict = createV2Client({ baseUrl: 'http://gms:8080', throwOnFailureEnvelope: true });
try {
  await strict.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
    params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
    body: { reasonSystemName: 'Cancel' },
  });
} catch (error) {
  if (error instanceof GmsFailureError) console.log(error.retryable ? 'retry' : `${error.code}: ${error.advice}`);
  else throw error;
}

// Web Services: Basic auth, the JSESSIONID session (Node) and the CSRF token are handled by the client.
const username = process.env.GWS_USER ?? 'agent1';
const password = process.env.GWS_PASSWORD ?? '';
const gws = createV2Client({ baseUrl: 'http://gws:8080', auth: { username, password } });

const { data: mine } = await gws.GET('/api/v2/me/interactions', { params: { query: { fields: '*' } } }); // issues the CSRF token
console.log(mine);
const { data: reply } = await gws.POST('/api/v2/me/interactions/{id}', {
  params: { path: { id: '00009a8T8Y130123' } },
  body: { operationName: 'PlaceInQueue', queueName: 'Overflow' }, // X-CSRF-TOKEN and Cookie sent for you
});
const result = classifyGwsResult(reply);
if (result.kind === 'failure') console.log(`GWS ${result.code ?? 'error'}: ${result.statusMessage}`);
