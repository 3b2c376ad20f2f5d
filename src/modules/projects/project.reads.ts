import DataLoader from 'dataloader';
import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { historyLoader, listLoader } from '../../read/list-loader.js';
import { SqlParams } from '../../read/params.js';
import { column, idColumn, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { Viewer } from '../../shared/viewer.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { ORGANIZATION, type Organization, ORGANIZATION_COLUMNS, toOrganization } from '../organizations/index.js';
import { type Resource, RESOURCE_COLUMNS, resourceVisibleSql, toResource } from '../resources/index.js';
import { type Demand, DEMAND_COLUMNS, demandVisibleSql, toDemand } from '../demands/index.js';
import type { ProjectHistoryAction, ProjectStatus } from './project.enums.js';
import { Project, type ProjectMilestone, type ProjectNote } from './project.type.js';
import { projectVisibleSql } from './project.rules.js';
import { CLOSED_STATUSES } from './project.transitions.js';

/** How a Project is read: each column declared once (src/read/compile.ts). */
export const PROJECT: TypeDef<Project> = {
  typename: 'Project',
  table: 'project',
  prototype: Project.prototype,
  base: {
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    ownerOrganizationRowId: idColumn('owner_organization_id'),
    approved: { columns: ['approved_at'], read: (row) => row.approved_at != null },
    approvedAt: column('approved_at'),
  },
  props: {
    title: column('title'),
    description: column('description'),
    status: column('status'),
    proposedBy: { columns: ['owner_account_id', 'owner_role'], read: (row) => ({ id: row.owner_account_id, role: row.owner_role }) },
    evaluation: column('evaluation'),
    evaluationScore: column('evaluation_score'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  relations: {
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
    organization: { target: () => ORGANIZATION, foreignKey: 'owner_organization_id', optional: true },
  },
};

const PROJECT_COLUMNS = selectAll(PROJECT, 'pr');
const toProject = readAll(PROJECT);

export function projectByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = projectVisibleSql(viewer, p);
  return byIdLoader(pool, `select ${PROJECT_COLUMNS} from project pr where pr.id = any($1::bigint[]) and ${visible}`, toProject, p.values.slice(1));
}

/** Lists keyed by project id (`project_id` of the rows `sql` selects for `$1::bigint[]`). */
function listByProjectLoader<Row extends { project_id: string }, T>(pool: pg.Pool, sql: string, map: (row: Row) => T, params: unknown[] = []) {
  return listLoader<Row & Record<string, unknown>, T>(pool, 'project_id', sql, map, params);
}

interface MilestoneRow {
  id: string;
  project_id: string;
  title: string;
  due_date: string;
  completed_at: Date | null;
  completed_by: string | null;
}

interface NoteRow {
  project_id: string;
  text: string;
  author_id: string;
  author_role: string;
  created_at: Date;
}

/**
 * Lists under projects. Their project was visible when the field was asked for, so only what has its own
 * scope is filtered again: resources by resource visibility, demands by demand privacy.
 */
export function createProjectListLoaders(pool: pg.Pool, viewer: Viewer) {
  const resourceParams = new SqlParams([null]);
  const resourceVisible = resourceVisibleSql(viewer, resourceParams, 'r');
  const demandParams = new SqlParams([null]);
  const demandVisible = demandVisibleSql(viewer, demandParams, 'd');
  return {
    milestonesByProjectId: listByProjectLoader<MilestoneRow, ProjectMilestone>(
      pool,
      `select m.id, m.project_id, m.title, m.due_date, m.completed_at, m.completed_by from project_milestone m
       where m.project_id = any($1::bigint[]) order by m.project_id, m.due_date, m.id`,
      (row) => ({
        projectRowId: String(row.project_id),
        id: toGlobalId('ProjectMilestone', row.id),
        title: row.title,
        dueDate: row.due_date,
        completedAt: row.completed_at,
        completedBy: row.completed_by,
      }),
    ),
    notesByProjectId: listByProjectLoader<NoteRow, ProjectNote>(
      pool,
      `select n.project_id, n.text, n.author_id, n.author_role, n.created_at from project_note n
       where n.project_id = any($1::bigint[]) order by n.project_id, n.id`,
      (row) => ({ text: row.text, author: { id: row.author_id, role: row.author_role }, createdAt: row.created_at }),
    ),
    historyByProjectId: historyLoader<ProjectHistoryAction, ProjectStatus>(pool, 'project_history', 'project_id'),
    organizationsByProjectId: listByProjectLoader<{ project_id: string }, Organization>(
      pool,
      `select po.project_id, ${ORGANIZATION_COLUMNS} from project_organization po join organization o on o.id = po.organization_id
       where po.project_id = any($1::bigint[]) order by po.project_id, o.id`,
      toOrganization,
    ),
    resourcesByProjectId: listByProjectLoader<{ project_id: string }, Resource>(
      pool,
      `select pres.project_id, ${RESOURCE_COLUMNS} from project_resource pres join resource r on r.id = pres.resource_id
       where pres.project_id = any($1::bigint[]) and ${resourceVisible} order by pres.project_id, r.id`,
      toResource,
      resourceParams.values.slice(1),
    ),
    /** Only the linked demands whose details the viewer may see (demand privacy, the demands module's predicate). */
    demandsByProjectId: listByProjectLoader<{ project_id: string }, Demand>(
      pool,
      `select pd.project_id, ${DEMAND_COLUMNS} from project_demand pd join demand d on d.id = pd.demand_id
       where pd.project_id = any($1::bigint[]) and ${demandVisible} order by pd.project_id, d.id`,
      toDemand,
      demandParams.values.slice(1),
    ),
    /** How many demands are linked, whoever asks: counts are public. */
    demandCountByProjectId: new DataLoader<string, number>(async (ids) => {
      const { rows } = await pool.query<{ project_id: string; n: number }>(
        `select pd.project_id, count(*)::int as n from project_demand pd where pd.project_id = any($1::bigint[]) group by pd.project_id`,
        [ids],
      );
      const counts = new Map(rows.map((row) => [String(row.project_id), row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

/** `retireArea`: projects at the area or below it that are not DONE, EVALUATED or CANCELLED keep it in use (the `areaInUseSql` hook). */
export function projectsInAreaSql(p: SqlParams, below: (alias: string) => string): AreaUseSql[] {
  return [{ kind: AreaUseKind.PROJECT, count: `(select count(*) from project pr where ${below('pr')} and pr.status <> all(${p.add(CLOSED_STATUSES)}::text[]))` }];
}
