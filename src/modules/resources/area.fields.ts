import DataLoader from 'dataloader';
import type pg from 'pg';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { ResourceKind } from './resource.enums.js';

@ObjectType({ simpleResolvers: true, description: 'What resident units have opened of one kind, in an area and below it (PUBLISHED resources).' })
export class ResourceStatistic {
  @Field(() => ResourceKind, { description: 'The kind of resource.' })
  kind!: ResourceKind;

  @Field(() => Int, { description: 'How many PUBLISHED resources of this kind.' })
  resourceCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Sum of the capacities of those that have one (e.g. parking spaces); null when none has.',
  })
  totalCapacity!: number | null;
}

const KINDS = Object.values(ResourceKind);

/**
 * Statistics per area path, batched: any number of areas in one operation cost one statement. Every kind
 * is listed, in the enum's order, with zero where an area has none.
 */
export function resourceStatisticsLoader(pool: pg.Pool) {
  return new DataLoader<string, ResourceStatistic[]>(async (paths) => {
    const { rows } = await pool.query<{ path: string; kind: ResourceKind; n: number; capacity: number | null }>(
      `select p.path, r.kind, count(*)::int as n, sum(r.capacity)::int as capacity
       from unnest($1::text[]) as p(path)
       join resource r on r.area_path >= p.path and r.area_path < p.path || '~' and r.status = 'PUBLISHED'
       group by p.path, r.kind`,
      [paths],
    );
    const byPath = new Map<string, Map<string, { n: number; capacity: number | null }>>();
    for (const row of rows) {
      if (!byPath.has(row.path)) byPath.set(row.path, new Map());
      byPath.get(row.path)!.set(row.kind, { n: row.n, capacity: row.capacity });
    }
    return paths.map((path) =>
      KINDS.map((kind) => {
        const found = byPath.get(path)?.get(kind);
        return { kind, resourceCount: found?.n ?? 0, totalCapacity: found?.capacity ?? null };
      }),
    );
  });
}

@Resolver(() => Area)
export class AreaResourcesResolver {
  @FieldResolver(() => [ResourceStatistic], {
    description: 'Per kind, the PUBLISHED resources in this area and below it, with their total capacity. Public.',
  })
  resourceStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<ResourceStatistic[]> {
    return ctx.loaders.resourceStatisticsByPath.load(area.path);
  }
}
