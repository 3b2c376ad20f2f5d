import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which import run to validate again, and whether to apply it.' })
export class ImportUnitsInput {
  @Field(() => ID, { description: 'The run POST /import/units or `npm run import` answered with.' })
  importRunId!: string;

  @Field({
    defaultValue: false,
    description:
      'false: validate the kept rows again against the hub as it is now, and write nothing (a dry run). true: the same, then, when no row is at fault, write every row in one transaction (all or nothing).',
  })
  apply!: boolean;
}
