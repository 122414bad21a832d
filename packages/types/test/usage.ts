// Typed usage of one operation per surface: compiled by test/types.test.ts. If a spec change breaks what a
// consumer writes here, the types test fails and the PR shows why.
import type { V1, V2, V3, ContextService } from '@cx-contracts/types';

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

// v1: create a service with a JSON body; the reply carries the service id.
type CreateService = V1.operations['createGmsService'];
export const createServiceBody: NonNullable<CreateService['requestBody']>['content']['application/json'] = {
  _phone_number: '6504669999',
  language: 'french',
};
export function serviceId(reply: JsonBody<CreateService['responses'][200]>): string | undefined {
  return '_id' in reply ? reply._id : reply.id;
}

// v2: GMS Open Media create (form body with a userData map) and its statusCode union.
type CreateOpenMedia = V2.operations['createOpenMediaInteraction'];
export const openMediaBody: NonNullable<
  CreateOpenMedia['requestBody']
>['content']['application/x-www-form-urlencoded'] = {
  externalId: 'xy932',
  userData: { OrderNumber: 'ABC123456789' },
};
export function interactionIdOf(reply: JsonBody<CreateOpenMedia['responses'][200]>): string | undefined {
  return reply.statusCode === 0 ? reply.interactionId : undefined;
}

// v2: the operationName discriminator narrows the Web Services operation body.
export const placeInQueue: NonNullable<
  V2.operations['performGwsInteractionOperation']['requestBody']
>['content']['application/json'] = {
  operationName: 'PlaceInQueue',
  queueName: 'Support',
};

// v3: update by external id.
export const nexusUpdate: NonNullable<
  V3.operations['updateNexusInteractionByExternalId']['requestBody']
>['content']['application/json'] = {
  changedProperties: { OrderNumber: 'uABC123456789' },
  deletedProperties: ['KeyToDelete'],
};

// context-service: composite start, with the `created` strings of the reply.
type Composite = ContextService.operations['startCsCompositeService'];
export const compositeBody: NonNullable<Composite['requestBody']>['content']['application/json'] = {
  services: [{ service: { customer_id: 'cust-42', service_type: 'MyService1' }, state: { state_type: 'MyState1' } }],
};
export function wasServiceCreated(reply: JsonBody<Composite['responses'][200]>): boolean {
  // Two documented reply forms: the worked example's `services` list and the "Body" template's single result.
  const first = 'services' in reply ? reply.services[0] : reply;
  return first?.service.created === 'true';
}
