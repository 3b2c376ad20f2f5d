import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { ImportEncoding, ImportFormat, ImportRunStatus } from './import.enums.js';

@ObjectType({ simpleResolvers: true, description: 'One fault of an imported ledger: where it is and what is wrong.' })
export class ImportProblem {
  @Field(() => Int, { description: 'The spreadsheet\'s row number; the header is row 1.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column\'s heading as the template writes it (资源类型); null for the row as a whole.' })
  column!: string | null;

  @Field({ description: 'What is wrong, e.g. AREA_NOT_FOUND, KIND_UNKNOWN, WINDOW_SYNTAX (README, "Bulk import", lists them).' })
  code!: string;

  @Field({ description: 'The fault in words.' })
  message!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One upload of a unit ledger (台账): read and validated before anything is written; applied by importUnits. Seen by whoever uploaded it and by district admins.',
})
export class ImportRun {
  @Field(() => ID, { description: 'Global id of the run.' })
  id!: string;

  @Field({ description: 'The file\'s name as uploaded.' })
  fileName!: string;

  @Field(() => ImportFormat, { description: 'How the file was read.' })
  format!: ImportFormat;

  @Field(() => ImportEncoding, { nullable: true, description: 'The CSV\'s encoding, detected or as asked; null for .xlsx.' })
  encoding!: ImportEncoding | null;

  @Field(() => Int, { description: 'Data rows below the header.' })
  rowCount!: number;

  @Field(() => ImportRunStatus, { description: 'VALIDATED, REJECTED or APPLIED.' })
  status!: ImportRunStatus;

  @Field(() => [ImportProblem], { description: 'Every row and column at fault (the first 1,000), in row order; empty when VALIDATED or APPLIED.' })
  problems!: ImportProblem[];

  @Field(() => Int, { description: 'How many problems there are in all.' })
  problemCount!: number;

  @Field(() => Int, { description: 'Units the file names that the hub lacks: registered on apply (registered, once APPLIED).' })
  unitsCreated!: number;

  @Field(() => Int, { description: 'Rows that make a new resource (made, once APPLIED).' })
  resourcesCreated!: number;

  @Field(() => Int, { description: 'Rows that change a stored resource (changed, once APPLIED).' })
  resourcesUpdated!: number;

  @Field(() => Int, { description: 'Rows whose resource is stored as the row says: nothing to write.' })
  resourcesUnchanged!: number;

  @Field(() => DateTimeScalar, { description: 'When the file was uploaded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the rows were last validated against the hub.' })
  validatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was applied; null until then.' })
  appliedAt!: Date | null;
}
