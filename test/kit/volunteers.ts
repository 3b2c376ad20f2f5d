import { Role } from '../../src/shared/viewer.js';
import type { BuiltArea } from './builders.js';
import type { TestHub } from './server.js';

let phones = 0;

/** A phone number of the fake block the seed uses too ('100' + 8 digits: no Chinese mobile number begins with 10). */
export function fakePhone(): string {
  return `100${String(90_000_000 + ++phones).padStart(8, '0')}`;
}

export const VOLUNTEER_FIELDS = `id status realName phone version isClaimed statusReason homeCommunity { id } grid { id } employer { id }
  skills skillsNote isPartyMember isInService windows { days start end } history { action from to actor { id role } reason detail }`;

export const APPLY = `mutation($input: ApplyAsVolunteerInput!) { applyAsVolunteer(input: $input) { volunteer { ${VOLUNTEER_FIELDS} } userErrors { code field message } } }`;

export function applyInput(community: BuiltArea, patch: Record<string, unknown> = {}) {
  return { realName: '刘建国', phone: fakePhone(), homeCommunityId: community.id, isPartyMember: true, isInService: true, skills: ['TUTORING'], ...patch };
}

/**
 * A VOLUNTEER token whose record is APPROVED in `community` (applied through the API, approved by the
 * district admin): what a volunteer's rights come from now that an `areaId` claim is ignored.
 */
export async function approvedVolunteer(hub: TestHub, community: BuiltArea, sub = `volunteer-${++phones}`, patch: Record<string, unknown> = {}) {
  const token = await hub.token({ role: Role.VOLUNTEER, sub });
  const applied = await hub.client.data<{ applyAsVolunteer: { volunteer: { id: string } | null; userErrors: unknown[] } }, unknown>(
    APPLY,
    { input: applyInput(community, patch) },
    token,
  );
  const id = applied.applyAsVolunteer.volunteer?.id;
  if (!id) throw new Error(`applying failed: ${JSON.stringify(applied.applyAsVolunteer.userErrors)}`);
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const approved = await hub.client.data<{ approveVolunteer: { userErrors: unknown[] } }, unknown>(
    `mutation($input: VolunteerIdInput!) { approveVolunteer(input: $input) { userErrors { code } } }`,
    { input: { id } },
    admin,
  );
  if (approved.approveVolunteer.userErrors.length) throw new Error(`approving failed: ${JSON.stringify(approved.approveVolunteer.userErrors)}`);
  return { token, id, sub };
}
