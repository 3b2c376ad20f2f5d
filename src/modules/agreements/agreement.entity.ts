import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, VersionedEntity } from '../../shared/entity.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import { ResourceEntity } from '../resources/index.js';
import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';

/** The table behind SharingAgreement, for writes. `status` is as last recorded; queries apply the clock. */
@Entity({ tableName: 'sharing_agreement' })
export class SharingAgreementEntity extends VersionedEntity {
  [OptionalProps]?:
    | 'version' | 'status' | 'terms' | 'proposedBy' | 'proposedByParty' | 'proposedAt' | 'unitSignedBy' | 'unitSignedAt'
    | 'areaSignedBy' | 'areaSignedAt' | 'signedAt' | 'discardedAt';

  @ManyToOne(() => OrganizationEntity, { fieldName: 'organization_id' })
  organization!: OrganizationEntity;

  /** A street or a community. */
  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  terms: string = '';

  /** Local date, YYYY-MM-DD: in force from 00:00. */
  @Property({ type: 'date' })
  startDate!: string;

  /** Local date, YYYY-MM-DD: in force through 24:00. */
  @Property({ type: 'date' })
  endDate!: string;

  @Enum({ items: () => AgreementStatus, type: 'text' })
  status: AgreementStatus = AgreementStatus.DRAFT;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'text', nullable: true })
  proposedBy?: string | null;

  @Enum({ items: () => AgreementParty, type: 'text', nullable: true })
  proposedByParty?: AgreementParty | null;

  @Property({ type: 'timestamptz', nullable: true })
  proposedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  unitSignedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  unitSignedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  areaSignedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  areaSignedAt?: Date | null;

  /** When the second signature made it SIGNED; from then on it is public, and it never goes back. */
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  /** A discarded draft is kept with its history but seen by no one. */
  @Property({ type: 'timestamptz', nullable: true })
  discardedAt?: Date | null;
}

/** One resource an agreement shares: how much of it and when. */
@Entity({ tableName: 'agreement_item' })
export class AgreementItemEntity {
  [OptionalProps]?: 'committedQuantity' | 'windows';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => SharingAgreementEntity, { fieldName: 'agreement_id' })
  agreement!: SharingAgreementEntity;

  /** Order of the items as given. */
  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => ResourceEntity, { fieldName: 'resource_id' })
  resource!: ResourceEntity;

  /** Null for OPEN_ACCESS resources, which are never allocated. */
  @Property({ type: 'integer', nullable: true })
  committedQuantity?: number | null;

  @Property({ type: 'json' })
  windows: WeeklyWindow[] = [];
}

/** One entry of an agreement's history: every transition and signature, with who, when and why. */
@Entity({ tableName: 'agreement_history' })
@HistoryEnums(() => AgreementAction, () => AgreementStatus, 'nullable')
export class AgreementHistoryEntity extends HistoryEntity<AgreementAction, AgreementStatus, AgreementStatus | null> {
  [OptionalProps]?: 'fromStatus' | 'toStatus' | 'party' | 'reason';

  @ManyToOne(() => SharingAgreementEntity, { fieldName: 'agreement_id' })
  agreement!: SharingAgreementEntity;

  @Enum({ items: () => AgreementParty, type: 'text', nullable: true })
  party?: AgreementParty | null;
}
