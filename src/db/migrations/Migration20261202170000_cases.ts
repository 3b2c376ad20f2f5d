import { Migration } from '@mikro-orm/migrations';

const CATEGORIES = `'ENVIRONMENT_HYGIENE','PARKING_TRAFFIC','PROPERTY_HOUSING','PUBLIC_SAFETY','ELDERLY_DISABLED_CARE',
  'MUNICIPAL_FACILITIES','MARKET_ORDER','NOISE_NUISANCE','GREENERY','NEIGHBOUR_DISPUTE','ILLEGAL_CONSTRUCTION','OTHER'`;
const SOURCES = `'GRID_PATROL','RESIDENT','HOTLINE_12345','JOINT_MEETING','DEMAND'`;
const LEVELS = `'COMMUNITY','STREET','DISTRICT'`;
const CASE_STATUSES = `'REPORTED','ACCEPTED','REJECTED','MERGED','WHISTLED','RESOLVED','CLOSED'`;
const CASE_ACTIONS = `'REPORT','ACCEPT','REJECT','MERGE','WHISTLE','RESOLVE','CLOSE','REOPEN','ESCALATE','OVERDUE'`;
const SUMMONS_STATUSES = `'SUMMONED','REPORTED_IN','DECLINED','DECLINE_ACCEPTED','DONE'`;
const SUMMONS_ACTIONS = `'SUMMON','REPORT_IN','DECLINE','ACCEPT_DECLINE','OVERRULE_DECLINE','DONE','REOPEN','REPORT_IN_OVERDUE'`;
const ORGANIZATION_KINDS = `'AGENCY','SCHOOL','HOSPITAL','COMPANY','SOCIAL_ORGANIZATION','DEPARTMENT'`;

/**
 * Whistle and report (吹哨报到). Departments (职能部门) are organisations of kind DEPARTMENT, stationed at the
 * district or a street; the published resident-unit figures count every other kind.
 *
 * A case (`civic_case`: `case` is reserved in SQL) lies in an area (`area_path`, a community, a grid or
 * a street) and is handled at a level (`level`, `handling_area_id`/`handling_path`: the community, street or
 * district whose admins accept, whistle, close; escalation moves it up). A whistle summons organisations
 * (`case_summons`, one live summons per case and organisation, LEAD or SUPPORT) with an absolute report-in
 * deadline each, and sets the case's completion deadline (`complete_deadline`); deadlines are stored and
 * never recomputed. The sweeper records each overdue once (`report_in_overdue_at`, `complete_overdue_at`);
 * a new completion deadline clears `complete_overdue_at` so that it can be recorded again.
 *
 * Private: the reporter (`reporter_account_id`, `reporter_role`), the 12345 ticket number, the photos until
 * staff mark them public, the exact location. Histories: `case_history` (the case's transitions),
 * `case_summons_history` (each summons'), `case_note` (notes by the parties; never updated).
 */
export class Migration20261202170000_cases extends Migration {
  override up(): void {
    this.addSql(`
      alter table organization drop constraint organization_kind_check;
      alter table organization add constraint organization_kind_check check (kind in (${ORGANIZATION_KINDS}));

      create table civic_case (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        level text not null check (level in (${LEVELS})),
        handling_area_id bigint not null references area(id),
        handling_path text collate "C" not null,
        title text not null,
        description text not null,
        category text not null check (category in (${CATEGORIES})),
        source text not null check (source in (${SOURCES})),
        ticket_number text,
        demand_id bigint references demand(id),
        urgency text not null check (urgency in ('LOW','NORMAL','HIGH','URGENT')),
        lat double precision check (lat between -90 and 90),
        lng double precision check (lng between -180 and 180),
        photo_urls text[] not null default '{}',
        photos_public boolean not null default false,
        status text not null default 'REPORTED' check (status in (${CASE_STATUSES})),
        reporter_account_id text not null,
        reporter_role text not null,
        reported_at timestamptz not null,
        accepted_at timestamptz,
        whistled_at timestamptz,
        complete_deadline timestamptz,
        complete_overdue_at timestamptz,
        resolved_at timestamptz,
        result text,
        closed_at timestamptz,
        merged_into_id bigint references civic_case(id),
        reason text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((source = 'HOTLINE_12345') = (ticket_number is not null)),
        check ((lat is null) = (lng is null)),
        check ((status = 'MERGED') = (merged_into_id is not null))
      );
      create index civic_case_area_idx on civic_case (area_path, id);
      create index civic_case_handling_idx on civic_case (handling_path, id);
      create index civic_case_reported_idx on civic_case (area_path, reported_at);
      create index civic_case_reporter_idx on civic_case (reporter_account_id, id);
      create index civic_case_deadline_idx on civic_case (complete_deadline)
        where complete_deadline is not null and complete_overdue_at is null and status in ('ACCEPTED','WHISTLED');

      create table case_summons (
        id bigint generated always as identity primary key,
        case_id bigint not null references civic_case(id),
        organization_id bigint not null references organization(id),
        area_path text collate "C" not null,
        role text not null check (role in ('LEAD','SUPPORT')),
        status text not null default 'SUMMONED' check (status in (${SUMMONS_STATUSES})),
        level text not null check (level in (${LEVELS})),
        summoned_by text not null,
        summoned_at timestamptz not null,
        report_in_deadline timestamptz not null,
        report_in_overdue_at timestamptz,
        reported_in_at timestamptz,
        declined_at timestamptz,
        decline_reason text,
        decided_at timestamptz,
        done_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index case_summons_case_idx on case_summons (case_id, id);
      create index case_summons_organization_idx on case_summons (organization_id, id);
      create index case_summons_deadline_idx on case_summons (report_in_deadline) where status = 'SUMMONED' and report_in_overdue_at is null;
      -- one live summons per case and organisation
      create unique index case_summons_live_idx on case_summons (case_id, organization_id) where status in ('SUMMONED','REPORTED_IN','DECLINED');

      create table case_history (
        id bigint generated always as identity primary key,
        case_id bigint not null references civic_case(id),
        action text not null check (action in (${CASE_ACTIONS})),
        from_status text check (from_status in (${CASE_STATUSES})),
        to_status text not null check (to_status in (${CASE_STATUSES})),
        from_level text check (from_level in (${LEVELS})),
        to_level text check (to_level in (${LEVELS})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index case_history_case_idx on case_history (case_id, id);

      create table case_summons_history (
        id bigint generated always as identity primary key,
        summons_id bigint not null references case_summons(id),
        action text not null check (action in (${SUMMONS_ACTIONS})),
        from_status text check (from_status in (${SUMMONS_STATUSES})),
        to_status text not null check (to_status in (${SUMMONS_STATUSES})),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index case_summons_history_summons_idx on case_summons_history (summons_id, id);

      create table case_note (
        id bigint generated always as identity primary key,
        case_id bigint not null references civic_case(id),
        organization_id bigint references organization(id),
        text text not null,
        actor_id text not null,
        actor_role text not null,
        at timestamptz not null
      );
      create index case_note_case_idx on case_note (case_id, id);
    `);
  }

  override down(): void {
    this.addSql(`
      drop table case_note; drop table case_summons_history; drop table case_history; drop table case_summons; drop table civic_case;
      alter table organization drop constraint organization_kind_check;
      alter table organization add constraint organization_kind_check check (kind in ('AGENCY','SCHOOL','HOSPITAL','COMPANY','SOCIAL_ORGANIZATION'));
    `);
  }
}
