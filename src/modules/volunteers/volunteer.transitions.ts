import { VolunteerStatus } from './volunteer.enums.js';

/*
 * The volunteer state machine as data, with no ORM or GraphQL: an application (or a unit's report) is
 * APPLIED; the home community approves or rejects it; an APPROVED volunteer may be suspended and reinstated;
 * the person may leave at any time while their record is live. A REJECTED or LEFT person may apply again
 * (`applyAsVolunteer` reopens their record as APPLIED).
 */

export type VolunteerMove = 'approve' | 'reject' | 'suspend' | 'reinstate' | 'leave';

const MOVES: Record<VolunteerMove, { from: readonly VolunteerStatus[]; to: VolunteerStatus; code: string }> = {
  approve: { from: [VolunteerStatus.APPLIED], to: VolunteerStatus.APPROVED, code: 'VOLUNTEER_NOT_APPROVABLE' },
  reject: { from: [VolunteerStatus.APPLIED], to: VolunteerStatus.REJECTED, code: 'VOLUNTEER_NOT_REJECTABLE' },
  suspend: { from: [VolunteerStatus.APPROVED], to: VolunteerStatus.SUSPENDED, code: 'VOLUNTEER_NOT_SUSPENDABLE' },
  reinstate: { from: [VolunteerStatus.SUSPENDED], to: VolunteerStatus.APPROVED, code: 'VOLUNTEER_NOT_REINSTATABLE' },
  leave: { from: [VolunteerStatus.APPLIED, VolunteerStatus.APPROVED, VolunteerStatus.SUSPENDED], to: VolunteerStatus.LEFT, code: 'VOLUNTEER_NOT_SERVING' },
};

export type MoveResult = { ok: true; to: VolunteerStatus } | { ok: false; code: string; message: string };

/** Where `move` takes a record in status `from`, or the user-error code refusing it. */
export function transition(from: VolunteerStatus, move: VolunteerMove): MoveResult {
  const m = MOVES[move];
  if (m.from.includes(from)) return { ok: true, to: m.to };
  return { ok: false, code: m.code, message: `Only a volunteer who is ${m.from.join(' or ')} can be moved to ${m.to}; this one is ${from}.` };
}

/** Whether a person whose record is in `status` may apply again (the record is reopened). */
export function mayReapply(status: VolunteerStatus): boolean {
  return status === VolunteerStatus.REJECTED || status === VolunteerStatus.LEFT;
}
