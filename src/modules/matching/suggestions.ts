import DataLoader from 'dataloader';
import type pg from 'pg';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { distanceSql, Resource } from '../resources/index.js';
import { badInput } from '../../shared/errors.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { Demand } from '../demands/index.js';
import { boxAroundSql } from './candidates.js';
import { windowsCovered } from './coverage.js';

/*
 * `demand.suggestions(first)` (docs/architecture.md, "Matching"): open-access resources are never assigned; a demand
 * lists the nearest ones instead, with no match row and no event. A resource is suggested when it is
 * PUBLISHED and OPEN_ACCESS, of a kind the demand accepts, within the demand's radius (great-circle
 * distance, found through the GiST index on point(lng, lat) with a box around the circle), its audiences
 * fit (the demand's audience is one it serves, or it serves ALL_RESIDENTS, as for candidates), and it is
 * open whenever the demand needs it: its weekly windows cover every needed window (coverage.ts, with the
 * resource's windows standing for the offered ones; one-off schedule exceptions are not considered).
 * Nearest first, ties by id. A demand's status does not matter: the list helps whoever handles it.
 */

export const SUGGESTIONS_DEFAULT = 5;
export const SUGGESTIONS_MAX = 10;

@ObjectType({ simpleResolvers: true, description: 'An open-access resource near a demand and open whenever it is needed: a suggestion, not a match.' })
export class DemandSuggestion {
  resourceRowId!: string;

  @Field(() => Int, { description: 'Great-circle distance from the demand\'s location to the resource, in whole metres.' })
  distanceMeters!: number;
}

interface Row {
  demand_id: string;
  demand_windows: WeeklyWindow[];
  resource_id: string;
  resource_windows: WeeklyWindow[];
  meters: number;
}

/** Every qualifying resource of each demand, nearest first: one statement for a batch of demands. */
async function suggestionsOf(pool: pg.Pool, demandIds: readonly string[]): Promise<Map<string, DemandSuggestion[]>> {
  const { rows } = await pool.query<Row>(
    `select d.id::text as demand_id, d.windows as demand_windows, c.resource_id, c.resource_windows, c.meters
     from demand d
     join lateral (
       select r.id::text as resource_id, r.id as rid, r.windows as resource_windows, dist.meters
       from resource r
       cross join lateral (select ${distanceSql('d.lat', 'd.lng')} as meters) dist
       where point(r.lng, r.lat) <@ ${boxAroundSql('d.lat', 'd.lng', 'd.radius_meters')}
         and dist.meters <= d.radius_meters
         and r.status = 'PUBLISHED' and r.access_mode = 'OPEN_ACCESS'
         and r.kind = any(d.kinds)
         and (d.audience = any(r.audiences) or 'ALL_RESIDENTS' = any(r.audiences))
     ) c on true
     where d.id = any($1::bigint[])
     order by d.id, c.meters, c.rid`,
    [demandIds],
  );
  const out = new Map<string, DemandSuggestion[]>();
  for (const row of rows) {
    if (!windowsCovered(row.demand_windows ?? [], row.resource_windows ?? [], row.resource_windows ?? [])) continue;
    const list = out.get(row.demand_id) ?? [];
    list.push({ resourceRowId: row.resource_id, distanceMeters: Math.round(row.meters) });
    out.set(row.demand_id, list);
  }
  return out;
}

/** Suggestions by demand row id, all of them, nearest first (the resolver takes the page). Only for demands the viewer already sees. */
export function suggestionsByDemandLoader(pool: pg.Pool) {
  return new DataLoader<string, DemandSuggestion[]>(async (ids) => {
    const found = await suggestionsOf(pool, ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

@Resolver(() => DemandSuggestion)
export class DemandSuggestionResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The resource suggested; null if you may not see it.' })
  resource(@Root() s: DemandSuggestion, @Ctx() ctx: Context): Promise<Resource | null> {
    return ctx.loaders.resourceById.load(s.resourceRowId);
  }
}

@Resolver(() => Demand)
export class DemandSuggestionsResolver {
  @FieldResolver(() => [DemandSuggestion], {
    description:
      'The nearest PUBLISHED open-access resources (toilets, water points, drop-in parking…) of a kind the demand accepts, within its radius, serving its audience and open whenever it needs them, nearest first. Suggestions only: no match is made and nothing is recorded.',
  })
  async suggestions(
    @Root() d: Demand,
    @Arg('first', () => Int, { defaultValue: SUGGESTIONS_DEFAULT, description: `How many, at most (1 to ${SUGGESTIONS_MAX}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<DemandSuggestion[]> {
    if (!Number.isInteger(first) || first < 1 || first > SUGGESTIONS_MAX) throw badInput('first', `"first" must be between 1 and ${SUGGESTIONS_MAX}.`);
    return (await ctx.loaders.suggestionsByDemandId.load(d.rowId)).slice(0, first);
  }
}
