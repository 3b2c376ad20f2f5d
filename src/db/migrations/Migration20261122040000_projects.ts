import { Migration } from '@mikro-orm/migrations';

/** Service projects (项目清单): projects, their links to demands, resources and units, milestones, notes, history. */
export class Migration20261122040000_projects extends Migration {
  override up(): void {
    this.addSql(`
      create table project (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        title text not null,
        description text not null default '',
        status text not null default 'PROPOSED'
          check (status in ('PROPOSED','APPROVED','IN_PROGRESS','DONE','EVALUATED','CANCELLED')),
        owner_account_id text not null,
        owner_role text not null,
        owner_organization_id bigint references organization(id),
        evaluation text,
        evaluation_score smallint check (evaluation_score between 1 and 5),
        approved_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- an approved project is public for good: every status past PROPOSED but CANCELLED needs approval
        check (status in ('PROPOSED','CANCELLED') or approved_at is not null),
        check ((status = 'EVALUATED') = (evaluation is not null)),
        check (evaluation_score is null or evaluation is not null)
      );
      create index project_area_path_idx on project (area_path, id);
      create index project_owner_organization_idx on project (owner_organization_id, id);

      create table project_demand (
        project_id bigint not null references project(id),
        demand_id bigint not null references demand(id),
        linked_at timestamptz not null,
        linked_by text not null,
        primary key (project_id, demand_id)
      );
      create index project_demand_demand_idx on project_demand (demand_id);

      create table project_resource (
        project_id bigint not null references project(id),
        resource_id bigint not null references resource(id),
        linked_at timestamptz not null,
        linked_by text not null,
        primary key (project_id, resource_id)
      );
      create index project_resource_resource_idx on project_resource (resource_id);

      create table project_organization (
        project_id bigint not null references project(id),
        organization_id bigint not null references organization(id),
        via text not null check (via in ('OWNER','RESOURCE')),
        linked_at timestamptz not null,
        primary key (project_id, organization_id)
      );
      create index project_organization_organization_idx on project_organization (organization_id, project_id);

      create table project_milestone (
        id bigint generated always as identity primary key,
        project_id bigint not null references project(id),
        title text not null,
        due_date date not null,
        completed_at timestamptz,
        completed_by text,
        created_at timestamptz not null,
        check ((completed_at is null) = (completed_by is null))
      );
      create index project_milestone_project_idx on project_milestone (project_id, due_date, id);

      create table project_note (
        id bigint generated always as identity primary key,
        project_id bigint not null references project(id),
        text text not null,
        author_id text not null,
        author_role text not null,
        created_at timestamptz not null
      );
      create index project_note_project_idx on project_note (project_id, id);

      create table project_history (
        id bigint generated always as identity primary key,
        project_id bigint not null references project(id),
        action text not null check (action in ('PROPOSED','APPROVED','DEMANDS_LINKED','RESOURCES_LINKED',
          'MILESTONE_ADDED','MILESTONE_COMPLETED','NOTE_ADDED','ADVANCED','CANCELLED')),
        from_status text,
        to_status text,
        actor_id text not null,
        actor_role text not null,
        reason text,
        detail text,
        occurred_at timestamptz not null
      );
      create index project_history_project_idx on project_history (project_id, id);
    `);
  }
}
