import type pg from 'pg';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { organizationEvent } from '../organizations/index.js';
import { resourceEvent, ResourceStatus } from '../resources/index.js';
import type { ImportPlan } from './import.validate.js';

/*
 * An import plan written set-based: one statement for the new units, one for the new resources, one for the
 * changed ones, whatever the number of rows (each a jsonb array unpacked by jsonb_to_recordset). Each change
 * gets the event its own module writes for it (ORGANIZATION_REGISTERED, RESOURCE_CREATED, RESOURCE_UPDATED with
 * `changed`, RESOURCE_PUBLISHED), recorded by the caller's transaction in one more statement. A resource changed
 * since the validation read it (its version moved) makes the whole write a conflict, rolled back by the caller.
 */

const RESOURCE_RECORD = `kind text, title text, description text, address text, lat double precision, lng double precision,
  area_id bigint, area_path text, capacity integer, capacity_unit text, audiences text[], windows jsonb, external_key text`;

/** `jsonb_to_recordset($1)` as `x`, its rows numbered `x.n` in the array's order (so ids follow the file's rows). */
function recordset(columns: string): string {
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
  return `rows from (jsonb_to_recordset($1::jsonb) as (${columns})) with ordinality as x(${names}, n)`;
}

interface Written {
  id: string;
  organization_id: string;
  area_path: string;
  status: ResourceStatus;
  kind: string;
}

const facts = (r: Written) => ({ id: r.id, areaPath: r.area_path, status: r.status, organization: { id: r.organization_id } });

function resourceRecord(f: ImportPlan['creates'][number] | ImportPlan['updates'][number]) {
  return {
    kind: f.kind, title: f.title, description: f.description, address: f.address, lat: f.lat, lng: f.lng, area_id: f.areaId,
    area_path: f.areaPath, capacity: f.capacity, capacity_unit: f.capacityUnit, audiences: f.audiences, windows: f.windows,
    external_key: f.externalKey,
  };
}

export async function writePlan(client: pg.ClientBase, plan: ImportPlan, now: Date): Promise<{ events: EventDraft[] } | 'conflict'> {
  const events: EventDraft[] = [];
  if (plan.newUnits.length) {
    const { rows } = await client.query<{ id: string; name: string; area_path: string }>(
      `insert into organization (kind, name, area_id, area_path, address, contact_name, contact_phone, created_at, updated_at)
       select x.kind, x.name, x.area_id, x.area_path, x.address, x.contact_name, x.contact_phone, $2, $2
         from ${recordset('kind text, name text, area_id bigint, area_path text, address text, contact_name text, contact_phone text')}
        order by x.n
       returning id::text, name, area_path`,
      [
        JSON.stringify(plan.newUnits.map((u) => ({
          kind: u.kind, name: u.name, area_id: u.areaId, area_path: u.areaPath, address: u.address, contact_name: u.contactName, contact_phone: u.contactPhone,
        }))),
        now,
      ],
    );
    for (const o of rows) events.push(organizationEvent(EventType.ORGANIZATION_REGISTERED, { id: o.id, areaPath: o.area_path }, { name: o.name }));
  }
  if (plan.creates.length) {
    const { rows } = await client.query<Written>(
      `insert into resource (organization_id, kind, status, title, description, address, lat, lng, area_id, area_path, capacity,
                             capacity_unit, access_mode, audiences, windows, external_key, published_at, created_at, updated_at)
       select o.id, x.kind, case when x.publish then 'PUBLISHED' else 'DRAFT' end, x.title, x.description, x.address, x.lat, x.lng,
              x.area_id, x.area_path, x.capacity, x.capacity_unit, x.access_mode, x.audiences, x.windows, x.external_key,
              case when x.publish then $2::timestamptz end, $2, $2
         from ${recordset(`${RESOURCE_RECORD}, unit_name text, access_mode text, publish boolean`)}
         join organization o on o.name = x.unit_name
        order by x.n
       returning id::text, organization_id::text, area_path, status, kind`,
      [JSON.stringify(plan.creates.map((c) => ({ ...resourceRecord(c), unit_name: c.unitName, access_mode: c.accessMode, publish: c.publish }))), now],
    );
    for (const r of rows) {
      // created as DRAFT, then published: the events a createResource and a publishResource would have written
      events.push(resourceEvent(EventType.RESOURCE_CREATED, { ...facts(r), status: ResourceStatus.DRAFT }, false, { kind: r.kind }));
      if (r.status === ResourceStatus.PUBLISHED) {
        events.push(resourceEvent(EventType.RESOURCE_PUBLISHED, facts(r), false, { from: ResourceStatus.DRAFT, to: ResourceStatus.PUBLISHED, reason: null }));
      }
    }
  }
  if (plan.updates.length) {
    const { rows } = await client.query<Written>(
      `update resource r
          set kind = x.kind, title = x.title, description = x.description, address = x.address, lat = x.lat, lng = x.lng,
              area_id = x.area_id, area_path = x.area_path, capacity = x.capacity, capacity_unit = x.capacity_unit,
              audiences = x.audiences, windows = x.windows, external_key = x.external_key,
              status = case when x.publish then 'PUBLISHED' else r.status end,
              published_at = case when x.publish then coalesce(r.published_at, $2::timestamptz) else r.published_at end,
              version = r.version + 1, updated_at = $2
         from jsonb_to_recordset($1::jsonb) as x(${RESOURCE_RECORD}, id bigint, version integer, publish boolean)
        where r.id = x.id and r.version = x.version
       returning r.id::text, r.organization_id::text, r.area_path, r.status, r.kind`,
      [JSON.stringify(plan.updates.map((u) => ({ ...resourceRecord(u), id: u.id, version: u.version, publish: u.publish }))), now],
    );
    if (rows.length !== plan.updates.length) return 'conflict';
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const u of plan.updates) {
      const r = byId.get(u.id)!;
      const wasPublic = u.status === ResourceStatus.PUBLISHED;
      if (u.changed.length) events.push(resourceEvent(EventType.RESOURCE_UPDATED, { ...facts(r), status: u.status }, wasPublic, { changed: u.changed }));
      if (u.publish) events.push(resourceEvent(EventType.RESOURCE_PUBLISHED, facts(r), wasPublic, { from: u.status, to: ResourceStatus.PUBLISHED, reason: null }));
    }
  }
  return { events };
}
