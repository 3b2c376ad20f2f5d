import { Migration } from '@mikro-orm/migrations';

/**
 * Areas become editable through the API (createArea, updateArea): a `version` for optimistic locking, a `grid_level`
 * (1–3 for grids, which now nest; null for every other kind; the grids there are become level 1), a
 * `retired_at` (null until retireArea exists), and `area_history`, one row per change, as the other
 * history tables. Codes get no constraint (the seeded ones are not checked); createArea and updateArea
 * refuse a code another child of the same parent has.
 */
export class Migration20261202010000_area_admin extends Migration {
  override up(): void {
    this.addSql(`
      alter table area
        add column version integer not null default 1,
        add column grid_level smallint,
        add column retired_at timestamptz;
      update area set grid_level = 1 where kind = 'GRID';
      alter table area add constraint area_grid_level_check
        check ((kind = 'GRID' and grid_level between 1 and 3) or (kind <> 'GRID' and grid_level is null));

      create table area_history (
        id bigint generated always as identity primary key,
        area_id bigint not null references area(id) on delete cascade,
        action text not null check (action in ('CREATE','UPDATE')),
        from_status text,
        to_status text,
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index area_history_area_idx on area_history (area_id, id);
    `);
  }

  override down(): void {
    this.addSql(`
      drop table area_history;
      alter table area drop constraint area_grid_level_check,
        drop column version, drop column grid_level, drop column retired_at;
    `);
  }
}
