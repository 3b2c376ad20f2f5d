import { Migration } from '@mikro-orm/migrations';

const CASE_ACTIONS = `'REPORT','ACCEPT','REJECT','MERGE','WHISTLE','RESOLVE','CLOSE','REOPEN','ESCALATE','OVERDUE',
  'SET_MEASURES','PUBLISH_PHOTOS','REVIEW_NEEDED','EXPLAIN'`;

/**
 * The problem wall (问题墙), the echo wall (回音壁) and residents' ratings (居民监督评议).
 *
 * A case gains what the walls show beside its own fields: `measures` (整改措施, what is being done, set by the
 * handling level or the lead), `photos_public` (already there: staff mark the photos public), and the review
 * flags: `needs_review` (set once when ratings call for it, with `review_needed_at`) and the community's
 * `explanation` (shown on the echo wall). `case_rating` holds ratings: SELF ones by a resident's account (its
 * `sub`, at most one per case), CALLBACK ones recorded by a grid worker on a call-back visit (回访) for a
 * household (building + room, stored only as a keyed hash, at most one per case).
 */
export class Migration20261202180000_ratings extends Migration {
  override up(): void {
    this.addSql(`
      alter table civic_case add column measures text;
      alter table civic_case add column measures_at timestamptz;
      alter table civic_case add column needs_review boolean not null default false;
      alter table civic_case add column review_needed_at timestamptz;
      alter table civic_case add column explanation text;
      alter table civic_case add column explained_at timestamptz;
      create index civic_case_reporter_day_idx on civic_case (reporter_account_id, reported_at);
      create index civic_case_wall_idx on civic_case (area_path, id) where status in ('ACCEPTED','WHISTLED','CLOSED');

      alter table case_history drop constraint case_history_action_check;
      alter table case_history add constraint case_history_action_check check (action in (${CASE_ACTIONS}));

      create table case_rating (
        id bigint generated always as identity primary key,
        case_id bigint not null references civic_case(id),
        area_path text collate "C" not null,
        source text not null check (source in ('SELF','CALLBACK')),
        value text not null check (value in ('SATISFIED','BASICALLY_SATISFIED','DISSATISFIED')),
        comment text,
        account_id text,
        is_reporter boolean not null default false,
        household_hash text,
        actor_id text not null,
        actor_role text not null,
        rated_at timestamptz not null,
        check ((source = 'SELF') = (account_id is not null)),
        check ((source = 'CALLBACK') = (household_hash is not null))
      );
      create unique index case_rating_self_idx on case_rating (case_id, account_id) where source = 'SELF';
      create unique index case_rating_callback_idx on case_rating (case_id, household_hash) where source = 'CALLBACK';
      create index case_rating_case_idx on case_rating (case_id, id);
      create index case_rating_area_idx on case_rating (area_path, rated_at);
    `);
  }
}
