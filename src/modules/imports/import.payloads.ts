import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { ImportRun } from './import.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of importUnits.' })
export class ImportUnitsPayload {
  @Field(() => ImportRun, {
    nullable: true,
    description: 'The run with its new report: VALIDATED, REJECTED (its problems say why) or APPLIED; null when userErrors says it was refused outright.',
  })
  importRun!: ImportRun | null;

  @Field(() => [UserError], {
    description:
      'IMPORT_RUN_REJECTED (applying was asked and rows are at fault: nothing was written; importRun.problems lists them), IMPORT_RUN_APPLIED (applied before), IMPORT_CONFLICT (a resource changed meanwhile; nothing was written). Empty on success.',
  })
  userErrors!: UserError[];
}
