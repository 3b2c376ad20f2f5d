import { Migration } from '@mikro-orm/migrations';

/**
 * Matching, the incremental re-solve: "which open demands can reach this resource" is asked of a
 * GiST index of each open demand's own reach (the box around its circle, candidates.ts boxAroundSql, the
 * expression written out here exactly as that function builds it for alias-free columns), so a changed
 * resource finds the few demands whose box holds it instead of every open demand within the widest radius
 * of all (demand_open_radius_idx and demand_open_location_idx, kept for the full run's readers).
 */
export class Migration20261122090000_matching_reach extends Migration {
  override up(): void {
    this.addSql(`
      create index demand_open_reach_idx on demand using gist (
        box(point(lng - ((radius_meters * 1.01 / 6371008.8 * 57.29577951308232) / greatest(cos(radians(abs(lat) + (radius_meters * 1.01 / 6371008.8 * 57.29577951308232))), 0.01)), lat - (radius_meters * 1.01 / 6371008.8 * 57.29577951308232)), point(lng + ((radius_meters * 1.01 / 6371008.8 * 57.29577951308232) / greatest(cos(radians(abs(lat) + (radius_meters * 1.01 / 6371008.8 * 57.29577951308232))), 0.01)), lat + (radius_meters * 1.01 / 6371008.8 * 57.29577951308232)))
      ) where status in ('PLACED','PARTIALLY_MATCHED');
    `);
  }

  override down(): void {
    this.addSql(`drop index demand_open_reach_idx;`);
  }
}
