import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { actorOf, type Viewer } from '../../shared/viewer.js';
import { VolunteerTeamStatus, VolunteerTeamHistoryAction } from './volunteer.enums.js';

/** Team events are public: a team's name, area and size are public; they never name a member. */
export function teamEvent(type: EventType, team: { id: string; areaPath: string }, data: Record<string, unknown> = {}): EventDraft {
  return { type, subjectType: 'VolunteerTeam', subjectId: team.id, areaPath: team.areaPath, organizationId: null, isPublic: true, data };
}

/**
 * A volunteer leaves the ACTIVE teams they belong to or lead, except (with `keepUnder`, their new home
 * community's path) the teams whose area still holds it: memberships deleted, leadership cleared, each team's
 * history and event written. In the caller's transaction; one statement per step whatever the number of teams.
 */
export async function leaveTeams(em: EntityManager, viewer: Viewer, volunteerId: string, keepUnder: string | null, now: Date): Promise<EventDraft[]> {
  const teams = await em.execute<{ id: string; area_path: string; led: boolean }[]>(
    `select t.id::text as id, t.area_path, t.leader_id is not distinct from ?::bigint as led from volunteer_team t
     where t.status = ? and (t.leader_id = ?::bigint or exists (select 1 from volunteer_team_member m where m.team_id = t.id and m.volunteer_id = ?::bigint))
       and (?::text is null or not starts_with(?::text, t.area_path))
     order by t.id for update of t`,
    [volunteerId, VolunteerTeamStatus.ACTIVE, volunteerId, volunteerId, keepUnder, keepUnder],
  );
  if (!teams.length) return [];
  const ids = teams.map((t) => t.id);
  await em.execute(`delete from volunteer_team_member where volunteer_id = ?::bigint and team_id = any(array[?]::bigint[])`, [volunteerId, ids]);
  await em.execute(`update volunteer_team set leader_id = null where leader_id = ?::bigint and id = any(array[?]::bigint[])`, [volunteerId, ids]);
  await em.execute(`update volunteer_team set version = version + 1, updated_at = ? where id = any(array[?]::bigint[])`, [now, ids]);
  const actor = actorOf(viewer);
  await em.execute(
    `insert into volunteer_team_history (team_id, action, actor_id, actor_role, detail, at)
     select unnest(array[?]::bigint[]), ?, ?, ?, unnest(array[?]::text[]), ?`,
    [ids, VolunteerTeamHistoryAction.UPDATED, actor.id, actor.role, teams.map((t) => (t.led ? 'the leader left' : 'a member left')), now],
  );
  return teams.map((t) => teamEvent(EventType.VOLUNTEER_TEAM_UPDATED, { id: t.id, areaPath: t.area_path }, { changed: t.led ? ['leader', 'members'] : ['members'], removed: 1 }));
}
