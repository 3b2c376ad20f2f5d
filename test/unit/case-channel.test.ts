import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { caseSearch } from '../../src/modules/cases/case-search.resolver.js';
import { caseChannel, caseNodeVisible, CASE_EVENT_TYPES, type CaseFilterValues, type CaseNode } from '../../src/modules/cases/case.channel.js';
import { CaseCategory } from '../../src/modules/cases/case.enums.js';
import type { Case } from '../../src/modules/cases/case.type.js';
import { inboxScopeSql } from '../../src/modules/cases/case.search.js';
import { EventType } from '../../src/outbox/event-types.js';
import type { FeedEvent } from '../../src/outbox/feed.js';
import { SqlParams } from '../../src/read/params.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { ANONYMOUS, Role, type Viewer } from '../../src/shared/viewer.js';

// The pure parts of cases' reads: the filter's parsing, who reads an inbox, and the subscription's rules.

const viewer = (v: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, accountId: 'someone', ...v });
const staff = (path: string) => viewer({ role: Role.COMMUNITY_ADMIN, areaPath: path });
const unit = (id: string) => viewer({ role: Role.UNIT_ADMIN, organizationId: id });

const node = (over: Partial<Case> = {}, organizationIds: string[] = ['7']): CaseNode => ({
  case: { areaPath: '/1/2/4/', handlingPath: '/1/2/4/', reporterAccountId: 'grid-1', category: CaseCategory.PUBLIC_SAFETY, ...over } as Case,
  organizationIds,
});

const event = (over: Partial<FeedEvent> = {}): FeedEvent => ({
  cursor: '10', type: EventType.CASE_WHISTLED, subjectType: 'Case', subjectRowId: '5', areaPath: '/1/2/4/', organizationId: null,
  organizationIds: ['7'], accountIds: [], isPublic: false, isBoard: false, actor: { id: 'a', role: 'COMMUNITY_ADMIN' }, occurredAt: new Date(), data: {},
  ...over,
});

const filter = (over: Partial<CaseFilterValues> = {}): CaseFilterValues => ({
  caseIds: null, areaRowId: null, areaPath: null, organizationRowId: null, categories: null, ...over,
});

describe('caseEvents rules', () => {
  it('carries every CASE_ and SUMMONS_ event type and nothing else', () => {
    expect(CASE_EVENT_TYPES).toContain(EventType.SUMMONS_REPORT_IN_OVERDUE);
    expect(CASE_EVENT_TYPES).toContain(EventType.CASE_OVERDUE);
    expect(CASE_EVENT_TYPES.every((t) => t.startsWith('CASE_') || t.startsWith('SUMMONS_'))).toBe(true);
    expect(CASE_EVENT_TYPES).toHaveLength(Object.values(EventType).filter((t) => /^(CASE|SUMMONS)_/.test(t)).length);
  });

  it('shows the case to staff of its area, to the organisations summoned, to its reporter; to no one else', () => {
    expect(caseNodeVisible(staff('/1/2/'), node())).toBe(true);
    expect(caseNodeVisible(staff('/1/3/'), node())).toBe(false);
    expect(caseNodeVisible(unit('7'), node())).toBe(true);
    expect(caseNodeVisible(unit('8'), node())).toBe(false);
    expect(caseNodeVisible(viewer({ role: Role.GRID_WORKER, areaPath: '/1/3/9/', accountId: 'grid-1' }), node())).toBe(true);
    expect(caseNodeVisible(ANONYMOUS, node())).toBe(false);
  });

  it('takes an event only when every condition of the filter holds', () => {
    expect(caseChannel.accepts(filter(), event(), node())).toBe(true);
    expect(caseChannel.accepts(filter({ caseIds: new Set(['6']) }), event(), node())).toBe(false);
    expect(caseChannel.accepts(filter({ caseIds: new Set(['5']) }), event(), node())).toBe(true);
    expect(caseChannel.accepts(filter({ organizationRowId: '8' }), event(), node())).toBe(false);
    expect(caseChannel.accepts(filter({ organizationRowId: '7' }), event(), node())).toBe(true);
    expect(caseChannel.accepts(filter({ areaPath: '/1/3/' }), event(), node())).toBe(false);
    expect(caseChannel.accepts(filter({ areaPath: '/1/2/' }), event(), node())).toBe(true);
    expect(caseChannel.accepts(filter({ categories: new Set([CaseCategory.GREENERY]) }), event(), node())).toBe(false);
    expect(caseChannel.accepts(filter({ categories: new Set([CaseCategory.PUBLIC_SAFETY]) }), event(), node())).toBe(true);
    // a case that could not be loaded has no category to match
    expect(caseChannel.accepts(filter({ categories: new Set([CaseCategory.PUBLIC_SAFETY]) }), event(), null)).toBe(false);
  });

  it('files a filter of case ids under those ids, and an event under its case', () => {
    expect(caseChannel.filterKeys(filter({ caseIds: new Set(['5', '6']) }))).toEqual(['c:5', 'c:6']);
    expect(caseChannel.filterKeys(filter())).toBeNull();
    expect(caseChannel.eventKeys(event(), null)).toEqual(['c:5']);
  });
});

describe('the inbox scope', () => {
  it('gives the organisation its whole inbox, staff their area\'s part, anyone else nothing', () => {
    expect(inboxScopeSql(unit('7'), '7', new SqlParams())).toBe('true');
    const p = new SqlParams();
    expect(inboxScopeSql(staff('/1/2/'), '7', p)).toContain('c.area_path like $1');
    expect(p.values[0]).toBe('/1/2/%');
    expect(inboxScopeSql(unit('8'), '7', new SqlParams())).toBeNull();
    expect(inboxScopeSql(viewer({ role: Role.VOLUNTEER, areaPath: '/1/2/4/' }), '7', new SqlParams())).toBeNull();
    expect(inboxScopeSql(ANONYMOUS, '7', new SqlParams())).toBeNull();
  });
});

describe('the cases filter', () => {
  it('reads ids, sorts and dedupes lists, splits text into lower-case words', () => {
    expect(
      caseSearch({ areaId: toGlobalId('Area', '4'), organizationId: toGlobalId('Organization', '7'), categories: [CaseCategory.PUBLIC_SAFETY, CaseCategory.GREENERY, CaseCategory.GREENERY], text: '  楼道 堆物 ABC 楼道 ', overdue: false }),
    ).toEqual({ areaRowId: '4', statuses: null, categories: ['GREENERY', 'PUBLIC_SAFETY'], levels: null, organizationRowId: '7', overdue: false, terms: ['楼道', '堆物', 'abc'] });
  });

  it('refuses blank or overlong text and ids of another type', () => {
    expect(() => caseSearch({ text: '   ' })).toThrow(/1 to 50/);
    expect(() => caseSearch({ text: '长'.repeat(51) })).toThrow(/1 to 50/);
    expect(() => caseSearch({ areaId: toGlobalId('Organization', '1') })).toThrow(/filter.areaId/);
  });
});
