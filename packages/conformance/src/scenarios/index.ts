import type { Flow } from '../run/flow.js';
import { contextServices } from './context-service.js';
import { serviceApi } from './v1.js';
import { openMedia, webServices } from './v2.js';
import { nexus } from './v3.js';

/** A stateful flow on one surface. Scenarios are the only code that knows what a surface's operations mean. */
export interface Scenario {
  name: string;
  run(flow: Flow): Promise<void>;
}

/** The explicit registry: the scenarios each surface runs, in order. */
export const SCENARIOS: Readonly<Record<string, readonly Scenario[]>> = {
  v1: [serviceApi],
  v2: [openMedia, webServices],
  v3: [nexus],
  'context-service': [contextServices],
};
