import { Migration } from '@mikro-orm/migrations';

/**
 * A demand's status changes made by matching (PARTIALLY_MATCHED, MATCHED, back on a cancelled
 * match, FULFILLED) are lines of its history too: the actions MATCH, UNMATCH and FULFIL.
 */
export class Migration20261122110000_demand_history_matching extends Migration {
  override up(): void {
    this.addSql(`
      alter table demand_history drop constraint demand_history_action_check;
      alter table demand_history add constraint demand_history_action_check
        check (action in ('POST','UPDATE','PLACE','TAKE','CANCEL','EXPIRE','MATCH','UNMATCH','FULFIL'));
    `);
  }
}
