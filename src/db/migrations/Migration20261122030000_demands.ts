import { Migration } from '@mikro-orm/migrations';

const KINDS = `'READING_ROOM','ACTIVITY_VENUE','CIVIC_CLASSROOM','PARKING','TOILET','WATER_POINT','BREAKFAST',
  'AFTER_SCHOOL_CLASSROOM','CLINIC','DAY_CARE','OTHER'`;
const DEMAND_STATUSES = `'POSTED','PLACED','PARTIALLY_MATCHED','MATCHED','FULFILLED','CANCELLED','EXPIRED'`;
const LIST_STATUSES = `'COLLECTING','SUBMITTED','PUBLISHED','CLOSED'`;

/**
 * Demands and demand lists (需求清单), with their histories. Area paths are C-collated like the others, so
 * "this area and below" is an index range. The partial index on end_date serves the sweeper's search for
 * live demands past their last needed day.
 */
export class Migration20261122030000_demands extends Migration {
  override up(): void {
    this.addSql(`
      create table demand_list (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        title text not null,
        period_start date not null,
        period_end date not null,
        status text not null default 'COLLECTING' check (status in (${LIST_STATUSES})),
        opened_by text not null,
        submitted_at timestamptz,
        published_at timestamptz,
        closed_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (period_end >= period_start)
      );
      create index demand_list_area_path_idx on demand_list (area_path, id);
      create index demand_list_status_idx on demand_list (status, id);

      create table demand (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        demand_list_id bigint references demand_list(id),
        title text not null,
        description text not null default '',
        kinds text[] not null check (cardinality(kinds) > 0 and kinds <@ array[${KINDS}]),
        quantity integer not null check (quantity > 0),
        windows jsonb not null default '[]',
        start_date date not null,
        end_date date not null,
        lat double precision not null check (lat between -90 and 90),
        lng double precision not null check (lng between -180 and 180),
        radius_meters integer not null check (radius_meters > 0 and radius_meters <= 50000),
        audience text not null check (audience in ('ALL_RESIDENTS','ELDERLY','PUPILS','SANITATION_WORKERS',
          'OUTDOOR_WORKERS','PEOPLE_IN_DIFFICULTY','PEOPLE_WITH_DISABILITIES')),
        urgency text not null default 'NORMAL' check (urgency in ('LOW','NORMAL','HIGH','URGENT')),
        channel text not null check (channel in ('GRID_VISIT','HOTLINE_12345','MINI_PROGRAM','RESIDENT_MEETING','OTHER')),
        ordered_at timestamptz not null,
        ordered_by text not null default '',
        recorded_by text not null,
        placed_by text,
        placed_at timestamptz,
        taken_by_organization_id bigint references organization(id),
        taken_by_account text,
        taken_at timestamptz,
        status text not null default 'POSTED' check (status in (${DEMAND_STATUSES})),
        cancel_reason text,
        accepted_quantity integer not null default 0 check (accepted_quantity >= 0 and accepted_quantity <= quantity),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (end_date >= start_date)
      );
      create index demand_area_path_idx on demand (area_path, id);
      create index demand_status_idx on demand (status, id);
      create index demand_list_member_idx on demand (demand_list_id, id);
      create index demand_kinds_idx on demand using gin (kinds);
      create index demand_taken_by_idx on demand (taken_by_organization_id, id) where taken_by_organization_id is not null;
      create index demand_live_end_idx on demand (end_date) where status in ('POSTED','PLACED','PARTIALLY_MATCHED','MATCHED');
      create index demand_location_idx on demand using gist (point(lng, lat));

      create table demand_history (
        id bigint generated always as identity primary key,
        demand_id bigint not null references demand(id),
        action text not null check (action in ('POST','UPDATE','PLACE','TAKE','CANCEL','EXPIRE')),
        from_status text check (from_status in (${DEMAND_STATUSES})),
        to_status text not null check (to_status in (${DEMAND_STATUSES})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index demand_history_demand_idx on demand_history (demand_id, id);

      create table demand_list_history (
        id bigint generated always as identity primary key,
        demand_list_id bigint not null references demand_list(id),
        action text not null check (action in ('OPEN','SUBMIT','PUBLISH','CLOSE')),
        from_status text check (from_status in (${LIST_STATUSES})),
        to_status text not null check (to_status in (${LIST_STATUSES})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index demand_list_history_list_idx on demand_list_history (demand_list_id, id);
    `);
  }
}
