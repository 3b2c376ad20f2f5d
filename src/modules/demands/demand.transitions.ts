import { DemandListStatus, DemandStatus, DemandTakeStatus } from './demand.enums.js';

/*
 * The demand and demand-list state machines as data, with no ORM or GraphQL. Demands: `place` takes
 * POSTED to PLACED; `take` records who took a PLACED or PARTIALLY_MATCHED demand and leaves its status;
 * `cancel` ends any live demand; a live demand whose last needed day has passed is EXPIRED, computed from
 * the clock before any rule applies and recorded later by the sweeper (`expire`). PARTIALLY_MATCHED,
 * MATCHED and FULFILLED are matching's to set. Lists: COLLECTING → SUBMITTED → PUBLISHED, and
 * any of those → CLOSED.
 *
 * Service orders (SERVICE demands) move through their takes: PLACED → TAKEN once live takes cover the
 * quantity → SERVED once every live take is SERVED → FULFILLED on confirmation; a dispute sends SERVED back
 * to TAKEN, a revoked confirmation FULFILLED back to SERVED, a release or revoke that uncovers the quantity
 * TAKEN or SERVED back to PLACED (`serviceStatusOf`). Cancel ends PLACED, TAKEN and SERVED orders (their live
 * takes are revoked). Expiry: only an order with no live take expires after its last needed day (POSTED, or
 * PLACED with `takenQuantity` 0); an order someone holds (TAKEN, SERVED, or PLACED and partly taken) never
 * expires: its takes become overdue instead (`isOverdue`, recorded by the sweeper).
 */

/** Statuses a demand can still leave: the ones that expire after the last needed day. */
export const LIVE_DEMAND_STATUSES: readonly DemandStatus[] = [
  DemandStatus.POSTED,
  DemandStatus.PLACED,
  DemandStatus.PARTIALLY_MATCHED,
  DemandStatus.MATCHED,
];

/** A service order someone holds: it never expires and it may still be cancelled. */
export const HELD_SERVICE_STATUSES: readonly DemandStatus[] = [DemandStatus.TAKEN, DemandStatus.SERVED];

export type DemandCommand = 'update' | 'place' | 'take' | 'cancel' | 'expire';

export interface DemandRule {
  from: readonly DemandStatus[];
  /** null: the status stays as it is. */
  to: DemandStatus | null;
  /** The user-error code when the status is not in `from`. */
  code: string;
}

export const DEMAND_RULES: Readonly<Record<DemandCommand, DemandRule>> = {
  update: { from: [DemandStatus.POSTED], to: null, code: 'DEMAND_NOT_EDITABLE' },
  place: { from: [DemandStatus.POSTED], to: DemandStatus.PLACED, code: 'DEMAND_NOT_PLACEABLE' },
  take: { from: [DemandStatus.PLACED, DemandStatus.PARTIALLY_MATCHED], to: null, code: 'DEMAND_NOT_TAKEABLE' },
  cancel: { from: [...LIVE_DEMAND_STATUSES, ...HELD_SERVICE_STATUSES], to: DemandStatus.CANCELLED, code: 'DEMAND_NOT_CANCELLABLE' },
  expire: { from: LIVE_DEMAND_STATUSES, to: DemandStatus.EXPIRED, code: 'DEMAND_NOT_EXPIRABLE' },
};

/**
 * The status as of local date `today` (YYYY-MM-DD): a live demand past its inclusive end date is EXPIRED,
 * unless takes hold part of it (`takenQuantity` > 0: a service order partly taken).
 */
export function effectiveDemandStatus(status: DemandStatus, endDate: string, today: string, takenQuantity = 0): DemandStatus {
  return LIVE_DEMAND_STATUSES.includes(status) && takenQuantity === 0 && endDate < today ? DemandStatus.EXPIRED : status;
}

export type Decision<S> = { ok: true; from: S; to: S } | { ok: false; code: string; message: string };

/**
 * Whether `command` may apply to a demand on local date `today`, judged on its effective status: a demand
 * stored as PLACED whose end date has passed is refused as EXPIRED. `take` is also refused, with
 * DEMAND_ALREADY_TAKEN, once someone has taken it.
 */
export function decideDemand(
  command: DemandCommand,
  demand: { status: DemandStatus; endDate: string; taken: boolean; takenQuantity?: number },
  today: string,
): Decision<DemandStatus> {
  const rule = DEMAND_RULES[command];
  const from = command === 'expire' ? demand.status : effectiveDemandStatus(demand.status, demand.endDate, today, demand.takenQuantity ?? 0);
  if (!rule.from.includes(from)) {
    return { ok: false, code: rule.code, message: `A ${from} demand cannot be ${PAST[command]}.` };
  }
  if (command === 'expire' && !(demand.endDate < today && (demand.takenQuantity ?? 0) === 0)) {
    return { ok: false, code: rule.code, message: `The demand is needed until ${demand.endDate}.` };
  }
  if (command === 'take' && demand.taken) {
    return { ok: false, code: 'DEMAND_ALREADY_TAKEN', message: 'Someone has already taken this demand.' };
  }
  return { ok: true, from, to: rule.to ?? from };
}

const PAST: Record<DemandCommand, string> = {
  update: 'changed',
  place: 'placed',
  take: 'taken',
  cancel: 'cancelled',
  expire: 'expired',
};

export type DemandListCommand = 'submit' | 'publish' | 'close' | 'collect';

export interface DemandListRule {
  from: readonly DemandListStatus[];
  to: DemandListStatus | null;
  code: string;
}

export const DEMAND_LIST_RULES: Readonly<Record<DemandListCommand, DemandListRule>> = {
  submit: { from: [DemandListStatus.COLLECTING], to: DemandListStatus.SUBMITTED, code: 'DEMAND_LIST_NOT_SUBMITTABLE' },
  publish: { from: [DemandListStatus.SUBMITTED], to: DemandListStatus.PUBLISHED, code: 'DEMAND_LIST_NOT_PUBLISHABLE' },
  close: {
    from: [DemandListStatus.COLLECTING, DemandListStatus.SUBMITTED, DemandListStatus.PUBLISHED],
    to: DemandListStatus.CLOSED,
    code: 'DEMAND_LIST_ALREADY_CLOSED',
  },
  // a new demand may join a list only while the grid is still collecting
  collect: { from: [DemandListStatus.COLLECTING], to: null, code: 'DEMAND_LIST_NOT_COLLECTING' },
};

export function decideDemandList(command: DemandListCommand, status: DemandListStatus): Decision<DemandListStatus> {
  const rule = DEMAND_LIST_RULES[command];
  if (!rule.from.includes(status)) {
    return { ok: false, code: rule.code, message: `This demand list is ${status}; it cannot be ${LIST_PAST[command]}.` };
  }
  return { ok: true, from: status, to: rule.to ?? status };
}

const LIST_PAST: Record<DemandListCommand, string> = {
  submit: 'submitted',
  publish: 'published',
  close: 'closed',
  collect: 'given new demands',
};

/** The effective status in SQL, as `effectiveDemandStatus` computes it, for local date `today` (a $n of type date). */
export function demandStatusSql(alias: string, today: string): string {
  const live = LIVE_DEMAND_STATUSES.map((s) => `'${s}'`).join(',');
  return `(case when ${alias}.status in (${live}) and ${alias}.taken_quantity = 0 and ${alias}.end_date < ${today}::date then 'EXPIRED' else ${alias}.status end)`;
}

/* Service orders: the demand's status follows its takes; each take has its own small machine. */

/** Takes that hold a share of the order's quantity (CONFIRMED ones too: the order stays covered). */
export const HOLDING_TAKE_STATUSES: readonly DemandTakeStatus[] = [
  DemandTakeStatus.TAKEN,
  DemandTakeStatus.SERVED,
  DemandTakeStatus.DISPUTED,
  DemandTakeStatus.CONFIRMED,
];

/** Live takes: the taker still has work to do or to be judged (one per taker and order). */
export const LIVE_TAKE_STATUSES: readonly DemandTakeStatus[] = [DemandTakeStatus.TAKEN, DemandTakeStatus.SERVED, DemandTakeStatus.DISPUTED];

/**
 * The status of a live service order (PLACED, TAKEN or SERVED) from its takes: PLACED while the holding takes
 * do not cover `quantity`, SERVED when they do and every one is SERVED, TAKEN otherwise. FULFILLED is set by
 * confirmation only.
 */
export function serviceStatusOf(quantity: number, takes: readonly { quantity: number; status: DemandTakeStatus }[]): DemandStatus {
  const holding = takes.filter((t) => HOLDING_TAKE_STATUSES.includes(t.status));
  const covered = holding.reduce((sum, t) => sum + t.quantity, 0) >= quantity;
  if (!covered) return DemandStatus.PLACED;
  return holding.every((t) => t.status === DemandTakeStatus.SERVED) ? DemandStatus.SERVED : DemandStatus.TAKEN;
}

export type TakeCommand = 'release' | 'revoke' | 'serve' | 'confirm' | 'dispute' | 'revokeConfirmation' | 'cancel';

export interface TakeRule {
  from: readonly DemandTakeStatus[];
  to: DemandTakeStatus;
  code: string;
}

export const TAKE_RULES: Readonly<Record<TakeCommand, TakeRule>> = {
  release: { from: [DemandTakeStatus.TAKEN, DemandTakeStatus.DISPUTED], to: DemandTakeStatus.RELEASED, code: 'DEMAND_TAKE_NOT_RELEASABLE' },
  revoke: { from: LIVE_TAKE_STATUSES, to: DemandTakeStatus.REVOKED, code: 'DEMAND_TAKE_NOT_REVOCABLE' },
  serve: { from: [DemandTakeStatus.TAKEN, DemandTakeStatus.DISPUTED], to: DemandTakeStatus.SERVED, code: 'DEMAND_TAKE_NOT_REPORTABLE' },
  confirm: { from: [DemandTakeStatus.SERVED], to: DemandTakeStatus.CONFIRMED, code: 'DEMAND_NOT_CONFIRMABLE' },
  dispute: { from: [DemandTakeStatus.SERVED], to: DemandTakeStatus.DISPUTED, code: 'DEMAND_NOT_DISPUTABLE' },
  revokeConfirmation: { from: [DemandTakeStatus.CONFIRMED], to: DemandTakeStatus.SERVED, code: 'DEMAND_NOT_CONFIRMED' },
  // the order cancelled: what was live ends as revoked
  cancel: { from: LIVE_TAKE_STATUSES, to: DemandTakeStatus.REVOKED, code: 'DEMAND_NOT_CANCELLABLE' },
};

export function decideTake(command: TakeCommand, status: DemandTakeStatus): Decision<DemandTakeStatus> {
  const rule = TAKE_RULES[command];
  if (!rule.from.includes(status)) return { ok: false, code: rule.code, message: `A ${status} take cannot be ${TAKE_PAST[command]}.` };
  return { ok: true, from: status, to: rule.to };
}

const TAKE_PAST: Record<TakeCommand, string> = {
  release: 'released',
  revoke: 'revoked',
  serve: 'reported served',
  confirm: 'confirmed',
  dispute: 'disputed',
  revokeConfirmation: 'unconfirmed',
  cancel: 'cancelled',
};

export type ServiceCommand = 'confirm' | 'dispute' | 'revokeConfirmation';

/** The order-level commands of the community: from and to which status of the order. */
export const SERVICE_RULES: Readonly<Record<ServiceCommand, DemandRule & { to: DemandStatus }>> = {
  confirm: { from: [DemandStatus.SERVED], to: DemandStatus.FULFILLED, code: 'DEMAND_NOT_CONFIRMABLE' },
  dispute: { from: [DemandStatus.SERVED], to: DemandStatus.TAKEN, code: 'DEMAND_NOT_DISPUTABLE' },
  revokeConfirmation: { from: [DemandStatus.FULFILLED], to: DemandStatus.SERVED, code: 'DEMAND_NOT_CONFIRMED' },
};

/** How long a confirmation may be revoked, and how long a taker still sees the order after it. */
export const CONFIRMATION_REVOCABLE_DAYS = 30;
export const TAKER_SEES_DAYS_AFTER_CONFIRMATION = 7;

export function decideService(command: ServiceCommand, status: DemandStatus): Decision<DemandStatus> {
  const rule = SERVICE_RULES[command];
  if (!rule.from.includes(status)) return { ok: false, code: rule.code, message: `A ${status} order cannot be ${TAKE_PAST[command]}.` };
  return { ok: true, from: status, to: rule.to };
}

/** Points for minutes served at `pointsPerHour`: whole points, rounded down. */
export const pointsFor = (minutes: number, pointsPerHour: number): number => Math.floor((minutes * pointsPerHour) / 60);

/** A take is overdue while TAKEN past its serve deadline (the end of the order's last needed day). */
export function isTakeOverdue(t: { status: DemandTakeStatus; serveDeadline: Date }, now: Date): boolean {
  return t.status === DemandTakeStatus.TAKEN && now.getTime() >= t.serveDeadline.getTime();
}

/**
 * A service order is overdue while PLACED (not covered) past its take deadline, or while one of its takes is
 * overdue. A flag, never a status.
 */
export function isOrderOverdue(
  d: { status: DemandStatus; takeDeadline: Date | null },
  takes: readonly { status: DemandTakeStatus; serveDeadline: Date }[],
  now: Date,
): boolean {
  if (d.status === DemandStatus.PLACED && d.takeDeadline !== null && now.getTime() >= d.takeDeadline.getTime()) return true;
  return takes.some((t) => isTakeOverdue(t, now));
}
