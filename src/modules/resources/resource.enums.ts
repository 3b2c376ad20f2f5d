export enum ResourceKind {
  READING_ROOM = 'READING_ROOM',
  ACTIVITY_VENUE = 'ACTIVITY_VENUE',
  CIVIC_CLASSROOM = 'CIVIC_CLASSROOM',
  PARKING = 'PARKING',
  TOILET = 'TOILET',
  WATER_POINT = 'WATER_POINT',
  BREAKFAST = 'BREAKFAST',
  AFTER_SCHOOL_CLASSROOM = 'AFTER_SCHOOL_CLASSROOM',
  CLINIC = 'CLINIC',
  DAY_CARE = 'DAY_CARE',
  OTHER = 'OTHER',
}

export enum ResourceStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** OPEN_ACCESS resources are discovered, never allocated; ALLOCATED ones are matched against capacity. */
export enum AccessMode {
  OPEN_ACCESS = 'OPEN_ACCESS',
  ALLOCATED = 'ALLOCATED',
}

export enum Audience {
  ALL_RESIDENTS = 'ALL_RESIDENTS',
  ELDERLY = 'ELDERLY',
  PUPILS = 'PUPILS',
  SANITATION_WORKERS = 'SANITATION_WORKERS',
  OUTDOOR_WORKERS = 'OUTDOOR_WORKERS',
  PEOPLE_IN_DIFFICULTY = 'PEOPLE_IN_DIFFICULTY',
  PEOPLE_WITH_DISABILITIES = 'PEOPLE_WITH_DISABILITIES',
}

/** The coordinate system a client's point is given in; everything is stored as WGS-84. */
export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
}
