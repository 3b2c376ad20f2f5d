/** Where a match is in its life. */
export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  FULFILLED = 'FULFILLED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  SUPERSEDED = 'SUPERSEDED',
}

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
