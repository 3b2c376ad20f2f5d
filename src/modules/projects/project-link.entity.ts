import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

// links by plain ids: the linked rows belong to other modules, whose entities this one does not load for writes

/** A demand the project answers. */
@Entity({ tableName: 'project_demand' })
export class ProjectDemandEntity {
  [PrimaryKeyProp]?: ['projectId', 'demandId'];

  @PrimaryKey({ type: 'bigint' })
  projectId!: string;

  @PrimaryKey({ type: 'bigint' })
  demandId!: string;

  @Property({ type: 'timestamptz' })
  linkedAt!: Date;

  @Property({ type: 'text' })
  linkedBy!: string;
}

/** A resource the project uses. */
@Entity({ tableName: 'project_resource' })
export class ProjectResourceEntity {
  [PrimaryKeyProp]?: ['projectId', 'resourceId'];

  @PrimaryKey({ type: 'bigint' })
  projectId!: string;

  @PrimaryKey({ type: 'bigint' })
  resourceId!: string;

  @Property({ type: 'timestamptz' })
  linkedAt!: Date;

  @Property({ type: 'text' })
  linkedBy!: string;
}

/** Why a unit takes part in a project. */
export enum ProjectOrganizationVia {
  /** The unit leads the project. */
  OWNER = 'OWNER',
  /** One of its resources was linked. */
  RESOURCE = 'RESOURCE',
}

/** A unit taking part in the project: its owner, and the units of its linked resources. */
@Entity({ tableName: 'project_organization' })
export class ProjectOrganizationEntity {
  [PrimaryKeyProp]?: ['projectId', 'organizationId'];

  @PrimaryKey({ type: 'bigint' })
  projectId!: string;

  @PrimaryKey({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'text' })
  via!: ProjectOrganizationVia;

  @Property({ type: 'timestamptz' })
  linkedAt!: Date;
}
