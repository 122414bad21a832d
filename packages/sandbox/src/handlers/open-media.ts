// GMS Open Media API v2 (seed 000; domain-notes §2). Every answer is HTTP 200; the outcome is in `statusCode`
// (0 success, 2 final failure with `errors[{code, advice}]`; U1 "API Responses", contract-decisions rule 5).
import { type Answer, json } from '../responses.js';
import type { Interaction } from '../state.js';
import { type HandlerContext, type HandlerRegistry, pathParam } from './handler.js';
import { asStringMap, createInteraction, findActive, stopInteraction } from './interactions.js';

/** seed 000: code 248 is "interaction not found"; the advice texts are the seed's, word for word. */
function notFound(advice: string): Answer {
  return json(200, { statusCode: 2, errors: [{ code: 248, advice }] });
}

function body(context: HandlerContext): Record<string, unknown> {
  return (context.body ?? {}) as Record<string, unknown>;
}

/** seed 000 get example: `interactionProperties`, user data as key/type/value entries with type `str`. */
export function interactionProperties(interaction: Interaction): Record<string, unknown> {
  return {
    interactionType: interaction.interactionType,
    interactionId: interaction.id,
    interactionReceivedAt: interaction.receivedAt,
    interactionIsHeld: false,
    interactionSubmittedBy: 'GMS-DC-API:sandbox:1',
    interactionMediatype: interaction.mediaType,
    interactionTenantId: 1,
    interactionQueue: interaction.queue,
    interactionSubmitSeq: String(interaction.submitSeq),
    interactionMovedToQueueAt: interaction.placedInQueueAt,
    interactionState: interaction.state,
    interactionSubmittedAt: interaction.submittedAt,
    interactionPlacedInQueueAt: interaction.placedInQueueAt,
    interactionUserData: Object.entries(interaction.userData).map(([key, value]) => ({
      key,
      type: 'str',
      value: typeof value === 'string' ? value : JSON.stringify(value),
    })),
    interactionSubtype: interaction.interactionSubtype,
    interactionIsLocked: interaction.owner !== undefined,
    interactionIsOnline: false,
    interactionPlaceInQueueSeq: String(interaction.placeInQueueSeq),
  };
}

/** seed 000 documents `searchByExternalId` on get only; update and stop use the interaction id (domain-notes §8). */
function byExternalId(value: unknown): boolean {
  return value === true || value === 'true';
}

export const openMediaHandlers: HandlerRegistry = {
  createOpenMediaInteraction(context) {
    const form = body(context);
    const interaction = createInteraction(context.space, context.namespaces, context.config, context.now, {
      service: pathParam(context, 'serviceName'),
      createdThrough: 'gms',
      externalId: typeof form.externalId === 'string' ? form.externalId : undefined,
      userData: asStringMap(form.userData),
      interactionType: typeof form.interactionType === 'string' ? form.interactionType : undefined,
      // seed 000 names the request field `interactionSubType` (and once `interactionSubtype`): accept both.
      interactionSubtype:
        typeof form.interactionSubType === 'string'
          ? form.interactionSubType
          : typeof form.interactionSubtype === 'string'
            ? form.interactionSubtype
            : undefined,
      mediaType: typeof form.mediaType === 'string' ? form.mediaType : undefined,
    });
    return json(200, { statusCode: 0, interactionId: interaction.id });
  },

  getOpenMediaInteraction(context) {
    const id = pathParam(context, 'id');
    const interaction = findActive(context.space, id, byExternalId(body(context).searchByExternalId));
    if (!interaction) return notFound(`Specified interaction Id[${id}] was not found`);
    return json(200, { statusCode: 0, interactionProperties: interactionProperties(interaction) });
  },

  updateOpenMediaInteraction(context) {
    const id = pathParam(context, 'id');
    const interaction = findActive(context.space, id, false);
    if (!interaction) return notFound(`Interaction with specified id[${id}] was not found`);
    const form = body(context);
    // seed 000 "Update": change[k] adds or modifies, delete[k] removes (its value is ignored).
    Object.assign(interaction.userData, asStringMap(form.change));
    for (const key of Object.keys(asStringMap(form.delete))) delete interaction.userData[key];
    return json(200, { statusCode: 0 });
  },

  stopOpenMediaInteraction(context) {
    const id = pathParam(context, 'id');
    const interaction = findActive(context.space, id, false);
    if (!interaction) return notFound(`Interaction with specified id[${id}] was not found`);
    const form = body(context);
    stopInteraction(interaction, {
      reasonSystemName: typeof form.reasonSystemName === 'string' ? form.reasonSystemName : undefined,
      reasonDescription: typeof form.reasonDescription === 'string' ? form.reasonDescription : undefined,
    });
    return json(200, { statusCode: 0 });
  },
};
