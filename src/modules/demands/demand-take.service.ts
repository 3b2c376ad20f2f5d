import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, fail, forbidden, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { idOf, requiredText } from '../../shared/input.js';
import { actorOf, administersArea, isApprovedVolunteer, isBelow, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import type { Change } from '../../outbox/transact.js';
import { todayOf } from '../../shared/today.js';
import { OrganizationEntity } from '../organizations/index.js';
import { VolunteerEntity, VolunteerTeamEntity, VolunteerTeamStatus } from '../volunteers/index.js';
import { DemandAction, DemandTakeAction, DemandTakeStatus, TakerKind } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import { DemandTakeEntity, DemandTakeHistoryEntity, DemandTakePersonEntity } from './demand-take.entity.js';
import type { ReportDemandServedInput } from './demand-take.inputs.js';
import { recordDemandHistory, serviceEvent, takerScope } from './demand.record.js';
import {
  decideDemand, decideTake, HOLDING_TAKE_STATUSES, LIVE_TAKE_STATUSES, serviceStatusOf, type TakeCommand,
} from './demand.transitions.js';

/*
 * The writes of service orders' takes (demand-take.service.ts runs them in `transact`). Every change of an
 * order's takes first locks the order's row: concurrent takes, releases and reports of one order run one
 * after another, so the quantity judged is the quantity written and live takes never over-cover it (the
 * table's check `taken_quantity <= quantity` stands behind that).
 */

/** What a take mutation answers: the order, and the take it changed (none for the order-level ones). */
export interface TakeChange {
  demandId: string;
  takeId: string | null;
}

/** The street an area path lies in ('/1/7/42/' → '/1/7/'). */
export function streetOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 2).join('/')}/`;
}

/** The order locked for this transaction and read fresh, with its takes (oldest first); null when there is none. */
export async function lockOrder(em: EntityManager, ctx: Context, id: string): Promise<{ d: DemandEntity; takes: DemandTakeEntity[]; serveDeadline: Date } | null> {
  const rows: { serve_deadline: string | Date }[] = await em.execute(
    `select ((end_date + 1)::timestamp at time zone ?) as serve_deadline from demand where id = ? for update`,
    [ctx.app.config.timeZone, id],
  );
  if (rows.length === 0) return null;
  const d = await em.findOneOrFail(DemandEntity, { id }, { refresh: true });
  const takes = await em.find(DemandTakeEntity, { demand: id }, { orderBy: { id: 'asc' }, refresh: true, populate: ['team'] });
  return { d, takes, serveDeadline: new Date(rows[0].serve_deadline) };
}

/** Whether the viewer is the taker of `t`: the volunteer; the team's current leader; the unit's admin. */
export function isTakerOf(viewer: Viewer, t: DemandTakeEntity): boolean {
  const me = viewer.role === Role.VOLUNTEER ? viewer.volunteer?.id ?? null : null;
  if (t.takerKind === TakerKind.VOLUNTEER) return me !== null && t.volunteer?.id === me;
  if (t.takerKind === TakerKind.TEAM) return me !== null && t.team?.leader?.id === me;
  return viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null && t.organization?.id === viewer.organizationId;
}

/** The order's copy of its takes: the quantity they hold and who took first (what the deprecated `takenBy` shows). */
export function applyTakes(d: DemandEntity, takes: readonly DemandTakeEntity[]): void {
  const holding = takes.filter((t) => HOLDING_TAKE_STATUSES.includes(t.status));
  d.takenQuantity = holding.reduce((sum, t) => sum + t.quantity, 0);
  const first = holding[0] ?? null;
  d.takenByOrganization = first?.organization ?? null;
  d.takenByAccount = first?.accountId ?? null;
  d.takenAt = first?.takenAt ?? null;
}

export function recordTakeHistory(
  em: EntityManager,
  viewer: Viewer,
  t: DemandTakeEntity,
  entry: { action: DemandTakeAction; from: DemandTakeStatus | null; to: DemandTakeStatus; reason?: string | null; at: Date },
): void {
  const actor = actorOf(viewer);
  em.create(DemandTakeHistoryEntity, {
    take: t, action: entry.action, fromStatus: entry.from, toStatus: entry.to,
    actorId: actor.id, actorRole: actor.role, reason: entry.reason ?? null, at: entry.at,
  });
}

const MAX_MINUTES = 1440;
const NOTE_MAX = 5000;
const REASON_MAX = 500;

export const reasonOf = (value: string, field: string) => requiredText(value, field, REASON_MAX);

/** The people of a report as the input alone allows: at least one, whole minutes 1..1440, no volunteer twice. */
export function peopleOf(input: ReportDemandServedInput): { volunteerId: string | null; minutes: number }[] {
  if (input.people.length === 0) throw badInput('input.people', 'Name at least one person who served.');
  const seen = new Set<string>();
  return input.people.map((p, i) => {
    if (!Number.isInteger(p.minutes) || p.minutes < 1 || p.minutes > MAX_MINUTES) {
      throw badInput(`input.people[${i}].minutes`, `Minutes must be a whole number from 1 to ${MAX_MINUTES}, got ${p.minutes}.`);
    }
    const volunteerId = p.volunteerId == null ? null : idOf(p.volunteerId, ['Volunteer'], `input.people[${i}].volunteerId`);
    if (volunteerId !== null) {
      if (seen.has(volunteerId)) throw badInput(`input.people[${i}].volunteerId`, 'The same volunteer is named twice.');
      seen.add(volunteerId);
    }
    return { volunteerId, minutes: p.minutes };
  });
}

export const noteOf = (value: string) => requiredText(value, 'input.note', NOTE_MAX);

/**
 * Takes a PLACED service order for the viewer (the order is locked and read by the caller): an approved
 * volunteer for themself (an order of their home community), or for an ACTIVE team they lead (an order within
 * the team's area); a unit admin for its unit (an order within the unit's street). Outside that reach it is
 * NOT_FOUND.
 */
export async function takeOrder(
  em: EntityManager,
  ctx: Context,
  order: { d: DemandEntity; takes: DemandTakeEntity[]; serveDeadline: Date },
  input: { quantity: number | null; teamId: string | null },
  at: Date,
): Promise<Outcome<Change<TakeChange>>> {
  const viewer = ctx.viewer;
  const { d, takes } = order;
  let kind: TakerKind;
  let reach: string;
  let volunteer: VolunteerEntity | null = null;
  let team: VolunteerTeamEntity | null = null;
  let organization: OrganizationEntity | null = null;
  if (viewer.role === Role.UNIT_ADMIN) {
    if (input.teamId !== null) throw badInput('input.teamId', 'A unit takes an order for itself; only a volunteer names a team.');
    organization = await em.findOneOrFail(OrganizationEntity, { id: viewer.organizationId! });
    kind = TakerKind.ORGANIZATION;
    reach = streetOf(organization.areaPath);
  } else if (input.teamId !== null) {
    team = await em.findOne(VolunteerTeamEntity, { id: input.teamId });
    if (!team) throw notFound('input.teamId', 'team');
    if (team.status !== VolunteerTeamStatus.ACTIVE || !isApprovedVolunteer(viewer) || team.leader?.id !== viewer.volunteer?.id) {
      throw forbidden('Only the leader of an ACTIVE team takes orders for it.');
    }
    kind = TakerKind.TEAM;
    reach = team.areaPath;
  } else {
    volunteer = em.getReference(VolunteerEntity, viewer.volunteer!.id);
    kind = TakerKind.VOLUNTEER;
    reach = viewer.areaPath!;
  }
  const takerKey = (t: DemandTakeEntity) =>
    t.takerKind === kind && (t.volunteer?.id ?? t.team?.id ?? t.organization?.id) === (volunteer?.id ?? team?.id ?? organization?.id);
  const own = takes.find((t) => takerKey(t) && LIVE_TAKE_STATUSES.includes(t.status));
  if (!isBelow(d.areaPath, reach) && !own) throw notFound('input.id', 'demand');

  const today = todayOf(ctx);
  const decision = decideDemand('take', { status: d.status, endDate: d.endDate, taken: false, takenQuantity: d.takenQuantity }, today);
  if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
  if (d.endDate < today) return fail(userError('DEMAND_NOT_TAKEABLE', `Its last needed day ${d.endDate} has passed.`, 'input.id'));
  if (own) return fail(userError('DEMAND_ALREADY_TAKEN', 'You already hold a take of this order.', 'input.id'));
  const stillNeeded = d.quantity - d.takenQuantity;
  const quantity = input.quantity ?? (kind === TakerKind.ORGANIZATION ? stillNeeded : 1);
  if (quantity > stillNeeded) {
    return fail(userError('DEMAND_QUANTITY_EXCEEDS', `Only ${stillNeeded} of ${d.quantity} are still needed.`, 'input.quantity'));
  }

  const take = em.create(DemandTakeEntity, {
    demand: d, areaPath: d.areaPath, takerKind: kind, volunteer, team, organization, accountId: viewer.accountId!,
    quantity, serveDeadline: order.serveDeadline, takenAt: at, createdAt: at, updatedAt: at,
  });
  takes.push(take);
  applyTakes(d, takes);
  d.status = serviceStatusOf(d.quantity, takes);
  d.updatedAt = at;
  await em.flush();
  recordTakeHistory(em, viewer, take, { action: DemandTakeAction.TAKE, from: null, to: DemandTakeStatus.TAKEN, at });
  recordDemandHistory(em, viewer, d, { action: DemandAction.TAKE, from: decision.from, to: d.status, at });
  await em.flush();
  const scope = await takerScope(em, d.id);
  return ok({ result: { demandId: d.id, takeId: take.id }, events: [serviceEvent(EventType.DEMAND_TAKEN, d, scope, { from: decision.from, to: d.status })] });
}

type TakeAccess = 'taker' | 'admin';

/** The take `takeId` with its order locked: NOT_FOUND when the viewer may not see it, FORBIDDEN when they may not do this. */
export async function takeForChange(em: EntityManager, ctx: Context, takeId: string, access: TakeAccess) {
  const viewer = ctx.viewer;
  const rows: { demand_id: string }[] = await em.execute('select demand_id::text as demand_id from demand_take where id = ?', [takeId]);
  if (rows.length === 0) throw notFound('input.takeId', 'take');
  const order = (await lockOrder(em, ctx, rows[0].demand_id))!;
  const take = order.takes.find((t) => t.id === takeId)!;
  const taker = isTakerOf(viewer, take);
  if (!taker && !staffOfArea(viewer, take.areaPath)) throw notFound('input.takeId', 'take');
  const allowed = access === 'taker' ? taker : administersArea(viewer, take.areaPath);
  if (!allowed) throw forbidden(access === 'taker' ? 'Only its taker does this.' : 'Only an admin of the order\'s area (community admin or above) does this.');
  return { ...order, take };
}

const ENDING: Record<'release' | 'revoke', { takeAction: DemandTakeAction; demandAction: DemandAction; event: EventType }> = {
  release: { takeAction: DemandTakeAction.RELEASE, demandAction: DemandAction.RELEASE, event: EventType.DEMAND_RELEASED },
  revoke: { takeAction: DemandTakeAction.REVOKE, demandAction: DemandAction.REVOKE_TAKE, event: EventType.DEMAND_TAKE_REVOKED },
};

/** Ends a take (released by its taker, revoked by the community): its quantity is open again. */
export async function endTake(
  em: EntityManager,
  ctx: Context,
  command: 'release' | 'revoke',
  takeId: string,
  reason: string,
  at: Date,
): Promise<Outcome<Change<TakeChange>>> {
  const viewer = ctx.viewer;
  const { d, takes, take } = await takeForChange(em, ctx, takeId, command === 'release' ? 'taker' : 'admin');
  const decision = decideTake(command, take.status);
  if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.takeId'));
  const from = d.status;
  take.status = decision.to;
  take.endedAt = at;
  take.reason = reason;
  take.updatedAt = at;
  applyTakes(d, takes);
  d.status = serviceStatusOf(d.quantity, takes);
  d.updatedAt = at;
  const how = ENDING[command];
  recordTakeHistory(em, viewer, take, { action: how.takeAction, from: decision.from, to: decision.to, reason, at });
  recordDemandHistory(em, viewer, d, { action: how.demandAction, from, to: d.status, reason, at });
  await em.flush();
  const scope = await takerScope(em, d.id, [take.id]);
  return ok({ result: { demandId: d.id, takeId: take.id }, events: [serviceEvent(how.event, d, scope, { from, to: d.status })] });
}

/** The taker reports its take served, with who served and for how long (replacing an earlier report's people). */
export async function reportServed(
  em: EntityManager,
  ctx: Context,
  takeId: string,
  note: string,
  people: { volunteerId: string | null; minutes: number }[],
  at: Date,
): Promise<Outcome<Change<TakeChange>>> {
  const viewer = ctx.viewer;
  const { d, takes, take } = await takeForChange(em, ctx, takeId, 'taker');
  const decision = decideTake('serve', take.status);
  if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.takeId'));
  const resolved = await eligiblePeople(em, take, people);
  if (!resolved.ok) return resolved;
  const from = d.status;
  take.status = decision.to;
  take.servedAt = at;
  take.serviceNote = note;
  take.updatedAt = at;
  await em.nativeDelete(DemandTakePersonEntity, { take: take.id });
  resolved.value.forEach((p, position) => {
    em.create(DemandTakePersonEntity, { take, position, volunteer: p.volunteerId === null ? null : em.getReference(VolunteerEntity, p.volunteerId), minutes: p.minutes });
  });
  d.status = serviceStatusOf(d.quantity, takes);
  d.updatedAt = at;
  recordTakeHistory(em, viewer, take, { action: DemandTakeAction.SERVE, from: decision.from, to: decision.to, at });
  recordDemandHistory(em, viewer, d, { action: DemandAction.SERVE, from, to: d.status, at });
  await em.flush();
  const scope = await takerScope(em, d.id);
  return ok({ result: { demandId: d.id, takeId: take.id }, events: [serviceEvent(EventType.DEMAND_SERVICE_REPORTED, d, scope, { from, to: d.status, takeId: take.id, minutes: resolved.value.reduce((sum, p) => sum + p.minutes, 0) })] });
}

/**
 * Who may be named on a take's report (stored state, so a user error): on a volunteer's take only the
 * volunteer (omitted = themself); on a team's take APPROVED members of the team; on a unit's take APPROVED
 * volunteers the unit employs, or people without a volunteer (the unit's unregistered staff).
 */
async function eligiblePeople(
  em: EntityManager,
  take: DemandTakeEntity,
  people: { volunteerId: string | null; minutes: number }[],
): Promise<Outcome<{ volunteerId: string | null; minutes: number }[]>> {
  const refuse = (i: number, message: string) => fail(userError('DEMAND_PERSON_NOT_ELIGIBLE', message, `input.people[${i}].volunteerId`));
  if (take.takerKind === TakerKind.VOLUNTEER) {
    const self = take.volunteer!.id;
    if (people.length > 1) return refuse(1, "A volunteer's own take names only the volunteer.");
    if (people[0].volunteerId !== null && people[0].volunteerId !== self) return refuse(0, "A volunteer's own take names only the volunteer.");
    return ok([{ volunteerId: self, minutes: people[0].minutes }]);
  }
  const named = people.flatMap((p) => (p.volunteerId === null ? [] : [p.volunteerId]));
  const rows: { id: string }[] = named.length === 0 ? [] : take.takerKind === TakerKind.TEAM
    ? await em.execute(
        `select v.id::text as id from volunteer v join volunteer_team_member m on m.volunteer_id = v.id
         where m.team_id = ? and v.id = any(?::bigint[]) and v.status = 'APPROVED'`,
        [take.team!.id, `{${named.join(',')}}`],
      )
    : await em.execute(
        `select v.id::text as id from volunteer v where v.employer_id = ? and v.id = any(?::bigint[]) and v.status = 'APPROVED'`,
        [take.organization!.id, `{${named.join(',')}}`],
      );
  const eligible = new Set(rows.map((r) => r.id));
  for (const [i, p] of people.entries()) {
    if (p.volunteerId === null && take.takerKind === TakerKind.TEAM) return refuse(i, "A team's take names the members who served.");
    if (p.volunteerId !== null && !eligible.has(p.volunteerId)) {
      return refuse(i, take.takerKind === TakerKind.TEAM ? 'Not an APPROVED member of the team.' : 'Not an APPROVED volunteer the unit employs.');
    }
  }
  return ok(people);
}

/** The takes a command of the community moves, each checked by the take machine. */
export function moveTakes(
  em: EntityManager,
  viewer: Viewer,
  takes: readonly DemandTakeEntity[],
  command: TakeCommand,
  action: DemandTakeAction,
  at: Date,
  reason: string | null,
): DemandTakeEntity[] {
  const moved: DemandTakeEntity[] = [];
  for (const t of takes) {
    const decision = decideTake(command, t.status);
    if (!decision.ok) continue;
    t.status = decision.to;
    t.updatedAt = at;
    if (reason !== null) t.reason = reason;
    recordTakeHistory(em, viewer, t, { action, from: decision.from, to: decision.to, reason, at });
    moved.push(t);
  }
  return moved;
}
