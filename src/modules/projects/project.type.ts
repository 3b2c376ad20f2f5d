import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { connectionType, Node } from '../../shared/relay.js';
import { Actor } from '../events/index.js';
import { ProjectHistoryAction, ProjectStatus } from './project.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A service project (项目清单) answering pressing demands of an area with several units\' resources: public once approved; while PROPOSED seen only by staff of its area and the proposing unit.',
})
export class Project extends Node {
  __typename!: 'Project';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;
  ownerOrganizationRowId!: string | null;
  approved!: boolean;

  @Field({ description: 'Title, e.g. 史家胡同社区"1小时课堂"托管项目.' })
  title!: string;

  @Field({ description: 'What the project does, for whom, with whom.' })
  description!: string;

  @Field(() => ProjectStatus, { description: 'Where the project is in its life.' })
  status!: ProjectStatus;

  @Field(() => Actor, { description: 'The account that proposed the project, and the role it acted in.' })
  proposedBy!: Actor;

  @Field(() => String, { nullable: true, description: 'The evaluation recorded when it became EVALUATED; null before.' })
  evaluation!: string | null;

  @Field(() => Int, { nullable: true, description: 'The evaluation\'s score, 1 (poor) to 5 (excellent), if one was given.' })
  evaluationScore!: number | null;

  @Field(() => Int, { description: 'Increases with every change of the project.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved; null while PROPOSED (or cancelled unapproved).' })
  approvedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed (status, links, milestones, notes).' })
  updatedAt!: Date;
}

export const ProjectConnection = connectionType('Project', Project, 'project');

@ObjectType({ simpleResolvers: true, description: 'A step of a project with its due date, completed or not.' })
export class ProjectMilestone {
  projectRowId!: string;

  @Field({ description: 'Opaque global id of the milestone, for `completeProjectMilestone`.' })
  id!: string;

  @Field({ description: 'What is to be done, e.g. 招募志愿者.' })
  title!: string;

  @Field({ description: 'The local date it is due, YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was completed; null while open.' })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The account that completed it; null while open.' })
  completedBy!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A progress note on a project.' })
export class ProjectNote {
  @Field({ description: 'What was done or observed.' })
  text!: string;

  @Field(() => Actor, { description: 'Who wrote it.' })
  author!: Actor;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One recorded change of a project: what, from and to which status, who, when and why.' })
export class ProjectHistoryEntry {
  @Field(() => ProjectHistoryAction, { description: 'What happened.' })
  action!: ProjectHistoryAction;

  @Field(() => ProjectStatus, { nullable: true, description: 'The status before; null when it did not change.' })
  from!: ProjectStatus | null;

  @Field(() => ProjectStatus, { nullable: true, description: 'The status after; null when it did not change.' })
  to!: ProjectStatus | null;

  @Field(() => Actor, { description: 'Who did it.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where the change takes a reason (cancelling).' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What was touched, e.g. a milestone\'s title or how many demands were linked.' })
  detail!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  occurredAt!: Date;
}
