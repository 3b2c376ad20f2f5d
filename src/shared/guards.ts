import { forbidden, unauthenticated } from './errors.js';
import type { Viewer } from './viewer.js';

export function requireSignedIn(viewer: Viewer): void {
  if (viewer.role === null) throw unauthenticated();
}

/** Signed in, and `allowed`; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function requireAllowed(viewer: Viewer, allowed: boolean, message?: string): void {
  requireSignedIn(viewer);
  if (!allowed) throw forbidden(message);
}
