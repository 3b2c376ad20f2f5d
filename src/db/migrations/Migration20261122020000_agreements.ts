import { Migration } from '@mikro-orm/migrations';

/** Sharing agreements (共享协议): the agreement, its items (resource, quantity, windows) and its history. */
export class Migration20261122020000_agreements extends Migration {
  override up(): void {
    this.addSql(`
      create table sharing_agreement (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        area_id bigint not null references area(id),
        area_path text collate "C" not null,
        title text not null,
        terms text not null default '',
        start_date date not null,
        end_date date not null,
        -- as last recorded: queries apply the clock, the sweeper records what it changed
        status text not null default 'DRAFT'
          check (status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED','TERMINATED','EXPIRED')),
        created_by text not null,
        proposed_by text,
        proposed_by_party text check (proposed_by_party in ('UNIT','AREA')),
        proposed_at timestamptz,
        unit_signed_by text,
        unit_signed_at timestamptz,
        area_signed_by text,
        area_signed_at timestamptz,
        signed_at timestamptz,
        discarded_at timestamptz,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (end_date >= start_date),
        check ((unit_signed_by is null) = (unit_signed_at is null)),
        check ((area_signed_by is null) = (area_signed_at is null)),
        check (signed_at is null or status not in ('DRAFT','PROPOSED'))
      );
      create index sharing_agreement_organization_idx on sharing_agreement (organization_id, id);
      create index sharing_agreement_area_path_idx on sharing_agreement (area_path, id);
      -- the sweeper's scan: agreements whose recorded status the clock can still overtake
      create index sharing_agreement_due_idx on sharing_agreement (status, end_date, start_date)
        where discarded_at is null and status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED');

      create table agreement_item (
        id bigint generated always as identity primary key,
        agreement_id bigint not null references sharing_agreement(id) on delete cascade,
        position smallint not null,
        resource_id bigint not null references resource(id),
        committed_quantity integer check (committed_quantity > 0),
        windows jsonb not null default '[]',
        unique (agreement_id, resource_id)
      );
      -- Resource.agreements and the sharedWith filter go from a resource to its agreements
      create index agreement_item_resource_idx on agreement_item (resource_id, agreement_id);

      create table agreement_history (
        id bigint generated always as identity primary key,
        agreement_id bigint not null references sharing_agreement(id) on delete cascade,
        action text not null check (action in ('CREATE','UPDATE','DISCARD','PROPOSE','SIGN','REJECT','WITHDRAW',
          'ACTIVATE','SUSPEND','RESUME','TERMINATE','EXPIRE')),
        from_status text,
        to_status text,
        party text check (party in ('UNIT','AREA')),
        actor_id text not null,
        actor_role text not null,
        reason text,
        at timestamptz not null
      );
      create index agreement_history_agreement_idx on agreement_history (agreement_id, id);
    `);
  }
}
