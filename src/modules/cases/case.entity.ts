import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, IdEntity, VersionedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { DemandEntity, Urgency } from '../demands/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import {
  CaseAction, CaseCategory, CaseLevel, CaseSource, CaseStatus, SummonsAction, SummonsRole, SummonsStatus,
} from './case.enums.js';

/**
 * A case (吹哨报到; table `civic_case`: `case` is reserved in SQL): a problem in an area, handled at a level
 * (the community, street or district whose admins accept, whistle, close). Private: the reporter, the 12345
 * ticket number, the photos until staff mark them public, the exact location.
 */
@Entity({ tableName: 'civic_case' })
export class CaseEntity extends VersionedEntity {
  [OptionalProps]?:
    | 'version'
    | 'status'
    | 'ticketNumber'
    | 'demand'
    | 'lat'
    | 'lng'
    | 'photoUrls'
    | 'photosPublic'
    | 'acceptedAt'
    | 'whistledAt'
    | 'completeDeadline'
    | 'completeOverdueAt'
    | 'resolvedAt'
    | 'result'
    | 'closedAt'
    | 'mergedInto'
    | 'reason'
    | 'measures'
    | 'measuresAt'
    | 'needsReview'
    | 'reviewNeededAt'
    | 'explanation'
    | 'explainedAt';

  /** Where the problem is: a community, a grid below it, or a street. */
  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Enum({ items: () => CaseLevel, type: 'text' })
  level!: CaseLevel;

  /** The area of the handling level: the case's community, its street, or the district. */
  @ManyToOne(() => AreaEntity, { fieldName: 'handling_area_id' })
  handlingArea!: AreaEntity;

  @Property({ type: 'text' })
  handlingPath!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => CaseCategory, type: 'text' })
  category!: CaseCategory;

  @Enum({ items: () => CaseSource, type: 'text' })
  source!: CaseSource;

  /** The 12345 hotline's ticket number (HOTLINE_12345 only); private. */
  @Property({ type: 'text', nullable: true })
  ticketNumber?: string | null;

  /** The demand it was raised from (source DEMAND). */
  @ManyToOne(() => DemandEntity, { fieldName: 'demand_id', nullable: true })
  demand?: DemandEntity | null;

  @Enum({ items: () => Urgency, type: 'text' })
  urgency!: Urgency;

  /** WGS-84; private (public views show the grid's centroid). */
  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Property({ type: 'text[]' })
  photoUrls: string[] = [];

  /** Whether staff marked the photos public (the walls show them only then). */
  @Property({ type: 'boolean' })
  photosPublic: boolean = false;

  @Enum({ items: () => CaseStatus, type: 'text' })
  status: CaseStatus = CaseStatus.REPORTED;

  /** Who reported it (the token's `sub`) and as what role; private. */
  @Property({ type: 'text' })
  reporterAccountId!: string;

  @Property({ type: 'text' })
  reporterRole!: string;

  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  /** When the whistle was first blown. */
  @Property({ type: 'timestamptz', nullable: true })
  whistledAt?: Date | null;

  /** By when it must be resolved: set by the latest whistle (CASE_COMPLETE_WITHIN_DAYS by urgency, or as set). */
  @Property({ type: 'timestamptz', nullable: true })
  completeDeadline?: Date | null;

  /** When the sweeper recorded CASE_OVERDUE for the current deadline (once). */
  @Property({ type: 'timestamptz', nullable: true })
  completeOverdueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** What was done, as the resolver wrote it. */
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @ManyToOne(() => CaseEntity, { fieldName: 'merged_into_id', nullable: true })
  mergedInto?: CaseEntity | null;

  /** Why it was last rejected, reopened or escalated. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** What is being done (整改措施), set by the handling level or the lead; public on the problem wall. */
  @Property({ type: 'text', nullable: true })
  measures?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  measuresAt?: Date | null;

  /** Set once when residents' ratings call for a review (CASE_REVIEW_NEEDED). */
  @Property({ type: 'boolean' })
  needsReview: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  reviewNeededAt?: Date | null;

  /** The community's explanation after a review was called for; public on the echo wall. */
  @Property({ type: 'text', nullable: true })
  explanation?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  explainedAt?: Date | null;
}

/** A summons of an organisation to a case by a whistle: one live summons per case and organisation. */
@Entity({ tableName: 'case_summons' })
export class CaseSummonsEntity extends VersionedEntity {
  [OptionalProps]?: 'version' | 'status' | 'reportInOverdueAt' | 'reportedInAt' | 'declinedAt' | 'declineReason' | 'decidedAt' | 'doneAt';

  @ManyToOne(() => CaseEntity, { fieldName: 'case_id' })
  case!: CaseEntity;

  @ManyToOne(() => OrganizationEntity, { fieldName: 'organization_id' })
  organization!: OrganizationEntity;

  /** The case's area path, copied: summonses follow their case when an area moves. */
  @Property({ type: 'text' })
  areaPath!: string;

  @Enum({ items: () => SummonsRole, type: 'text' })
  role!: SummonsRole;

  @Enum({ items: () => SummonsStatus, type: 'text' })
  status: SummonsStatus = SummonsStatus.SUMMONED;

  /** The level that whistled. */
  @Enum({ items: () => CaseLevel, type: 'text' })
  level!: CaseLevel;

  /** The account that whistled. */
  @Property({ type: 'text' })
  summonedBy!: string;

  @Property({ type: 'timestamptz' })
  summonedAt!: Date;

  /** By when it must report in: CASE_REPORT_IN_WITHIN_HOURS by urgency from the whistle, or as the whistler set it. */
  @Property({ type: 'timestamptz' })
  reportInDeadline!: Date;

  /** When the sweeper recorded SUMMONS_REPORT_IN_OVERDUE (once). */
  @Property({ type: 'timestamptz', nullable: true })
  reportInOverdueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  reportedInAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  declinedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  /** When the whistler accepted or overruled the decline. */
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;
}

/** One change of a case. Never updated. */
@Entity({ tableName: 'case_history' })
@HistoryEnums(() => CaseAction, () => CaseStatus)
export class CaseHistoryEntity extends HistoryEntity<CaseAction, CaseStatus> {
  [OptionalProps]?: 'fromLevel' | 'toLevel';

  @ManyToOne(() => CaseEntity, { fieldName: 'case_id' })
  case!: CaseEntity;

  @Enum({ items: () => CaseLevel, type: 'text', nullable: true })
  fromLevel?: CaseLevel | null;

  @Enum({ items: () => CaseLevel, type: 'text', nullable: true })
  toLevel?: CaseLevel | null;
}

/** One change of a summons. Never updated. */
@Entity({ tableName: 'case_summons_history' })
@HistoryEnums(() => SummonsAction, () => SummonsStatus)
export class CaseSummonsHistoryEntity extends HistoryEntity<SummonsAction, SummonsStatus> {
  @ManyToOne(() => CaseSummonsEntity, { fieldName: 'summons_id' })
  summons!: CaseSummonsEntity;
}

/** A note on a case by one of its parties (the handling level's staff, a summoned organisation). Never updated. */
@Entity({ tableName: 'case_note' })
export class CaseNoteEntity extends IdEntity {
  [OptionalProps]?: 'organization';

  @ManyToOne(() => CaseEntity, { fieldName: 'case_id' })
  case!: CaseEntity;

  /** The organisation a unit admin wrote it for. */
  @ManyToOne(() => OrganizationEntity, { fieldName: 'organization_id', nullable: true })
  organization?: OrganizationEntity | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
