import { registerEnumType } from 'type-graphql';

/** Where a match is in its life. */
export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  FULFILLED = 'FULFILLED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'Where a match is in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by the solver; waits for the resource\'s unit to accept or decline it.' },
    ACCEPTED: { description: 'Accepted by the unit: its quantity is allocated on the resource for the demand\'s whole date range.' },
    FULFILLED: { description: 'Served, as the demand\'s community confirmed.' },
    DECLINED: { description: 'Declined by the unit; the pair is never proposed again.' },
    CANCELLED: { description: 'Cancelled by the unit or the demand\'s community; an accepted quantity was released.' },
    SUPERSEDED: { description: 'Replaced by a later run of the solver before anyone accepted it.' },
  },
});

/** What a line of a match's history records. */
export enum MatchAction {
  PROPOSE = 'PROPOSE',
  SUPERSEDE = 'SUPERSEDE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  CANCEL = 'CANCEL',
  FULFIL = 'FULFIL',
  FLAG_AT_RISK = 'FLAG_AT_RISK',
  CLEAR_RISK = 'CLEAR_RISK',
}

registerEnumType(MatchAction, {
  name: 'MatchAction',
  description: 'What a line of a match\'s history records.',
  valuesConfig: {
    PROPOSE: { description: 'The solver proposed it.' },
    SUPERSEDE: { description: 'A later run replaced it.' },
    ACCEPT: { description: 'The unit accepted it.' },
    DECLINE: { description: 'The unit declined it.' },
    CANCEL: { description: 'The unit or the community cancelled it.' },
    FULFIL: { description: 'The community confirmed it was served.' },
    FLAG_AT_RISK: { description: 'Its agreement was suspended, terminated or expired: the accepted match is kept but flagged at risk (status unchanged).' },
    CLEAR_RISK: { description: 'Its agreement was resumed: the at-risk flag cleared (status unchanged).' },
  },
});
