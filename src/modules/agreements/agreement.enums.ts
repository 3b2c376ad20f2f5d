/** The statuses of a sharing agreement. */
export enum AgreementStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  SIGNED = 'SIGNED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
  EXPIRED = 'EXPIRED',
}

/** What a history entry records; ACTIVATE and EXPIRE are the clock's, recorded by SYSTEM. */
export enum AgreementAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DISCARD = 'DISCARD',
  PROPOSE = 'PROPOSE',
  SIGN = 'SIGN',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
  ACTIVATE = 'ACTIVATE',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  TERMINATE = 'TERMINATE',
  EXPIRE = 'EXPIRE',
}

/** The two sides of an agreement. */
export enum AgreementParty {
  UNIT = 'UNIT',
  AREA = 'AREA',
}
