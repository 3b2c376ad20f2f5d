import { allocateIds, insertRows } from './bulk.js';
import type { SeededVolunteer, Seeder } from './seeder.js';
import { planVolunteers, SEED_ACTOR } from './volunteer-plan.js';

/**
 * The district's members and volunteers and their teams (seeds/volunteer-plan.ts says who they are), one
 * statement a table whatever the scale, with the history their statuses imply, every entry by the `seed`
 * actor; no events, like the rest of the seed. Phones are the fake block '100' + 8 digits.
 */
export const seedVolunteers: Seeder = async (client, district) => {
  const { volunteers, teams } = planVolunteers(district.data, district.scale);
  const area = (key: string) => district.areas.get(key)!;
  const org = (key: string | null) => (key === null ? null : district.organizations.get(key)!);
  const ids = await allocateIds(client, 'volunteer', volunteers.length);
  await insertRows(client, 'volunteer', {
    id: 'bigint', account_id: 'text', status: 'text', real_name: 'text', phone: 'text', area_id: 'bigint', area_path: 'text',
    grid_id: 'bigint', employer_id: 'bigint', is_party_member: 'boolean', is_in_service: 'boolean', skills: 'text[]', skills_note: 'text',
    windows: 'jsonb', reported_by_id: 'bigint', claim_code_hash: 'text', claim_expires_at: 'timestamptz', claimed_at: 'timestamptz',
    status_reason: 'text', approved_at: 'timestamptz', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, volunteers.map((v, i) => ({
    id: ids[i], account_id: v.accountId, status: v.status, real_name: v.realName, phone: v.phone, area_id: area(v.communityKey).id,
    area_path: area(v.communityKey).path, grid_id: v.gridKey === null ? null : area(v.gridKey).id, employer_id: org(v.employerKey),
    is_party_member: v.isPartyMember, is_in_service: v.isInService, skills: v.skills, skills_note: v.skillsNote, windows: v.windows,
    reported_by_id: org(v.reportedByKey), claim_code_hash: v.claimCodeHash, claim_expires_at: v.claimExpiresAt, claimed_at: v.claimedAt,
    status_reason: v.statusReason, approved_at: v.approvedAt, version: v.history.length, created_at: v.createdAt, updated_at: v.updatedAt,
  })));
  const actor = { actor_id: SEED_ACTOR.id, actor_role: SEED_ACTOR.role, detail: null };
  await insertRows(client, 'volunteer_history', {
    volunteer_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', reason: 'text',
    detail: 'text', at: 'timestamptz',
  }, volunteers.flatMap((v, i) => v.history.map((h) => ({ volunteer_id: ids[i], action: h.action, from_status: h.from, to_status: h.to, reason: h.reason, at: h.at, ...actor }))));

  const teamIds = await allocateIds(client, 'volunteer_team', teams.length);
  await insertRows(client, 'volunteer_team', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', name: 'text', description: 'text', leader_id: 'bigint', status: 'text',
    disband_reason: 'text', disbanded_at: 'timestamptz', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, teams.map((t, i) => ({
    id: teamIds[i], area_id: area(t.areaKey).id, area_path: area(t.areaKey).path, name: t.name, description: t.description,
    leader_id: t.leader === null ? null : ids[t.leader], status: t.active ? 'ACTIVE' : 'DISBANDED', disband_reason: t.disbandReason,
    disbanded_at: t.active ? null : t.updatedAt, version: t.active ? 1 : 2, created_at: t.createdAt, updated_at: t.updatedAt,
  })));
  const DAY = 86_400_000;
  await insertRows(client, 'volunteer_team_member', { team_id: 'bigint', volunteer_id: 'bigint', joined_at: 'timestamptz' },
    teams.flatMap((t, i) => t.members.map((m) => ({
      // joined the day after the later of the team's founding and their approval
      team_id: teamIds[i], volunteer_id: ids[m], joined_at: new Date(Math.max(Date.parse(t.createdAt), Date.parse(volunteers[m]!.approvedAt!)) + DAY).toISOString(),
    }))));
  await insertRows(client, 'volunteer_team_history', {
    team_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', reason: 'text',
    detail: 'text', at: 'timestamptz',
  }, teams.flatMap((t, i) => [
    { team_id: teamIds[i], action: 'CREATED', from_status: null, to_status: 'ACTIVE', reason: null, at: t.createdAt, ...actor },
    ...(t.active ? [] : [{ team_id: teamIds[i], action: 'DISBANDED', from_status: 'ACTIVE', to_status: 'DISBANDED', reason: t.disbandReason, at: t.updatedAt, ...actor }]),
  ]));
  // handed to the seeders after this one, so they need not read the rows back
  const approved = new Map<number, SeededVolunteer>();
  volunteers.forEach((v, i) => {
    if (v.status !== 'APPROVED' || v.accountId === null) return;
    approved.set(i, {
      id: ids[i]!, accountId: v.accountId, communityId: area(v.communityKey).id, employerId: org(v.employerKey), skills: v.skills,
      approvedAt: Date.parse(v.approvedAt!),
    });
  });
  district.volunteers = {
    approved: [...approved.values()],
    teams: teams.flatMap((t, i) => (!t.active || t.leader === null || !approved.has(t.leader) ? [] : [{
      id: teamIds[i]!, areaPath: area(t.areaKey).path, createdAt: Date.parse(t.createdAt), leaderId: ids[t.leader]!,
      members: [...t.members].sort((a, b) => a - b).filter((m) => approved.has(m)).map((m) => ({
        id: ids[m]!, joinedAt: Math.max(Date.parse(t.createdAt), Date.parse(volunteers[m]!.approvedAt!)) + DAY,
      })),
    }])),
  };
  return {
    volunteers: volunteers.length,
    approvedVolunteers: volunteers.filter((v) => v.status === 'APPROVED').length,
    volunteerTeams: teams.filter((t) => t.active).length,
  };
};
