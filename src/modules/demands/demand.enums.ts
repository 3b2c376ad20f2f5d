import { registerEnumType } from 'type-graphql';

/** Where a demand is in the order flow. */
export enum DemandStatus {
  POSTED = 'POSTED',
  PLACED = 'PLACED',
  PARTIALLY_MATCHED = 'PARTIALLY_MATCHED',
  MATCHED = 'MATCHED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: 'Where a demand is in the order flow: residents order, the community places, units take, matching serves.',
  valuesConfig: {
    POSTED: { description: 'Recorded by a grid worker from what residents ordered (群众点单); can still be changed.' },
    PLACED: { description: 'Placed by the community (社区下单): open to be taken and matched.' },
    PARTIALLY_MATCHED: { description: 'Matching has accepted part of the quantity.' },
    MATCHED: { description: 'Matching has accepted the whole quantity.' },
    FULFILLED: { description: 'Served, as the community confirmed.' },
    CANCELLED: { description: 'Cancelled, with a reason.' },
    EXPIRED: { description: 'Its last needed day has passed (computed from the clock; recorded by the sweeper).' },
  },
});

export enum DemandListStatus {
  COLLECTING = 'COLLECTING',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

registerEnumType(DemandListStatus, {
  name: 'DemandListStatus',
  description: 'Where a grid\'s demand list is.',
  valuesConfig: {
    COLLECTING: { description: 'The grid is collecting demands into it.' },
    SUBMITTED: { description: 'Submitted to the community.' },
    PUBLISHED: { description: 'Published by the community; the list (not its demands\' details) is public.' },
    CLOSED: { description: 'Closed; nothing joins it any more.' },
  },
});

export enum Urgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'How urgent a demand is.',
  valuesConfig: {
    LOW: { description: 'Can wait.' },
    NORMAL: { description: 'The usual.' },
    HIGH: { description: 'Soon.' },
    URGENT: { description: 'At once (急难愁盼).' },
  },
});

/** How residents ordered (群众点单): the way the need reached the grid worker. */
export enum DemandChannel {
  GRID_VISIT = 'GRID_VISIT',
  HOTLINE_12345 = 'HOTLINE_12345',
  MINI_PROGRAM = 'MINI_PROGRAM',
  RESIDENT_MEETING = 'RESIDENT_MEETING',
  OTHER = 'OTHER',
}

registerEnumType(DemandChannel, {
  name: 'DemandChannel',
  description: 'How residents ordered (群众点单).',
  valuesConfig: {
    GRID_VISIT: { description: 'Told the grid worker on a visit (入户走访).' },
    HOTLINE_12345: { description: 'Called the 12345 citizens\' hotline.' },
    MINI_PROGRAM: { description: 'Through the community\'s mini-program.' },
    RESIDENT_MEETING: { description: 'Raised at a residents\' meeting (居民议事会).' },
    OTHER: { description: 'Any other way.' },
  },
});

/** What a line of a demand's history records. */
export enum DemandAction {
  POST = 'POST',
  UPDATE = 'UPDATE',
  PLACE = 'PLACE',
  TAKE = 'TAKE',
  CANCEL = 'CANCEL',
  EXPIRE = 'EXPIRE',
  MATCH = 'MATCH',
  UNMATCH = 'UNMATCH',
  FULFIL = 'FULFIL',
}

registerEnumType(DemandAction, {
  name: 'DemandAction',
  description: 'What a line of a demand\'s history records.',
  valuesConfig: {
    POST: { description: 'Recorded (postDemand).' },
    UPDATE: { description: 'Changed while POSTED (updateDemand).' },
    PLACE: { description: 'Placed by the community (placeDemand).' },
    TAKE: { description: 'Taken by a unit or volunteer (takeDemand).' },
    CANCEL: { description: 'Cancelled (cancelDemand).' },
    EXPIRE: { description: 'Expired after its last needed day (SYSTEM).' },
    MATCH: { description: 'A match of it was accepted (acceptMatch): PARTIALLY_MATCHED or MATCHED.' },
    UNMATCH: { description: 'An accepted quantity was given back (cancelMatch, or its match cancelled): PLACED or PARTIALLY_MATCHED again.' },
    FULFIL: { description: 'Its last accepted match was confirmed and all of it served (fulfilMatch): FULFILLED.' },
  },
});

/** What a line of a demand list's history records. */
export enum DemandListAction {
  OPEN = 'OPEN',
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  CLOSE = 'CLOSE',
}

registerEnumType(DemandListAction, {
  name: 'DemandListAction',
  description: 'What a line of a demand list\'s history records.',
  valuesConfig: {
    OPEN: { description: 'Opened (openDemandList).' },
    SUBMIT: { description: 'Submitted to the community (submitDemandList).' },
    PUBLISH: { description: 'Published (publishDemandList).' },
    CLOSE: { description: 'Closed (closeDemandList).' },
  },
});
