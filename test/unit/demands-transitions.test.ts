import { describe, expect, it } from 'vitest';
import { DemandListStatus, DemandStatus } from '../../src/modules/demands/demand.enums.js';
import {
  decideDemand, decideDemandList, effectiveDemandStatus, type DemandCommand, type DemandListCommand,
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
    TAKEN: 'DEMAND_NOT_CANCELLABLE', SERVED: 'DEMAND_NOT_CANCELLABLE', FULFILLED: 'DEMAND_NOT_CANCELLABLE', CANCELLED: 'DEMAND_NOT_CANCELLABLE', EXPIRED: 'DEMAND_NOT_CANCELLABLE',
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
