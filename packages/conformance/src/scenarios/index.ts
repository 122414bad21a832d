import { contextServices } from './context-service.js';
import type { Scenario } from './scenario.js';
import { serviceApi } from './v1.js';
import { openMedia, webServices } from './v2.js';
import { nexus } from './v3.js';

export type { Scenario } from './scenario.js';

/** The explicit registry: the scenarios each surface runs, in order. */
export const SCENARIOS: Readonly<Record<string, readonly Scenario[]>> = {
  v1: [serviceApi],
  v2: [openMedia, webServices],
  v3: [nexus],
  'context-service': [contextServices],
};
