import { Migration } from '@mikro-orm/migrations';

/**
 * The incremental matcher's position in the event log: one row, the cursor of the last event it
 * has applied; moved in the same transaction as the proposals it writes.
 */
export class Migration20261122060000_matcher extends Migration {
  override up(): void {
    this.addSql(`
      create table matcher_state (
        id int primary key,
        cursor bigint not null default 0
      );
      insert into matcher_state (id, cursor) values (1, 0);
    `);
  }

  override down(): void {
    this.addSql(`drop table matcher_state;`);
  }
}
