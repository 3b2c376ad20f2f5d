import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { idOf } from '../../shared/input.js';
import { staffOfArea, type Viewer } from '../../shared/viewer.js';
import { HIDDEN_ACTOR_ID } from '../../outbox/view.js';
import { Area } from '../areas/index.js';
import { Demand } from '../demands/index.js';
import { Actor } from '../events/index.js';
import { Organization } from '../organizations/index.js';
import { seesCasePrivate } from './case.rules.js';
import { isCaseOverdue, isSummonsOverdue } from './case.transitions.js';
import { Case, CaseHistoryEntry, CaseNote, CaseSummons, CaseSummonsHistoryEntry } from './case.type.js';

/*
 * Reads of one case and the fields of cases and summonses. Lists, the inbox and the subscription are in
 * their own files.
 */

/** Who acted, as `viewer` may know it of a case in `areaPath`: staff of the area and the actor see the account; SYSTEM is shown to all. */
export function actorOnCase(viewer: Viewer, areaPath: string, actor: { id: string; role: string }): { id: string; role: string } {
  const shown = staffOfArea(viewer, areaPath) || (viewer.accountId !== null && viewer.accountId === actor.id) || actor.role === 'SYSTEM';
  return shown ? actor : { id: HIDDEN_ACTOR_ID, role: actor.role };
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description: 'One case by id; null when there is none or you may not see it (staff of its area and above, the organisations summoned to it, its reporter).',
  })
  case(@Arg('id', () => ID, { description: 'Global id of the case.' }) id: string, @Ctx() ctx: Context): Promise<Case | null> {
    return ctx.loaders.caseById.load(idOf(id, ['Case'], 'id'));
  }

  @FieldResolver(() => Area, { description: 'Where the problem is: a community, a grid below it, or a street.' })
  async area(@Root() c: Case & { area?: Area }, @Ctx() ctx: Context): Promise<Area> {
    // joined by the list's statement (case.search.ts) when selected there
    return c.area ?? (await ctx.loaders.areaById.load(c.areaRowId))!;
  }

  @FieldResolver(() => Area, { description: 'The area of the handling level: the case\'s community, its street, or the district.' })
  async handlingArea(@Root() c: Case & { handlingArea?: Area }, @Ctx() ctx: Context): Promise<Area> {
    return c.handlingArea ?? (await ctx.loaders.areaById.load(c.handlingAreaRowId))!;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'A MERGED case: the case it was merged into, if you may see it.' })
  mergedInto(@Root() c: Case, @Ctx() ctx: Context): Promise<Case | null> | null {
    return c.mergedIntoRowId === null ? null : ctx.loaders.caseById.load(c.mergedIntoRowId);
  }

  @FieldResolver(() => Demand, { nullable: true, description: 'Source DEMAND: the demand it was raised from, if you may see it.' })
  demand(@Root() c: Case, @Ctx() ctx: Context): Promise<Demand | null> | null {
    return c.demandRowId === null ? null : ctx.loaders.demandById.load(c.demandRowId);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'Who reported it (the account and role); private: null unless you are staff of its area or above, or its reporter.',
  })
  reportedBy(@Root() c: Case, @Ctx() ctx: Context): Actor | null {
    return seesCasePrivate(ctx.viewer, c) ? { id: c.reporterAccountId, role: c.reporterRole } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Source HOTLINE_12345: the hotline\'s ticket number (工单号); private: null unless you are staff of its area or above, or its reporter.',
  })
  ticketNumber(@Root() c: Case, @Ctx() ctx: Context): string | null {
    return seesCasePrivate(ctx.viewer, c) ? c.storedTicketNumber : null;
  }

  @FieldResolver(() => Boolean, { description: 'ACCEPTED or WHISTLED and past its completion deadline (computed from the clock; stays true until it is resolved).' })
  isOverdue(@Root() c: Case, @Ctx() ctx: Context): boolean {
    return isCaseOverdue(c, ctx.app.clock.now());
  }

  @FieldResolver(() => [CaseSummons], { description: 'Every organisation summoned to it, oldest summons first (a released one included).' })
  summonses(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseSummons[]> {
    return ctx.loaders.summonsesByCaseId.load(c.rowId);
  }

  @FieldResolver(() => [CaseHistoryEntry], { description: 'Every change of the case, oldest first.' })
  async history(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseHistoryEntry[]> {
    const entries = await ctx.loaders.caseHistoryByCaseId.load(c.rowId);
    return entries.map((e) => ({ ...e, actor: actorOnCase(ctx.viewer, c.areaPath, e.actor) }));
  }

  @FieldResolver(() => [CaseNote], { description: 'The parties\' notes, oldest first.' })
  async notes(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseNote[]> {
    const notes = await ctx.loaders.caseNotesByCaseId.load(c.rowId);
    return notes.map((n) => Object.assign(Object.create(CaseNote.prototype) as CaseNote, n, { actor: actorOnCase(ctx.viewer, c.areaPath, n.actor) }));
  }
}

@Resolver(() => CaseNote)
export class CaseNoteResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation its author wrote it for (a summoned unit or department); null for the handling level\'s staff.' })
  organization(@Root() n: CaseNote, @Ctx() ctx: Context): Promise<Organization | null> | null {
    return n.organizationRowId === null ? null : ctx.loaders.organizationById.load(n.organizationRowId);
  }
}

@Resolver(() => CaseSummons)
export class CaseSummonsResolver {
  @FieldResolver(() => Case, { description: 'The case it summons to.' })
  async case(@Root() s: CaseSummons & { joinedCase?: Case }, @Ctx() ctx: Context): Promise<Case> {
    // the inbox (case.search.ts) reads the case in its own statement
    return s.joinedCase ?? (await ctx.loaders.caseById.load(s.caseRowId))!;
  }

  @FieldResolver(() => Organization, { description: 'The organisation summoned.' })
  async organization(@Root() s: CaseSummons, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(s.organizationRowId))!;
  }

  @FieldResolver(() => Boolean, { description: 'SUMMONED past its report-in deadline while its case is open (computed from the clock).' })
  async isOverdue(@Root() s: CaseSummons & { joinedCase?: Case }, @Ctx() ctx: Context): Promise<boolean> {
    const c = s.joinedCase ?? (await ctx.loaders.caseById.load(s.caseRowId));
    return c !== null && isSummonsOverdue(s, c.status, ctx.app.clock.now());
  }

  @FieldResolver(() => [CaseSummonsHistoryEntry], { description: 'Every change of the summons, oldest first.' })
  async history(@Root() s: CaseSummons, @Ctx() ctx: Context): Promise<CaseSummonsHistoryEntry[]> {
    const entries = await ctx.loaders.summonsHistoryBySummonsId.load(s.rowId);
    return entries.map((e) => ({ ...e, actor: actorOnCase(ctx.viewer, s.areaPath, e.actor) }));
  }
}
