import { registerEnumType } from 'type-graphql';
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

registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What a resource is.',
  valuesConfig: {
    READING_ROOM: { description: 'Reading room (阅览室): seats, evenings and weekends.' },
    ACTIVITY_VENUE: { description: 'Activity venue (活动场地), bookable by time slot.' },
    CIVIC_CLASSROOM: { description: 'Civic classroom (市民文明课堂): lessons and talks.' },
    PARKING: { description: 'Free parking spaces (免费停车位) in a unit\'s car park.' },
    TOILET: { description: 'Unit toilet open to the public (单位厕所); access only.' },
    WATER_POINT: { description: 'Drinking-water point (饮水点) for sanitation workers; access only.' },
    BREAKFAST: { description: 'Free breakfast (爱心早餐) for sanitation workers.' },
    AFTER_SCHOOL_CLASSROOM: { description: 'After-school 1-hour classroom (1小时课堂) for pupils.' },
    CLINIC: { description: 'Charity clinic (爱心门诊) for residents in difficulty.' },
    DAY_CARE: { description: 'Day-care centre (日间照料中心) for the elderly.' },
    OTHER: { description: 'Anything else a unit opens.' },
  },
});

export enum ResourceStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'Where a resource is in its life.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; seen only by its unit and area staff.' },
    PUBLISHED: { description: 'Open to residents and public.' },
    PAUSED: { description: 'Temporarily not offered; can be published again.' },
    WITHDRAWN: { description: 'No longer offered, for good.' },
  },
});

/** OPEN_ACCESS resources are discovered, never allocated; ALLOCATED ones are matched against capacity. */
export enum AccessMode {
  OPEN_ACCESS = 'OPEN_ACCESS',
  ALLOCATED = 'ALLOCATED',
}

registerEnumType(AccessMode, {
  name: 'AccessMode',
  description: 'Whether using a resource uses up its capacity.',
  valuesConfig: {
    OPEN_ACCESS: { description: 'Discovered, never allocated (toilets, water points, drop-in parking).' },
    ALLOCATED: { description: 'Capacity is allocated by matching and never over-allocated (seats, leased spaces, places).' },
  },
});

export enum Audience {
  ALL_RESIDENTS = 'ALL_RESIDENTS',
  ELDERLY = 'ELDERLY',
  PUPILS = 'PUPILS',
  SANITATION_WORKERS = 'SANITATION_WORKERS',
  OUTDOOR_WORKERS = 'OUTDOOR_WORKERS',
  PEOPLE_IN_DIFFICULTY = 'PEOPLE_IN_DIFFICULTY',
  PEOPLE_WITH_DISABILITIES = 'PEOPLE_WITH_DISABILITIES',
}

registerEnumType(Audience, {
  name: 'Audience',
  description: 'Who a resource serves or a demand is for.',
  valuesConfig: {
    ALL_RESIDENTS: { description: 'Any resident.' },
    ELDERLY: { description: 'Elderly residents.' },
    PUPILS: { description: 'School pupils.' },
    SANITATION_WORKERS: { description: 'Sanitation workers (环卫工人).' },
    OUTDOOR_WORKERS: { description: 'Outdoor workers: couriers, delivery riders, traffic wardens.' },
    PEOPLE_IN_DIFFICULTY: { description: 'Residents in difficulty (困难群众).' },
    PEOPLE_WITH_DISABILITIES: { description: 'Residents with disabilities.' },
  },
});
