import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk import of unit ledgers (台账): each upload is an import_run, validated before anything is written and
 * applied later from the rows it keeps; a resource remembers the district's key (资源编号) it was imported under,
 * so that a re-import finds it again whatever its title has become.
 */
export class Migration20261202140000_import_run extends Migration {
  override up(): void {
    this.addSql(`
      create table import_run (
        id bigint generated always as identity primary key,
        actor_id text not null,
        actor_role text not null,
        actor_area_path text,
        actor_organization_id bigint,
        file_name text not null,
        format text not null check (format in ('XLSX','CSV')),
        encoding text check (encoding in ('UTF8','GB18030')),
        row_count integer not null,
        status text not null check (status in ('VALIDATED','REJECTED','APPLIED')),
        report jsonb not null,
        rows jsonb not null,
        created_at timestamptz not null,
        validated_at timestamptz not null,
        applied_at timestamptz
      );
      create index import_run_actor_idx on import_run (actor_id, id);

      alter table resource add column external_key text;
      create unique index resource_external_key on resource (external_key) where external_key is not null;
    `);
  }

  override down(): void {
    this.addSql(`drop index resource_external_key; alter table resource drop column external_key; drop table import_run;`);
  }
}
