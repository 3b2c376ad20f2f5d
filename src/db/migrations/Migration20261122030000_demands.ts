import { Migration } from '@mikro-orm/migrations';

/** Demands and demand lists (需求清单). */
export class Migration20261122030000_demands extends Migration {
  override up(): void {
    this.addSql('select 1');
  }
}
