import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size from the start (0–100; default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end (0–100).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}
