import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { forgiveClientGone, isClientGone } from '../../../src/shared/client-gone.js';

const failing = (code: string | undefined, readyState = 1) => {
  const error = Object.assign(new Error(`write ${code}`), code ? { code } : {});
  return { OPEN: 1, readyState, send: (_data: unknown, cb?: (err?: Error) => void) => cb?.(error) } as unknown as WebSocket;
};

const send = (socket: WebSocket) => new Promise<Error | undefined>((resolve) => socket.send('{}', resolve));

describe('a client that closed its socket mid-send', () => {
  it.each(['EPIPE', 'ECONNRESET'])('is not an error when a send fails with %s: reported as gone, the send completes', async (code) => {
    const socket = failing(code);
    const gone: Error[] = [];
    forgiveClientGone(socket, (error) => gone.push(error));
    expect(await send(socket)).toBeUndefined();
    expect(gone.map((e) => (e as { code?: string }).code)).toEqual([code]);
  });

  it('is not an error when the socket is no longer open', async () => {
    const socket = failing(undefined, 3);
    const gone: Error[] = [];
    forgiveClientGone(socket, (error) => gone.push(error));
    expect(await send(socket)).toBeUndefined();
    expect(gone).toHaveLength(1);
  });

  it('leaves other send failures to graphql-ws', async () => {
    const socket = failing('ERR_SOMETHING_ELSE');
    const gone: Error[] = [];
    forgiveClientGone(socket, (error) => gone.push(error));
    expect((await send(socket)) as { code?: string }).toMatchObject({ code: 'ERR_SOMETHING_ELSE' });
    expect(gone).toEqual([]);
  });

  it.each([
    [{ code: 'EPIPE' }, true],
    [{ code: 'ECONNRESET' }, true],
    [{ type: 'request.aborted' }, true],
    [{ code: 'ENOENT' }, false],
    [new Error('boom'), false],
    [null, false],
  ])('classifies %j as the client gone: %s', (error, expected) => {
    expect(isClientGone(error)).toBe(expected);
  });
});
