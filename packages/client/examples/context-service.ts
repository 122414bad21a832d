import { createContextServiceClient } from '@cx-contracts/client';

// ContactCenterId / GroupId go on every call; a call can override them through params.header.
const cs = createContextServiceClient({ baseUrl: 'http://gms:8080', contactCenterId: '101', groupId: 'sales' });

const { data: composite, response } = await cs.POST('/genesys/1/cs/services_composite/start', {
  body: {
    services: [
      {
        service: { customer_id: 'c-1', service_type: 'MyService1', media_type: 'voice' },
        state: { state_type: 'Feedback' },
        task: { task_type: 'Survey' },
        associate_state_task: true,
      },
    ],
  },
});
// The reply has two documented forms: a `services` list (the worked example) or one result (the "Body" template).
const first = composite && 'services' in composite ? composite.services[0] : composite;
console.log(response.headers.get('Location'), first?.service.service_id);

const { data: started } = await cs.POST('/genesys/1/cs/services/start', {
  body: { customer_id: 'c-1', service_type: 'MyService1' },
});
const serviceId = started?.service_id ?? 0;

await cs.POST('/genesys/1/cs/services/{service_id}/states/start', {
  params: { path: { service_id: serviceId } },
  body: { state_type: 'Feedback' },
});
const { data: active } = await cs.GET('/genesys/1/cs/customers/{customer_id}/services/active', {
  params: { path: { customer_id: 'c-1' }, header: { ContactCenterId: '102' } },
});
console.log(active?.length);
await cs.POST('/genesys/1/cs/services/{service_id}/end', {
  params: { path: { service_id: serviceId } },
  body: { disposition: 'resolved' },
});
