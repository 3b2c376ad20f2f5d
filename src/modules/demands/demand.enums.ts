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

export enum DemandListStatus {
  COLLECTING = 'COLLECTING',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

export enum Urgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** How residents ordered (群众点单): the way the need reached the grid worker. */
export enum DemandChannel {
  GRID_VISIT = 'GRID_VISIT',
  HOTLINE_12345 = 'HOTLINE_12345',
  MINI_PROGRAM = 'MINI_PROGRAM',
  RESIDENT_MEETING = 'RESIDENT_MEETING',
  OTHER = 'OTHER',
}

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

/** What a line of a demand list's history records. */
export enum DemandListAction {
  OPEN = 'OPEN',
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  CLOSE = 'CLOSE',
}
