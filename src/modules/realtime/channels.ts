import type pg from 'pg';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import type { FeedEvent } from '../../outbox/feed.js';
import { greatCircleMeters, type LatLng } from '../../shared/geo.js';
import { SYSTEM_VIEWER } from '../../shared/viewer.js';
import { agreementByIdLoader, type AgreementStatus, agreementVisible, type SharingAgreement } from '../agreements/index.js';
import { EventType } from '../../outbox/event-types.js';
import { type Match, matchByIdLoader, matchVisible } from '../matching/index.js';
import { type Resource, resourceByIdLoader, type ResourceKind, resourceVisible } from '../resources/index.js';
import type { AgreementEvent, AvailabilityChange, MatchEvent } from './realtime.types.js';

/** Filters as compiled at subscribe time: global ids decoded, areas resolved to their paths. */
export interface MatchFilterValues {
  areaPath: string | null;
  organizationId: string | null;
  demandIds: Set<string> | null;
  resourceIds: Set<string> | null;
}

export interface AgreementFilterValues {
  agreementIds: Set<string> | null;
  organizationId: string | null;
  areaPath: string | null;
}

export interface AvailabilityFilterValues {
  resourceIds: Set<string> | null;
  kinds: Set<ResourceKind> | null;
  near: (LatLng & { radiusMeters: number }) | null;
}

const below = (path: string | null, prefix: string | null) => prefix === null || (path !== null && path.startsWith(prefix));

const heartbeatOf = (cursor: string) => ({ cursor, isHeartbeat: true, type: null, occurredAt: null, actor: null, data: null });

export const matchChannel: Channel<MatchFilterValues, Match> = {
  field: 'matchEvents',
  types: [
    EventType.MATCH_PROPOSED,
    EventType.MATCH_SUPERSEDED,
    EventType.MATCH_ACCEPTED,
    EventType.MATCH_DECLINED,
    EventType.MATCH_CANCELLED,
    EventType.MATCH_FULFILLED,
    EventType.MATCH_AT_RISK,
    EventType.MATCH_RISK_CLEARED,
  ],
  loadNodes: (pool: pg.Pool, ids: string[]) => loadByRowId((k) => matchByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: (viewer, m) => matchVisible(viewer, { areaPath: m.areaPath, organizationId: m.organizationRowId }),
  accepts(f, e, m) {
    if (!below(e.areaPath, f.areaPath)) return false;
    if (f.organizationId !== null && e.organizationId !== f.organizationId) return false;
    if (f.demandIds && !(m && f.demandIds.has(m.demandRowId))) return false;
    if (f.resourceIds && !(m && f.resourceIds.has(m.resourceRowId))) return false;
    return true;
  },
  filterKeys: (f) =>
    f.organizationId !== null ? [`o:${f.organizationId}`] : f.demandIds ? [...f.demandIds].map((id) => `d:${id}`) : f.resourceIds ? [...f.resourceIds].map((id) => `r:${id}`) : null,
  eventKeys: (e, m) => {
    const keys = e.organizationId !== null ? [`o:${e.organizationId}`] : [];
    if (m) keys.push(`d:${m.demandRowId}`, `r:${m.resourceRowId}`);
    return keys;
  },
  payload: (e: FeedEvent, m: Match | null): MatchEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    data: e.data,
    match: m,
  }),
  heartbeat: (cursor): MatchEvent => ({ ...heartbeatOf(cursor), match: null }),
};

export const agreementChannel: Channel<AgreementFilterValues, SharingAgreement> = {
  field: 'agreementEvents',
  types: [
    EventType.AGREEMENT_DRAFTED,
    EventType.AGREEMENT_UPDATED,
    EventType.AGREEMENT_DISCARDED,
    EventType.AGREEMENT_PROPOSED,
    EventType.AGREEMENT_SIGNATURE_ADDED,
    EventType.AGREEMENT_SIGNED,
    EventType.AGREEMENT_REJECTED,
    EventType.AGREEMENT_PROPOSAL_WITHDRAWN,
    EventType.AGREEMENT_ACTIVATED,
    EventType.AGREEMENT_SUSPENDED,
    EventType.AGREEMENT_RESUMED,
    EventType.AGREEMENT_TERMINATED,
    EventType.AGREEMENT_EXPIRED,
  ],
  loadNodes: (pool, ids) => loadByRowId((k) => agreementByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: agreementVisible,
  accepts(f, e) {
    if (f.agreementIds && !f.agreementIds.has(e.subjectRowId)) return false;
    if (f.organizationId !== null && e.organizationId !== f.organizationId) return false;
    return below(e.areaPath, f.areaPath);
  },
  filterKeys: (f) => (f.agreementIds ? [...f.agreementIds].map((id) => `a:${id}`) : f.organizationId !== null ? [`o:${f.organizationId}`] : null),
  eventKeys: (e) => (e.organizationId !== null ? [`a:${e.subjectRowId}`, `o:${e.organizationId}`] : [`a:${e.subjectRowId}`]),
  payload: (e, a): AgreementEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    from: (e.data.from as AgreementStatus | undefined) ?? null,
    to: (e.data.to as AgreementStatus | undefined) ?? null,
    reason: typeof e.data.reason === 'string' ? e.data.reason : null,
    data: e.data,
    agreement: a,
  }),
  heartbeat: (cursor): AgreementEvent => ({ ...heartbeatOf(cursor), from: null, to: null, reason: null, agreement: null }),
};

export const availabilityChannel: Channel<AvailabilityFilterValues, Resource> = {
  field: 'availabilityChanged',
  types: [EventType.AVAILABILITY_REPORTED],
  loadNodes: (pool, ids) => loadByRowId((k) => resourceByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: resourceVisible,
  accepts(f, e, r) {
    if (f.resourceIds && !f.resourceIds.has(e.subjectRowId)) return false;
    if (f.kinds && !(r && f.kinds.has(r.kind))) return false;
    if (f.near && !(r?.location && greatCircleMeters(f.near, r.location) <= f.near.radiusMeters)) return false;
    return true;
  },
  filterKeys: (f) => (f.resourceIds ? [...f.resourceIds].map((id) => `r:${id}`) : f.kinds ? [...f.kinds].map((k) => `k:${k}`) : null),
  eventKeys: (e, r) => (r ? [`r:${e.subjectRowId}`, `k:${r.kind}`] : [`r:${e.subjectRowId}`]),
  payload: (e, r): AvailabilityChange => ({
    cursor: e.cursor,
    isHeartbeat: false,
    occurredAt: e.occurredAt,
    freeCount: typeof e.data.freeCount === 'number' ? e.data.freeCount : null,
    observedAt: typeof e.data.observedAt === 'string' ? new Date(e.data.observedAt) : null,
    resource: r,
  }),
  heartbeat: (cursor): AvailabilityChange => ({ cursor, isHeartbeat: true, occurredAt: null, freeCount: null, observedAt: null, resource: null }),
};
