import { registerEnumType } from 'type-graphql';
/** What kind of resident unit (驻区单位) an organisation is. */
export enum OrganizationKind {
  AGENCY = 'AGENCY',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  COMPANY = 'COMPANY',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of resident unit (驻区单位) an organization is.',
  valuesConfig: {
    AGENCY: { description: 'A government agency or public institution (机关事业单位).' },
    SCHOOL: { description: 'A school (学校).' },
    HOSPITAL: { description: 'A hospital or health centre (医院).' },
    COMPANY: { description: 'A company or state enterprise (企业).' },
    SOCIAL_ORGANIZATION: { description: 'A social organisation or association (社会组织).' },
  },
});
