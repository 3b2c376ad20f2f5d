import type pg from 'pg';
import type { DistrictData } from './district.js';

export interface SeededDistrict {
  data: DistrictData;
  scale: number;
  areas: Map<string, { id: string; path: string; kind: string; parentKey: string | null }>;
  organizations: Map<string, string>;
  resources: Map<string, string>;
}

/**
 * A module's part of the seed: runs inside the seed's transaction after the base district is written.
 * Deterministic (its own PRNG seeded from the scale), and it writes directly with SQL, no events.
 */
export type Seeder = (client: pg.PoolClient, district: SeededDistrict) => Promise<Record<string, number>>;
