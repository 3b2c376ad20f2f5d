import { registerEnumType } from 'type-graphql';

/** What a case is about: the categories of the district's whistle-and-report forms. */
export enum CaseCategory {
  ENVIRONMENT_HYGIENE = 'ENVIRONMENT_HYGIENE',
  PARKING_TRAFFIC = 'PARKING_TRAFFIC',
  PROPERTY_HOUSING = 'PROPERTY_HOUSING',
  PUBLIC_SAFETY = 'PUBLIC_SAFETY',
  ELDERLY_DISABLED_CARE = 'ELDERLY_DISABLED_CARE',
  MUNICIPAL_FACILITIES = 'MUNICIPAL_FACILITIES',
  MARKET_ORDER = 'MARKET_ORDER',
  NOISE_NUISANCE = 'NOISE_NUISANCE',
  GREENERY = 'GREENERY',
  NEIGHBOUR_DISPUTE = 'NEIGHBOUR_DISPUTE',
  ILLEGAL_CONSTRUCTION = 'ILLEGAL_CONSTRUCTION',
  OTHER = 'OTHER',
}

registerEnumType(CaseCategory, {
  name: 'CaseCategory',
  description: 'What a case (吹哨报到) is about, as the district\'s forms name it.',
  valuesConfig: {
    ENVIRONMENT_HYGIENE: { description: 'Environment and hygiene (环境卫生): rubbish, sewage, dirty stairwells.' },
    PARKING_TRAFFIC: { description: 'Parking and traffic (停车与交通): disorderly parking, blocked fire lanes, shared bikes.' },
    PROPERTY_HOUSING: { description: 'Property and housing (物业与房屋): property management, leaks, lifts, old-estate repairs.' },
    PUBLIC_SAFETY: { description: 'Public safety (公共安全): fire hazards, flying-wire charging, falling objects.' },
    ELDERLY_DISABLED_CARE: { description: 'Elderly and disabled care (为老助残): living alone, accessibility, care services.' },
    MUNICIPAL_FACILITIES: { description: 'Municipal facilities (市政设施): roads, street lights, manhole covers, drains.' },
    MARKET_ORDER: { description: 'Market order (市场秩序): street stalls, unlicensed shops, food safety.' },
    NOISE_NUISANCE: { description: 'Noise and nuisance (噪声扰民): building work, square dancing, shops at night.' },
    GREENERY: { description: 'Greenery (园林绿化): trees, lawns, neglected plots.' },
    NEIGHBOUR_DISPUTE: { description: 'Neighbour disputes (邻里纠纷) needing mediation.' },
    ILLEGAL_CONSTRUCTION: { description: 'Illegal construction (违法建设): sheds, enclosed balconies, ground-floor extensions.' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** How a case reached the hub. */
export enum CaseSource {
  GRID_PATROL = 'GRID_PATROL',
  RESIDENT = 'RESIDENT',
  HOTLINE_12345 = 'HOTLINE_12345',
  JOINT_MEETING = 'JOINT_MEETING',
  DEMAND = 'DEMAND',
}

registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: 'How a case reached the hub.',
  valuesConfig: {
    GRID_PATROL: { description: 'Found by a grid worker on patrol (网格巡查).' },
    RESIDENT: { description: 'Reported by a resident (居民反映).' },
    HOTLINE_12345: { description: 'A ticket of the 12345 citizens\' hotline (接诉即办), with its ticket number (private).' },
    JOINT_MEETING: { description: 'Raised at a joint meeting of the street\'s or community\'s parties (联席会议).' },
    DEMAND: { description: 'Raised from a residents\' demand (需求) the community could not meet alone.' },
  },
});

/** The level that handles a case: its admins accept, whistle, close; escalation moves it up. */
export enum CaseLevel {
  COMMUNITY = 'COMMUNITY',
  STREET = 'STREET',
  DISTRICT = 'DISTRICT',
}

registerEnumType(CaseLevel, {
  name: 'CaseLevel',
  description: 'The level that handles a case (社区吹哨, 街道吹哨, 区级吹哨): its admins accept, whistle, close; escalation moves it up.',
  valuesConfig: {
    COMMUNITY: { description: 'The community (社区) handles it.' },
    STREET: { description: 'The street (街道) handles it.' },
    DISTRICT: { description: 'The district (区) handles it.' },
  },
});

/** Where a case is. */
export enum CaseStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  WHISTLED = 'WHISTLED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case is.',
  valuesConfig: {
    REPORTED: { description: 'Reported, waiting for the handling level to accept, reject or merge it.' },
    ACCEPTED: { description: 'Accepted: the community solves it itself, or whistles.' },
    REJECTED: { description: 'Rejected by the handling level, with a reason.' },
    MERGED: { description: 'A duplicate, merged into another case (`mergedInto`).' },
    WHISTLED: { description: 'The whistle was blown (吹哨): organisations are summoned to report in and act.' },
    RESOLVED: { description: 'Resolved, with a result; waiting for the handling level to close or reopen it.' },
    CLOSED: { description: 'Closed by the handling level (办结).' },
  },
});

/** What was done to a case (its history). */
export enum CaseAction {
  REPORT = 'REPORT',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  MERGE = 'MERGE',
  WHISTLE = 'WHISTLE',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  ESCALATE = 'ESCALATE',
  OVERDUE = 'OVERDUE',
  SET_MEASURES = 'SET_MEASURES',
  PUBLISH_PHOTOS = 'PUBLISH_PHOTOS',
  REVIEW_NEEDED = 'REVIEW_NEEDED',
  EXPLAIN = 'EXPLAIN',
}

registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: 'What was done to a case.',
  valuesConfig: {
    REPORT: { description: 'Reported.' },
    ACCEPT: { description: 'Accepted by the handling level.' },
    REJECT: { description: 'Rejected by the handling level.' },
    MERGE: { description: 'Merged into another case.' },
    WHISTLE: { description: 'The whistle was blown: organisations summoned.' },
    RESOLVE: { description: 'Resolved, with a result.' },
    CLOSE: { description: 'Closed.' },
    REOPEN: { description: 'Reopened.' },
    ESCALATE: { description: 'Moved up a level.' },
    OVERDUE: { description: 'Missed its completion deadline (recorded by the sweeper as SYSTEM).' },
    SET_MEASURES: { description: 'Its measures (整改措施) were set.' },
    PUBLISH_PHOTOS: { description: 'Staff marked its photos public.' },
    REVIEW_NEEDED: { description: 'Residents\' ratings called for a review.' },
    EXPLAIN: { description: 'The community explained it after a review was called for.' },
  },
});

/** What a summoned organisation is to a case. */
export enum SummonsRole {
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
}

registerEnumType(SummonsRole, {
  name: 'SummonsRole',
  description: 'What a summoned organisation is to a case.',
  valuesConfig: {
    LEAD: { description: 'Leads the work (牵头) and resolves the case.' },
    SUPPORT: { description: 'Supports the lead (配合).' },
  },
});

/** Where a summons is. */
export enum SummonsStatus {
  SUMMONED = 'SUMMONED',
  REPORTED_IN = 'REPORTED_IN',
  DECLINED = 'DECLINED',
  DECLINE_ACCEPTED = 'DECLINE_ACCEPTED',
  DONE = 'DONE',
}

registerEnumType(SummonsStatus, {
  name: 'SummonsStatus',
  description: 'Where a summons of an organisation to a case is.',
  valuesConfig: {
    SUMMONED: { description: 'Summoned; must report in (报到) by its deadline. An overruled decline comes back here.' },
    REPORTED_IN: { description: 'The organisation reported in and is acting.' },
    DECLINED: { description: 'The organisation declined (not its responsibility), with a reason; the whistler decides.' },
    DECLINE_ACCEPTED: { description: 'The whistler accepted the decline: the organisation is released.' },
    DONE: { description: 'The case was resolved with the organisation reported in.' },
  },
});

/** What was done to a summons (its history). */
export enum SummonsAction {
  SUMMON = 'SUMMON',
  REPORT_IN = 'REPORT_IN',
  DECLINE = 'DECLINE',
  ACCEPT_DECLINE = 'ACCEPT_DECLINE',
  OVERRULE_DECLINE = 'OVERRULE_DECLINE',
  DONE = 'DONE',
  REOPEN = 'REOPEN',
  REPORT_IN_OVERDUE = 'REPORT_IN_OVERDUE',
}

registerEnumType(SummonsAction, {
  name: 'SummonsAction',
  description: 'What was done to a summons.',
  valuesConfig: {
    SUMMON: { description: 'The organisation was summoned by a whistle.' },
    REPORT_IN: { description: 'It reported in.' },
    DECLINE: { description: 'It declined, with a reason.' },
    ACCEPT_DECLINE: { description: 'The whistler accepted its decline.' },
    OVERRULE_DECLINE: { description: 'The whistler overruled its decline: summoned again.' },
    DONE: { description: 'The case it reported in to was resolved.' },
    REOPEN: { description: 'The case was reopened: acting again.' },
    REPORT_IN_OVERDUE: { description: 'It had not reported in by its deadline (recorded by the sweeper as SYSTEM).' },
  },
});
