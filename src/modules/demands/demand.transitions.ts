import { DemandListStatus, DemandStatus } from './demand.enums.js';

/*
 * The demand and demand-list state machines as data, with no ORM or GraphQL. Demands: `place` takes
 * POSTED to PLACED; `take` records who took a PLACED or PARTIALLY_MATCHED demand and leaves its status;
 * `cancel` ends any live demand; a live demand whose last needed day has passed is EXPIRED, computed from
 * the clock before any rule applies and recorded later by the sweeper (`expire`). PARTIALLY_MATCHED,
 * MATCHED and FULFILLED are matching's to set. Lists: COLLECTING → SUBMITTED → PUBLISHED, and
 * any of those → CLOSED.
 */

/** Statuses a demand can still leave: the ones that expire after the last needed day. */
export const LIVE_DEMAND_STATUSES: readonly DemandStatus[] = [
  DemandStatus.POSTED,
  DemandStatus.PLACED,
  DemandStatus.PARTIALLY_MATCHED,
  DemandStatus.MATCHED,
];

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
  cancel: { from: LIVE_DEMAND_STATUSES, to: DemandStatus.CANCELLED, code: 'DEMAND_NOT_CANCELLABLE' },
  expire: { from: LIVE_DEMAND_STATUSES, to: DemandStatus.EXPIRED, code: 'DEMAND_NOT_EXPIRABLE' },
};

/** The status as of local date `today` (YYYY-MM-DD): a live demand past its inclusive end date is EXPIRED. */
export function effectiveDemandStatus(status: DemandStatus, endDate: string, today: string): DemandStatus {
  return LIVE_DEMAND_STATUSES.includes(status) && endDate < today ? DemandStatus.EXPIRED : status;
}

export type Decision<S> = { ok: true; from: S; to: S } | { ok: false; code: string; message: string };

/**
 * Whether `command` may apply to a demand on local date `today`, judged on its effective status: a demand
 * stored as PLACED whose end date has passed is refused as EXPIRED. `take` is also refused, with
 * DEMAND_ALREADY_TAKEN, once someone has taken it.
 */
export function decideDemand(
  command: DemandCommand,
  demand: { status: DemandStatus; endDate: string; taken: boolean },
  today: string,
): Decision<DemandStatus> {
  const rule = DEMAND_RULES[command];
  const from = command === 'expire' ? demand.status : effectiveDemandStatus(demand.status, demand.endDate, today);
  if (!rule.from.includes(from)) {
    return { ok: false, code: rule.code, message: `A ${from} demand cannot be ${PAST[command]}.` };
  }
  if (command === 'expire' && !(demand.endDate < today)) {
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
  return `(case when ${alias}.status in (${live}) and ${alias}.end_date < ${today}::date then 'EXPIRED' else ${alias}.status end)`;
}
