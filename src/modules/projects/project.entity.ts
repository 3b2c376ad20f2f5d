import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, TimestampedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import { ProjectHistoryAction, ProjectStatus } from './project.enums.js';

/** The table behind Project, for writes; reads go through the lean read path. */
@Entity({ tableName: 'project' })
export class ProjectEntity extends TimestampedEntity {
  [OptionalProps]?: 'version' | 'status' | 'description' | 'ownerOrganization' | 'evaluation' | 'evaluationScore' | 'approvedAt';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Enum({ items: () => ProjectStatus, type: 'text' })
  status: ProjectStatus = ProjectStatus.PROPOSED;

  /** The account that proposed it (the token's `sub`) and the role it acted in. */
  @Property({ type: 'text' })
  ownerAccountId!: string;

  @Property({ type: 'text' })
  ownerRole!: string;

  /** The unit that leads it, if any: a proposing UNIT_ADMIN's own unit, or one named by area staff. */
  @ManyToOne(() => OrganizationEntity, { fieldName: 'owner_organization_id', nullable: true })
  ownerOrganization?: OrganizationEntity | null;

  @Property({ type: 'text', nullable: true })
  evaluation?: string | null;

  @Property({ type: 'smallint', nullable: true })
  evaluationScore?: number | null;

  /** Set once, on approval: from then on the project is public, whatever happens to it. */
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  /** Bumped by every recorded change; changes hold the row's lock, so no optimistic check is needed. */
  @Property({ type: 'integer' })
  version: number = 1;
}

@Entity({ tableName: 'project_milestone' })
export class ProjectMilestoneEntity {
  [OptionalProps]?: 'completedAt' | 'completedBy';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ProjectEntity, { fieldName: 'project_id' })
  project!: ProjectEntity;

  @Property({ type: 'text' })
  title!: string;

  /** A local calendar date, YYYY-MM-DD. */
  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  /** The account that completed it. */
  @Property({ type: 'text', nullable: true })
  completedBy?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ tableName: 'project_note' })
export class ProjectNoteEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ProjectEntity, { fieldName: 'project_id' })
  project!: ProjectEntity;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  authorId!: string;

  @Property({ type: 'text' })
  authorRole!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One change of a project, with who, when and why. Never updated. */
@Entity({ tableName: 'project_history' })
@HistoryEnums(() => ProjectHistoryAction, () => ProjectStatus, 'nullable')
export class ProjectHistoryEntity extends HistoryEntity<ProjectHistoryAction, ProjectStatus, ProjectStatus | null> {
  [OptionalProps]?: 'fromStatus' | 'toStatus' | 'reason' | 'detail';

  @ManyToOne(() => ProjectEntity, { fieldName: 'project_id' })
  project!: ProjectEntity;

  /** What was touched, for people: a milestone's title, how many demands were linked. */
  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}
