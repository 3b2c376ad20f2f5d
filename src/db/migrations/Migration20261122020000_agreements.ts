import { Migration } from '@mikro-orm/migrations';

/** Sharing agreements (共享协议). */
export class Migration20261122020000_agreements extends Migration {
  override up(): void {
    this.addSql('select 1');
  }
}
