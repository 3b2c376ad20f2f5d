import { Migration } from '@mikro-orm/migrations';

/**
 * Matching, the incremental re-solve, when a changed resource looks for the open demands around
 * it (matcher.ts, openDemandsAround; the open statuses are those of its OPEN_DEMAND): the widest radius of the
 * open demands, which sizes the box, is read from the top of a partial index instead of a scan of every
 * demand, and the box is searched in a GiST index of the open demands' points only (without statistics the
 * planner otherwise ANDs the whole-table GiST with the live-demand index, thousands of rows per resource).
 */
export class Migration20261122080000_matching_indexes extends Migration {
  override up(): void {
    this.addSql(`
      create index demand_open_radius_idx on demand (radius_meters) where status in ('PLACED','PARTIALLY_MATCHED');
      create index demand_open_location_idx on demand using gist (point(lng, lat)) where status in ('PLACED','PARTIALLY_MATCHED');
    `);
  }
}
