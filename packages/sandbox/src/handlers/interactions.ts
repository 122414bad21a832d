// The one store of interactions, as the three interaction surfaces see it: creating, finding by id or external id,
// and the views each surface reports. Shared by open-media.ts (GMS v2), nexus.ts (v3) and web-services.ts (GWS v2).
import { openMediaService, type SandboxConfig } from '../config.js';
import type { Namespace, Namespaces } from '../namespaces.js';
import { type Interaction, nextInteractionId } from '../state.js';

/** Seed 000 writes timestamps as `2017-05-31T04:43:52Z`: UTC, whole seconds. */
export function gmsTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function createInteraction(
  space: Namespace,
  namespaces: Namespaces,
  config: SandboxConfig,
  now: Date,
  fields: {
    service: string;
    createdThrough: Interaction['createdThrough'];
    externalId?: string;
    userData?: Record<string, unknown>;
    interactionType?: string;
    interactionSubtype?: string;
    mediaType?: string;
    parentInteractionId?: string;
    receivedAt?: string;
    data?: Record<string, unknown>;
  },
): Interaction {
  const state = space.state;
  // Ended interactions make room first: the caps bound what a namespace holds, and a long-running sandbox keeps
  // working (oldest ended first; GMS and Nexus already answer "not found" for them). They are also dropped every
  // ENDED_SWEEP interactions, so a namespace holds its active interactions and fewer than ENDED_SWEEP ended ones
  // however long it runs (the RSS soak of bench:sandbox), at one pass over the namespace per ENDED_SWEEP creates.
  if (state.interactions.size % ENDED_SWEEP === ENDED_SWEEP - 1 || namespaces.wouldExceed(space, { interactions: 1 }))
    evictEnded(state.interactions);
  namespaces.reserve(space, { interactions: 1 });
  const options = openMediaService(config, fields.service);
  // seed 000 "Create": type, subtype and media type come from the service's options unless allow_overwrite is true.
  const overwrite = options.allowOverwrite;
  const at = gmsTimestamp(now);
  const userData: Record<string, unknown> = {};
  // seed 000: "This ID is passed to Interaction Server in the UserData with the key ExternalId".
  if (fields.externalId !== undefined) userData.ExternalId = fields.externalId;
  Object.assign(userData, fields.userData ?? {});
  const interaction: Interaction = {
    id: nextInteractionId(state),
    ...(fields.externalId !== undefined ? { externalId: fields.externalId } : {}),
    service: fields.service,
    createdThrough: fields.createdThrough,
    interactionType: (overwrite && fields.interactionType) || options.interactionType,
    interactionSubtype: (overwrite && fields.interactionSubtype) || options.interactionSubtype,
    mediaType: (overwrite && fields.mediaType) || options.mediaType,
    queue: options.queue,
    state: 'Queued',
    userData,
    ...(fields.data ? { data: fields.data } : {}),
    ...(fields.parentInteractionId ? { parentInteractionId: fields.parentInteractionId } : {}),
    receivedAt: fields.receivedAt ?? at,
    submittedAt: at,
    placedInQueueAt: at,
    submitSeq: ++state.counters.seq,
    placeInQueueSeq: ++state.counters.seq,
  };
  state.interactions.set(interaction.id, interaction);
  return interaction;
}

/** How many interactions a namespace creates between two sweeps of its ended ones. */
const ENDED_SWEEP = 64;

function evictEnded(interactions: Map<string, Interaction>): void {
  for (const [id, interaction] of interactions) if (!isActive(interaction)) interactions.delete(id);
}

/** Ended interactions are gone for the open media APIs (seed 000: a stopped id answers error 248). */
export function isActive(interaction: Interaction): boolean {
  return interaction.state !== 'Stopped' && interaction.state !== 'Completed' && interaction.state !== 'Cancelled';
}

export function findActive(
  space: Namespace,
  id: string,
  byExternalId: boolean,
  service?: string,
): Interaction | undefined {
  if (!byExternalId) {
    const interaction = space.state.interactions.get(id);
    return interaction && isActive(interaction) ? interaction : undefined;
  }
  for (const interaction of space.state.interactions.values())
    if (
      interaction.externalId === id &&
      isActive(interaction) &&
      (service === undefined || interaction.service === service)
    )
      return interaction;
  return undefined;
}

export function stopInteraction(interaction: Interaction, reason: Interaction['stopReason']): void {
  interaction.state = 'Stopped';
  interaction.owner = undefined;
  interaction.offeredTo = undefined;
  if (reason && (reason.reasonSystemName || reason.reasonDescription)) interaction.stopReason = reason;
}

/** Keep string values as the form sent them; GMS and Nexus user data are key/value pairs. */
export function asStringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const [key, item] of Object.entries(value))
    result[key] = Array.isArray(item) ? item.map(String).join(',') : String(item);
  return result;
}
