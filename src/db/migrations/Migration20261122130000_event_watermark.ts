import { Migration } from '@mikro-orm/migrations';

/**
 * The event log's purge watermark (now src/outbox/purge.ts): one row, the highest cursor purged
 * so far; every event at or below it is gone. Readers whose `after` is below it get CURSOR_EXPIRED, and the
 * matcher runs a full pass when its own cursor is below it. 0: nothing purged yet.
 */
export class Migration20261122130000_event_watermark extends Migration {
  override up(): void {
    this.addSql(`
      create table event_watermark (
        id int primary key check (id = 1),
        cursor bigint not null
      );
      insert into event_watermark (id, cursor) values (1, 0);
    `);
  }

  override down(): void {
    this.addSql(`drop table event_watermark;`);
  }
}
