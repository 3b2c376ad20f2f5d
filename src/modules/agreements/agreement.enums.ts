import { registerEnumType } from 'type-graphql';

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

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where a sharing agreement (共享协议) is in its life; as queries show it, computed from the clock.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted; seen only by the unit\'s admin and staff of the agreement\'s area or above.' },
    PROPOSED: { description: 'Proposed for signature; one party may have signed.' },
    SIGNED: { description: 'Signed by both parties; not yet started.' },
    ACTIVE: { description: 'In force: signed, and today is within its dates.' },
    SUSPENDED: { description: 'Temporarily not in force; can be resumed.' },
    TERMINATED: { description: 'Ended early by a party or the district, for good.' },
    EXPIRED: { description: 'Past its end date (or its period ended before it was signed).' },
  },
});

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

registerEnumType(AgreementAction, {
  name: 'AgreementAction',
  description: 'What an entry of an agreement\'s history records.',
  valuesConfig: {
    CREATE: { description: 'The draft was created.' },
    UPDATE: { description: 'The draft was changed.' },
    DISCARD: { description: 'The draft was discarded.' },
    PROPOSE: { description: 'The draft was proposed for signature.' },
    SIGN: { description: 'One party signed; the second signature makes it SIGNED.' },
    REJECT: { description: 'The other party rejected the proposal: back to DRAFT, signatures cleared.' },
    WITHDRAW: { description: 'The proposing party withdrew the proposal: back to DRAFT, signatures cleared.' },
    ACTIVATE: { description: 'It came into force at its start date (SYSTEM).' },
    SUSPEND: { description: 'It was suspended.' },
    RESUME: { description: 'It was resumed.' },
    TERMINATE: { description: 'It was terminated.' },
    EXPIRE: { description: 'Its end date passed (SYSTEM).' },
  },
});

/** The two sides of an agreement. */
export enum AgreementParty {
  UNIT = 'UNIT',
  AREA = 'AREA',
}

registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'A side of a sharing agreement.',
  valuesConfig: {
    UNIT: { description: 'The resident unit (驻区单位), through its UNIT_ADMIN.' },
    AREA: { description: 'The street or community, through its admin.' },
  },
});
