import { Migration } from '@mikro-orm/migrations';

/**
 * A hub started empty (SEED_ON_EMPTY=false) enters its district through createArea; there is only ever one:
 * at most one area without a parent.
 */
export class Migration20261202130000_one_district extends Migration {
  override up(): void {
    this.addSql(`create unique index area_one_district on area ((parent_id is null)) where parent_id is null;`);
  }

  override down(): void {
    this.addSql(`drop index area_one_district;`);
  }
}
