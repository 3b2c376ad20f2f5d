import { describe, expect, it } from 'vitest';
import { ServiceKind } from '../../src/modules/demands/demand.enums.js';
import { SERVICE_KIND_SKILLS, serviceKindsForSkills } from '../../src/modules/demands/open-orders.skills.js';
import { VolunteerSkill } from '../../src/modules/volunteers/volunteer.enums.js';

describe('serviceKindsForSkills', () => {
  const TABLE: [VolunteerSkill[], ServiceKind[]][] = [
    [[], []],
    [[VolunteerSkill.ERRANDS], [ServiceKind.ERRANDS, ServiceKind.MEAL_DELIVERY]],
    [[VolunteerSkill.DRIVING], [ServiceKind.ERRANDS, ServiceKind.ESCORT]],
    [[VolunteerSkill.ELDERLY_CARE], [ServiceKind.COMPANIONSHIP, ServiceKind.ESCORT, ServiceKind.HOUSEKEEPING, ServiceKind.MEAL_DELIVERY]],
    [[VolunteerSkill.CHILD_CARE, VolunteerSkill.TUTORING], [ServiceKind.TUTORING]],
    [[VolunteerSkill.SAFETY_PATROL], [ServiceKind.TRAFFIC_GUIDANCE]],
    [[VolunteerSkill.CULTURE_AND_SPORTS, VolunteerSkill.POLICY_OUTREACH, VolunteerSkill.EMERGENCY_RESCUE], []],
  ];
  it.each(TABLE)('%j suit %j', (skills, kinds) => {
    expect(serviceKindsForSkills(skills)).toEqual(kinds);
  });

  it('names every kind of work once, with skills that exist, and leaves haircuts and "other" to `serviceKinds`', () => {
    expect(Object.keys(SERVICE_KIND_SKILLS).sort()).toEqual(Object.values(ServiceKind).sort());
    for (const skills of Object.values(SERVICE_KIND_SKILLS)) for (const s of skills) expect(Object.values(VolunteerSkill)).toContain(s);
    expect(serviceKindsForSkills(Object.values(VolunteerSkill))).toEqual(
      Object.values(ServiceKind).filter((k) => k !== ServiceKind.HAIRCUT && k !== ServiceKind.OTHER).sort(),
    );
  });
});
