import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { parsePageArgs, readByIds, readPage, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf, type Selection } from '../../read/selection.js';
import type { Connection } from '../../shared/relay.js';
import { belowAreaSql } from '../areas/index.js';
import type { VolunteerSkill, VolunteerStatus, VolunteerTeamStatus } from './volunteer.enums.js';
import { VOLUNTEER, VOLUNTEER_TEAM } from './volunteer.reads.js';
import { volunteerVisibleSql } from './volunteer.rules.js';
import type { Volunteer, VolunteerTeam } from './volunteer.type.js';

/** `volunteer(id)`, `node(id)`: read with the to-one relations the selection asks for, in one statement. */
export function volunteersByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(Volunteer | null)[]> {
  return readByIds(ctx.app.db.pool, VOLUNTEER, 'v', selectionOf(info).get('Volunteer'), ids, (p) => volunteerVisibleSql(ctx.viewer, p, 'v'));
}

export interface VolunteerSearch {
  /** Database id of an area: volunteers whose home community is it or below it. */
  areaRowId: string | null;
  statuses: VolunteerStatus[] | null;
  employerRowId: string | null;
  /** Any of these skills. */
  skills: VolunteerSkill[] | null;
  isPartyMember: boolean | null;
  isInService: boolean | null;
  /** Words all of which appear in the name, the phone number or the free-text skills. */
  text: string | null;
}

/**
 * `volunteers(filter, …)` and `Organization.reportedMembers`: the volunteers the viewer may see, in id order,
 * the page and its to-one relations in one statement (and `totalCount` a second, only when selected).
 */
export function listVolunteers(ctx: Context, selection: Selection | undefined, search: VolunteerSearch, args: PageArgs, extra: (p: SqlParams) => string[] = () => []): Promise<Connection<Volunteer>> {
  const p = new SqlParams();
  const where = [volunteerVisibleSql(ctx.viewer, p, 'v'), ...extra(p)];
  if (search.areaRowId) where.push(belowAreaSql('v', p, search.areaRowId));
  if (search.statuses) where.push(`v.status = any(${p.add(search.statuses)}::text[])`);
  if (search.employerRowId) where.push(`v.employer_id = ${p.add(search.employerRowId)}::bigint`);
  if (search.skills) where.push(`v.skills && ${p.add(search.skills)}::text[]`);
  if (search.isPartyMember !== null) where.push(`v.is_party_member = ${p.add(search.isPartyMember)}`);
  if (search.isInService !== null) where.push(`v.is_in_service = ${p.add(search.isInService)}`);
  if (search.text) {
    // no text index: the viewer's area (the path index) narrows, a substring test decides (see the migration)
    for (const term of search.text.toLowerCase().split(/\s+/).filter(Boolean)) {
      where.push(`strpos(lower(v.real_name || ' ' || v.phone || ' ' || coalesce(v.skills_note, '')), ${p.add(term)}) > 0`);
    }
  }
  return readPage({ pool: ctx.app.db.pool, def: VOLUNTEER, alias: 'v', selection, listKey: 'volunteers', where, p, page: parsePageArgs(args, 'volunteers') });
}

/** `volunteerTeams(…)`: public, in id order. */
export function listTeams(ctx: Context, info: GraphQLResolveInfo, search: { areaRowId: string | null; statuses: VolunteerTeamStatus[] | null }, args: PageArgs): Promise<Connection<VolunteerTeam>> {
  const p = new SqlParams();
  const where = ['true'];
  if (search.areaRowId) where.push(belowAreaSql('t', p, search.areaRowId));
  if (search.statuses) where.push(`t.status = any(${p.add(search.statuses)}::text[])`);
  const selection = pathIn([...selectionOf(info).values()][0], 'edges', 'node');
  return readPage({ pool: ctx.app.db.pool, def: VOLUNTEER_TEAM, alias: 't', selection, listKey: 'volunteerTeams', where, p, page: parsePageArgs(args, 'volunteerTeams') });
}

export function teamsByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(VolunteerTeam | null)[]> {
  return readByIds(ctx.app.db.pool, VOLUNTEER_TEAM, 't', selectionOf(info).get('VolunteerTeam'), ids, () => 'true');
}
