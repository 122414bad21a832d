import { createV3Client } from '@cx-contracts/client';

const v3 = createV3Client({ baseUrl: 'https://api-demo.com', apiKey: process.env.NEXUS_KEY }); // x-api-key on every call

const created = await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
  params: { path: { openMediaService: 'email-intake' } },
  body: { externalId: 'ORDER-1001', receivedAt: '2024-05-01T10:00:00Z' },
});
if (created.error !== undefined) console.log('create failed with', created.response.status, created.error);

const { data: interaction } = await v3.GET('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}', {
  params: { path: { openMediaService: 'email-intake', externalId: 'ORDER-1001' } },
});
console.log(interaction);

await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/update', {
  params: { path: { openMediaService: 'email-intake', externalId: 'ORDER-1001' } },
  body: { deletedProperties: ['Obsolete'] },
});

await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/stop', {
  params: { path: { openMediaService: 'email-intake', externalId: 'ORDER-1001' } },
  body: { reasonSystemName: 'Cancel', reasonDescription: 'Not needed' },
});
