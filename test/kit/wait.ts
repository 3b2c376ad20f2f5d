/**
 * Waiting on a condition instead of a fixed pause: the one place in test/ allowed timers (`.ci/check-test-waits`
 * refuses `setTimeout(` and `sleep(` anywhere else), so that no test depends on how fast the machine is.
 */

export interface WaitOptions {
  /** How long to keep trying before failing; generous, as the suite must pass on a loaded machine. */
  deadlineMs?: number;
  /** Pause between tries. */
  intervalMs?: number;
  /** Said in the error when the deadline passes. */
  what?: string;
  /** Which errors of the predicate mean "not yet" (all by default); any other is thrown at once. */
  retryIf?: (error: unknown) => boolean;
}

const DEFAULT_DEADLINE_MS = 30_000;

/** Resolves after `ms`: only for the retry intervals below, never as a wait in a test. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls `predicate` until it returns a truthy value (which is returned) or the deadline passes (then it
 * throws, with the last error the predicate threw, if any). A predicate may be async and may throw: a throw
 * counts as "not yet", so `waitFor(async () => expect(x).toBe(y))` retries an assertion.
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitOptions = {}): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const interval = options.intervalMs ?? 20;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
      lastError = undefined;
    } catch (error) {
      if (options.retryIf && !options.retryIf(error)) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      if (lastError instanceof Error) {
        lastError.message = `waited ${options.deadlineMs ?? DEFAULT_DEADLINE_MS} ms${options.what ? ` for ${options.what}` : ''}: ${lastError.message}`;
        throw lastError;
      }
      throw new Error(`timed out after ${options.deadlineMs ?? DEFAULT_DEADLINE_MS} ms waiting for ${options.what ?? 'a condition'}`);
    }
    await delay(interval);
  }
}

/** Retries `action` while it throws (a database coming back, a socket reconnecting); returns its result. */
export function eventually<T>(action: () => Promise<T>, options: WaitOptions = {}): Promise<T> {
  return waitFor(async () => ({ value: await action() }), options).then((box) => box.value);
}

/** `promise`, or a rejection saying what did not happen if it has not settled within `deadlineMs`. */
export function withDeadline<T>(promise: Promise<T>, deadlineMs: number, what: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what()}`)), deadlineMs);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
