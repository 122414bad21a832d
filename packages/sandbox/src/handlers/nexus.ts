// Nexus v3 open media (seed 003; domain-notes §5; contract-decisions rule 8). Bodies are the models themselves.
// Response bodies are published only as `{object}`; the sandbox answers in the envelope of the sibling Nexus v3
// Third-Party Messaging API (U19: `{"status":{"code":0,"message":…},"data":{…}}`), the least surprising choice,
// with the interaction under `data`. The x-api-key check (401) is the front end's, from the security scheme.
import { type Answer, json } from '../responses.js';
import type { Interaction } from '../state.js';
import { type HandlerContext, type HandlerRegistry, pathParam } from './handler.js';
import { createInteraction, findActive, stopInteraction } from './interactions.js';

function envelope(status: number, message: string, data?: unknown): Answer {
  return json(status, { status: { code: status === 200 ? 0 : status, message }, ...(data ? { data } : {}) });
}

export function nexusView(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    ...(interaction.externalId !== undefined ? { externalId: interaction.externalId } : {}),
    openMediaService: interaction.service,
    state: interaction.state,
    ...(interaction.parentInteractionId ? { parentInteractionId: interaction.parentInteractionId } : {}),
    receivedAt: interaction.receivedAt,
    userData: interaction.userData,
    ...(interaction.data ? { data: interaction.data } : {}),
  };
}

function target(context: HandlerContext): { interaction?: Interaction; label: string } {
  const { openMediaService, externalId } = context.params;
  // seed 003: `ext_{externalId}` addresses by external id within the service; a plain id addresses the interaction.
  if (externalId !== undefined)
    return {
      interaction: findActive(context.space, externalId, true, openMediaService),
      label: `external id '${externalId}'`,
    };
  const interactionId = pathParam(context, 'interactionId');
  return { interaction: findActive(context.space, interactionId, false), label: `id '${interactionId}'` };
}

function notFound(context: HandlerContext, label: string): Answer {
  return envelope(404, `No active interaction with ${label} in service '${pathParam(context, 'openMediaService')}'.`);
}

function update(context: HandlerContext): Answer {
  const { interaction, label } = target(context);
  if (!interaction) return notFound(context, label);
  const change = (context.body ?? {}) as {
    changedProperties?: Record<string, unknown>;
    addedProperties?: Record<string, unknown>;
    deletedProperties?: string[];
  };
  // seed 003 changePropertiesRequest: changed and added properties are written, deleted ones removed
  // (the split between "changed" and "added" is not published; both set the key: domain-notes §8).
  Object.assign(interaction.userData, change.changedProperties ?? {}, change.addedProperties ?? {});
  for (const key of change.deletedProperties ?? []) delete interaction.userData[key];
  return envelope(200, 'Interaction updated', nexusView(interaction));
}

function stop(context: HandlerContext): Answer {
  const { interaction, label } = target(context);
  if (!interaction) return notFound(context, label);
  const reason = (context.body ?? {}) as { reasonSystemName?: string; reasonDescription?: string };
  stopInteraction(interaction, reason);
  return envelope(200, 'Interaction stopped', nexusView(interaction));
}

function get(context: HandlerContext): Answer {
  const { interaction, label } = target(context);
  if (!interaction) return notFound(context, label);
  return envelope(200, 'OK', nexusView(interaction));
}

export const nexusHandlers: HandlerRegistry = {
  createNexusInteraction(context) {
    const request = (context.body ?? {}) as {
      externalId?: string;
      parentInteractionId?: string;
      receivedAt?: string;
      userData?: Record<string, unknown>;
      data?: Record<string, unknown>;
    };
    const service = pathParam(context, 'openMediaService');
    // seed 003 documents 409 "Resource already exists" on create: an active interaction of the same service already
    // has this external id (domain-notes §8 leaves the trigger open; this is the only resource a create names).
    if (request.externalId !== undefined && findActive(context.space, request.externalId, true, service))
      return envelope(
        409,
        `An active interaction with external id '${request.externalId}' exists in service '${service}'.`,
      );
    const interaction = createInteraction(context.space, context.namespaces, context.config, context.now, {
      service,
      createdThrough: 'nexus',
      externalId: request.externalId,
      userData: request.userData,
      parentInteractionId: request.parentInteractionId,
      receivedAt: request.receivedAt,
      data: request.data,
    });
    return envelope(200, 'Interaction created', nexusView(interaction));
  },
  getNexusInteraction: get,
  getNexusInteractionByExternalId: get,
  updateNexusInteraction: update,
  updateNexusInteractionByExternalId: update,
  stopNexusInteraction: stop,
  stopNexusInteractionByExternalId: stop,
};
