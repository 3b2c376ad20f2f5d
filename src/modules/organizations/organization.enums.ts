import { registerEnumType } from 'type-graphql';
/** What kind of resident unit (驻区单位) an organisation is. */
export enum OrganizationKind {
  AGENCY = 'AGENCY',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  COMPANY = 'COMPANY',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  DEPARTMENT = 'DEPARTMENT',
}

/** The kinds that are resident units (驻区单位): every kind but DEPARTMENT. The published figures (404 units) count these. */
export const RESIDENT_UNIT_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.AGENCY,
  OrganizationKind.SCHOOL,
  OrganizationKind.HOSPITAL,
  OrganizationKind.COMPANY,
  OrganizationKind.SOCIAL_ORGANIZATION,
];

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organisation it is: a resident unit (驻区单位) of one of five kinds, or a government department (职能部门) that whistles summon.',
  valuesConfig: {
    AGENCY: { description: 'A government agency or public institution (机关事业单位).' },
    SCHOOL: { description: 'A school (学校).' },
    HOSPITAL: { description: 'A hospital or health centre (医院).' },
    COMPANY: { description: 'A company or state enterprise (企业).' },
    SOCIAL_ORGANIZATION: { description: 'A social organisation or association (社会组织).' },
    DEPARTMENT: {
      description:
        'A government department (职能部门: urban management 城管, housing 住建, market supervision 市场监管…), stationed at the district or a street and summoned to cases by whistles (吹哨报到). Not a resident unit: the published resident-unit figures count every other kind.',
    },
  },
});
