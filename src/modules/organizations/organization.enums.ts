/** What kind of resident unit (驻区单位) an organisation is. */
export enum OrganizationKind {
  AGENCY = 'AGENCY',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  COMPANY = 'COMPANY',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
}
