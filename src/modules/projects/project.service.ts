import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, requiredText } from '../../shared/input.js';
import { actorOf, Role, type Viewer } from '../../shared/viewer.js';
import { historyColumns } from '../../shared/entity.js';
import { areaRetired, areaToPlaceIn } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { OrganizationEntity } from '../organizations/index.js';
import { ProjectOrganizationEntity, ProjectOrganizationVia } from './project-link.entity.js';
import { ProjectEntity, ProjectHistoryEntity } from './project.entity.js';
import { ProjectHistoryAction, ProjectStatus } from './project.enums.js';
import type { AdvanceProjectInput, ApproveProjectInput, CancelProjectInput, ProposeProjectInput } from './project.inputs.js';
import type { Project } from './project.type.js';
import { ADVANCE_TARGETS, transition, type ProjectMove } from './project.transitions.js';
import {
  canAdministerProject,
  canCancelProject,
  canManageProject,
  canProposeIn,
  projectVisible,
  type ProjectFacts,
} from './project.rules.js';

export function factsOf(p: ProjectEntity): ProjectFacts {
  return { areaPath: p.areaPath, ownerOrganizationId: p.ownerOrganization?.id ?? null, approved: p.approvedAt != null };
}

/** Scoped to the project's area and leading unit; public once the project was approved. */
export function projectEvent(type: EventType, p: ProjectEntity, data: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    subjectType: 'Project',
    subjectId: p.id,
    areaPath: p.areaPath,
    organizationId: p.ownerOrganization?.id ?? null,
    isPublic: p.approvedAt != null,
    data,
  };
}

type HistoryDetails = { from?: ProjectStatus; to?: ProjectStatus; reason?: string | null; detail?: string | null };

function addHistory(em: EntityManager, viewer: Viewer, p: ProjectEntity, now: Date, action: ProjectHistoryAction, entry: HistoryDetails): void {
  em.create(ProjectHistoryEntity, { project: p, ...historyColumns(viewer, now, { action, ...entry }) });
}

/** Writes the history entry of a change of an existing project and marks it changed: its version goes up by one. */
export function recordHistory(
  em: EntityManager,
  viewer: Viewer,
  p: ProjectEntity,
  now: Date,
  action: ProjectHistoryAction,
  entry: HistoryDetails = {},
): void {
  p.updatedAt = now;
  p.version += 1;
  addHistory(em, viewer, p, now, action, entry);
}

/**
 * Loads a project for a change by the viewer and locks its row until the transaction ends, so that
 * concurrent changes of one project run one after the other: NOT_FOUND when it does not exist or the
 * viewer may not see it, FORBIDDEN when the viewer sees it but `allow` says no.
 */
export async function projectForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, facts: ProjectFacts, p: ProjectEntity) => boolean | Promise<boolean>,
): Promise<ProjectEntity> {
  const p = await em.findOne(ProjectEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!p || !projectVisible(viewer, factsOf(p))) throw notFound(field, 'project');
  requireAllowed(viewer, await allow(viewer, factsOf(p), p));
  return p;
}

export async function reloadProject(ctx: Context, outcome: Outcome<string>): Promise<Outcome<Project>> {
  if (!outcome.ok) return outcome;
  const project = await ctx.loaders.projectById.clear(outcome.value).load(outcome.value);
  return ok(project!);
}

const MOVES: Record<ProjectMove['kind'], { event: EventType; action: ProjectHistoryAction; refusal: (status: ProjectStatus) => string }> = {
  approve: { event: EventType.PROJECT_APPROVED, action: ProjectHistoryAction.APPROVED, refusal: (s) => `Only a PROPOSED project can be approved; this one is ${s}.` },
  advance: {
    event: EventType.PROJECT_ADVANCED,
    action: ProjectHistoryAction.ADVANCED,
    refusal: (s) => `A ${s} project cannot move there; projects go APPROVED → IN_PROGRESS → DONE → EVALUATED, one step at a time.`,
  },
  cancel: { event: EventType.PROJECT_CANCELLED, action: ProjectHistoryAction.CANCELLED, refusal: (s) => `A ${s} project can no longer be cancelled.` },
};

/** Proposing, and the status moves of the state machine (project.transitions.ts). */
export class ProjectService {
  constructor(private readonly ctx: Context) {}

  async propose(input: ProposeProjectInput): Promise<Outcome<Project>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const named = input.organizationId == null ? null : idOf(input.organizationId, ['Organization'], 'input.organizationId');
    const title = requiredText(input.title, 'input.title', 200);
    const description = optionalText(input.description, 'input.description', 5000) ?? '';
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const area = await areaToPlaceIn(em, areaId);
      if (!area) throw notFound('input.areaId', 'area');
      const unitId = named ?? (viewer.role === Role.UNIT_ADMIN ? viewer.organizationId : null);
      const unit = unitId === null ? null : await em.findOne(OrganizationEntity, { id: unitId });
      if (unitId !== null && !unit) throw notFound('input.organizationId', 'organization');
      requireAllowed(viewer, canProposeIn(viewer, area.path, unit && { id: unit.id, areaPath: unit.areaPath }));
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      const actor = actorOf(viewer);
      const p = em.create(ProjectEntity, {
        area, areaPath: area.path, title, description, ownerAccountId: actor.id, ownerRole: actor.role,
        ownerOrganization: unit, createdAt: now, updatedAt: now,
      });
      await em.flush();
      if (unit) em.create(ProjectOrganizationEntity, { projectId: p.id, organizationId: unit.id, via: ProjectOrganizationVia.OWNER, linkedAt: now });
      addHistory(em, viewer, p, now, ProjectHistoryAction.PROPOSED, { to: ProjectStatus.PROPOSED });
      return ok({ result: p.id, events: [projectEvent(EventType.PROJECT_PROPOSED, p, { title })] });
    });
    return reloadProject(this.ctx, outcome);
  }

  approve(input: ApproveProjectInput): Promise<Outcome<Project>> {
    return this.move(input.id, { kind: 'approve' }, canAdministerProject);
  }

  advance(input: AdvanceProjectInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    if (!ADVANCE_TARGETS.includes(input.to)) {
      throw badInput('input.to', `"input.to" must be one of ${ADVANCE_TARGETS.join(', ')}; approve or cancel with their own mutations.`);
    }
    const evaluating = input.to === ProjectStatus.EVALUATED;
    if (evaluating && input.evaluation == null) throw badInput('input.evaluation', 'Moving to EVALUATED needs an evaluation.');
    if (!evaluating && input.evaluation != null) throw badInput('input.evaluation', 'An evaluation is given only when moving to EVALUATED.');
    if (!evaluating && input.evaluationScore != null) throw badInput('input.evaluationScore', 'A score is given only when moving to EVALUATED.');
    const score = input.evaluationScore ?? null;
    if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 5)) {
      throw badInput('input.evaluationScore', `"input.evaluationScore" must be a whole number from 1 to 5, got ${score}.`);
    }
    const evaluation = evaluating ? requiredText(input.evaluation!, 'input.evaluation', 5000) : null;
    // evaluating is the area admins' word; starting and finishing are the project's managers'
    const allow = evaluating ? canAdministerProject : canManageProject;
    return this.move(input.id, { kind: 'advance', to: input.to }, allow, (p) => {
      if (evaluation !== null) Object.assign(p, { evaluation, evaluationScore: score });
    });
  }

  cancel(input: CancelProjectInput): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const reason = requiredText(input.reason, 'input.reason', 500);
    return this.move(input.id, { kind: 'cancel' }, canCancelProject, undefined, reason);
  }

  private async move(
    globalId: string,
    move: ProjectMove,
    allow: (viewer: Viewer, facts: ProjectFacts) => boolean,
    apply?: (p: ProjectEntity) => void,
    reason: string | null = null,
  ): Promise<Outcome<Project>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(globalId, ['Project'], 'input.id');
    const { event, action, refusal } = MOVES[move.kind];
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const p = await projectForChange(em, this.ctx.viewer, id, 'input.id', allow);
      const result = transition(p.status, move);
      if (!result.ok) return fail(userError(result.code, refusal(p.status), 'input.id'));
      const from = p.status;
      p.status = result.to;
      if (result.to === ProjectStatus.APPROVED) p.approvedAt = now;
      apply?.(p);
      recordHistory(em, this.ctx.viewer, p, now, action, { from, to: result.to, reason });
      return ok({ result: p.id, events: [projectEvent(event, p, { from, to: result.to, ...(reason === null ? {} : { reason }) })] });
    });
    return reloadProject(this.ctx, outcome);
  }
}
