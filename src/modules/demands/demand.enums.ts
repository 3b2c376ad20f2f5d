import { registerEnumType } from 'type-graphql';

/** Where a demand is in the order flow. */
export enum DemandStatus {
  POSTED = 'POSTED',
  PLACED = 'PLACED',
  PARTIALLY_MATCHED = 'PARTIALLY_MATCHED',
  MATCHED = 'MATCHED',
  TAKEN = 'TAKEN',
  SERVED = 'SERVED',
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
    TAKEN: { description: 'A service order whose live takes cover its whole quantity (党员接单); SERVICE demands only.' },
    SERVED: { description: 'A service order every live take of which reported its work done; waiting for the community to confirm. SERVICE demands only.' },
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
  RELEASE = 'RELEASE',
  REVOKE_TAKE = 'REVOKE_TAKE',
  SERVE = 'SERVE',
  CONFIRM = 'CONFIRM',
  DISPUTE = 'DISPUTE',
  REVOKE_CONFIRMATION = 'REVOKE_CONFIRMATION',
  OVERDUE = 'OVERDUE',
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
    RELEASE: { description: 'A taker gave its take of a service order back (releaseDemand).' },
    REVOKE_TAKE: { description: 'The community revoked a take of a service order (revokeTake).' },
    SERVE: { description: 'A taker reported its work on a service order done (reportDemandServed).' },
    CONFIRM: { description: 'The community confirmed a service order served (confirmDemandServed): FULFILLED, points awarded.' },
    DISPUTE: { description: 'The community disputed a reported service (disputeDemandServed): back to TAKEN.' },
    REVOKE_CONFIRMATION: { description: 'The community revoked its confirmation (revokeDemandConfirmation): back to SERVED, points reversed.' },
    OVERDUE: { description: 'A deadline passed undone: the order not taken in time, or a take not served by the last needed day (SYSTEM).' },
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

/** How a demand is met: by a resource (matching) or by people's work (a service order, 服务订单). */
export enum DemandFulfilment {
  RESOURCE = 'RESOURCE',
  SERVICE = 'SERVICE',
}

registerEnumType(DemandFulfilment, {
  name: 'DemandFulfilment',
  description: 'How a demand is met.',
  valuesConfig: {
    RESOURCE: { description: 'By a resource a unit opened (a seat, a space, a place): matched by `runMatching`.' },
    SERVICE: { description: "By people's work (服务订单): volunteers, a team or a unit take it, serve it and the community confirms it. Never matched." },
  },
});

/** What kind of work a service order asks for, as the district's reports list it. */
export enum ServiceKind {
  ERRANDS = 'ERRANDS',
  ESCORT = 'ESCORT',
  TUTORING = 'TUTORING',
  REPAIRS = 'REPAIRS',
  HEALTH_CHECK = 'HEALTH_CHECK',
  LEGAL_AID = 'LEGAL_AID',
  COMPANIONSHIP = 'COMPANIONSHIP',
  HOUSEKEEPING = 'HOUSEKEEPING',
  MEAL_DELIVERY = 'MEAL_DELIVERY',
  HAIRCUT = 'HAIRCUT',
  COUNSELLING = 'COUNSELLING',
  DIGITAL_HELP = 'DIGITAL_HELP',
  TRAFFIC_GUIDANCE = 'TRAFFIC_GUIDANCE',
  HYGIENE = 'HYGIENE',
  OTHER = 'OTHER',
}

/** The Chinese names the district's forms use. */
export const SERVICE_KIND_NAMES: Readonly<Record<ServiceKind, string>> = {
  ERRANDS: '跑腿代办 (errands: shopping, collecting medicine, paying bills)',
  ESCORT: '陪同就医出行 (escorting to hospital or on an outing)',
  TUTORING: '课业辅导 (study help for pupils)',
  REPAIRS: '便民维修 (small repairs: water, electricity, appliances)',
  HEALTH_CHECK: '健康义诊 (health check-ups, blood pressure and sugar)',
  LEGAL_AID: '法律援助 (legal advice and aid)',
  COMPANIONSHIP: '关爱陪伴 (visiting and keeping company: elderly living alone)',
  HOUSEKEEPING: '家政保洁 (cleaning a home for those who cannot)',
  MEAL_DELIVERY: '送餐上门 (bringing meals to the door)',
  HAIRCUT: '义务理发 (free haircuts)',
  COUNSELLING: '心理疏导 (someone to talk to: psychological counselling)',
  DIGITAL_HELP: '智能手机教学 (help with smartphones and online services)',
  TRAFFIC_GUIDANCE: '文明交通引导 (traffic guidance at crossings and schools)',
  HYGIENE: '环境卫生整治 (cleaning up shared spaces)',
  OTHER: '其他 (anything else; say what in the description)',
};

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: "What kind of work a service order asks for (the district's forms' names).",
  valuesConfig: Object.fromEntries(Object.entries(SERVICE_KIND_NAMES).map(([k, v]) => [k, { description: v }])),
});

/** Where one taker's share of a service order is. */
export enum DemandTakeStatus {
  TAKEN = 'TAKEN',
  RELEASED = 'RELEASED',
  REVOKED = 'REVOKED',
  SERVED = 'SERVED',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}

registerEnumType(DemandTakeStatus, {
  name: 'DemandTakeStatus',
  description: "Where one taker's share of a service order is.",
  valuesConfig: {
    TAKEN: { description: "Taken; the work is to be done by the order's last needed day." },
    RELEASED: { description: 'Given back by the taker (with a reason); its quantity is open again.' },
    REVOKED: { description: 'Revoked by the community (with a reason); its quantity is open again.' },
    SERVED: { description: 'The taker reported the work done, with the minutes each person served.' },
    CONFIRMED: { description: 'The community confirmed the work: points awarded to the volunteers who served.' },
    DISPUTED: { description: 'The community disputed the report (with a reason): the taker reports again or releases it.' },
  },
});

/** Who took a service order. */
export enum TakerKind {
  VOLUNTEER = 'VOLUNTEER',
  TEAM = 'TEAM',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(TakerKind, {
  name: 'TakerKind',
  description: 'Who took a service order.',
  valuesConfig: {
    VOLUNTEER: { description: 'An approved volunteer, for themself (an order of their home community).' },
    TEAM: { description: "A volunteer team, by its leader (an order within the team's area)." },
    ORGANIZATION: { description: "A resident unit, by its admin (an order within the unit's street)." },
  },
});

/** What a line of a take's history records. */
export enum DemandTakeAction {
  TAKE = 'TAKE',
  RELEASE = 'RELEASE',
  REVOKE = 'REVOKE',
  SERVE = 'SERVE',
  CONFIRM = 'CONFIRM',
  DISPUTE = 'DISPUTE',
  REVOKE_CONFIRMATION = 'REVOKE_CONFIRMATION',
  OVERDUE = 'OVERDUE',
}

registerEnumType(DemandTakeAction, {
  name: 'DemandTakeAction',
  description: "What a line of a take's history records.",
  valuesConfig: {
    TAKE: { description: 'Taken (takeDemand).' },
    RELEASE: { description: 'Given back by the taker (releaseDemand).' },
    REVOKE: { description: 'Revoked by the community (revokeTake).' },
    SERVE: { description: 'Reported served (reportDemandServed), again after a dispute.' },
    CONFIRM: { description: 'Confirmed by the community (confirmDemandServed): points awarded.' },
    DISPUTE: { description: 'Disputed by the community (disputeDemandServed).' },
    REVOKE_CONFIRMATION: { description: 'Confirmation revoked (revokeDemandConfirmation): points reversed.' },
    OVERDUE: { description: 'Not served by the order\'s last needed day (SYSTEM, once).' },
  },
});
