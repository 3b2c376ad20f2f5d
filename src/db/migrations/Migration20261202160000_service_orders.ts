import { Migration } from '@mikro-orm/migrations';

const RESOURCE_KINDS = `'READING_ROOM','ACTIVITY_VENUE','CIVIC_CLASSROOM','PARKING','TOILET','WATER_POINT','BREAKFAST',
  'AFTER_SCHOOL_CLASSROOM','CLINIC','DAY_CARE','OTHER'`;
const SERVICE_KINDS = `'ERRANDS','ESCORT','TUTORING','REPAIRS','HEALTH_CHECK','LEGAL_AID','COMPANIONSHIP','HOUSEKEEPING',
  'MEAL_DELIVERY','HAIRCUT','COUNSELLING','DIGITAL_HELP','TRAFFIC_GUIDANCE','HYGIENE','OTHER'`;
const DEMAND_STATUSES = `'POSTED','PLACED','PARTIALLY_MATCHED','MATCHED','TAKEN','SERVED','FULFILLED','CANCELLED','EXPIRED'`;
const ACTIONS = `'POST','UPDATE','PLACE','TAKE','CANCEL','EXPIRE','MATCH','UNMATCH','FULFIL',
  'RELEASE','REVOKE_TAKE','SERVE','CONFIRM','DISPUTE','REVOKE_CONFIRMATION','OVERDUE'`;
const TAKE_STATUSES = `'TAKEN','RELEASED','REVOKED','SERVED','CONFIRMED','DISPUTED'`;

/**
 * Service orders (服务订单): a demand is served by a resource (matching, as before) or by people's work.
 * Existing demands become RESOURCE. A SERVICE demand names service kinds and no resource kinds, is never a
 * matching candidate, and goes PLACED → TAKEN → SERVED → FULFILLED through its takes (`demand_take`: one
 * taker's share — a volunteer, a team by its leader, a unit by its admin). `taken_quantity` is the sum of
 * the live takes' quantities, kept by the writes that change a take. Deadlines are absolute and stored:
 * `take_deadline` (set when placed, from ORDER_TAKE_WITHIN_HOURS), a take's `serve_deadline` (the end of
 * the order's last needed day); the sweeper records DEMAND_OVERDUE once per deadline (`*_overdue_at`).
 *
 * Points (积分): an append-only ledger per volunteer (`points_entry`), unique on (source, round, volunteer,
 * kind) so that a confirmation recorded twice writes once; each community's rate in `points_rule`, its changes in
 * `points_rule_history`.
 *
 * Events may concern several organisations and accounts (a demand's takers) and may be `board`-visible:
 * approved volunteers of the event's area receive the redacted card only.
 */
export class Migration20261202160000_service_orders extends Migration {
  override up(): void {
    this.addSql(`
      alter table demand add column fulfilment text not null default 'RESOURCE' check (fulfilment in ('RESOURCE','SERVICE'));
      alter table demand add column service_kinds text[] not null default '{}' check (service_kinds <@ array[${SERVICE_KINDS}]);
      alter table demand add column taken_quantity integer not null default 0;
      alter table demand add column take_deadline timestamptz;
      alter table demand add column take_overdue_at timestamptz;
      alter table demand drop constraint demand_kinds_check;
      alter table demand add constraint demand_kinds_check check (
        (fulfilment = 'RESOURCE' and cardinality(kinds) > 0 and kinds <@ array[${RESOURCE_KINDS}] and cardinality(service_kinds) = 0)
        or (fulfilment = 'SERVICE' and cardinality(kinds) = 0 and cardinality(service_kinds) > 0));
      alter table demand add constraint demand_taken_quantity_check check (taken_quantity >= 0 and taken_quantity <= quantity);
      alter table demand drop constraint demand_status_check;
      alter table demand add constraint demand_status_check check (status in (${DEMAND_STATUSES}) and (
        fulfilment = 'SERVICE' and status not in ('PARTIALLY_MATCHED','MATCHED')
        or fulfilment = 'RESOURCE' and status not in ('TAKEN','SERVED')));
      drop index demand_live_end_idx;
      create index demand_live_end_idx on demand (end_date) where status in ('POSTED','PLACED','PARTIALLY_MATCHED','MATCHED');
      create index demand_open_orders_idx on demand (area_path, id) where fulfilment = 'SERVICE' and status = 'PLACED';
      create index demand_take_deadline_idx on demand (take_deadline) where take_deadline is not null and take_overdue_at is null;

      alter table demand_history drop constraint demand_history_action_check;
      alter table demand_history add constraint demand_history_action_check check (action in (${ACTIONS}));
      alter table demand_history drop constraint demand_history_from_status_check;
      alter table demand_history add constraint demand_history_from_status_check check (from_status in (${DEMAND_STATUSES}));
      alter table demand_history drop constraint demand_history_to_status_check;
      alter table demand_history add constraint demand_history_to_status_check check (to_status in (${DEMAND_STATUSES}));

      create table demand_take (
        id bigint generated always as identity primary key,
        demand_id bigint not null references demand(id),
        area_path text collate "C" not null,
        taker_kind text not null check (taker_kind in ('VOLUNTEER','TEAM','ORGANIZATION')),
        volunteer_id bigint references volunteer(id),
        team_id bigint references volunteer_team(id),
        organization_id bigint references organization(id),
        account_id text not null,
        quantity integer not null check (quantity > 0),
        status text not null default 'TAKEN' check (status in (${TAKE_STATUSES})),
        serve_deadline timestamptz not null,
        serve_overdue_at timestamptz,
        taken_at timestamptz not null,
        served_at timestamptz,
        service_note text,
        confirmed_at timestamptz,
        confirmations integer not null default 0,
        ended_at timestamptz,
        reason text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((taker_kind = 'VOLUNTEER') = (volunteer_id is not null)),
        check ((taker_kind = 'TEAM') = (team_id is not null)),
        check ((taker_kind = 'ORGANIZATION') = (organization_id is not null))
      );
      create index demand_take_demand_idx on demand_take (demand_id, id);
      create index demand_take_volunteer_idx on demand_take (volunteer_id, id) where volunteer_id is not null;
      create index demand_take_team_idx on demand_take (team_id, id) where team_id is not null;
      create index demand_take_organization_idx on demand_take (organization_id, id) where organization_id is not null;
      create index demand_take_account_idx on demand_take (account_id, id);
      create index demand_take_serve_deadline_idx on demand_take (serve_deadline) where status = 'TAKEN' and serve_overdue_at is null;
      -- one live take per taker and order
      create unique index demand_take_live_idx on demand_take (demand_id, taker_kind, coalesce(volunteer_id, team_id, organization_id))
        where status in ('TAKEN','SERVED','DISPUTED');

      -- who served on a take and for how long (whole minutes), as the taker last reported it
      create table demand_take_person (
        take_id bigint not null references demand_take(id),
        position integer not null,
        volunteer_id bigint references volunteer(id),
        minutes integer not null check (minutes > 0 and minutes <= 1440),
        primary key (take_id, position)
      );
      create index demand_take_person_volunteer_idx on demand_take_person (volunteer_id) where volunteer_id is not null;

      create table demand_take_history (
        id bigint generated always as identity primary key,
        take_id bigint not null references demand_take(id),
        action text not null check (action in ('TAKE','RELEASE','REVOKE','SERVE','CONFIRM','DISPUTE','REVOKE_CONFIRMATION','OVERDUE')),
        from_status text check (from_status in (${TAKE_STATUSES})),
        to_status text not null check (to_status in (${TAKE_STATUSES})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index demand_take_history_take_idx on demand_take_history (take_id, id);

      create table points_rule (
        area_id bigint primary key references area(id),
        points_per_hour integer not null check (points_per_hour >= 0 and points_per_hour <= 1000),
        set_by text not null,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      -- every change of a community's rate, oldest first (the rule row holds the latest)
      create table points_rule_history (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        from_points_per_hour integer,
        points_per_hour integer not null check (points_per_hour >= 0 and points_per_hour <= 1000),
        actor_id text not null,
        actor_role text not null,
        at timestamptz not null
      );
      create index points_rule_history_area_idx on points_rule_history (area_id, id);

      create table points_entry (
        id bigint generated always as identity primary key,
        volunteer_id bigint not null references volunteer(id),
        kind text not null check (kind in ('SERVICE','REVERSAL','ADJUSTMENT')),
        points integer not null,
        minutes integer,
        source_type text,
        source_id bigint,
        round integer not null default 0,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        reason text,
        actor_id text not null,
        actor_role text not null,
        at timestamptz not null,
        check ((source_type is null) = (source_id is null)),
        check (kind = 'ADJUSTMENT' or source_id is not null)
      );
      create unique index points_entry_source_idx on points_entry (source_type, source_id, round, volunteer_id, kind) where source_id is not null;
      create index points_entry_volunteer_idx on points_entry (volunteer_id, id);
      create index points_entry_area_idx on points_entry (area_path, at);

      alter table event add column organization_ids bigint[] not null default '{}';
      alter table event add column account_ids text[] not null default '{}';
      alter table event add column is_board boolean not null default false;
      update event set organization_ids = array[organization_id] where organization_id is not null;
    `);
  }
}
