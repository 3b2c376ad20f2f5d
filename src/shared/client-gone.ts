import type { WebSocket } from 'ws';

const CLIENT_GONE_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNABORTED', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * A client that closed its connection while the hub read from or wrote to it: its own doing, not the
 * hub's error, so it is logged at debug level.
 */
export function isClientGone(error: unknown): boolean {
  const e = error as { code?: unknown; type?: unknown } | null;
  return (typeof e?.code === 'string' && CLIENT_GONE_CODES.has(e.code)) || e?.type === 'request.aborted';
}

/**
 * A send that fails because the client already closed its socket (EPIPE, ECONNRESET, a socket no longer
 * open) is reported to `onGone` and to graphql-ws as done: graphql-ws would log it as an internal error and
 * close with 1011 a socket that is gone anyway.
 */
export function forgiveClientGone(socket: WebSocket, onGone: (error: Error) => void): void {
  const send = socket.send.bind(socket) as (data: unknown, cb?: (err?: Error) => void) => void;
  socket.send = ((data: unknown, cb?: (err?: Error) => void) => {
    send(data, (err) => {
      if (err && (isClientGone(err) || socket.readyState !== socket.OPEN)) {
        onGone(err);
        cb?.();
      } else cb?.(err);
    });
  }) as WebSocket['send'];
}
