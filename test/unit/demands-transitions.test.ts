import { describe, expect, it } from 'vitest';
import { DemandListStatus, DemandStatus, DemandTakeStatus } from '../../src/modules/demands/demand.enums.js';
import {
  decideDemand, decideDemandList, decideService, decideTake, effectiveDemandStatus, isOrderOverdue, isTakeOverdue, pointsFor,
  serviceStatusOf, type DemandCommand, type DemandListCommand, type ServiceCommand, type TakeCommand,
} from '../../src/modules/demands/demand.transitions.js';

const S = DemandStatus;
const TODAY = '2026-11-23';

describe('effectiveDemandStatus', () => {
  it.each<[DemandStatus, string, DemandStatus]>([
    [S.POSTED, '2026-11-23', S.POSTED],
    [S.POSTED, '2026-11-22', S.EXPIRED],
    [S.PLACED, '2026-11-22', S.EXPIRED],
    [S.PARTIALLY_MATCHED, '2026-11-22', S.EXPIRED],
    [S.MATCHED, '2026-11-22', S.EXPIRED],
    [S.PLACED, '2027-01-31', S.PLACED],
    [S.FULFILLED, '2026-11-01', S.FULFILLED],
    [S.CANCELLED, '2026-11-01', S.CANCELLED],
    [S.EXPIRED, '2026-11-01', S.EXPIRED],
  ])('a %s demand ending %s is %s on 2026-11-23', (status, endDate, expected) => {
    expect(effectiveDemandStatus(status, endDate, TODAY)).toBe(expected);
  });
});

/** Every command against every stored status, needed until January: the status it leads to, or the code refusing it. */
const TABLE: Record<Exclude<DemandCommand, 'expire'>, Record<DemandStatus, DemandStatus | string>> = {
  update: {
    POSTED: S.POSTED, PLACED: 'DEMAND_NOT_EDITABLE', PARTIALLY_MATCHED: 'DEMAND_NOT_EDITABLE', MATCHED: 'DEMAND_NOT_EDITABLE',
    TAKEN: 'DEMAND_NOT_EDITABLE', SERVED: 'DEMAND_NOT_EDITABLE', FULFILLED: 'DEMAND_NOT_EDITABLE', CANCELLED: 'DEMAND_NOT_EDITABLE', EXPIRED: 'DEMAND_NOT_EDITABLE',
  },
  place: {
    POSTED: S.PLACED, PLACED: 'DEMAND_NOT_PLACEABLE', PARTIALLY_MATCHED: 'DEMAND_NOT_PLACEABLE', MATCHED: 'DEMAND_NOT_PLACEABLE',
    TAKEN: 'DEMAND_NOT_PLACEABLE', SERVED: 'DEMAND_NOT_PLACEABLE', FULFILLED: 'DEMAND_NOT_PLACEABLE', CANCELLED: 'DEMAND_NOT_PLACEABLE', EXPIRED: 'DEMAND_NOT_PLACEABLE',
  },
  take: {
    POSTED: 'DEMAND_NOT_TAKEABLE', PLACED: S.PLACED, PARTIALLY_MATCHED: S.PARTIALLY_MATCHED, MATCHED: 'DEMAND_NOT_TAKEABLE',
    TAKEN: 'DEMAND_NOT_TAKEABLE', SERVED: 'DEMAND_NOT_TAKEABLE', FULFILLED: 'DEMAND_NOT_TAKEABLE', CANCELLED: 'DEMAND_NOT_TAKEABLE', EXPIRED: 'DEMAND_NOT_TAKEABLE',
  },
  cancel: {
    POSTED: S.CANCELLED, PLACED: S.CANCELLED, PARTIALLY_MATCHED: S.CANCELLED, MATCHED: S.CANCELLED,
    TAKEN: S.CANCELLED, SERVED: S.CANCELLED, FULFILLED: 'DEMAND_NOT_CANCELLABLE', CANCELLED: 'DEMAND_NOT_CANCELLABLE', EXPIRED: 'DEMAND_NOT_CANCELLABLE',
  },
};

const outcome = (d: ReturnType<typeof decideDemand>) => (d.ok ? d.to : d.code);

describe('decideDemand', () => {
  const cases = Object.entries(TABLE).flatMap(([command, row]) =>
    Object.entries(row).map(([status, expected]) => [command as DemandCommand, status as DemandStatus, expected] as const),
  );
  it.each(cases)('%s of a %s demand gives %s', (command, status, expected) => {
    expect(outcome(decideDemand(command, { status, endDate: '2027-01-31', taken: false }, TODAY))).toBe(expected);
  });

  it.each<Exclude<DemandCommand, 'expire'>>(['update', 'place', 'take', 'cancel'])(
    '%s judges a live demand past its end date as EXPIRED',
    (command) => {
      const decision = decideDemand(command, { status: S.PLACED, endDate: '2026-11-22', taken: false }, TODAY);
      expect(decision).toMatchObject({ ok: false, message: expect.stringContaining('EXPIRED') });
    },
  );

  it('refuses to take a demand someone already took', () => {
    expect(outcome(decideDemand('take', { status: S.PLACED, endDate: '2027-01-31', taken: true }, TODAY))).toBe('DEMAND_ALREADY_TAKEN');
  });

  it.each<[DemandStatus, string, DemandStatus | string]>([
    [S.POSTED, '2026-11-22', S.EXPIRED],
    [S.MATCHED, '2026-11-22', S.EXPIRED],
    [S.PLACED, '2026-11-23', 'DEMAND_NOT_EXPIRABLE'],
    [S.CANCELLED, '2026-11-01', 'DEMAND_NOT_EXPIRABLE'],
    [S.EXPIRED, '2026-11-01', 'DEMAND_NOT_EXPIRABLE'],
  ])('expire of a %s demand ending %s gives %s', (status, endDate, expected) => {
    expect(outcome(decideDemand('expire', { status, endDate, taken: false }, TODAY))).toBe(expected);
  });

  it('records the transition from the status the rule saw', () => {
    expect(decideDemand('cancel', { status: S.MATCHED, endDate: '2027-01-31', taken: true }, TODAY)).toEqual({ ok: true, from: S.MATCHED, to: S.CANCELLED });
  });
});

const L = DemandListStatus;
const LIST_TABLE: Record<DemandListCommand, Record<DemandListStatus, DemandListStatus | string>> = {
  submit: { COLLECTING: L.SUBMITTED, SUBMITTED: 'DEMAND_LIST_NOT_SUBMITTABLE', PUBLISHED: 'DEMAND_LIST_NOT_SUBMITTABLE', CLOSED: 'DEMAND_LIST_NOT_SUBMITTABLE' },
  publish: { COLLECTING: 'DEMAND_LIST_NOT_PUBLISHABLE', SUBMITTED: L.PUBLISHED, PUBLISHED: 'DEMAND_LIST_NOT_PUBLISHABLE', CLOSED: 'DEMAND_LIST_NOT_PUBLISHABLE' },
  close: { COLLECTING: L.CLOSED, SUBMITTED: L.CLOSED, PUBLISHED: L.CLOSED, CLOSED: 'DEMAND_LIST_ALREADY_CLOSED' },
  collect: { COLLECTING: L.COLLECTING, SUBMITTED: 'DEMAND_LIST_NOT_COLLECTING', PUBLISHED: 'DEMAND_LIST_NOT_COLLECTING', CLOSED: 'DEMAND_LIST_NOT_COLLECTING' },
};

describe('decideDemandList', () => {
  const cases = Object.entries(LIST_TABLE).flatMap(([command, row]) =>
    Object.entries(row).map(([status, expected]) => [command as DemandListCommand, status as DemandListStatus, expected] as const),
  );
  it.each(cases)('%s of a %s list gives %s', (command, status, expected) => {
    const decision = decideDemandList(command, status);
    expect(decision.ok ? decision.to : decision.code).toBe(expected);
  });
});

describe('service orders', () => {
  const T = DemandTakeStatus;
  const take = (quantity: number, status: DemandTakeStatus) => ({ quantity, status });

  it.each<[string, number, { quantity: number; status: DemandTakeStatus }[], DemandStatus]>([
    ['no take', 2, [], S.PLACED],
    ['a take covering part', 2, [take(1, T.TAKEN)], S.PLACED],
    ['takes covering it', 2, [take(1, T.TAKEN), take(1, T.TAKEN)], S.TAKEN],
    ['one of two served', 2, [take(1, T.SERVED), take(1, T.TAKEN)], S.TAKEN],
    ['every live take served', 2, [take(1, T.SERVED), take(1, T.SERVED)], S.SERVED],
    ['a disputed take', 2, [take(1, T.SERVED), take(1, T.DISPUTED)], S.TAKEN],
    ['a released take uncovering it', 2, [take(1, T.SERVED), take(1, T.RELEASED)], S.PLACED],
    ['a revoked take uncovering it', 2, [take(1, T.SERVED), take(1, T.REVOKED)], S.PLACED],
    ['served, part of it only', 3, [take(1, T.SERVED), take(1, T.SERVED)], S.PLACED],
  ])('an order of %s is %s', (_, quantity, takes, expected) => {
    expect(serviceStatusOf(quantity, takes)).toBe(expected);
  });

  /** Every take command against every take status: the status it leads to, or the code refusing it. */
  const TAKE_TABLE: Record<TakeCommand, Record<DemandTakeStatus, DemandTakeStatus | string>> = {
    release: { TAKEN: T.RELEASED, DISPUTED: T.RELEASED, SERVED: 'DEMAND_TAKE_NOT_RELEASABLE', CONFIRMED: 'DEMAND_TAKE_NOT_RELEASABLE', RELEASED: 'DEMAND_TAKE_NOT_RELEASABLE', REVOKED: 'DEMAND_TAKE_NOT_RELEASABLE' },
    revoke: { TAKEN: T.REVOKED, DISPUTED: T.REVOKED, SERVED: T.REVOKED, CONFIRMED: 'DEMAND_TAKE_NOT_REVOCABLE', RELEASED: 'DEMAND_TAKE_NOT_REVOCABLE', REVOKED: 'DEMAND_TAKE_NOT_REVOCABLE' },
    serve: { TAKEN: T.SERVED, DISPUTED: T.SERVED, SERVED: 'DEMAND_TAKE_NOT_REPORTABLE', CONFIRMED: 'DEMAND_TAKE_NOT_REPORTABLE', RELEASED: 'DEMAND_TAKE_NOT_REPORTABLE', REVOKED: 'DEMAND_TAKE_NOT_REPORTABLE' },
    confirm: { TAKEN: 'DEMAND_NOT_CONFIRMABLE', DISPUTED: 'DEMAND_NOT_CONFIRMABLE', SERVED: T.CONFIRMED, CONFIRMED: 'DEMAND_NOT_CONFIRMABLE', RELEASED: 'DEMAND_NOT_CONFIRMABLE', REVOKED: 'DEMAND_NOT_CONFIRMABLE' },
    dispute: { TAKEN: 'DEMAND_NOT_DISPUTABLE', DISPUTED: 'DEMAND_NOT_DISPUTABLE', SERVED: T.DISPUTED, CONFIRMED: 'DEMAND_NOT_DISPUTABLE', RELEASED: 'DEMAND_NOT_DISPUTABLE', REVOKED: 'DEMAND_NOT_DISPUTABLE' },
    revokeConfirmation: { TAKEN: 'DEMAND_NOT_CONFIRMED', DISPUTED: 'DEMAND_NOT_CONFIRMED', SERVED: 'DEMAND_NOT_CONFIRMED', CONFIRMED: T.SERVED, RELEASED: 'DEMAND_NOT_CONFIRMED', REVOKED: 'DEMAND_NOT_CONFIRMED' },
    cancel: { TAKEN: T.REVOKED, DISPUTED: T.REVOKED, SERVED: T.REVOKED, CONFIRMED: 'DEMAND_NOT_CANCELLABLE', RELEASED: 'DEMAND_NOT_CANCELLABLE', REVOKED: 'DEMAND_NOT_CANCELLABLE' },
  };
  const takeCases = Object.entries(TAKE_TABLE).flatMap(([command, row]) =>
    Object.entries(row).map(([status, expected]) => [command as TakeCommand, status as DemandTakeStatus, expected] as const),
  );
  it.each(takeCases)('%s of a %s take gives %s', (command, status, expected) => {
    const decision = decideTake(command, status);
    expect(decision.ok ? decision.to : decision.code).toBe(expected);
  });

  const ORDER_TABLE: Record<ServiceCommand, Partial<Record<DemandStatus, DemandStatus | string>>> = {
    confirm: { PLACED: 'DEMAND_NOT_CONFIRMABLE', TAKEN: 'DEMAND_NOT_CONFIRMABLE', SERVED: S.FULFILLED, FULFILLED: 'DEMAND_NOT_CONFIRMABLE', CANCELLED: 'DEMAND_NOT_CONFIRMABLE' },
    dispute: { PLACED: 'DEMAND_NOT_DISPUTABLE', TAKEN: 'DEMAND_NOT_DISPUTABLE', SERVED: S.TAKEN, FULFILLED: 'DEMAND_NOT_DISPUTABLE', CANCELLED: 'DEMAND_NOT_DISPUTABLE' },
    revokeConfirmation: { PLACED: 'DEMAND_NOT_CONFIRMED', TAKEN: 'DEMAND_NOT_CONFIRMED', SERVED: 'DEMAND_NOT_CONFIRMED', FULFILLED: S.SERVED, CANCELLED: 'DEMAND_NOT_CONFIRMED' },
  };
  const orderCases = Object.entries(ORDER_TABLE).flatMap(([command, row]) =>
    Object.entries(row).map(([status, expected]) => [command as ServiceCommand, status as DemandStatus, expected] as const),
  );
  it.each(orderCases)('%s of a %s order gives %s', (command, status, expected) => {
    const decision = decideService(command, status);
    expect(decision.ok ? decision.to : decision.code).toBe(expected);
  });

  it('expires an order nobody holds after its last needed day, never one a take holds part of', () => {
    expect(effectiveDemandStatus(S.PLACED, '2026-11-22', TODAY, 0)).toBe(S.EXPIRED);
    expect(effectiveDemandStatus(S.PLACED, '2026-11-22', TODAY, 1)).toBe(S.PLACED);
    expect(effectiveDemandStatus(S.TAKEN, '2026-11-22', TODAY, 2)).toBe(S.TAKEN);
    expect(effectiveDemandStatus(S.SERVED, '2026-11-22', TODAY, 2)).toBe(S.SERVED);
    expect(outcome(decideDemand('expire', { status: S.PLACED, endDate: '2026-11-22', taken: false, takenQuantity: 1 }, TODAY))).toBe('DEMAND_NOT_EXPIRABLE');
  });

  it('counts a take overdue only while TAKEN past its serve deadline, and an order while PLACED past its take deadline', () => {
    const deadline = new Date('2026-11-24T00:00:00+08:00');
    const before = new Date(deadline.getTime() - 1);
    expect(isTakeOverdue({ status: T.TAKEN, serveDeadline: deadline }, before)).toBe(false);
    expect(isTakeOverdue({ status: T.TAKEN, serveDeadline: deadline }, deadline)).toBe(true);
    expect(isTakeOverdue({ status: T.SERVED, serveDeadline: deadline }, deadline)).toBe(false);
    expect(isOrderOverdue({ status: S.PLACED, takeDeadline: deadline }, [], deadline)).toBe(true);
    expect(isOrderOverdue({ status: S.PLACED, takeDeadline: deadline }, [], before)).toBe(false);
    expect(isOrderOverdue({ status: S.TAKEN, takeDeadline: deadline }, [], deadline)).toBe(false);
    expect(isOrderOverdue({ status: S.TAKEN, takeDeadline: null }, [{ status: T.TAKEN, serveDeadline: deadline }], deadline)).toBe(true);
  });

  it.each([[90, 10, 15], [59, 10, 9], [1, 10, 0], [60, 7, 7], [1440, 1000, 24000]])(
    '%i minutes at %i points per hour earn %i points (rounded down)',
    (minutes, rate, points) => {
      expect(pointsFor(minutes, rate)).toBe(points);
    },
  );
});
