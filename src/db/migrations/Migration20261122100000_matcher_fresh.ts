import { Migration } from '@mikro-orm/migrations';

/**
 * The incremental matcher's cursor starts at the newest event when its row is first created (matcher.ts,
 * header), no longer at 0: the row the first matcher migration inserted at 0 is dropped while it is still
 * there untouched (the matcher never ran), so the matcher creates it at the newest cursor on its first pass
 * instead of replaying the whole log. A row the matcher already moved is kept.
 */
export class Migration20261122100000_matcher_fresh extends Migration {
  override up(): void {
    this.addSql(`delete from matcher_state where cursor = 0;`);
  }
}
