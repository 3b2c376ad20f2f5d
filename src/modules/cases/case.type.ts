import { Field, Int, ObjectType } from 'type-graphql';
import type { LatLng } from '../../shared/geo.js';
import { GeoPoint } from '../../shared/location.js';
import { connectionType, Node } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Actor } from '../events/index.js';
import { Urgency } from '../demands/index.js';
import {
  CaseAction, CaseCategory, CaseLevel, CaseSource, CaseStatus, SummonsAction, SummonsRole, SummonsStatus,
} from './case.enums.js';

/*
 * The read types of cases (吹哨报到). Fields without @Field are the row's columns that the field resolvers
 * (relations, the private fields' gates) read; they never reach the schema.
 */

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A case (吹哨报到): a problem in an area that its community, street or district handles, solving it itself or blowing the whistle to summon departments and units. Seen by staff of its area and above and by the organisations summoned to it; the reporter and the 12345 ticket number only by staff of its area and above.',
})
export class Case extends Node {
  __typename!: 'Case';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;
  handlingAreaRowId!: string;
  handlingPath!: string;
  demandRowId!: string | null;
  mergedIntoRowId!: string | null;
  reporterAccountId!: string;
  reporterRole!: string;
  storedTicketNumber!: string | null;
  completeOverdueAt!: Date | null;

  @Field({ description: 'What the problem is, in a line.' })
  title!: string;

  @Field({ description: 'The problem in full, as reported.' })
  description!: string;

  @Field(() => CaseCategory, { description: 'What it is about.' })
  category!: CaseCategory;

  @Field(() => CaseSource, { description: 'How it reached the hub.' })
  source!: CaseSource;

  @Field(() => Urgency, { description: 'How urgent it is; sets the default deadlines of a whistle.' })
  urgency!: Urgency;

  @Field(() => CaseLevel, { description: 'The level handling it now; escalation moves it up.' })
  level!: CaseLevel;

  @Field(() => CaseStatus, { description: 'Where it is.' })
  status!: CaseStatus;

  // stored WGS-84; the field gives it in the system asked for (withPointSystems, src/shared/location.ts)
  @Field(() => GeoPoint, { nullable: true, description: 'Where the problem is, exactly; null when none was given.' })
  location!: LatLng | null;

  @Field(() => [String], { description: 'URLs of the photos taken when reporting.' })
  photoUrls!: string[];

  @Field({ description: 'Whether staff marked the photos public (public views show them only then).' })
  photosPublic!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  reportedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the handling level accepted it.' })
  acceptedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the whistle was first blown.' })
  whistledAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'By when it must be resolved: set by the latest whistle from CASE_COMPLETE_WITHIN_DAYS by urgency (calendar days), or as the whistler set it; stored, never recomputed.',
  })
  completeDeadline!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What was done, as the resolver wrote it.' })
  result!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the handling level closed it (办结).' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last rejected, reopened or escalated.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Increases with every change; pass it back to detect concurrent edits.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'What is being done (整改措施), as the handling level or the lead set it; public on the problem wall.' })
  measures!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the measures were last set.' })
  measuresAt!: Date | null;

  @Field({ description: 'Whether residents\' ratings called for a review (at least 3 ratings and more than half DISSATISFIED, or the reporter DISSATISFIED); set once, by the rating that triggered it.' })
  needsReview!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a review was called for.' })
  reviewNeededAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The community\'s explanation after a review was called for; public on the echo wall.' })
  explanation!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the community explained it.' })
  explainedAt!: Date | null;
}

export const CaseConnection = connectionType('Case', Case, 'case');

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A summons of an organisation to a case by a whistle (部门报到): it must report in by its deadline, or decline with a reason that the whistler accepts or overrules. Seen by whoever sees its case; the summoned organisation's admin sees it in its inbox (`Organization.summonses`).",
})
export class CaseSummons extends Node {
  __typename!: 'CaseSummons';
  rowId!: string;
  caseRowId!: string;
  organizationRowId!: string;
  areaPath!: string;
  reportInOverdueAt!: Date | null;

  @Field(() => SummonsRole, { description: 'Lead (牵头) or support (配合).' })
  role!: SummonsRole;

  @Field(() => SummonsStatus, { description: 'Where it is.' })
  status!: SummonsStatus;

  @Field(() => CaseLevel, { description: 'The level that whistled.' })
  level!: CaseLevel;

  @Field(() => DateTimeScalar, { description: 'When the organisation was summoned.' })
  summonedAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'By when it must report in: from CASE_REPORT_IN_WITHIN_HOURS by the case\'s urgency (calendar hours), or as the whistler set it; stored, never recomputed.',
  })
  reportInDeadline!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it reported in.' })
  reportedInAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it declined.' })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it declined.' })
  declineReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the whistler accepted or overruled its decline.' })
  decidedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the case was resolved with it reported in.' })
  doneAt!: Date | null;
}

export const CaseSummonsConnection = connectionType('CaseSummons', CaseSummons, 'summons');

@ObjectType({ simpleResolvers: true, description: 'One change of a case: what, from and to which status (and level), who, when and why.' })
export class CaseHistoryEntry {
  @Field(() => CaseAction, { description: 'What was done.' })
  action!: CaseAction;

  @Field(() => CaseStatus, { nullable: true, description: 'The status before; null when it was reported.' })
  fromStatus!: CaseStatus | null;

  @Field(() => CaseStatus, { description: 'The status after.' })
  toStatus!: CaseStatus;

  @Field(() => CaseLevel, { nullable: true, description: 'The level before an escalation.' })
  fromLevel!: CaseLevel | null;

  @Field(() => CaseLevel, { nullable: true, description: 'The level after an escalation.' })
  toLevel!: CaseLevel | null;

  @Field(() => Actor, { description: 'Who did it; SYSTEM for an overdue record. The id is HIDDEN to all but staff of the case\'s area and the actor.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where one was given.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One change of a summons: what, from and to which status, who, when and why.' })
export class CaseSummonsHistoryEntry {
  @Field(() => SummonsAction, { description: 'What was done.' })
  action!: SummonsAction;

  @Field(() => SummonsStatus, { nullable: true, description: 'The status before; null when summoned.' })
  fromStatus!: SummonsStatus | null;

  @Field(() => SummonsStatus, { description: 'The status after.' })
  toStatus!: SummonsStatus;

  @Field(() => Actor, { description: 'Who did it; SYSTEM for an overdue record. The id is HIDDEN to all but staff of the case\'s area and the actor.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where one was given.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'A note on a case by one of its parties (the handling level, a summoned organisation): progress, measures, questions. Seen by whoever sees the case.' })
export class CaseNote {
  rowId!: string;
  organizationRowId!: string | null;

  @Field({ description: 'What the note says.' })
  text!: string;

  @Field(() => Actor, { description: 'Who wrote it. The id is HIDDEN to all but staff of the case\'s area and the author.' })
  actor!: Actor;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}
