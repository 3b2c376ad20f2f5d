import { Field, ID, InputType, Int } from 'type-graphql';
import { ProjectStatus } from './project.enums.js';

/** How many ids one link mutation takes at most. */
export const MAX_LINK_IDS = 100;

@InputType({ description: 'A new service project; it starts as PROPOSED.' })
export class ProposeProjectInput {
  @Field(() => ID, { description: 'The area it serves (a street, community or grid); you must be its staff, or a unit stationed in it.' })
  areaId!: string;

  @Field({ description: 'Title, 1 to 200 characters.' })
  title!: string;

  @Field({ defaultValue: '', description: 'What the project does, for whom, with whom; up to 5000 characters.' })
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit that leads it. A UNIT_ADMIN\'s own unit by default (and only that); optional for area staff.',
  })
  organizationId?: string | null;
}

@InputType({ description: 'Which project to approve.' })
export class ApproveProjectInput {
  @Field(() => ID, { description: 'The PROPOSED project.' })
  id!: string;
}

@InputType({ description: 'Demands a project answers.' })
export class LinkDemandsToProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => [ID], { description: `1 to ${MAX_LINK_IDS} demands of the project's area (or below); ones already linked are skipped.` })
  demandIds!: string[];
}

@InputType({ description: 'Resources a project uses; their units take part in it.' })
export class LinkResourcesToProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => [ID], { description: `1 to ${MAX_LINK_IDS} PUBLISHED resources; ones already linked are skipped.` })
  resourceIds!: string[];
}

@InputType({ description: 'A new milestone of a project.' })
export class AddProjectMilestoneInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field({ description: 'What is to be done, 1 to 200 characters.' })
  title!: string;

  @Field({ description: 'The local date it is due, YYYY-MM-DD.' })
  dueDate!: string;
}

@InputType({ description: 'Which milestone was completed.' })
export class CompleteProjectMilestoneInput {
  @Field(() => ID, { description: 'The milestone (ProjectMilestone.id).' })
  milestoneId!: string;
}

@InputType({ description: 'A progress note on a project.' })
export class AddProjectNoteInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field({ description: 'What was done or observed, 1 to 2000 characters.' })
  text!: string;
}

@InputType({ description: 'Moves a project one step on: APPROVED → IN_PROGRESS → DONE → EVALUATED.' })
export class AdvanceProjectInput {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => ProjectStatus, {
    description: 'The status to move to: IN_PROGRESS, DONE or EVALUATED, and exactly the one after the current status.',
  })
  to!: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Required to move to EVALUATED, and only then: the evaluation, 1 to 5000 characters.' })
  evaluation?: string | null;

  @Field(() => Int, { nullable: true, description: 'With the evaluation, optionally: a score from 1 (poor) to 5 (excellent).' })
  evaluationScore?: number | null;
}

@InputType({ description: 'Which project to cancel, and why.' })
export class CancelProjectInput {
  @Field(() => ID, { description: 'The project; it must not be DONE, EVALUATED or CANCELLED.' })
  id!: string;

  @Field({ description: 'Why, 1 to 500 characters; recorded in the history and the event.' })
  reason!: string;
}
