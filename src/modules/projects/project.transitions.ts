import { ProjectStatus } from './project.enums.js';

/*
 * The project state machine as data, with no ORM or GraphQL: approve takes PROPOSED to APPROVED; advance
 * takes APPROVED → IN_PROGRESS → DONE → EVALUATED one step at a time; cancel takes any status before DONE
 * to CANCELLED. DONE, EVALUATED and CANCELLED projects are closed: nothing about them changes any more.
 */

/** The one status `advanceProject` may move each status to. */
export const NEXT_STATUS: Readonly<Partial<Record<ProjectStatus, ProjectStatus>>> = {
  [ProjectStatus.APPROVED]: ProjectStatus.IN_PROGRESS,
  [ProjectStatus.IN_PROGRESS]: ProjectStatus.DONE,
  [ProjectStatus.DONE]: ProjectStatus.EVALUATED,
};

/** Statuses `advanceProject` can move to: anything else in its input is malformed. */
export const ADVANCE_TARGETS: readonly ProjectStatus[] = [ProjectStatus.IN_PROGRESS, ProjectStatus.DONE, ProjectStatus.EVALUATED];

export const CLOSED_STATUSES: readonly ProjectStatus[] = [ProjectStatus.DONE, ProjectStatus.EVALUATED, ProjectStatus.CANCELLED];

export type ProjectMove = { kind: 'approve' } | { kind: 'advance'; to: ProjectStatus } | { kind: 'cancel' };

export type MoveResult = { ok: true; to: ProjectStatus } | { ok: false; code: string };

/** Where `move` takes a project in status `from`, or the user-error code refusing it. */
export function transition(from: ProjectStatus, move: ProjectMove): MoveResult {
  switch (move.kind) {
    case 'approve':
      return from === ProjectStatus.PROPOSED ? { ok: true, to: ProjectStatus.APPROVED } : { ok: false, code: 'PROJECT_NOT_APPROVABLE' };
    case 'advance':
      return NEXT_STATUS[from] === move.to ? { ok: true, to: move.to } : { ok: false, code: 'PROJECT_NOT_ADVANCEABLE' };
    case 'cancel':
      return CLOSED_STATUSES.includes(from) ? { ok: false, code: 'PROJECT_NOT_CANCELLABLE' } : { ok: true, to: ProjectStatus.CANCELLED };
  }
}

/** The code refusing an edit (links, milestones, notes) of a project in `status`, or null when it may be edited. */
export function editRefusal(status: ProjectStatus): string | null {
  return CLOSED_STATUSES.includes(status) ? 'PROJECT_CLOSED' : null;
}

