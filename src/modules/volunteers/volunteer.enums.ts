import { registerEnumType } from 'type-graphql';

/** Where a volunteer's registration with their home community (报到) stands. */
export enum VolunteerStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}

/** Statuses of a record that still holds its phone number and can come back to service. */
export const LIVE_VOLUNTEER_STATUSES: readonly VolunteerStatus[] = [VolunteerStatus.APPLIED, VolunteerStatus.APPROVED, VolunteerStatus.SUSPENDED];

/**
 * What a volunteer can do, as the district's volunteer forms list it; anything else goes in the free text
 * (`skillsNote`). The Chinese names are the forms' words.
 */
export enum VolunteerSkill {
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_CARE = 'CHILD_CARE',
  TUTORING = 'TUTORING',
  MEDICAL_CARE = 'MEDICAL_CARE',
  COUNSELLING = 'COUNSELLING',
  LEGAL_AID = 'LEGAL_AID',
  REPAIRS = 'REPAIRS',
  ERRANDS = 'ERRANDS',
  TRAFFIC_GUIDANCE = 'TRAFFIC_GUIDANCE',
  HYGIENE = 'HYGIENE',
  SAFETY_PATROL = 'SAFETY_PATROL',
  POLICY_OUTREACH = 'POLICY_OUTREACH',
  CULTURE_AND_SPORTS = 'CULTURE_AND_SPORTS',
  DIGITAL_HELP = 'DIGITAL_HELP',
  DRIVING = 'DRIVING',
  EMERGENCY_RESCUE = 'EMERGENCY_RESCUE',
}

/** The Chinese name of each skill, as forms and exports show it. */
export const VOLUNTEER_SKILL_NAMES: Readonly<Record<VolunteerSkill, string>> = {
  ELDERLY_CARE: '助老服务',
  CHILD_CARE: '儿童看护',
  TUTORING: '课业辅导',
  MEDICAL_CARE: '医疗护理',
  COUNSELLING: '心理疏导',
  LEGAL_AID: '法律援助',
  REPAIRS: '家电维修',
  ERRANDS: '跑腿代办',
  TRAFFIC_GUIDANCE: '文明交通劝导',
  HYGIENE: '环境卫生',
  SAFETY_PATROL: '治安巡逻',
  POLICY_OUTREACH: '政策宣讲',
  CULTURE_AND_SPORTS: '文体活动',
  DIGITAL_HELP: '智能手机教学',
  DRIVING: '驾驶接送',
  EMERGENCY_RESCUE: '应急救援',
};

/** What one entry of a volunteer's history records; one per change, alongside its Event. */
export enum VolunteerHistoryAction {
  APPLIED = 'APPLIED',
  REAPPLIED = 'REAPPLIED',
  REPORTED = 'REPORTED',
  CLAIMED = 'CLAIMED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  LEFT = 'LEFT',
  UPDATED = 'UPDATED',
}

/** Whether a volunteer team (志愿服务队) still serves. */
export enum VolunteerTeamStatus {
  ACTIVE = 'ACTIVE',
  DISBANDED = 'DISBANDED',
}

export enum VolunteerTeamHistoryAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DISBANDED = 'DISBANDED',
}

registerEnumType(VolunteerStatus, {
  name: 'VolunteerStatus',
  description: "Where a volunteer's registration with their home community (报到) stands.",
  valuesConfig: {
    APPLIED: { description: 'Applied (or reported by their unit, 整建制报到); waiting for the home community to approve.' },
    APPROVED: { description: 'Registered: serves in the home community (takes its orders, joins its teams).' },
    REJECTED: { description: 'Not accepted by the home community (with a reason); the person may apply again.' },
    SUSPENDED: { description: 'Stopped from serving for now (with a reason); reinstated by the home community.' },
    LEFT: { description: 'Left volunteering of their own accord; the person may apply again.' },
  },
});

registerEnumType(VolunteerSkill, {
  name: 'VolunteerSkill',
  description: "What a volunteer can do, as the district's forms list it (anything else goes in `skillsNote`).",
  valuesConfig: Object.fromEntries(Object.entries(VOLUNTEER_SKILL_NAMES).map(([k, v]) => [k, { description: v }])),
});

registerEnumType(VolunteerHistoryAction, {
  name: 'VolunteerHistoryAction',
  description: "What one entry of a volunteer's history records.",
  valuesConfig: {
    APPLIED: { description: 'The person applied with their home community.' },
    REAPPLIED: { description: 'A person rejected before, or who had left, applied again.' },
    REPORTED: { description: 'Their unit reported them in a whole-unit report (整建制报到).' },
    CLAIMED: { description: "The person claimed their unit's report with its one-time code: the record got its account." },
    APPROVED: { description: 'The home community approved them.' },
    REJECTED: { description: 'The home community rejected the application.' },
    SUSPENDED: { description: 'Suspended by the home community or above.' },
    REINSTATED: { description: 'Reinstated after a suspension.' },
    LEFT: { description: 'The person left volunteering.' },
    UPDATED: { description: 'Details changed (the changed fields are named, never their values).' },
  },
});

registerEnumType(VolunteerTeamStatus, {
  name: 'VolunteerTeamStatus',
  description: 'Whether a volunteer team (志愿服务队) still serves.',
  valuesConfig: {
    ACTIVE: { description: 'Serving.' },
    DISBANDED: { description: 'Disbanded (with a reason); kept for the record.' },
  },
});
