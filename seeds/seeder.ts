import type pg from 'pg';
import type { DistrictData } from './district.js';

export interface SeededDistrict {
  data: DistrictData;
  scale: number;
  areas: Map<string, { id: string; path: string; kind: string; parentKey: string | null }>;
  organizations: Map<string, string>;
  resources: Map<string, string>;
  /** What the volunteers' seeder wrote, for the seeders after it (the service orders' takers); by database id. */
  volunteers?: { approved: SeededVolunteer[]; teams: SeededTeam[] };
}

/** An APPROVED volunteer with an account, as seeded: home community, employer, skills, approval (epoch ms). */
export interface SeededVolunteer { id: string; accountId: string; communityId: string; employerId: string | null; skills: string[]; approvedAt: number }
/** An ACTIVE team, as seeded: its leader and members (volunteer ids, in id order) and when each joined (epoch ms). */
export interface SeededTeam { id: string; areaPath: string; createdAt: number; leaderId: string; members: { id: string; joinedAt: number }[] }

/**
 * A module's part of the seed: runs inside the seed's transaction after the base district is written.
 * Deterministic (its own PRNG seeded from the scale), and it writes directly with SQL, no events.
 */
export type Seeder = (client: pg.PoolClient, district: SeededDistrict) => Promise<Record<string, number>>;
