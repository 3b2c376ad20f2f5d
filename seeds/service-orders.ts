import { AreaKind } from '../src/modules/areas/area.enums.js';
import { allocateIds, insertRows } from './bulk.js';
import { planServiceOrders, type PlanCommunity, type PlanTeam, type PlanUnit, type PlanVolunteer } from './service-order-plan.js';
import type { Seeder } from './seeder.js';

const HISTORY = { action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', reason: 'text', at: 'timestamptz' };

/**
 * The district's service orders (seeds/service-order-plan.ts says what they are): SERVICE demands after the
 * RESOURCE ones (their ids follow), their takes, the people who served and their minutes, both histories, the
 * communities' points rules and the points ledger — one statement a table whatever the scale; no events, like the
 * rest of the seed. Runs after the volunteers' seeder, whose approved volunteers and active teams it is handed.
 */
export const seedServiceOrders: Seeder = async (client, district) => {
  if (!district.volunteers) throw new Error('seed: the service orders need the volunteers seeded first (seeds/volunteers.ts)');
  const volunteers: PlanVolunteer[] = district.volunteers.approved;
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  const teams: PlanTeam[] = district.volunteers.teams.map((t) => ({
    id: t.id, areaPath: t.areaPath, createdAt: t.createdAt, leader: byId.get(t.leaderId)!,
    members: t.members.map((m) => ({ volunteer: byId.get(m.id)!, joinedAt: m.joinedAt })),
  }));

  const areaData = new Map(district.data.areas.map((a) => [a.key, a]));
  const area = (key: string) => district.areas.get(key)!;
  const streetOf = (key: string): string => (areaData.get(key)!.kind === AreaKind.STREET ? key : streetOf(areaData.get(key)!.parentKey!));
  const buildingsOf = new Map<string, string[]>();
  const gridsOf = new Map<string, string[]>();
  for (const a of district.data.areas) {
    if (a.kind === AreaKind.BUILDING) buildingsOf.set(a.parentKey!, [...(buildingsOf.get(a.parentKey!) ?? []), a.name]);
    if (a.kind === AreaKind.GRID) gridsOf.set(a.parentKey!, [...(gridsOf.get(a.parentKey!) ?? []), a.key]);
  }
  const communities: PlanCommunity[] = district.data.areas.filter((a) => a.kind === AreaKind.COMMUNITY).map((c) => ({
    key: c.key, id: area(c.key).id, path: area(c.key).path, code: c.code, streetPath: area(streetOf(c.key)).path,
    grids: (gridsOf.get(c.key) ?? []).map((g) => ({
      id: area(g).id, path: area(g).path, code: areaData.get(g)!.code, lat: areaData.get(g)!.lat, lng: areaData.get(g)!.lng, buildings: buildingsOf.get(g) ?? [],
    })),
  })).filter((c) => c.grids.length > 0);
  const units: PlanUnit[] = district.data.organizations.map((o) => ({
    id: district.organizations.get(o.key)!, kind: o.kind, streetPath: area(streetOf(o.areaKey)).path,
  }));

  const { orders, takes, points, rules } = planServiceOrders({ communities, volunteers, teams, units });

  await insertRows(client, 'points_rule', {
    area_id: 'bigint', points_per_hour: 'int', set_by: 'text', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, rules.map((x) => ({ area_id: x.areaId, points_per_hour: x.pointsPerHour, set_by: x.setBy, version: 1, created_at: x.at, updated_at: x.at })));

  const demandIds = await allocateIds(client, 'demand', orders.length);
  await insertRows(client, 'demand', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', title: 'text', description: 'text', fulfilment: 'text', kinds: 'text[]',
    service_kinds: 'text[]', quantity: 'int', windows: 'jsonb', start_date: 'date', end_date: 'date', lat: 'float8', lng: 'float8',
    radius_meters: 'int', audience: 'text', urgency: 'text', channel: 'text', ordered_at: 'timestamptz', ordered_by: 'text',
    recorded_by: 'text', placed_by: 'text', placed_at: 'timestamptz', taken_by_organization_id: 'bigint', taken_by_account: 'text',
    taken_at: 'timestamptz', status: 'text', cancel_reason: 'text', taken_quantity: 'int', take_deadline: 'timestamptz',
    take_overdue_at: 'timestamptz', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, orders.map((d, i) => ({
    id: demandIds[i], area_id: d.areaId, area_path: d.areaPath, title: d.title, description: d.description, fulfilment: 'SERVICE', kinds: [],
    service_kinds: d.serviceKinds, quantity: d.quantity, windows: d.windows, start_date: d.startDate, end_date: d.endDate, lat: d.lat,
    lng: d.lng, radius_meters: d.radiusMeters, audience: d.audience, urgency: d.urgency, channel: d.channel, ordered_at: d.orderedAt,
    ordered_by: d.orderedBy, recorded_by: d.recordedBy, placed_by: d.placedBy, placed_at: d.placedAt,
    taken_by_organization_id: d.takenByOrganizationId, taken_by_account: d.takenByAccount, taken_at: d.takenAt, status: d.status,
    cancel_reason: d.cancelReason, taken_quantity: d.takenQuantity, take_deadline: d.takeDeadline, take_overdue_at: d.takeOverdueAt,
    version: d.version, created_at: d.orderedAt, updated_at: d.updatedAt,
  })));
  await insertRows(client, 'demand_history', { demand_id: 'bigint', ...HISTORY }, orders.flatMap((d, i) => d.history.map((h) => ({
    demand_id: demandIds[i], action: h.action, from_status: h.from, to_status: h.to, actor_id: h.actorId, actor_role: h.actorRole, reason: h.reason, at: h.at,
  }))));

  const takeIds = await allocateIds(client, 'demand_take', takes.length);
  await insertRows(client, 'demand_take', {
    id: 'bigint', demand_id: 'bigint', area_path: 'text', taker_kind: 'text', volunteer_id: 'bigint', team_id: 'bigint',
    organization_id: 'bigint', account_id: 'text', quantity: 'int', status: 'text', serve_deadline: 'timestamptz',
    serve_overdue_at: 'timestamptz', taken_at: 'timestamptz', served_at: 'timestamptz', service_note: 'text', confirmed_at: 'timestamptz',
    confirmations: 'int', ended_at: 'timestamptz', reason: 'text', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, takes.map((t, i) => ({
    id: takeIds[i], demand_id: demandIds[t.order], area_path: orders[t.order]!.areaPath, taker_kind: t.takerKind, volunteer_id: t.volunteerId,
    team_id: t.teamId, organization_id: t.organizationId, account_id: t.accountId, quantity: t.quantity, status: t.status,
    serve_deadline: t.serveDeadline, serve_overdue_at: t.serveOverdueAt, taken_at: t.takenAt, served_at: t.servedAt,
    service_note: t.serviceNote, confirmed_at: t.confirmedAt, confirmations: t.confirmations, ended_at: t.endedAt, reason: t.reason,
    version: t.version, created_at: t.takenAt, updated_at: t.updatedAt,
  })));
  await insertRows(client, 'demand_take_history', { take_id: 'bigint', ...HISTORY }, takes.flatMap((t, i) => t.history.map((h) => ({
    take_id: takeIds[i], action: h.action, from_status: h.from, to_status: h.to, actor_id: h.actorId, actor_role: h.actorRole, reason: h.reason, at: h.at,
  }))));
  await insertRows(client, 'demand_take_person', { take_id: 'bigint', position: 'int', volunteer_id: 'bigint', minutes: 'int' },
    takes.flatMap((t, i) => t.persons.map((p, position) => ({ take_id: takeIds[i], position, volunteer_id: p.volunteerId, minutes: p.minutes }))));

  // the ledger in the order it was written
  const ledger = points.map((p, seq) => ({ p, seq })).sort((a, b) => a.p.at.localeCompare(b.p.at) || a.seq - b.seq).map((x) => x.p);
  await insertRows(client, 'points_entry', {
    volunteer_id: 'bigint', kind: 'text', points: 'int', minutes: 'int', source_type: 'text', source_id: 'bigint', round: 'int',
    area_id: 'bigint', area_path: 'text', reason: 'text', actor_id: 'text', actor_role: 'text', at: 'timestamptz',
  }, ledger.map((p) => ({
    volunteer_id: p.volunteerId, kind: p.kind, points: p.points, minutes: p.minutes, source_type: p.take === null ? null : 'DemandTake',
    source_id: p.take === null ? null : takeIds[p.take], round: p.round, area_id: p.areaId, area_path: p.areaPath, reason: p.reason,
    actor_id: p.actorId, actor_role: p.actorRole, at: p.at,
  })));
  return { serviceOrders: orders.length, demandTakes: takes.length, pointsEntries: points.length };
};
