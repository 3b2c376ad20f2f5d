import type { Context } from '../context.js';

/**
 * One time-driven change of a module: given a SYSTEM context (viewer SYSTEM_VIEWER, the app's clock),
 * records every transition that is due (status, history, event, in one transaction per change or batch)
 * and returns how many it recorded. Must be idempotent: running it twice records nothing the second time.
 */
export type Sweep = (ctx: Context) => Promise<number>;
