import { Migration } from '@mikro-orm/migrations';

/**
 * Every history table names its time `at`: project_history's `occurred_at` becomes `at`, as in agreement_,
 * demand_, demand_list_ and match_history. A rename keeps every value; no index or constraint names the column.
 * (The GraphQL field stays ProjectHistoryEntry.occurredAt.)
 */
export class Migration20261202000000_history_at extends Migration {
  override up(): void {
    this.addSql(`alter table project_history rename column occurred_at to at;`);
  }

  override down(): void {
    this.addSql(`alter table project_history rename column at to occurred_at;`);
  }
}
