import { AreaKind } from '../src/modules/areas/area.enums.js';
import { OrganizationKind } from '../src/modules/organizations/organization.enums.js';
import { allocateIds, insertRows } from './bulk.js';
import { planCases, planDepartments, type PlanCommunity, type PlanOrganization, type PlanStreet } from './case-plan.js';
import type { Seeder } from './seeder.js';

/**
 * The district's departments (职能部门, organisations of kind DEPARTMENT, after every resident unit: their ids
 * follow) and its cases (seeds/case-plan.ts says what they are) with their summonses, notes and both histories —
 * one statement a table whatever the scale — and residents' ratings of the closed ones (case_rating); no events, like the rest of the seed. Runs last: a case raised from a
 * demand names one the demands' seeders wrote.
 */
export const seedCases: Seeder = async (client, district) => {
  const areaData = new Map(district.data.areas.map((a) => [a.key, a]));
  const area = (key: string) => district.areas.get(key)!;
  const streetOf = (key: string): string => (areaData.get(key)!.kind === AreaKind.STREET ? key : streetOf(areaData.get(key)!.parentKey!));
  const districtArea = district.data.areas.find((a) => a.kind === AreaKind.DISTRICT)!;
  const streets: PlanStreet[] = district.data.areas.filter((a) => a.kind === AreaKind.STREET).map((s) => ({
    key: s.key, id: area(s.key).id, path: area(s.key).path, code: s.code, place: s.name.replace(/街道$/, ''), lat: s.lat, lng: s.lng,
  }));
  const streetByKey = new Map(streets.map((s) => [s.key, s]));
  const buildingsOf = new Map<string, string[]>();
  const gridsOf = new Map<string, PlanCommunity['grids']>();
  for (const a of district.data.areas) {
    if (a.kind === AreaKind.BUILDING) buildingsOf.set(a.parentKey!, [...(buildingsOf.get(a.parentKey!) ?? []), a.name]);
  }
  for (const a of district.data.areas) {
    if (a.kind !== AreaKind.GRID) continue;
    gridsOf.set(a.parentKey!, [...(gridsOf.get(a.parentKey!) ?? []), {
      id: area(a.key).id, path: area(a.key).path, code: a.code, name: a.name, lat: a.lat, lng: a.lng, buildings: buildingsOf.get(a.key) ?? [],
    }]);
  }
  const communities: PlanCommunity[] = district.data.areas.filter((a) => a.kind === AreaKind.COMMUNITY).map((c) => ({
    key: c.key, id: area(c.key).id, path: area(c.key).path, code: c.code, name: c.name, lat: c.lat, lng: c.lng,
    street: streetByKey.get(streetOf(c.key))!, grids: gridsOf.get(c.key) ?? [],
  })).filter((c) => c.grids.length > 0);

  // the departments: the district's at the district, each street's at its street
  const departments = planDepartments(districtArea, streets);
  const departmentIds = await allocateIds(client, 'organization', departments.length);
  const rootPath = area(districtArea.key).path;
  await insertRows(client, 'organization', {
    id: 'bigint', kind: 'text', name: 'text', area_id: 'bigint', area_path: 'text', address: 'text', contact_name: 'text',
    contact_phone: 'text', description: 'text', lat: 'float8', lng: 'float8',
  }, departments.map((d, i) => {
    const at = d.streetKey === null ? { id: area(districtArea.key).id, path: rootPath } : streetByKey.get(d.streetKey)!;
    return {
      id: departmentIds[i], kind: OrganizationKind.DEPARTMENT, name: d.name, area_id: at.id, area_path: at.path, address: d.address,
      contact_name: d.contactName, contact_phone: d.contactPhone, description: d.description, lat: d.lat, lng: d.lng,
    };
  }));
  const organizations: PlanOrganization[] = [
    ...departments.map((d, i) => ({ id: departmentIds[i]!, kind: OrganizationKind.DEPARTMENT, duty: d.duty, streetPath: d.streetKey === null ? null : streetByKey.get(d.streetKey)!.path })),
    ...district.data.organizations.map((o) => ({ id: district.organizations.get(o.key)!, kind: o.kind, duty: null, streetPath: area(streetOf(o.areaKey)).path })),
  ];
  const { rows: demands } = await client.query<{ id: string; areaPath: string; status: string }>(
    `select id::text as id, area_path as "areaPath", status from demand order by id`,
  );

  const { cases, ratings } = planCases({ district: { id: area(districtArea.key).id, path: rootPath, code: districtArea.code }, streets, communities, organizations, demands });

  const caseIds = await allocateIds(client, 'civic_case', cases.length);
  await insertRows(client, 'civic_case', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', level: 'text', handling_area_id: 'bigint', handling_path: 'text', title: 'text',
    description: 'text', category: 'text', source: 'text', ticket_number: 'text', demand_id: 'bigint', urgency: 'text', lat: 'float8',
    lng: 'float8', photo_urls: 'text[]', photos_public: 'boolean', status: 'text', reporter_account_id: 'text', reporter_role: 'text',
    reported_at: 'timestamptz', accepted_at: 'timestamptz', whistled_at: 'timestamptz', complete_deadline: 'timestamptz',
    complete_overdue_at: 'timestamptz', resolved_at: 'timestamptz', result: 'text', closed_at: 'timestamptz', merged_into_id: 'bigint',
    reason: 'text', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz', measures: 'text', measures_at: 'timestamptz',
    needs_review: 'boolean', review_needed_at: 'timestamptz', explanation: 'text', explained_at: 'timestamptz',
  }, cases.map((c, i) => ({
    id: caseIds[i], area_id: c.areaId, area_path: c.areaPath, level: c.level, handling_area_id: c.handlingAreaId, handling_path: c.handlingPath,
    title: c.title, description: c.description, category: c.category, source: c.source, ticket_number: c.ticketNumber, demand_id: c.demandId,
    urgency: c.urgency, lat: c.lat, lng: c.lng, photo_urls: c.photoUrls, photos_public: c.photosPublic, status: c.status,
    reporter_account_id: c.reporterAccountId, reporter_role: c.reporterRole, reported_at: c.reportedAt, accepted_at: c.acceptedAt,
    whistled_at: c.whistledAt, complete_deadline: c.completeDeadline, complete_overdue_at: c.completeOverdueAt, resolved_at: c.resolvedAt,
    result: c.result, closed_at: c.closedAt, merged_into_id: c.mergedInto === null ? null : caseIds[c.mergedInto], reason: c.reason,
    version: c.version, created_at: c.reportedAt, updated_at: c.updatedAt, measures: c.measures, measures_at: c.measuresAt,
    needs_review: c.needsReview, review_needed_at: c.reviewNeededAt, explanation: c.explanation, explained_at: c.explainedAt,
  })));
  await insertRows(client, 'case_history', {
    case_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', from_level: 'text', to_level: 'text', actor_id: 'text',
    actor_role: 'text', reason: 'text', at: 'timestamptz',
  }, cases.flatMap((c, i) => c.history.map((h) => ({
    case_id: caseIds[i], action: h.action, from_status: h.from, to_status: h.to, from_level: h.fromLevel, to_level: h.toLevel,
    actor_id: h.actorId, actor_role: h.actorRole, reason: h.reason, at: h.at,
  }))));

  const summonses = cases.flatMap((c, i) => c.summonses.map((s) => ({ s, caseId: caseIds[i]!, areaPath: c.areaPath })));
  const summonsIds = await allocateIds(client, 'case_summons', summonses.length);
  await insertRows(client, 'case_summons', {
    id: 'bigint', case_id: 'bigint', organization_id: 'bigint', area_path: 'text', role: 'text', status: 'text', level: 'text',
    summoned_by: 'text', summoned_at: 'timestamptz', report_in_deadline: 'timestamptz', report_in_overdue_at: 'timestamptz',
    reported_in_at: 'timestamptz', declined_at: 'timestamptz', decline_reason: 'text', decided_at: 'timestamptz', done_at: 'timestamptz',
    version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, summonses.map(({ s, caseId, areaPath }, i) => ({
    id: summonsIds[i], case_id: caseId, organization_id: s.organizationId, area_path: areaPath, role: s.role, status: s.status, level: s.level,
    summoned_by: s.summonedBy, summoned_at: s.summonedAt, report_in_deadline: s.reportInDeadline, report_in_overdue_at: s.reportInOverdueAt,
    reported_in_at: s.reportedInAt, declined_at: s.declinedAt, decline_reason: s.declineReason, decided_at: s.decidedAt, done_at: s.doneAt,
    version: s.version, created_at: s.summonedAt, updated_at: s.updatedAt,
  })));
  await insertRows(client, 'case_summons_history', {
    summons_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', reason: 'text', at: 'timestamptz',
  }, summonses.flatMap(({ s }, i) => s.history.map((h) => ({
    summons_id: summonsIds[i], action: h.action, from_status: h.from, to_status: h.to, actor_id: h.actorId, actor_role: h.actorRole, reason: h.reason, at: h.at,
  }))));
  await insertRows(client, 'case_note', {
    case_id: 'bigint', organization_id: 'bigint', text: 'text', actor_id: 'text', actor_role: 'text', at: 'timestamptz',
  }, cases.flatMap((c, i) => c.notes.map((n) => ({
    case_id: caseIds[i], organization_id: n.organizationId, text: n.text, actor_id: n.actorId, actor_role: n.actorRole, at: n.at,
  }))));
  await insertRows(client, 'case_rating', {
    case_id: 'bigint', area_path: 'text', source: 'text', value: 'text', comment: 'text', account_id: 'text', is_reporter: 'boolean',
    household_hash: 'text', actor_id: 'text', actor_role: 'text', rated_at: 'timestamptz',
  }, ratings.map((x) => ({
    case_id: caseIds[x.caseIndex], area_path: x.areaPath, source: x.source, value: x.value, comment: x.comment, account_id: x.accountId,
    is_reporter: x.isReporter, household_hash: x.householdHash, actor_id: x.actorId, actor_role: x.actorRole, rated_at: x.ratedAt,
  })));
  return { departments: departments.length, cases: cases.length, caseSummonses: summonses.length, caseRatings: ratings.length };
};
