import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../shared/location.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Urgency } from '../demands/index.js';
import { CaseCategory, CaseSource, SummonsRole } from './case.enums.js';

@InputType({ description: 'A problem to report as a case (吹哨报到).' })
export class ReportCaseInput {
  @Field(() => ID, {
    description:
      'Where the problem is: a grid, building or community (the community handles it), a street (the street handles it) or the district (the district handles it). Staff of that area only, or a RESIDENT (a community, grid or building only: CASE_AREA_NOT_COMMUNITY); a retired area takes nothing new (AREA_RETIRED).',
  })
  areaId!: string;

  @Field({ description: 'What the problem is, in a line (at most 200 characters).' })
  title!: string;

  @Field({ description: 'The problem in full (at most 5000 characters); private to staff of the area and the organisations summoned.' })
  description!: string;

  @Field(() => CaseCategory, { description: 'What it is about.' })
  category!: CaseCategory;

  @Field(() => GeoPointInput, { nullable: true, description: 'Where exactly, in any of the three coordinate systems (stored as WGS-84); private.' })
  location?: GeoPointInput | null;

  @Field(() => CaseSource, { description: 'How it reached the hub. A RESIDENT reports as RESIDENT only (CASE_SOURCE_NOT_ALLOWED otherwise).' })
  source!: CaseSource;

  @Field(() => String, {
    nullable: true,
    description:
      'The 12345 hotline\'s ticket number (工单号, at most 64 characters): required for HOTLINE_12345 (CASE_TICKET_NUMBER_REQUIRED), refused for any other source (CASE_TICKET_NUMBER_NOT_ALLOWED). Private.',
  })
  ticketNumber?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Source DEMAND: the demand it was raised from, one you may see, lying within the handling area (CASE_DEMAND_REQUIRED without it, CASE_DEMAND_NOT_ALLOWED for another source, CASE_DEMAND_OF_OTHER_AREA outside).',
  })
  demandId?: string | null;

  @Field(() => Urgency, { description: 'How urgent it is; sets the default deadlines of a whistle.' })
  urgency!: Urgency;

  @Field(() => [String], { nullable: true, description: 'URLs (http or https) of photos taken, at most 9.' })
  photoUrls?: string[] | null;
}

@InputType({ description: 'Which case, optionally at which version.' })
export class CaseIdInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}

@InputType({ description: 'Which case, and why.' })
export class CaseReasonInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field({ description: 'Why (at most 500 characters), recorded in its history.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}

@InputType({ description: 'A duplicate case and the case to merge it into.' })
export class MergeCaseInput {
  @Field(() => ID, { description: 'The duplicate case.' })
  id!: string;

  @Field(() => ID, { description: 'The case it duplicates: another case you may see, neither REJECTED nor MERGED, handled by the same area.' })
  intoId!: string;

  @Field(() => Int, { nullable: true, description: 'The version of the duplicate you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}

@InputType({ description: 'One organisation a whistle summons.' })
export class SummonsInput {
  @Field(() => ID, {
    description:
      'The organisation: a department (DEPARTMENT) or a resident unit stationed in the handling area or above it (SUMMONS_ORGANIZATION_OUT_OF_REACH otherwise).',
  })
  organizationId!: string;

  @Field(() => SummonsRole, { description: 'LEAD (牵头) or SUPPORT (配合); a case has exactly one live lead after a whistle.' })
  role!: SummonsRole;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "By when it must report in: in the future and not after the completion deadline (CASE_DEADLINE_PAST, CASE_DEADLINE_AFTER_COMPLETION). Defaults to CASE_REPORT_IN_WITHIN_HOURS by the case's urgency from now.",
  })
  reportInDeadline?: Date | null;
}

@InputType({ description: 'A whistle (吹哨): the organisations summoned to a case and the completion deadline.' })
export class WhistleCaseInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => [SummonsInput], { description: 'The organisations summoned (at least one, none twice).' })
  summonses!: SummonsInput[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "By when the case must be resolved: in the future (CASE_DEADLINE_PAST). Defaults to CASE_COMPLETE_WITHIN_DAYS by the case's urgency from now.",
  })
  completeDeadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}

@InputType({ description: 'Which summons.' })
export class SummonsIdInput {
  @Field(() => ID, { description: 'The summons (CaseSummons).' })
  summonsId!: string;
}

@InputType({ description: 'Which summons, and why.' })
export class SummonsReasonInput {
  @Field(() => ID, { description: 'The summons (CaseSummons).' })
  summonsId!: string;

  @Field({ description: 'Why (at most 500 characters), recorded in the summons\'s history.' })
  reason!: string;
}

@InputType({ description: 'A note on a case.' })
export class AddCaseNoteInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field({ description: 'What to say (at most 2000 characters): progress, measures, questions.' })
  text!: string;
}

@InputType({ description: 'Which case is resolved, and what was done.' })
export class ResolveCaseInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field({ description: 'What was done (at most 2000 characters).' })
  result!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}
