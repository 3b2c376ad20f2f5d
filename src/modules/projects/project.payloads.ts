import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Project } from './project.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one project.' })
export class ProjectPayload {
  @Field(() => Project, { nullable: true, description: 'The project as it is now; null when userErrors is not empty.' })
  project!: Project | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
