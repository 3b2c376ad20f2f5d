import { Migration } from '@mikro-orm/migrations';

/**
 * Members and volunteers (在职党员, 志愿者) registered with their home communities (报到), and their teams
 * (志愿服务队). A record is keyed by the account (`sub`) of its VOLUNTEER token once it has one; a record a unit
 * reported for its members (整建制报到) has none until its person claims it with a one-time code, of which only
 * the hash is kept. One live record per phone number. Names and phones are private (volunteer.rules.ts).
 * No text index: staff search the volunteers of their own area (a district's 12,000 at most per copy of the
 * seed), where a substring test over the rows the area index gives is quick; resources' gram column would
 * cost the seed and every write more than it saves (seeding 12,000 rows: 2 s with it, 0.4 s without).
 */
export class Migration20261202150000_volunteers extends Migration {
  override up(): void {
    this.addSql(`
      create table volunteer (
        id bigint generated always as identity primary key,
        account_id text,
        status text not null check (status in ('APPLIED','APPROVED','REJECTED','SUSPENDED','LEFT')),
        real_name text not null,
        phone text not null,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        grid_id bigint references area(id),
        employer_id bigint references organization(id),
        is_party_member boolean not null,
        is_in_service boolean not null,
        skills text[] not null default '{}',
        skills_note text,
        windows jsonb not null default '[]',
        reported_by_id bigint references organization(id),
        claim_code_hash text,
        claim_expires_at timestamptz,
        claimed_at timestamptz,
        status_reason text,
        approved_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check ((claim_code_hash is null) = (claim_expires_at is null))
      );
      create unique index volunteer_account_idx on volunteer (account_id) where account_id is not null;
      create unique index volunteer_claim_code_idx on volunteer (claim_code_hash) where claim_code_hash is not null;
      create unique index volunteer_live_phone_idx on volunteer (phone) where status in ('APPLIED','APPROVED','SUSPENDED');
      create index volunteer_area_path_idx on volunteer (area_path collate "C", id);
      create index volunteer_employer_idx on volunteer (employer_id, id) where employer_id is not null;

      create table volunteer_history (
        id bigint generated always as identity primary key,
        volunteer_id bigint not null references volunteer(id),
        action text not null check (action in ('APPLIED','REAPPLIED','REPORTED','CLAIMED','APPROVED','REJECTED',
          'SUSPENDED','REINSTATED','LEFT','UPDATED')),
        from_status text,
        to_status text,
        actor_id text not null,
        actor_role text not null,
        reason text,
        detail text,
        at timestamptz not null
      );
      create index volunteer_history_volunteer_idx on volunteer_history (volunteer_id, id);

      create table volunteer_team (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        name text not null,
        description text not null default '',
        leader_id bigint references volunteer(id),
        status text not null check (status in ('ACTIVE','DISBANDED')),
        disband_reason text,
        disbanded_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index volunteer_team_name_idx on volunteer_team (area_id, name) where status = 'ACTIVE';
      create index volunteer_team_area_path_idx on volunteer_team (area_path collate "C", id);

      create table volunteer_team_member (
        team_id bigint not null references volunteer_team(id),
        volunteer_id bigint not null references volunteer(id),
        joined_at timestamptz not null,
        primary key (team_id, volunteer_id)
      );
      create index volunteer_team_member_volunteer_idx on volunteer_team_member (volunteer_id);

      create table volunteer_team_history (
        id bigint generated always as identity primary key,
        team_id bigint not null references volunteer_team(id),
        action text not null check (action in ('CREATED','UPDATED','DISBANDED')),
        from_status text,
        to_status text,
        actor_id text not null,
        actor_role text not null,
        reason text,
        detail text,
        at timestamptz not null
      );
      create index volunteer_team_history_team_idx on volunteer_team_history (team_id, id);
    `);
  }

  override down(): void {
    this.addSql(`drop table volunteer_team_history; drop table volunteer_team_member; drop table volunteer_team;
      drop table volunteer_history; drop table volunteer;`);
  }
}
