// The sandbox's behaviour, as multi-step flows per surface, written from the seeds. Each flow starts from an empty
// namespace. Run by src/__tests__/flows.test.ts (in process), by apps/mock's e2e tests (over HTTP) and, later, by
// the MSW adapter's tests (issue 14): the same tables, the same results.
import type { Flow, Step } from './run-flow.js';

export const basic = (user: string, password = 'secret') => `Basic ${btoa(`${user}:${password}`)}`;
const agent = (user = 'agent1') => ({ authorization: basic(user) });
const withToken =
  (user = 'agent1') =>
  (vars: Record<string, string>) => ({
    ...agent(user),
    'x-csrf-token': vars[`token:${user}`] ?? '',
  });
const nexusKey = { 'x-api-key': 'sandbox-key' };

/** GET /me/interactions for the agent, keeping its CSRF token (U10: any GET carries it). */
function openSession(user = 'agent1'): Step {
  return {
    name: `${user} opens a session (GET carries the CSRF token)`,
    method: 'GET',
    path: '/api/v2/me/interactions',
    headers: agent(user),
    want: {
      status: 200,
      json: { statusCode: 0, uris: [] },
      headers: { 'x-csrf-header': 'X-CSRF-TOKEN', 'x-csrf-token': /.+/, 'set-cookie': /JSESSIONID=/ },
    },
    save: (answer, vars) => {
      vars[`token:${user}`] = answer.headers.get('x-csrf-token') ?? '';
      vars[`cookie:${user}`] = /JSESSIONID=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0] ?? '';
    },
  };
}

function operation(
  name: string,
  id: string,
  extra: Record<string, unknown>,
  want: Record<string, unknown>,
  user = 'agent1',
): Step {
  return {
    name: `${user}: ${name}`,
    method: 'POST',
    path: (vars) => `/api/v2/me/interactions/${vars[id] ?? id}`,
    headers: withToken(user),
    json: { operationName: name, ...extra },
    want: { status: 200, json: want },
  };
}

/** GMS's `interactionUserData`: one `{key, type, value}` entry a key, strings typed `str` (seed 000, get reply). */
const userDataEntries = (values: Record<string, string>) =>
  Object.entries(values).map(([key, value]) => ({ key, type: 'str', value }));

/** A GMS Open Media call (a form POST) on the interaction the flow created, `vars.id`. */
function onInteraction(name: string, verb: 'get' | 'update' | 'stop', form: string, want: Step['want']): Step {
  return {
    name,
    method: 'POST',
    path: (vars) => `/genesys/2/openmedia/customer-support/${vars.id}/${verb}`,
    form,
    want,
  };
}

const gmsOpenMedia: Flow = {
  name: 'v2 GMS Open Media: create → get (id, externalId) → update → stop → 248',
  steps: [
    {
      name: 'create with externalId, userData and type overrides',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support',
      form: 'externalId=xy932&interactionType=Inbound&interactionSubType=InboundNew&mediaType=promotion&userData%5BOrderNumber%5D=ABC123456789&userData%5BKeyToDelete%5D=value+to+delete',
      want: { status: 200, json: { statusCode: 0 } },
      save: (answer, vars) => {
        vars.id = (answer.json as { interactionId: string }).interactionId;
      },
    },
    onInteraction('get by id: interactionProperties built from the state', 'get', '', {
      status: 200,
      json: (vars) => ({
        statusCode: 0,
        interactionProperties: {
          interactionId: vars.id,
          interactionMediatype: 'promotion',
          interactionSubtype: 'InboundNew',
          interactionState: 'Queued',
          interactionUserData: userDataEntries({
            ExternalId: 'xy932',
            OrderNumber: 'ABC123456789',
            KeyToDelete: 'value to delete',
          }),
        },
      }),
    }),
    {
      name: 'get by externalId (searchByExternalId=true)',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support/xy932/get',
      form: 'searchByExternalId=true',
      want: { status: 200, json: (vars) => ({ statusCode: 0, interactionProperties: { interactionId: vars.id } }) },
    },
    onInteraction(
      'update: change[k] and delete[k]',
      'update',
      'change%5BOrderNumber%5D=uABC123456789&change%5BTestKey2%5D=uTest+value&delete%5BKeyToDelete%5D=',
      { status: 200, json: { statusCode: 0 } },
    ),
    onInteraction('get shows the update', 'get', '', {
      status: 200,
      json: {
        statusCode: 0,
        interactionProperties: {
          interactionUserData: userDataEntries({
            ExternalId: 'xy932',
            OrderNumber: 'uABC123456789',
            TestKey2: 'uTest value',
          }),
        },
      },
    }),
    onInteraction('update without change or delete breaks the contract (422)', 'update', 'foo=bar', {
      status: 422,
      headers: { 'content-type': 'application/problem+json' },
    }),
    onInteraction('stop with a reason', 'stop', 'reasonSystemName=Cancel&reasonDescription=Not+needed', {
      status: 200,
      json: { statusCode: 0 },
    }),
    onInteraction('get after stop: HTTP 200, statusCode 2, error 248', 'get', '', {
      status: 200,
      json: (vars) => ({
        statusCode: 2,
        errors: [{ code: 248, advice: `Specified interaction Id[${vars.id}] was not found` }],
      }),
    }),
    {
      name: 'update of an unknown id: 248 with the update advice',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update',
      form: 'change%5BA%5D=1',
      want: {
        status: 200,
        json: {
          statusCode: 2,
          errors: [{ code: 248, advice: 'Interaction with specified id[01QG0Q2S5S50G000] was not found' }],
        },
      },
    },
    onInteraction('stop again: 248', 'stop', '', { status: 200, json: { statusCode: 2, errors: [{ code: 248 }] } }),
  ],
};

const nexus: Flow = {
  name: 'v3 Nexus: create → 409 → get (id, ext_) → update → stop (ext_) → 404; x-api-key required',
  steps: [
    {
      name: 'create without x-api-key: 401',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions',
      json: { externalId: 'ORDER-1001' },
      want: { status: 401 },
    },
    {
      name: 'create',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions',
      headers: nexusKey,
      json: { externalId: 'ORDER-1001', userData: { OrderNumber: '1001', TemporaryNote: 'x' } },
      want: { status: 200, json: { status: { code: 0 }, data: { externalId: 'ORDER-1001', state: 'Queued' } } },
      save: (answer, vars) => {
        vars.id = (answer.json as { data: { interactionId: string } }).data.interactionId;
      },
    },
    {
      name: 'create with the same externalId in the same service: 409',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions',
      headers: nexusKey,
      json: { externalId: 'ORDER-1001' },
      want: { status: 409 },
    },
    {
      name: 'the same externalId in another service is fine',
      method: 'POST',
      path: '/nexus/v3/openmedia/other-service/interactions',
      headers: nexusKey,
      json: { externalId: 'ORDER-1001' },
      want: { status: 200 },
    },
    {
      name: 'get by id',
      method: 'GET',
      path: (vars) => `/nexus/v3/openmedia/email-intake/interactions/${vars.id}`,
      headers: nexusKey,
      want: { status: 200, json: (vars) => ({ data: { interactionId: vars.id, userData: { OrderNumber: '1001' } } }) },
    },
    {
      name: 'get by ext_{externalId}',
      method: 'GET',
      path: '/nexus/v3/openmedia/email-intake/interactions/ext_ORDER-1001',
      headers: nexusKey,
      want: { status: 200, json: (vars) => ({ data: { interactionId: vars.id } }) },
    },
    {
      name: 'update: changed, added, deleted properties',
      method: 'POST',
      path: (vars) => `/nexus/v3/openmedia/email-intake/interactions/${vars.id}/update`,
      headers: nexusKey,
      json: {
        changedProperties: { OrderNumber: '1002' },
        addedProperties: { TrackingNumber: '1Z9' },
        deletedProperties: ['TemporaryNote'],
      },
      want: { status: 200 },
    },
    {
      name: 'get by ext_ shows the update',
      method: 'GET',
      path: '/nexus/v3/openmedia/email-intake/interactions/ext_ORDER-1001',
      headers: nexusKey,
      want: {
        status: 200,
        json: { data: { userData: { ExternalId: 'ORDER-1001', OrderNumber: '1002', TrackingNumber: '1Z9' } } },
      },
      save: (answer) => {
        if ('TemporaryNote' in ((answer.json as { data: { userData: object } }).data.userData ?? {}))
          throw new Error('TemporaryNote was not deleted');
      },
    },
    {
      // Issue 10: the documented 400 (seed 003), whose body the contract leaves open (`{object}`): the problem
      // document, in the documented media type, with the violations.
      name: 'update with deletedProperties not a list: the documented 400 with the violations',
      method: 'POST',
      path: (vars) => `/nexus/v3/openmedia/email-intake/interactions/${vars.id}/update`,
      headers: nexusKey,
      json: { deletedProperties: 'TemporaryNote' },
      want: {
        status: 400,
        json: { status: 400, violations: [{ field: 'deletedProperties', rule: 'type' }] },
        headers: { 'content-type': 'application/json', 'sl-violations': /"field":"deletedProperties"/ },
      },
    },
    {
      name: 'update by ext_',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions/ext_ORDER-1001/update',
      headers: nexusKey,
      json: { addedProperties: { Step: 'ext' } },
      want: { status: 200, json: { data: { userData: { Step: 'ext' } } } },
    },
    {
      name: 'stop by ext_',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions/ext_ORDER-1001/stop',
      headers: nexusKey,
      json: { reasonSystemName: 'Cancel' },
      want: { status: 200, json: { data: { state: 'Stopped' } } },
    },
    {
      name: 'get after stop: 404',
      method: 'GET',
      path: (vars) => `/nexus/v3/openmedia/email-intake/interactions/${vars.id}`,
      headers: nexusKey,
      want: { status: 404 },
    },
    {
      name: 'stop by id of an unknown interaction: 404',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions/NOPE/stop',
      headers: nexusKey,
      want: { status: 404 },
    },
    {
      name: 'after the stop the externalId is free again',
      method: 'POST',
      path: '/nexus/v3/openmedia/email-intake/interactions',
      headers: nexusKey,
      json: { externalId: 'ORDER-1001' },
      want: { status: 200 },
    },
  ],
};

const gmsService: Flow = {
  name: 'v1 GMS Service API: create (json, form, multipart) → storage put / get all / get one / binary / deletes → delete service',
  steps: [
    {
      name: 'unknown service name: 404',
      method: 'POST',
      path: '/genesys/1/service/no-such-service',
      form: 'a=b',
      want: { status: 404 },
    },
    {
      name: 'unreadable JSON: the documented 500 "Could not read JSON"',
      method: 'POST',
      path: '/genesys/1/service/request-interaction',
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: '{"_phone_number": "650',
      want: { status: 500, json: { message: /^Could not read JSON: / } },
    },
    {
      name: 'create with JSON: nested values flattened the GMS way',
      method: 'POST',
      path: '/genesys/1/service/request-interaction',
      headers: { gms_user: 'default' },
      json: {
        lastname: 'mylastname',
        address: { street: 'mystreet', city: 'mycity' },
        phones: ['9002@SIP_Switch', '5555666'],
      },
      want: { status: 200, json: { _access_number: '8003449999' } },
      save: (answer, vars) => {
        vars.svc = (answer.json as { _id: string })._id;
      },
    },
    {
      name: 'the service parameters are in its storage, flattened',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      want: {
        status: 200,
        json: {
          lastname: 'mylastname',
          address: '{street=mystreet, city=mycity}',
          phones: '[9002@SIP_Switch, 5555666]',
        },
      },
    },
    {
      name: 'storage put (form)',
      method: 'POST',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      form: 'Key1=Value1&Key2=Value2',
      want: { status: 200 },
    },
    {
      name: 'storage put (multipart, with a file)',
      method: 'POST',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      body: () => {
        const form = new FormData();
        form.append('Key3', 'Value3');
        form.append(
          'FileKey',
          new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
          'MyPic.png',
        );
        return form;
      },
      want: { status: 200 },
    },
    {
      name: 'get one key: {"key":"value"}',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage/Key1`,
      want: { status: 200, json: { Key1: 'Value1' } },
    },
    {
      name: 'get the binary key: its bytes and stored content type',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage/binary/FileKey`,
      want: { status: 200, headers: { 'content-type': 'image/png' } },
      save: (answer) => {
        if (answer.text.length !== 4 && answer.text.charCodeAt(1) !== 0x50) throw new Error('binary content changed');
      },
    },
    {
      name: 'get an unknown key: 404',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage/Nope`,
      want: { status: 404 },
    },
    {
      name: 'delete one key',
      method: 'DELETE',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage/Key1`,
      want: { status: 200, text: 'OK' },
    },
    {
      name: 'get all: Key1 gone',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      want: { status: 200, json: { Key2: 'Value2', Key3: 'Value3' } },
      save: (answer) => {
        if ('Key1' in (answer.json as object)) throw new Error('Key1 still stored');
      },
    },
    {
      name: 'service-specific request',
      method: 'POST',
      path: (vars) => `/genesys/1/service/${vars.svc}/refresh`,
      form: 'transcriptPosition=1',
      want: { status: 200 },
    },
    {
      name: 'a chat request whose name spans segments (ixn/chat/refresh)',
      method: 'POST',
      path: (vars) => `/genesys/1/service/${vars.svc}/ixn/chat/refresh`,
      form: 'transcriptPosition=1',
      want: { status: 200, json: { request: 'ixn/chat/refresh', service: 'request-interaction' } },
    },
    {
      name: 'delete all keys',
      method: 'DELETE',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      want: { status: 200, text: 'OK' },
    },
    {
      name: 'get all: empty',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      want: { status: 200, text: '{}' },
    },
    {
      name: 'storage put again, then delete the service: its storage goes with it',
      method: 'POST',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage`,
      json: { Key9: 'Value9' },
      want: { status: 200 },
    },
    {
      name: 'delete service',
      method: 'DELETE',
      path: (vars) => `/genesys/1/service/${vars.svc}`,
      want: { status: 200, text: 'OK' },
    },
    {
      name: 'the storage is gone',
      method: 'GET',
      path: (vars) => `/genesys/1/service/${vars.svc}/storage/Key9`,
      want: { status: 404 },
    },
  ],
};

const webServices: Flow = {
  name: 'v2 Web Services: session, CSRF, the eleven operations and their reply forms',
  steps: [
    {
      name: 'GMS creates the interaction the agent will work',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support',
      form: 'externalId=gws-1&userData%5BA%5D=1',
      want: { status: 200, json: { statusCode: 0 } },
      save: (answer, vars) => {
        vars.id = (answer.json as { interactionId: string }).interactionId;
      },
    },
    { name: 'no credentials: 401', method: 'GET', path: '/api/v2/me/interactions', want: { status: 401 } },
    openSession('agent1'),
    openSession('agent2'),
    {
      name: 'POST without the CSRF token: 403 with the documented text',
      method: 'POST',
      path: (vars) => `/api/v2/me/interactions/${vars.id}`,
      headers: agent(),
      json: { operationName: 'Accept' },
      want: { status: 403, text: 'Missing or invalid Csrf token' },
    },
    {
      name: 'POST with another agent’s token: 403',
      method: 'POST',
      path: (vars) => `/api/v2/me/interactions/${vars.id}`,
      headers: (vars) => ({ ...agent(), 'x-csrf-token': vars['token:agent2'] ?? '' }),
      json: { operationName: 'Accept' },
      want: { status: 403 },
    },
    operation('Reject', 'id', {}, { status: 'ok' }),
    operation('Accept', 'id', {}, { status: 'ok' }),
    operation('Accept', 'id', {}, { status: 'error' }, 'agent2'),
    operation('Complete', 'id', {}, { statusCode: 2 }, 'agent2'),
    {
      name: 'the JSESSIONID cookie alone authenticates (no Basic)',
      method: 'GET',
      path: '/api/v2/me/interactions',
      headers: (vars) => ({ cookie: vars['cookie:agent1'] ?? '' }),
      want: {
        status: 200,
        json: (vars) => ({ statusCode: 0, uris: [new RegExp(`/api/v2/interactions/${vars.id}$`)] }),
      },
    },
    operation('UpdateUserData', 'id', { userData: { A: '2', B: 'b' } }, { status: 'ok' }),
    operation('AttachUserData', 'id', { userData: { C: 3 } }, { status: 'ok' }),
    operation('DeleteUserData', 'id', { keys: ['B'] }, { status: 'ok' }),
    {
      name: 'GET /me/interactions?fields=*: objects with the user data',
      method: 'GET',
      path: '/api/v2/me/interactions?fields=*',
      headers: agent(),
      want: {
        status: 200,
        json: (vars) => ({
          statusCode: 0,
          interactions: [{ id: vars.id, state: 'Processing', userData: { ExternalId: 'gws-1', A: '2', C: 3 } }],
        }),
      },
    },
    operation('GetWorkbinContent', 'id', { workbin: 'VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=' }, { status: 'ok' }),
    operation('PlaceInWorkbin', 'id', { workbin: 'VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=' }, { status: 'ok' }),
    operation('Complete', 'id', {}, { statusCode: 2 }),
    {
      name: 'GET /interactions/{id}: in the workbin',
      method: 'GET',
      path: (vars) => `/api/v2/interactions/${vars.id}`,
      headers: agent(),
      want: {
        status: 200,
        json: { statusCode: 0, interaction: { state: 'InWorkbin', workbin: 'VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=' } },
      },
    },
    {
      name: 'GMS creates a second interaction',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support',
      form: 'externalId=gws-2',
      want: { status: 200 },
      save: (answer, vars) => {
        vars.id2 = (answer.json as { interactionId: string }).interactionId;
      },
    },
    operation('Accept', 'id2', {}, { status: 'ok' }),
    operation('PlaceInQueue', 'id2', { queueName: 'Escalations' }, { status: 'ok' }),
    operation('Accept', 'id2', {}, { status: 'ok' }),
    operation('Transfer', 'id2', { userId: 'agent2' }, { statusCode: 0 }),
    operation('Complete', 'id2', {}, { statusCode: 2 }),
    {
      name: 'agent2 sees the transferred interaction offered to it',
      method: 'GET',
      path: '/api/v2/me/interactions?fields=*',
      headers: agent('agent2'),
      want: {
        status: 200,
        json: (vars) => ({ interactions: [{ id: vars.id2, state: 'Offered', capabilities: ['Accept', 'Reject'] }] }),
      },
    },
    operation('Accept', 'id2', {}, { status: 'ok' }, 'agent2'),
    operation('Cancel', 'id2', {}, { status: 0 }, 'agent2'),
    operation('Cancel', 'id2', {}, { statusCode: 6 }, 'agent2'),
    {
      name: 'GMS cannot find the cancelled interaction',
      method: 'POST',
      path: (vars) => `/genesys/2/openmedia/customer-support/${vars.id2}/get`,
      form: '',
      want: { status: 200, json: { statusCode: 2, errors: [{ code: 248 }] } },
    },
    {
      name: 'PUT /interactions/{id} with userData',
      method: 'PUT',
      path: (vars) => `/api/v2/interactions/${vars.id}`,
      headers: withToken(),
      json: { userData: { D: 'd' } },
      want: { status: 200, json: { statusCode: 0 } },
    },
    {
      name: 'GET /interactions lists every active interaction as URIs',
      method: 'GET',
      path: '/api/v2/interactions',
      headers: agent(),
      want: {
        status: 200,
        json: (vars) => ({ statusCode: 0, uris: [new RegExp(`/api/v2/interactions/${vars.id}$`)] }),
      },
    },
    operation('Complete', 'NOPE', {}, { statusCode: 6 }),
    {
      name: 'PlaceInQueue without queueName breaks the contract (422)',
      method: 'POST',
      path: (vars) => `/api/v2/me/interactions/${vars.id}`,
      headers: withToken(),
      json: { operationName: 'PlaceInQueue' },
      want: { status: 422, json: { violations: [{ field: 'queueName', rule: 'required' }] } },
    },
  ],
};

const contextServices: Flow = {
  name: 'Context Services: composite find-or-create, Location, service / state / task lifecycle, queries',
  steps: [
    {
      name: 'composite start without a task: everything created, Location to the state',
      method: 'POST',
      path: '/genesys/1/cs/services_composite/start',
      json: {
        services: [
          {
            service: { customer_id: 'cust-1', service_type: 'MyService1', media_type: 'voice' },
            state: { state_type: 'MyState1', FeedbackState: { rating: 7 } },
          },
        ],
      },
      want: {
        status: 200,
        json: {
          services: [
            { service: { service_id: 111222, created: 'true' }, state: { state_id: 333444, created: 'true' } },
          ],
        },
        headers: { location: '/genesys/1/cs/services/111222/states/333444' },
      },
    },
    {
      name: 'composite start with a task (seed 004 example): service and state found, task created, Location to the task',
      method: 'POST',
      path: '/genesys/1/cs/services_composite/start',
      json: {
        services: [
          {
            service: { customer_id: 'cust-1', service_type: 'MyService1' },
            state: { state_type: 'MyState1' },
            task: { task_type: 'MyTask1' },
            associate_state_task: 'true',
          },
        ],
      },
      want: {
        status: 200,
        json: {
          services: [
            {
              service: { service_id: 111222, created: 'false' },
              state: { state_id: 333444, created: 'false' },
              task: { task_id: 555666, created: 'true' },
            },
          ],
        },
        headers: { location: '/genesys/1/cs/services/111222/tasks/555666' },
      },
    },
    {
      name: 'another state_type in the same service: a new state',
      method: 'POST',
      path: '/genesys/1/cs/services_composite/start',
      json: {
        services: [{ service: { customer_id: 'cust-1', service_type: 'MyService1' }, state: { state_type: 'Other' } }],
      },
      want: {
        status: 200,
        json: { services: [{ service: { created: 'false' }, state: { state_id: 333445, created: 'true' } }] },
      },
    },
    {
      name: 'get the service: states and tasks',
      method: 'GET',
      path: '/genesys/1/cs/services/111222',
      want: {
        status: 200,
        json: {
          service_id: 111222,
          customer_id: 'cust-1',
          service_type: 'MyService1',
          active_states: [{ state_id: 333444 }, { state_id: 333445 }],
          active_tasks: [{ task_id: 555666, state_id: 333444 }],
        },
      },
    },
    {
      name: 'end the state',
      method: 'POST',
      path: '/genesys/1/cs/services/111222/states/333445/end',
      json: {},
      want: { status: 204 },
    },
    {
      name: 'end the task',
      method: 'POST',
      path: '/genesys/1/cs/services/111222/tasks/555666/end',
      json: { disposition: 'done' },
      want: { status: 204 },
    },
    {
      name: 'list states',
      method: 'GET',
      path: '/genesys/1/cs/services/111222/states',
      want: { status: 200, json: [{}, { completed: {} }] },
    },
    {
      name: 'get a task',
      method: 'GET',
      path: '/genesys/1/cs/services/111222/tasks/555666',
      want: { status: 200, json: { task_type: 'MyTask1', completed: { disposition: 'done' } } },
    },
    {
      name: 'start a service (201) for an anonymous contact',
      method: 'POST',
      path: '/genesys/1/cs/services/start',
      json: { contact_key: '6504669999', service_type: 'Callback' },
      want: { status: 201, json: { service_id: 111223 } },
    },
    {
      name: 'start a state and a task in it',
      method: 'POST',
      path: '/genesys/1/cs/services/111223/states/start',
      json: { state_type: 'Waiting' },
      want: { status: 201, json: { state_id: 333446 } },
    },
    {
      name: 'start a task',
      method: 'POST',
      path: '/genesys/1/cs/services/111223/tasks/start',
      json: { task_type: 'Call' },
      want: { status: 201, json: { task_id: 555667 } },
    },
    {
      name: 'list tasks',
      method: 'GET',
      path: '/genesys/1/cs/services/111223/tasks',
      want: { status: 200, json: [{ task_type: 'Call' }] },
    },
    {
      name: 'get a state',
      method: 'GET',
      path: '/genesys/1/cs/services/111223/states/333446',
      want: { status: 200, json: { state_type: 'Waiting' } },
    },
    {
      name: 'anonymous services by contact key',
      method: 'GET',
      path: '/genesys/1/cs/services/anonymous/6504669999',
      want: { status: 200, json: [{ service_id: 111223 }] },
    },
    {
      name: 'active anonymous services',
      method: 'GET',
      path: '/genesys/1/cs/services/anonymous/6504669999/active',
      want: { status: 200, json: [{ service_id: 111223 }] },
    },
    {
      name: 'complete the customer service',
      method: 'POST',
      path: '/genesys/1/cs/services/111222/end',
      json: { disposition: 'resolved' },
      want: { status: 204 },
    },
    {
      name: 'customer services',
      method: 'GET',
      path: '/genesys/1/cs/customers/cust-1/services',
      want: { status: 200, json: [{ service_id: 111222 }] },
    },
    {
      name: 'active customer services: none',
      method: 'GET',
      path: '/genesys/1/cs/customers/cust-1/services/active',
      want: { status: 200, json: [] },
    },
    {
      name: 'completed customer services',
      method: 'GET',
      path: '/genesys/1/cs/customers/cust-1/services/completed',
      want: { status: 200, json: [{ service_id: 111222, completed: { disposition: 'resolved' } }] },
    },
    {
      name: 'completed anonymous services: none',
      method: 'GET',
      path: '/genesys/1/cs/services/anonymous/6504669999/completed',
      want: { status: 200, json: [] },
    },
    {
      name: 'a completed service is not reused by the composite start',
      method: 'POST',
      path: '/genesys/1/cs/services_composite/start',
      json: {
        services: [
          { service: { customer_id: 'cust-1', service_type: 'MyService1' }, state: { state_type: 'MyState1' } },
        ],
      },
      want: {
        status: 200,
        json: { services: [{ service: { service_id: 111224, created: 'true' }, state: { created: 'true' } }] },
      },
    },
    {
      name: 'unknown service: 404 {message, exception}',
      method: 'GET',
      path: '/genesys/1/cs/services/42',
      want: { status: 404, json: { message: /not found/ } },
    },
    {
      // Issue 10: the documented 4XX (U25) has a shape, `{message, exception}`, and no field for a list: the
      // violations go in the sl-violations header. The status is the refusal's own, which 4XX documents.
      name: 'composite start without a state: the Context Services error (422), the violations in the header',
      method: 'POST',
      path: '/genesys/1/cs/services_composite/start',
      json: { services: [{ service: {} }] },
      want: {
        status: 422,
        json: { message: /services\.0\.state/, exception: /ContextServicesException/ },
        headers: { 'sl-violations': /"field":"services\.0\.state","pointer":"\/services\/0","rule":"required"/ },
      },
    },
  ],
};

const crossSurface: Flow = {
  name: 'Cross-surface: create through Nexus, see it in Web Services, complete it, GMS and Nexus see it ended',
  steps: [
    {
      name: 'Nexus creates',
      method: 'POST',
      path: '/nexus/v3/openmedia/customer-support/interactions',
      headers: nexusKey,
      json: { externalId: 'X-1', userData: { Topic: 'refund' } },
      want: { status: 200 },
      save: (answer, vars) => {
        vars.id = (answer.json as { data: { interactionId: string } }).data.interactionId;
      },
    },
    {
      name: 'Web Services lists it (all active interactions, objects)',
      method: 'GET',
      path: '/api/v2/interactions?fields=*',
      headers: agent(),
      want: {
        status: 200,
        json: (vars) => ({
          interactions: [{ id: vars.id, state: 'Queued', userData: { Topic: 'refund', ExternalId: 'X-1' } }],
        }),
      },
      save: (answer, vars) => {
        vars['token:agent1'] = answer.headers.get('x-csrf-token') ?? '';
      },
    },
    operation('Accept', 'id', {}, { status: 'ok' }),
    operation('UpdateUserData', 'id', { userData: { Resolution: 'approved' } }, { status: 'ok' }),
    {
      name: 'GMS reads the agent’s user data by external id',
      method: 'POST',
      path: '/genesys/2/openmedia/customer-support/X-1/get',
      form: 'searchByExternalId=true',
      want: {
        status: 200,
        json: { statusCode: 0, interactionProperties: { interactionState: 'Processing', interactionIsLocked: true } },
      },
    },
    operation('Complete', 'id', {}, { statusCode: 0 }),
    {
      name: 'Nexus: gone after completion (404)',
      method: 'GET',
      path: '/nexus/v3/openmedia/customer-support/interactions/ext_X-1',
      headers: nexusKey,
      want: { status: 404 },
    },
    {
      name: 'the agent has nothing left',
      method: 'GET',
      path: '/api/v2/me/interactions',
      headers: agent(),
      want: { status: 200, json: { statusCode: 0, uris: [] } },
    },
  ],
};

/** Every flow, one per surface plus the cross-surface one. Each expects a fresh namespace. */
export const flows: Flow[] = [gmsOpenMedia, nexus, gmsService, webServices, contextServices, crossSurface];
