import { Migration } from '@mikro-orm/migrations';

/**
 * Matching, the incremental matcher's growth statement (matcher.ts, EXPAND_SQL), per node: a
 * demand's candidate resources are searched among the allocatable ones only (published, allocated, with a
 * capacity: about half of them; findCandidates' rules imply the predicate, so the full run's search can use
 * it too), and a resource's live proposals in an index of proposals by resource (without it the generic
 * plan scanned the whole of match_proposed_pair_idx, whose second column the resource is).
 */
export class Migration20261122120000_matching_probes extends Migration {
  override up(): void {
    this.addSql(`
      create index resource_allocatable_location_idx on resource using gist (point(lng, lat))
        where status = 'PUBLISHED' and access_mode = 'ALLOCATED' and capacity is not null;
      create index match_proposed_resource_idx on match (resource_id) where status = 'PROPOSED';
    `);
  }

  override down(): void {
    this.addSql(`drop index resource_allocatable_location_idx, match_proposed_resource_idx;`);
  }
}
