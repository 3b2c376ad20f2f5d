import DataLoader from 'dataloader';
import type pg from 'pg';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { ProjectStatus } from './project.enums.js';

@ObjectType({ simpleResolvers: true, description: 'How many service projects of an area and below it are in one status.' })
export class ProjectStatistic {
  @Field(() => ProjectStatus, { description: 'The status.' })
  status!: ProjectStatus;

  @Field(() => Int, { description: 'How many projects are in it.' })
  count!: number;
}

const STATUSES = Object.values(ProjectStatus);

/**
 * Project counts per area path, batched: any number of areas in one operation cost one statement. Every
 * status is listed, in the enum's order, with zero where an area has none. Counts are public, as the
 * district's statistics are: they include PROPOSED projects, whose details only their staff see.
 */
export function projectStatisticsLoader(pool: pg.Pool) {
  return new DataLoader<string, ProjectStatistic[]>(async (paths) => {
    const { rows } = await pool.query<{ path: string; status: ProjectStatus; n: number }>(
      `select p.path, pr.status, count(*)::int as n
       from unnest($1::text[]) as p(path)
       join project pr on pr.area_path >= p.path and pr.area_path < p.path || '~'
       group by p.path, pr.status`,
      [paths],
    );
    const byPath = new Map<string, Map<string, number>>();
    for (const row of rows) {
      if (!byPath.has(row.path)) byPath.set(row.path, new Map());
      byPath.get(row.path)!.set(row.status, row.n);
    }
    return paths.map((path) => STATUSES.map((status) => ({ status, count: byPath.get(path)?.get(status) ?? 0 })));
  });
}

@Resolver(() => Area)
export class AreaProjectStatisticsResolver {
  @FieldResolver(() => [ProjectStatistic], {
    description: 'Per status, the service projects of this area and below it. Public; every status is listed, zero included.',
  })
  projectStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<ProjectStatistic[]> {
    return ctx.loaders.projectStatisticsByPath.load(area.path);
  }
}
