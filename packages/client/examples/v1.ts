import { createV1Client } from '@cx-contracts/client';

const v1 = createV1Client({
  baseUrl: 'http://gms:8080',
  gmsUser: 'default', // gms_user header (Storage API, GMS 8.5.103+)
  auth: { username: 'gms-user', password: 'gms-password' }, // only if GMS has Basic auth on
});

// multipart/form-data (the first media type the spec lists): strings become fields, Blob/File become file parts.
const { data: service, error } = await v1.POST('/genesys/1/service/{id}', {
  params: { path: { id: 'request-interaction' } },
  body: {
    _customer_number: '5555551234',
    _attachment: new File(['order 1001'], 'order.txt', { type: 'text/plain' }),
  },
});
if (error !== undefined || !service) throw new Error('service create failed');
const serviceId = service._id ?? service.id;

// The same operation also takes JSON: say so with Content-Type.
await v1.POST('/genesys/1/service/{id}/storage', {
  params: { path: { id: serviceId! } },
  headers: { 'Content-Type': 'application/json' },
  body: { Key1: 'Value1' },
});

const { data: keys } = await v1.GET('/genesys/1/service/{id}/storage', { params: { path: { id: serviceId! } } });
console.log(keys?.Key1);

// text/plain "OK" is read as text, no parseAs needed.
const { data: ok } = await v1.DELETE('/genesys/1/service/{id}', { params: { path: { id: serviceId! } } });
console.log(ok); // 'OK'
