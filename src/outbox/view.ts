import { Role, staffOfArea, type Viewer } from '../shared/viewer.js';
import { seesOnlyBoard, type EventScope } from './scope.js';

/*
 * How one viewer sees an event it may see (scope.ts says whether it may): `events` over HTTP and every
 * subscription apply the same two rules (docs/architecture.md, "Realtime").
 *  - The actor's account is shown to staff of the event's area (the district's staff for an event of no
 *    area) and to the actor themself; everyone else gets HIDDEN_ACTOR_ID, with the role.
 *  - A viewer who sees the event only because it is on the order board gets the redacted card only: the
 *    actor masked, `data` cut to BOARD_DATA_KEYS, and no reason, subject or node (the channels' part).
 */

/** What `Actor.id` says to a viewer who may not know who acted. */
export const HIDDEN_ACTOR_ID = 'HIDDEN';

/** The keys of an event's `data` a board-only viewer receives: statuses and quantities, nothing said about anyone. */
export const BOARD_DATA_KEYS: readonly string[] = ['from', 'to', 'quantity', 'takenQuantity', 'stillNeeded', 'fulfilment', 'serviceKinds'];

export interface EventFacts extends EventScope {
  actor: { id: string; role: string };
}

export interface EventView {
  /** Sees it only as a card of the order board. */
  boardOnly: boolean;
  /** May see who acted. */
  actorShown: boolean;
}

/** How `viewer` sees `e`, an event it may see. */
export function eventViewOf(viewer: Viewer, e: EventFacts): EventView {
  const boardOnly = seesOnlyBoard(viewer, e);
  const staff = e.areaPath === null ? viewer.role === Role.DISTRICT_ADMIN : staffOfArea(viewer, e.areaPath);
  const self = viewer.accountId !== null && viewer.accountId === e.actor.id;
  // SYSTEM is no one's account: the clock's changes say so to everyone
  return { boardOnly, actorShown: !boardOnly && (staff || self || e.actor.role === 'SYSTEM') };
}

/** The actor as `view` shows it. */
export function actorIn(view: EventView, actor: { id: string; role: string }): { id: string; role: string } {
  return view.actorShown ? actor : { id: HIDDEN_ACTOR_ID, role: actor.role };
}

/** `data` as `view` shows it: whole, or cut to BOARD_DATA_KEYS for a board-only viewer. */
export function dataIn(view: EventView, data: Record<string, unknown>): Record<string, unknown> {
  if (!view.boardOnly) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => BOARD_DATA_KEYS.includes(key)));
}
