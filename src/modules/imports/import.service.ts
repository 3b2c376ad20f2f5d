import type pg from 'pg';
import type { Context } from '../../context.js';
import { fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { MAY, requireAllowed } from '../../shared/guards.js';
import { actorOf, Role, type Viewer } from '../../shared/viewer.js';
import { transactOn } from '../../outbox/transact.js';
import { writePlan } from './import.apply.js';
import { ImportRunStatus, type ImportEncoding } from './import.enums.js';
import { formatOf, readSheet } from './import.read.js';
import { rowsOf, validateRows, type ImportProblem as Problem, type ImportRow, type Validation } from './import.validate.js';
import { readWorld } from './import.world.js';
import type { ImportRun } from './import.type.js';

/*
 * The one code path of the three doors (npm run import, POST /import/units, importUnits): a file becomes an
 * import_run, validated against the hub before anything is written (`uploadImport`); `runImport` validates its
 * kept rows again, as the hub is then, and applies them only when no row is at fault, in one transaction.
 */

export interface ImportFile {
  bytes: Buffer;
  fileName: string;
  /** The request's content type, or null (the CLI): the file name's extension, else the bytes, tell the format. */
  contentType: string | null;
  /** Overrides the CSV encoding's detection. */
  encoding: ImportEncoding | null;
}

/** The report a run keeps; its problems are cut at MAX_PROBLEMS, problemCount says how many there were. */
interface Report {
  problems: Problem[];
  problemCount: number;
  unitsCreated: number;
  resourcesCreated: number;
  resourcesUpdated: number;
  resourcesUnchanged: number;
}

const MAX_PROBLEMS = 1000;

function reportOf(v: Validation): Report {
  return {
    problems: v.problems.slice(0, MAX_PROBLEMS),
    problemCount: v.problems.length,
    unitsCreated: v.plan.newUnits.length,
    resourcesCreated: v.plan.creates.length,
    resourcesUpdated: v.plan.updates.length,
    resourcesUnchanged: v.plan.unchanged,
  };
}

const mayImport = (viewer: Viewer) => viewer.role !== null && (MAY.ADMINS_AND_UNITS as readonly Role[]).includes(viewer.role);

const RUN_COLUMNS = `id::text, actor_id, file_name, format, encoding, row_count, status, report, created_at, validated_at, applied_at`;

interface RunRow {
  id: string;
  actor_id: string;
  file_name: string;
  format: ImportRun['format'];
  encoding: ImportEncoding | null;
  row_count: number;
  status: ImportRunStatus;
  report: Report;
  created_at: Date;
  validated_at: Date;
  applied_at: Date | null;
}

function toImportRun(r: RunRow): ImportRun {
  return {
    id: toGlobalId('ImportRun', r.id),
    fileName: r.file_name,
    format: r.format,
    encoding: r.encoding,
    rowCount: r.row_count,
    status: r.status,
    ...r.report,
    createdAt: r.created_at,
    validatedAt: r.validated_at,
    appliedAt: r.applied_at,
  };
}

/** Whoever uploaded a run sees it, and district admins see every run. */
const runVisible = (viewer: Viewer, r: { actor_id: string }) => viewer.role === Role.DISTRICT_ADMIN || actorOf(viewer).id === r.actor_id;

/** What a run keeps of its file: the header's problems (a file missing a column is not read further) and the rows. */
interface Kept {
  header: Problem[];
  rows: ImportRow[];
}

async function validate(client: pg.ClientBase, ctx: Context, kept: Kept): Promise<Validation> {
  if (kept.header.length) return { problems: kept.header, plan: { newUnits: [], creates: [], updates: [], unchanged: 0 } };
  return validateRows(kept.rows, await readWorld(client, kept.rows), ctx.viewer, ctx.app.config.areaBoundaryToleranceM);
}

/** Reads and validates a file as `ctx.viewer`, and keeps it as a VALIDATED or REJECTED run; throws ImportFileError for a file it cannot read. */
export async function uploadImport(ctx: Context, file: ImportFile): Promise<ImportRun> {
  requireAllowed(ctx.viewer, mayImport(ctx.viewer), 'Only district, street, community and unit admins import ledgers.');
  const limits = ctx.app.config.imports;
  const format = formatOf(file.bytes, file.contentType ?? file.fileName);
  const sheet = await readSheet(file.bytes, format, file.encoding, limits);
  const { rows, problems: header } = rowsOf(sheet);
  const kept: Kept = { header, rows };
  const outcome = await transactOn<ImportRun>(ctx, async (client, now) => {
    const v = await validate(client, ctx, kept);
    const actor = actorOf(ctx.viewer);
    const { rows: saved } = await client.query<RunRow>(
      `insert into import_run (actor_id, actor_role, actor_area_path, actor_organization_id, file_name, format, encoding, row_count,
                               status, report, rows, created_at, validated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
       returning ${RUN_COLUMNS}`,
      [
        actor.id, actor.role, ctx.viewer.areaPath, ctx.viewer.organizationId, file.fileName.slice(0, 300), sheet.format, sheet.encoding,
        rows.length, v.problems.length ? ImportRunStatus.REJECTED : ImportRunStatus.VALIDATED, JSON.stringify(reportOf(v)), JSON.stringify(kept), now,
      ],
    );
    return ok({ result: toImportRun(saved[0]!), events: [] });
  });
  if (!outcome.ok) throw new Error('an upload has no business refusal');
  return outcome.value;
}

export interface RunResult {
  run: ImportRun;
  /** Applying was asked and refused: the rows are at fault as the hub now is (the run is REJECTED). */
  rejected: boolean;
}

/**
 * Validates a run's rows again as `ctx.viewer` and, with `apply`, writes them when none is at fault; the run
 * keeps the new report. NOT_FOUND for a run the viewer may not see; IMPORT_RUN_APPLIED for one already applied.
 */
export async function runImport(ctx: Context, runId: string, apply: boolean): Promise<Outcome<RunResult>> {
  requireAllowed(ctx.viewer, mayImport(ctx.viewer));
  return transactOn<RunResult>(ctx, async (client, now) => {
    const { rows: found } = await client.query<RunRow & { rows: Kept }>(
      `select ${RUN_COLUMNS}, rows from import_run where id = $1 for update`,
      [runId],
    );
    const run = found[0];
    if (!run || !runVisible(ctx.viewer, run)) throw notFound('input.importRunId', 'import run');
    if (run.status === ImportRunStatus.APPLIED) {
      return fail(userError('IMPORT_RUN_APPLIED', 'This import run has already been applied; upload the file again to import it again.', 'input.importRunId'));
    }
    const v = await validate(client, ctx, run.rows);
    const rejected = v.problems.length > 0;
    const written = apply && !rejected ? await writePlan(client, v.plan, now) : null;
    if (written === 'conflict') {
      return fail(userError('IMPORT_CONFLICT', 'A resource of the file was changed meanwhile; run the import again.', 'input.importRunId'));
    }
    const status = rejected ? ImportRunStatus.REJECTED : written ? ImportRunStatus.APPLIED : ImportRunStatus.VALIDATED;
    const { rows: saved } = await client.query<RunRow>(
      `update import_run set status = $2, report = $3, validated_at = $4, applied_at = $5 where id = $1 returning ${RUN_COLUMNS}`,
      [runId, status, JSON.stringify(reportOf(v)), now, written ? now : null],
    );
    return ok({ result: { run: toImportRun(saved[0]!), rejected: apply && rejected }, events: written ? written.events : [] });
  });
}

/** One run by database id; null when there is none or the viewer may not see it. */
export async function importRunById(ctx: Context, runId: string): Promise<ImportRun | null> {
  const { rows } = await ctx.app.db.pool.query<RunRow>(`select ${RUN_COLUMNS} from import_run where id = $1`, [runId]);
  return rows[0] && runVisible(ctx.viewer, rows[0]) ? toImportRun(rows[0]) : null;
}
