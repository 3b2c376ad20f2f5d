import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { userError } from '../../shared/errors.js';
import { MAY } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { ImportUnitsInput } from './import.inputs.js';
import { ImportUnitsPayload } from './import.payloads.js';
import { importRunById, runImport } from './import.service.js';
import { ImportRun } from './import.type.js';

@Resolver(() => ImportRun)
export class ImportResolver {
  @Query(() => ImportRun, { nullable: true, description: 'One import run by id; null when there is none or you may not see it (only its uploader and district admins do).' })
  async importRun(@Arg('id', () => ID, { description: 'Global id of the run.' }) id: string, @Ctx() ctx: Context): Promise<ImportRun | null> {
    return importRunById(ctx, idOf(id, ['ImportRun'], 'id'));
  }

  @Authorized(...MAY.ADMINS_AND_UNITS)
  @Mutation(() => ImportUnitsPayload, {
    complexity: MUTATION_COST.BATCH,
    description:
      'Validates an uploaded ledger (台账) again and, with `apply`, writes it: units registered when missing, resources created (DRAFT unless 状态 says 发布) or updated by their 资源编号, else by unit and title; all or nothing. Who: district admins anywhere, street and community admins for rows below their area, unit admins for their own unit\'s resources. README, "Bulk import".',
  })
  async importUnits(@Arg('input', () => ImportUnitsInput, { description: 'The run and whether to apply it.' }) input: ImportUnitsInput, @Ctx() ctx: Context): Promise<ImportUnitsPayload> {
    const outcome = await runImport(ctx, idOf(input.importRunId, ['ImportRun'], 'input.importRunId'), input.apply);
    if (!outcome.ok) return { importRun: null, userErrors: outcome.errors };
    const { run, rejected } = outcome.value;
    const errors = rejected ? [userError('IMPORT_RUN_REJECTED', `${run.problemCount} problems in the file's rows; nothing was written.`, 'input.importRunId')] : [];
    return { importRun: run, userErrors: errors };
  }
}
