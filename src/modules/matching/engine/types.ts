/**
 * Types of the matching engine: a pure transportation problem between demands and resources.
 * No database, no GraphQL: the hub builds an `Instance` from its candidate search and writes the result back.
 */

export interface InstanceDemand {
  /** Unique among demands (demands and resources are separate name spaces). */
  id: string;
  /** Quantity still to serve; a non-negative integer. */
  quantity: number;
}

export interface InstanceResource {
  /** Unique among resources. */
  id: string;
  /** Capacity still free; a non-negative integer. */
  capacity: number;
}

export interface InstancePair {
  demand: string;
  resource: string;
  /** Value of serving one unit of the demand from the resource; a non-negative integer. */
  score: number;
  /**
   * Optional bound on the quantity this pair may carry (a non-negative integer). Without it the pair is bounded
   * only by the demand's quantity and the resource's capacity. The hub passes DESIGN's arc capacity here:
   * min(the agreement item's committed quantity, the resource's capacity) − quantity already accepted on it.
   */
  capacity?: number;
}

export interface Instance {
  demands: InstanceDemand[];
  resources: InstanceResource[];
  pairs: InstancePair[];
}

export interface Assignment {
  demand: string;
  resource: string;
  /** A positive integer. */
  quantity: number;
}

export interface AssignmentResult {
  /** Sorted by demand id, then resource id (UTF-16 code-unit order, not locale); every quantity > 0. */
  assignments: Assignment[];
  /** Σ quantity over the assignments. */
  servedQuantity: number;
  /** Σ score × quantity over the assignments. */
  objective: number;
}

/** The instance is malformed; the message names the problem (and where, e.g. `pairs[3].demand`). */
export class InstanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstanceError';
  }
}
