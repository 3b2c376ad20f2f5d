import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { belowAreaSql } from '../areas/index.js';
import { PROJECT } from './project.reads.js';
import type { Project } from './project.type.js';
import { projectVisibleSql } from './project.rules.js';
import type { ProjectStatus } from './project.enums.js';
import type { Connection } from '../../shared/relay.js';
import { parsePageArgs, readByIds, readPage, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';


/** `project(id)` and the like: read with the to-one relations the selection asks for, in one statement. */
export function projectsByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(Project | null)[]> {
  return readByIds(ctx.app.db.pool, PROJECT, 'pr', selectionOf(info).get('Project'), ids, (p) => projectVisibleSql(ctx.viewer, p, 'pr'));
}

export interface ProjectSearch {
  /** Database id of the area: its projects and those below it. */
  areaId: string | null;
  statuses: ProjectStatus[] | null;
  /** Database id of a unit leading or taking part in the projects. */
  organizationId: string | null;
}

/**
 * `projects(filter, first/after, last/before)` in id order: the page and the to-one relations the query
 * asks for come from one prepared statement; `totalCount` is a second one, only when selected. Scope is a
 * predicate inside the statement.
 */
export async function listProjects(ctx: Context, info: GraphQLResolveInfo, search: ProjectSearch, args: PageArgs): Promise<Connection<Project>> {
  const page = parsePageArgs(args, 'projects');
  const p = new SqlParams();
  const where = [projectVisibleSql(ctx.viewer, p, 'pr')];
  if (search.statuses) where.push(`pr.status = any(${p.add(search.statuses)}::text[])`);
  if (search.organizationId) {
    where.push(`exists (select 1 from project_organization po where po.project_id = pr.id and po.organization_id = ${p.add(search.organizationId)})`);
  }
  if (search.areaId) where.push(belowAreaSql('pr', p, search.areaId));
  const selection = pathIn([...selectionOf(info).values()][0], 'edges', 'node');
  return readPage({ pool: ctx.app.db.pool, def: PROJECT, alias: 'pr', selection, listKey: 'projects', where, p, page });
}
