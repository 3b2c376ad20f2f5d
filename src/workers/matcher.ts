import type pg from 'pg';
import type { App } from '../context.js';
import { matchOnce, MATCHER_LEADER_LOCK_KEY, type MatcherPass } from '../modules/matching/matcher.js';
import { startLeaderLoop } from './leader.js';

export interface Matcher {
  readonly isLeader: boolean;
  /**
   * Runs a round now (coalesced with one in progress): the server calls it for events that can change the
   * optimum (src/workers/index.ts); polling stays as the safety net.
   */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * The incremental matcher's loop: every `intervalMs` (1 s by default), and whenever woken, the leader
 * (`startLeaderLoop`) runs `matchOnce`; `onPass` hears each pass that did something.
 */
export function startMatcher(
  app: App,
  options: { intervalMs?: number; connect: () => Promise<pg.Client>; onError?: (error: unknown) => void; onPass?: (pass: MatcherPass) => void },
): Matcher {
  return startLeaderLoop({
    lockKey: MATCHER_LEADER_LOCK_KEY,
    intervalMs: options.intervalMs ?? 1_000,
    connect: options.connect,
    onError: options.onError,
    work: async () => {
      const pass = await matchOnce(app);
      if (pass.events || pass.fullFallbacks) options.onPass?.(pass);
    },
  });
}
