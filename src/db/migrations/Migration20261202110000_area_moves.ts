import { Migration } from '@mikro-orm/migrations';

/**
 * An area's history also records its moves (moveArea) and its retirement (retireArea): the action check widens.
 */
export class Migration20261202110000_area_moves extends Migration {
  override up(): void {
    this.addSql(`
      alter table area_history drop constraint area_history_action_check,
        add constraint area_history_action_check check (action in ('CREATE','UPDATE','MOVE','RETIRE'));
    `);
  }

  override down(): void {
    this.addSql(`
      delete from area_history where action in ('MOVE','RETIRE');
      alter table area_history drop constraint area_history_action_check,
        add constraint area_history_action_check check (action in ('CREATE','UPDATE'));
    `);
  }
}
