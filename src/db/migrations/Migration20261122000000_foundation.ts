import { Migration } from '@mikro-orm/migrations';

/** Areas, resident units, resources, live availability, the holiday calendar and the event outbox. */
export class Migration20261122000000_foundation extends Migration {
  override up(): void {
    this.addSql(`
      create table area (
        id bigint generated always as identity primary key,
        kind text not null check (kind in ('DISTRICT','STREET','COMMUNITY','GRID','BUILDING')),
        parent_id bigint references area(id),
        path text collate "C" not null unique,
        depth smallint not null,
        name text not null,
        code text,
        lat double precision not null check (lat between -90 and 90),
        lng double precision not null check (lng between -180 and 180),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index area_parent_idx on area (parent_id, id);

      create table organization (
        id bigint generated always as identity primary key,
        kind text not null check (kind in ('AGENCY','SCHOOL','HOSPITAL','COMPANY','SOCIAL_ORGANIZATION')),
        name text not null,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        address text not null default '',
        contact_name text,
        contact_phone text,
        description text not null default '',
        lat double precision check (lat between -90 and 90),
        lng double precision check (lng between -180 and 180),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create unique index organization_name_key on organization (name);
      create index organization_area_path_idx on organization (area_path, id);

      create table resource (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        kind text not null check (kind in ('READING_ROOM','ACTIVITY_VENUE','CIVIC_CLASSROOM','PARKING','TOILET',
          'WATER_POINT','BREAKFAST','AFTER_SCHOOL_CLASSROOM','CLINIC','DAY_CARE','OTHER')),
        status text not null default 'DRAFT' check (status in ('DRAFT','PUBLISHED','PAUSED','WITHDRAWN')),
        title text not null,
        description text not null default '',
        address text not null default '',
        lat double precision not null check (lat between -90 and 90),
        lng double precision not null check (lng between -180 and 180),
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        capacity integer check (capacity >= 0),
        capacity_unit text,
        access_mode text not null check (access_mode in ('OPEN_ACCESS','ALLOCATED')),
        audiences text[] not null default '{}',
        windows jsonb not null default '[]',
        exceptions jsonb not null default '[]',
        accepted_quantity integer not null default 0 check (accepted_quantity >= 0),
        latest_free_count integer,
        latest_observed_at timestamptz,
        version integer not null default 1,
        published_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (access_mode = 'OPEN_ACCESS' or capacity is not null),
        check (capacity is null or accepted_quantity <= capacity)
      );
      create index resource_organization_idx on resource (organization_id, id);
      create index resource_area_path_idx on resource (area_path, id);
      create index resource_kind_status_idx on resource (kind, status, id);

      create table availability_observation (
        id bigint generated always as identity primary key,
        resource_id bigint not null references resource(id),
        free_count integer not null check (free_count >= 0),
        observed_at timestamptz not null,
        source text not null default '',
        reported_by text not null,
        recorded_at timestamptz not null default now()
      );
      create index availability_observation_resource_idx on availability_observation (resource_id, observed_at desc, id desc);

      create table holiday (
        date date primary key,
        kind text not null check (kind in ('HOLIDAY','MAKEUP_WORKDAY')),
        name text not null default ''
      );

      -- cursors are taken at the very end of each writing transaction under a transaction-level advisory
      -- lock, so they increase in commit order (see src/modules/events/outbox.ts)
      create sequence event_cursor_seq;
      create table event (
        cursor bigint primary key,
        type text not null,
        subject_type text not null,
        subject_id bigint not null,
        area_path text collate "C",
        organization_id bigint,
        is_public boolean not null default false,
        actor_id text not null,
        actor_role text not null,
        occurred_at timestamptz not null,
        data jsonb not null default '{}'
      );
      create index event_subject_idx on event (subject_type, subject_id, cursor);
      create index event_occurred_idx on event (occurred_at);
    `);
  }
}
