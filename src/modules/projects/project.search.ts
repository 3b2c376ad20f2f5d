import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { PROJECT } from './project.reads.js';
import type { Project } from './project.type.js';
import { projectVisibleSql } from './project.visibility.js';
import type { ProjectStatus } from './project.enums.js';
import { encodeCursor } from '../../shared/cursor.js';
import type { Connection } from '../../shared/relay.js';
import { plan, ReadQuery } from '../../read/compile.js';
import { parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { preparedName } from '../../db/statements.js';


/** `project(id)` and the like: read with the to-one relations the selection asks for, in one statement. */
export async function projectsByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(Project | null)[]> {
  if (ids.length === 0) return [];
  const query = new ReadQuery();
  const build = plan(PROJECT, selectionOf(info).get('Project'), 'pr', query);
  const p = new SqlParams([ids]);
  const text = `select ${query.columns.join(', ')} from project pr ${query.joins.join(' ')}
    where pr.id = any($1::bigint[]) and ${projectVisibleSql(ctx.viewer, p, 'pr')}`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const byId = new Map(rows.map((row) => [String(row[0]), build(row)]));
  return ids.map((id) => byId.get(id) ?? null);
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
  if (search.areaId) {
    const id = p.add(search.areaId);
    // a range on the C-collated path uses the index; '~' sorts after the digits and '/' of every path
    where.push(`pr.area_path >= (select path from area where id = ${id}) and pr.area_path < (select path || '~' from area where id = ${id})`);
  }
  const filtered = [...where];
  const filterValues = [...p.values];
  if (page.afterId !== null) where.push(`pr.id > ${p.add(page.afterId)}`);
  if (page.beforeId !== null) where.push(`pr.id < ${p.add(page.beforeId)}`);

  const query = new ReadQuery();
  const build = plan(PROJECT, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), 'pr', query);
  const direction = page.backward ? 'desc' : 'asc';
  // the page is chosen over project alone, and only its rows are joined
  const text = `select ${query.columns.join(', ')}
    from (select ${[...query.used.get('pr')!].map((c) => `pr.${c}`).join(', ')} from project pr
          where ${where.join(' and ')} order by pr.id ${direction} limit ${p.add(page.limit + 1)}) pr
    ${query.joins.join(' ')}
    order by pr.id ${direction}`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const more = rows.length > page.limit;
  const slice = rows.slice(0, page.limit);
  if (page.backward) slice.reverse();
  const edges = slice.map((row) => {
    const node = build(row);
    return { cursor: encodeCursor(['projects', node.rowId]), node };
  });
  const countText = `select count(*)::int from project pr where ${filtered.join(' and ')}`;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeId !== null : more,
      hasPreviousPage: page.backward ? more : page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return ctx.app.db.pool
        .query<[number]>({ name: preparedName(countText), text: countText, values: filterValues, rowMode: 'array' })
        .then((r) => r.rows[0][0]);
    },
  };
}
