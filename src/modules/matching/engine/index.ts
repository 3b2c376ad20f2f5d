/**
 * The matching engine: a pure, exact solver for assigning demand quantities to resource capacities.
 * No database and no GraphQL here; the hub builds instances from its candidate search.
 */
export { InstanceError } from './types.js';
export type {
  Assignment,
  AssignmentResult,
  Instance,
  InstanceDemand,
  InstancePair,
  InstanceResource,
} from './types.js';
export { solveAssignment } from './solve.js';
export { connectedComponents } from './components.js';
export { greedyNearestFirst } from './greedy.js';
export { compareIds } from './canonical.js';
