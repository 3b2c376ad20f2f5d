import { Migration } from '@mikro-orm/migrations';

/**
 * Matching: a match's history also records that its agreement's suspension (termination,
 * expiry) put an accepted match at risk, and that a resumption cleared the flag.
 */
export class Migration20261122070000_match_risk extends Migration {
  override up(): void {
    this.addSql(`
      alter table match_history drop constraint match_history_action_check;
      alter table match_history add constraint match_history_action_check
        check (action in ('PROPOSE','SUPERSEDE','ACCEPT','DECLINE','CANCEL','FULFIL','FLAG_AT_RISK','CLEAR_RISK'));
    `);
  }
}
