import { Migration } from '@mikro-orm/migrations';

const MATCH_STATUSES = `'PROPOSED','ACCEPTED','FULFILLED','DECLINED','CANCELLED','SUPERSEDED'`;

/**
 * Matching: runs, matches with their history, and declined pairs. A partial unique index keeps
 * at most one PROPOSED match per (demand, resource) pair (a pair may also hold accepted matches: a later run
 * can propose more of the same resource once it has room); the inbox and the demand's and resource's match
 * lists each have their index.
 */
export class Migration20261122050000_matching extends Migration {
  override up(): void {
    this.addSql(`
      create table match_run (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        kinds text[] not null default '{}',
        demands_served integer not null default 0,
        quantity_served integer not null default 0,
        quantity_unmet integer not null default 0,
        fill_rate_by_community jsonb not null default '[]',
        objective bigint not null default 0,
        proposed_count integer not null default 0,
        superseded_count integer not null default 0,
        time_taken_ms integer not null default 0,
        started_at timestamptz not null,
        finished_at timestamptz not null,
        actor_id text not null,
        actor_role text not null
      );
      create index match_run_area_path_idx on match_run (area_path, id);

      create table match (
        id bigint generated always as identity primary key,
        demand_id bigint not null references demand(id),
        resource_id bigint not null references resource(id),
        organization_id bigint not null references organization(id),
        agreement_id bigint not null references sharing_agreement(id),
        agreement_item_id bigint not null references agreement_item(id),
        area_path text collate "C" not null,
        quantity integer not null check (quantity > 0),
        score integer not null check (score >= 0),
        explanation jsonb not null default '{}',
        status text not null default 'PROPOSED' check (status in (${MATCH_STATUSES})),
        at_risk boolean not null default false,
        run_id bigint references match_run(id),
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index match_proposed_pair_idx on match (demand_id, resource_id) where status = 'PROPOSED';
      create index match_demand_idx on match (demand_id, id);
      create index match_resource_idx on match (resource_id, status, id);
      create index match_organization_idx on match (organization_id, status, id);
      create index match_area_path_idx on match (area_path, status, id);

      create table match_history (
        id bigint generated always as identity primary key,
        match_id bigint not null references match(id),
        action text not null check (action in ('PROPOSE','SUPERSEDE','ACCEPT','DECLINE','CANCEL','FULFIL')),
        from_status text check (from_status in (${MATCH_STATUSES})),
        to_status text not null check (to_status in (${MATCH_STATUSES})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index match_history_match_idx on match_history (match_id, id);

      create table declined_pair (
        demand_id bigint not null references demand(id),
        resource_id bigint not null references resource(id),
        match_id bigint references match(id),
        reason text,
        declined_at timestamptz not null,
        primary key (demand_id, resource_id)
      );
    `);
  }
}
