import DataLoader from 'dataloader';
import type pg from 'pg';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SqlParams } from '../../read/params.js';
import { periodBoundsSql, periodKey, type Period } from '../../shared/period.js';
import { DemandFulfilment, DemandTakeStatus } from './demand.enums.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "Public figures of an area's service orders (服务订单: SERVICE demands of the area and below it) for a period of local days: counts, medians and sums, never a name or a demand's details.",
})
export class OrderStatistics {
  @Field(() => Int, { description: 'Orders the community placed in the period.' })
  placed!: number;

  @Field(() => Int, { description: 'Takes (one taker\'s share of an order) taken in the period, whatever became of them since.' })
  taken!: number;

  @Field(() => Int, { description: 'Takes whose work was reported done in the period (their latest report).' })
  served!: number;

  @Field(() => Int, { description: 'Takes confirmed in the period and confirmed still (a revoked confirmation no longer counts).' })
  confirmed!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median minutes from placing an order to its first take, over the orders first taken in the period; null when none was.",
  })
  medianMinutesToTake!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from taking to reporting the work done, over the takes served in the period; null when none was.' })
  medianMinutesToServe!: number | null;

  @Field(() => Int, { description: 'Minutes of service of the takes counted in `confirmed`, every person\'s summed.' })
  minutesServed!: number;

  @Field(() => Int, { description: "Points the area's orders earned in the period: SERVICE lines written in it, less the REVERSAL lines written in it." })
  pointsAwarded!: number;
}

export interface OrderStatisticsKey {
  path: string;
  period: Period;
}

const keyOf = (k: OrderStatisticsKey) => `${periodKey(k.period)}|${k.path}`;

interface Row {
  path: string;
  placed: number;
  taken: number;
  served: number;
  confirmed: number;
  median_take: number | null;
  median_serve: number | null;
  minutes_served: number;
  points_awarded: number;
}

/**
 * Areas' order statistics for a period: one statement per distinct period in a batch (an operation usually asks
 * one), whatever the number of areas. Instants are compared with the period's local bounds in `timeZone`.
 */
export function orderStatisticsLoader(pool: pg.Pool, timeZone: string) {
  return new DataLoader<OrderStatisticsKey, OrderStatistics, string>(
    async (keys) => {
      const result = new Map<string, OrderStatistics>();
      const periods = new Map(keys.map((k) => [periodKey(k.period), k.period]));
      for (const period of periods.values()) {
        const paths = [...new Set(keys.filter((k) => periodKey(k.period) === periodKey(period)).map((k) => k.path))];
        const p = new SqlParams([paths]);
        const { start, end } = periodBoundsSql(p.add(period.from), p.add(period.to), p.add(timeZone));
        const within = (column: string) => `(${column} >= ${start} and ${column} < ${end})`;
        const service = `d.fulfilment = ${p.add(DemandFulfilment.SERVICE)}`;
        const confirmed = `t.status = ${p.add(DemandTakeStatus.CONFIRMED)} and ${within('t.confirmed_at')}`;
        const below = `d.area_path >= s.path and d.area_path < s.path || '~'`;
        const minutes = (a: string, b: string) => `extract(epoch from (${b} - ${a})) / 60`;
        const { rows } = await pool.query<Row>(
          `select s.path,
             (select count(*)::int from demand d where ${below} and ${service} and ${within('d.placed_at')}) as placed,
             t.taken, t.served, t.confirmed, t.median_serve,
             (select percentile_cont(0.5) within group (order by ${minutes('d.placed_at', 'f.first_taken')})
              from demand d cross join lateral (select min(ft.taken_at) as first_taken from demand_take ft where ft.demand_id = d.id) f
              where ${below} and ${service} and ${within('f.first_taken')}) as median_take,
             (select coalesce(sum(pp.minutes), 0)::int from demand d join demand_take t on t.demand_id = d.id join demand_take_person pp on pp.take_id = t.id
              where ${below} and ${service} and ${confirmed}) as minutes_served,
             (select coalesce(sum(e.points), 0)::int from demand d join demand_take t on t.demand_id = d.id
              join points_entry e on e.source_type = 'DemandTake' and e.source_id = t.id and e.kind in ('SERVICE', 'REVERSAL')
              where ${below} and ${service} and ${within('e.at')}) as points_awarded
           from unnest($1::text[]) as s(path)
           cross join lateral (
             select count(*) filter (where ${within('t.taken_at')})::int as taken,
                    count(*) filter (where ${within('t.served_at')})::int as served,
                    count(*) filter (where ${confirmed})::int as confirmed,
                    percentile_cont(0.5) within group (order by ${minutes('t.taken_at', 't.served_at')}) filter (where ${within('t.served_at')}) as median_serve
             from demand d join demand_take t on t.demand_id = d.id
             where ${below} and ${service}
           ) t`,
          p.values,
        );
        for (const row of rows) {
          result.set(keyOf({ path: row.path, period }), {
            placed: row.placed,
            taken: row.taken,
            served: row.served,
            confirmed: row.confirmed,
            medianMinutesToTake: row.median_take === null ? null : Number(row.median_take),
            medianMinutesToServe: row.median_serve === null ? null : Number(row.median_serve),
            minutesServed: row.minutes_served,
            pointsAwarded: row.points_awarded,
          });
        }
      }
      return keys.map((k) => result.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  );
}
