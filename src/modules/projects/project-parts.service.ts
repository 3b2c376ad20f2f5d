import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { SqlParams } from '../../read/params.js';
import { badInput, fail, notFound, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireSignedIn } from '../../shared/guards.js';
import { idOf, requiredText } from '../../shared/input.js';
import { toGlobalId } from '../../shared/global-id.js';
import { actorOf, isBelow, Role, type Viewer } from '../../shared/viewer.js';
import { demandVisibleSql } from '../demands/index.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { ResourceStatus, resourceVisibleSql } from '../resources/index.js';
import { ProjectDemandEntity, ProjectOrganizationEntity, ProjectOrganizationVia, ProjectResourceEntity } from './project-link.entity.js';
import { ProjectMilestoneEntity, ProjectNoteEntity, type ProjectEntity } from './project.entity.js';
import { ProjectHistoryAction } from './project.enums.js';
import {
  MAX_LINK_IDS,
  type AddProjectMilestoneInput,
  type AddProjectNoteInput,
  type CompleteProjectMilestoneInput,
  type LinkDemandsToProjectInput,
  type LinkResourcesToProjectInput,
} from './project.inputs.js';
import type { Project } from './project.type.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { editRefusal } from './project.transitions.js';
import { canManageProject, type ProjectFacts } from './project.rules.js';
import { projectEvent, projectForChange, recordHistory, reloadProject } from './project.service.js';

/** Decodes 1 to MAX_LINK_IDS global ids of one type; repeats are dropped, each id keeps its first position. */
function linkIds(globalIds: string[], type: string, field: string): Map<string, string> {
  if (globalIds.length === 0) throw badInput(field, `"${field}" must name at least one ${type}.`);
  if (globalIds.length > MAX_LINK_IDS) throw badInput(field, `"${field}" names at most ${MAX_LINK_IDS} ids, got ${globalIds.length}.`);
  const ids = new Map<string, string>();
  globalIds.forEach((gid, i) => {
    const id = idOf(gid, [type], `${field}[${i}]`);
    if (!ids.has(id)) ids.set(id, `${field}[${i}]`);
  });
  return ids;
}

/** Rows of another module the viewer may see, read (not written) through its visibility predicate. */
async function visibleRows<Row extends { id: string }>(
  ctx: Context,
  table: string,
  columns: string,
  visible: (viewer: Viewer, p: SqlParams, alias: string) => string,
  ids: string[],
): Promise<Map<string, Row>> {
  const p = new SqlParams([ids]);
  const sql = `select x.id, ${columns} from ${table} x where x.id = any($1::bigint[]) and ${visible(ctx.viewer, p, 'x')}`;
  const { rows } = await ctx.app.db.pool.query<Row>(sql, p.values);
  return new Map(rows.map((row) => [String(row.id), row]));
}

const closedError = (p: ProjectEntity, field: string): UserError | null => {
  const code = editRefusal(p.status);
  return code === null ? null : userError(code, `A ${p.status} project is closed; it cannot be changed.`, field);
};

/** Linked units' admins may add notes to the projects they take part in. */
async function canNote(em: EntityManager, viewer: Viewer, facts: ProjectFacts, p: ProjectEntity): Promise<boolean> {
  if (canManageProject(viewer, facts)) return true;
  if (viewer.role !== Role.UNIT_ADMIN || viewer.organizationId === null) return false;
  return (await em.count(ProjectOrganizationEntity, { projectId: p.id, organizationId: viewer.organizationId })) > 0;
}

/** What a project is made of: its links to demands, resources and units, its milestones and notes. */
export class ProjectPartsService {
  constructor(private readonly ctx: Context) {}

  async linkDemands(input: LinkDemandsToProjectInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Project'], 'input.id');
    const demandIds = linkIds(input.demandIds, 'Demand', 'input.demandIds');
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const p = await projectForChange(em, this.ctx.viewer, id, 'input.id', canManageProject);
      const closed = closedError(p, 'input.id');
      if (closed) return fail(closed);
      const found = await visibleRows<{ id: string; area_path: string }>(this.ctx, 'demand', 'x.area_path', demandVisibleSql, [...demandIds.keys()]);
      const errors: UserError[] = [];
      for (const [demandId, field] of demandIds) {
        const demand = found.get(demandId);
        if (!demand) throw notFound(field, 'demand');
        if (!isBelow(demand.area_path, p.areaPath)) errors.push(userError('DEMAND_NOT_IN_AREA', 'The demand lies outside the project\'s area.', field));
      }
      if (errors.length) return fail(...errors);
      const linked = new Set((await em.find(ProjectDemandEntity, { projectId: p.id, demandId: { $in: [...demandIds.keys()] } })).map((l) => l.demandId));
      const added = [...demandIds.keys()].filter((demandId) => !linked.has(demandId));
      if (added.length === 0) return ok({ result: p.id, events: [] });
      const by = actorOf(this.ctx.viewer).id;
      for (const demandId of added) em.create(ProjectDemandEntity, { projectId: p.id, demandId, linkedAt: now, linkedBy: by });
      recordHistory(em, this.ctx.viewer, p, now, ProjectHistoryAction.DEMANDS_LINKED, { detail: `${added.length} demand(s)` });
      const data = { demandIds: added.map((demandId) => toGlobalId('Demand', demandId)) };
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_DEMANDS_LINKED, p, data)] });
    });
    return reloadProject(this.ctx, outcome);
  }

  async linkResources(input: LinkResourcesToProjectInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Project'], 'input.id');
    const resourceIds = linkIds(input.resourceIds, 'Resource', 'input.resourceIds');
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const p = await projectForChange(em, this.ctx.viewer, id, 'input.id', canManageProject);
      const closed = closedError(p, 'input.id');
      if (closed) return fail(closed);
      type Row = { id: string; status: ResourceStatus; organization_id: string };
      const found = await visibleRows<Row>(this.ctx, 'resource', 'x.status, x.organization_id', resourceVisibleSql, [...resourceIds.keys()]);
      const errors: UserError[] = [];
      for (const [resourceId, field] of resourceIds) {
        const resource = found.get(resourceId);
        if (!resource) throw notFound(field, 'resource');
        if (resource.status !== ResourceStatus.PUBLISHED) {
          errors.push(userError('RESOURCE_NOT_PUBLISHED', `A ${resource.status} resource cannot be linked; only PUBLISHED ones.`, field));
        }
      }
      if (errors.length) return fail(...errors);
      const keys = [...resourceIds.keys()];
      const linked = new Set((await em.find(ProjectResourceEntity, { projectId: p.id, resourceId: { $in: keys } })).map((l) => l.resourceId));
      const added = keys.filter((resourceId) => !linked.has(resourceId));
      if (added.length === 0) return ok({ result: p.id, events: [] });
      const by = actorOf(this.ctx.viewer).id;
      for (const resourceId of added) em.create(ProjectResourceEntity, { projectId: p.id, resourceId, linkedAt: now, linkedBy: by });
      const units = [...new Set(added.map((resourceId) => String(found.get(resourceId)!.organization_id)))];
      const taking = new Set((await em.find(ProjectOrganizationEntity, { projectId: p.id, organizationId: { $in: units } })).map((l) => l.organizationId));
      const joined = units.filter((unit) => !taking.has(unit));
      for (const organizationId of joined) {
        em.create(ProjectOrganizationEntity, { projectId: p.id, organizationId, via: ProjectOrganizationVia.RESOURCE, linkedAt: now });
      }
      recordHistory(em, this.ctx.viewer, p, now, ProjectHistoryAction.RESOURCES_LINKED, {
        detail: `${added.length} resource(s), ${joined.length} new unit(s)`,
      });
      const data = {
        resourceIds: added.map((resourceId) => toGlobalId('Resource', resourceId)),
        organizationIds: joined.map((organizationId) => toGlobalId('Organization', organizationId)),
      };
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_RESOURCES_LINKED, p, data)] });
    });
    return reloadProject(this.ctx, outcome);
  }

  async addMilestone(input: AddProjectMilestoneInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Project'], 'input.id');
    const title = requiredText(input.title, 'input.title', 200);
    if (!isCalendarDate(input.dueDate)) throw badInput('input.dueDate', '"input.dueDate" must be a calendar date YYYY-MM-DD.');
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const p = await projectForChange(em, this.ctx.viewer, id, 'input.id', canManageProject);
      const closed = closedError(p, 'input.id');
      if (closed) return fail(closed);
      const m = em.create(ProjectMilestoneEntity, { project: p, title, dueDate: input.dueDate, createdAt: now });
      await em.flush();
      recordHistory(em, this.ctx.viewer, p, now, ProjectHistoryAction.MILESTONE_ADDED, { detail: `${title} (${input.dueDate})` });
      const data = { milestoneId: toGlobalId('ProjectMilestone', m.id), title, dueDate: input.dueDate };
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_MILESTONE_ADDED, p, data)] });
    });
    return reloadProject(this.ctx, outcome);
  }

  async completeMilestone(input: CompleteProjectMilestoneInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.milestoneId, ['ProjectMilestone'], 'input.milestoneId');
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      // the milestone's row is locked first (then its project's), so its state is read after any concurrent completion
      const m = await em.findOne(ProjectMilestoneEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!m) throw notFound('input.milestoneId', 'milestone');
      const p = await projectForChange(em, this.ctx.viewer, m.project.id, 'input.milestoneId', canManageProject);
      const closed = closedError(p, 'input.milestoneId');
      if (closed) return fail(closed);
      if (m.completedAt != null) {
        return fail(userError('MILESTONE_ALREADY_COMPLETED', 'The milestone was completed already.', 'input.milestoneId'));
      }
      m.completedAt = now;
      m.completedBy = actorOf(this.ctx.viewer).id;
      recordHistory(em, this.ctx.viewer, p, now, ProjectHistoryAction.MILESTONE_COMPLETED, { detail: m.title });
      const data = { milestoneId: toGlobalId('ProjectMilestone', m.id), title: m.title };
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_MILESTONE_COMPLETED, p, data)] });
    });
    return reloadProject(this.ctx, outcome);
  }

  async addNote(input: AddProjectNoteInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Project'], 'input.id');
    const text = requiredText(input.text, 'input.text', 2000);
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const p = await projectForChange(em, this.ctx.viewer, id, 'input.id', (viewer, facts, project) => canNote(em, viewer, facts, project));
      const closed = closedError(p, 'input.id');
      if (closed) return fail(closed);
      const actor = actorOf(this.ctx.viewer);
      em.create(ProjectNoteEntity, { project: p, text, authorId: actor.id, authorRole: actor.role, createdAt: now });
      recordHistory(em, this.ctx.viewer, p, now, ProjectHistoryAction.NOTE_ADDED, { detail: text.length > 50 ? `${text.slice(0, 50)}…` : text });
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_NOTE_ADDED, p, { text })] });
    });
    return reloadProject(this.ctx, outcome);
  }
}
