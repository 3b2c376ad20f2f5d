import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { resourceVisibleSql } from '../modules/resources/resource.visibility.js';
import type { Resource } from '../modules/resources/resource.type.js';
import { plan, ReadQuery } from './compile.js';
import { RESOURCE } from './defs.js';
import { SqlParams } from './params.js';
import { selectionOf } from './selection.js';
import { preparedName } from './statements.js';

/**
 * Root lookups of resources by id (`resource(id)`, `node(id)`, `nodes(ids)`), read with the to-one
 * relations their selection asks for in one statement. Ids the viewer may not see come back null.
 */
export async function resourcesByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(Resource | null)[]> {
  if (ids.length === 0) return [];
  const selection = selectionOf(info).get('Resource');
  const query = new ReadQuery();
  const build = plan(RESOURCE, selection, 'r', query);
  const p = new SqlParams([ids]);
  const text = `select ${query.columns.join(', ')} from resource r ${query.joins.join(' ')}
    where r.id = any($1::bigint[]) and ${resourceVisibleSql(ctx.viewer, p, 'r')}`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const byId = new Map(rows.map((row) => [String(row[0]), build(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
