import { VolunteerSkill } from '../volunteers/index.js';
import { ServiceKind } from './demand.enums.js';

/*
 * Which volunteer skills suit which kind of work: the order board's `skills` filter shows the orders asking
 * for any kind of work one of the given skills suits. A kind no listed skill suits (义务理发, 其他) is never
 * shown by `skills`; `serviceKinds` finds it. The forms' skills that suit no kind of order (治安巡逻 alone,
 * 政策宣讲, 文体活动, 应急救援, 儿童看护 beyond study help) find nothing with `skills`.
 */
export const SERVICE_KIND_SKILLS: Readonly<Record<ServiceKind, readonly VolunteerSkill[]>> = {
  [ServiceKind.ERRANDS]: [VolunteerSkill.ERRANDS, VolunteerSkill.DRIVING],
  [ServiceKind.ESCORT]: [VolunteerSkill.ELDERLY_CARE, VolunteerSkill.MEDICAL_CARE, VolunteerSkill.DRIVING],
  [ServiceKind.TUTORING]: [VolunteerSkill.TUTORING, VolunteerSkill.CHILD_CARE],
  [ServiceKind.REPAIRS]: [VolunteerSkill.REPAIRS],
  [ServiceKind.HEALTH_CHECK]: [VolunteerSkill.MEDICAL_CARE],
  [ServiceKind.LEGAL_AID]: [VolunteerSkill.LEGAL_AID],
  [ServiceKind.COMPANIONSHIP]: [VolunteerSkill.ELDERLY_CARE, VolunteerSkill.COUNSELLING],
  [ServiceKind.HOUSEKEEPING]: [VolunteerSkill.HYGIENE, VolunteerSkill.ELDERLY_CARE],
  [ServiceKind.MEAL_DELIVERY]: [VolunteerSkill.ERRANDS, VolunteerSkill.ELDERLY_CARE],
  [ServiceKind.HAIRCUT]: [],
  [ServiceKind.COUNSELLING]: [VolunteerSkill.COUNSELLING],
  [ServiceKind.DIGITAL_HELP]: [VolunteerSkill.DIGITAL_HELP],
  [ServiceKind.TRAFFIC_GUIDANCE]: [VolunteerSkill.TRAFFIC_GUIDANCE, VolunteerSkill.SAFETY_PATROL],
  [ServiceKind.HYGIENE]: [VolunteerSkill.HYGIENE],
  [ServiceKind.OTHER]: [],
};

/** The kinds of work any of `skills` suits, sorted; empty when none does. */
export function serviceKindsForSkills(skills: readonly VolunteerSkill[]): ServiceKind[] {
  return (Object.keys(SERVICE_KIND_SKILLS) as ServiceKind[]).filter((kind) => SERVICE_KIND_SKILLS[kind].some((s) => skills.includes(s))).sort();
}

/** The mapping in words, for the schema's description of the filter. */
export function serviceKindSkillsText(): string {
  return (Object.entries(SERVICE_KIND_SKILLS) as [ServiceKind, readonly VolunteerSkill[]][])
    .map(([kind, skills]) => `${kind} ← ${skills.length ? skills.join(', ') : '(none)'}`)
    .join('; ');
}
