/**
 * Locating written values in replies whose shape is not published (Nexus v3 bodies, the Web Services interaction
 * object, contract decision 4): a breadth-first search for a key through objects and through `[{key, value}]`
 * pair lists (the form GMS and Interaction Server use for user data). Returns the shallowest match.
 */
import { escapePointerSegment } from '@cx-contracts/openapi-runtime';

export interface Located {
  pointer: string;
  value: unknown;
}

export function findKey(body: unknown, key: string, maxDepth = 5): Located | undefined {
  let level: Array<{ value: unknown; pointer: string }> = [{ value: body, pointer: '' }];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth += 1) {
    const next: typeof level = [];
    for (const { value, pointer } of level) {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
          if (isRecord(item) && item.key === key && 'value' in item)
            return { pointer: `${pointer}/${index}/value`, value: item.value };
          next.push({ value: item, pointer: `${pointer}/${index}` });
        }
      } else if (isRecord(value)) {
        if (Object.hasOwn(value, key)) return { pointer: `${pointer}/${escapePointerSegment(key)}`, value: value[key] };
        for (const [name, item] of Object.entries(value))
          next.push({ value: item, pointer: `${pointer}/${escapePointerSegment(name)}` });
      }
    }
    level = next;
  }
  return undefined;
}

export interface UserDataEntry {
  value: unknown;
  pointer: string;
  /** The entry's own key-value type, in a `[{key, type, value}]` list (GMS: `str`, seed 000). */
  type?: unknown;
}

/** User data as a plain map, from an object or from a `[{key, type, value}]` list (GMS interactionUserData). */
export function userDataMap(value: unknown): Map<string, UserDataEntry> | undefined {
  const map = new Map<string, UserDataEntry>();
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (isRecord(item) && typeof item.key === 'string')
        map.set(item.key, { value: item.value, pointer: `/${index}/value`, type: item.type });
    });
    return map;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value))
      map.set(key, { value: item, pointer: `/${escapePointerSegment(key)}` });
    return map;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Words of a state that mean an interaction is over (Interaction Server and Nexus wording varies). */
const OVER = new Set([
  'stop',
  'stopped',
  'complete',
  'completed',
  'close',
  'closed',
  'terminate',
  'terminated',
  'finish',
  'finished',
  'done',
  'end',
  'ended',
  'cancel',
  'canceled',
  'cancelled',
]);

/**
 * Whether a state says the interaction is over. Whole words only (`Stopped`, `InteractionStopped`,
 * `STOPPED_BY_AGENT`, `Completed`): a substring match took `Pending` and `Suspended` for "end", so a stop that did
 * nothing passed when the server reported the interaction as pending.
 */
export function isOverState(state: string): boolean {
  const words = state
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  return words.some((word) => OVER.has(word));
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
