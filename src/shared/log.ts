export type LogLevel = 'silent' | 'error' | 'info' | 'debug';

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, info: 2, debug: 3 };

/** One JSON line on standard error, when `configured` lets `level` through. */
export function writeLog(configured: LogLevel, level: Exclude<LogLevel, 'silent'>, message: string, extra: Record<string, unknown> = {}): void {
  if (ORDER[configured] < ORDER[level]) return;
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), message, ...extra })}\n`);
}
