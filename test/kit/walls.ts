import type { TestHub } from './server.js';

/* The public walls (problemWall, echoWall): documents and readers. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** Every field of a wall's card. */
export const WALL_CASE_FIELDS = `caseId title category urgency level status area { id name kind } location { lat lng system } reportedAt
  summonses { role status reportInDeadline reportedInAt isOverdue organization { id name kind } }
  measures completeDeadline isOverdue photoUrls result resolvedAt closedAt minutesTaken needsReview explanation
  ratings { self { satisfied basicallySatisfied dissatisfied total } callback { satisfied basicallySatisfied dissatisfied total }
            comments { text value source ratedAt } }`;

const wallDocument = (wall: 'problemWall' | 'echoWall', filterType: string, fields: string) => `query($areaId: ID!, $filter: ${filterType}, $first: Int, $after: String) {
  ${wall}(areaId: $areaId, filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${fields} } }
  }
}`;

export const PROBLEM_WALL = wallDocument('problemWall', 'ProblemWallFilter', WALL_CASE_FIELDS);
export const ECHO_WALL = wallDocument('echoWall', 'EchoWallFilter', WALL_CASE_FIELDS);

export interface WallArgs {
  filter?: Record<string, unknown>;
  first?: number;
  after?: string;
}

/** A page of the problem wall of `areaId`, read anonymously unless a token is given. */
export async function problemWall(hub: TestHub, areaId: string, args: WallArgs = {}, token: string | null = null): Promise<Any> {
  return ((await hub.client.data(PROBLEM_WALL, { areaId, ...args }, token)) as Any).problemWall;
}

/** A page of the echo wall of `areaId`, read anonymously unless a token is given. */
export async function echoWall(hub: TestHub, areaId: string, args: WallArgs = {}, token: string | null = null): Promise<Any> {
  return ((await hub.client.data(ECHO_WALL, { areaId, ...args }, token)) as Any).echoWall;
}

/** The case ids of a wall's page, in order. */
export const caseIdsOf = (page: Any): string[] => page.edges.map((e: Any) => e.node.caseId);
