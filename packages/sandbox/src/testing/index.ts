// @cx-contracts/sandbox/testing: the behaviour suite as data (flows) and its runner, for any fetch-like target.
export { flows, basic } from './flows.js';
export {
  runFlow,
  contains,
  type Flow,
  type Step,
  type Answer,
  type FetchLike,
  type RunOptions,
  type Vars,
} from './run-flow.js';
