import DataLoader from 'dataloader';
import type pg from 'pg';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { SqlParams } from '../../read/params.js';
import type { Viewer } from '../../shared/viewer.js';
import { PointsEntry } from '../points/index.js';
import { DEMAND_COLUMNS, toDemand } from './demand.reads.js';
import { demandVisibleSql } from './demand.rules.js';
import { Demand } from './demand.type.js';

/**
 * The demand of each take, by take id, where the viewer may see it at `now` (null otherwise; a taker sees it
 * until 7 days after the confirmation): one statement a batch.
 */
export function demandByTakeIdLoader(pool: pg.Pool, viewer: Viewer, now: Date) {
  const p = new SqlParams([null]);
  const visible = demandVisibleSql(viewer, p, 'd', now);
  return new DataLoader<string, Demand | null>(
    async (takeIds) => {
      const { rows } = await pool.query<{ take_id: string } & Record<string, unknown>>(
        `select t.id::text as take_id, ${DEMAND_COLUMNS} from demand_take t join demand d on d.id = t.demand_id
         where t.id = any($1::bigint[]) and ${visible}`,
        [takeIds, ...p.values.slice(1)],
      );
      const byTake = new Map(rows.map((row) => [row.take_id, toDemand(row)]));
      return takeIds.map((id) => byTake.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

@Resolver(() => PointsEntry)
export class PointsEntryDemandResolver {
  @FieldResolver(() => Demand, {
    nullable: true,
    description: 'The service order a SERVICE or REVERSAL line comes from, when you may see it (its privacy: see Demand); null for an ADJUSTMENT and for orders you may not see.',
  })
  demand(@Root() e: PointsEntry, @Ctx() ctx: Context): Promise<Demand | null> | null {
    return e.sourceType === 'DemandTake' && e.sourceRowId !== null ? ctx.loaders.demandByTakeId.load(e.sourceRowId) : null;
  }
}
