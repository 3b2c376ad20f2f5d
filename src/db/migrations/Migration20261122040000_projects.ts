import { Migration } from '@mikro-orm/migrations';

/** Service projects (项目清单). */
export class Migration20261122040000_projects extends Migration {
  override up(): void {
    this.addSql('select 1');
  }
}
