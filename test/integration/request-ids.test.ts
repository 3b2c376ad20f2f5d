import type http from 'node:http';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { postRaw } from '../kit/raw-http.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { wsRequest } from '../kit/ws-client.js';

/* X-Request-Id from the request to the response, the log line and the masked error, over HTTP and WebSocket. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const AREAS = 'query OpsAreas { areas(first: 1) { totalCount } }';

describe('request ids', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('echo a valid X-Request-Id, replace an invalid one and make one when absent', async () => {
    const valid = await postRaw(hub.server.url, AREAS, { 'x-request-id': 'client-42.retry_1' });
    expect(valid.headers['x-request-id']).toBe('client-42.retry_1');
    for (const invalid of ['has space', 'x'.repeat(65), 'semi;colon', 'a/b', '']) {
      const replaced = await postRaw(hub.server.url, AREAS, { 'x-request-id': invalid });
      expect(replaced.headers['x-request-id']).toMatch(UUID);
    }
    const made = await postRaw(hub.server.url, AREAS);
    expect(made.headers['x-request-id']).toMatch(UUID);
    expect((await postRaw(hub.server.url, AREAS)).headers['x-request-id']).not.toBe(made.headers['x-request-id']);
  });

  it('are echoed on the WebSocket upgrade', async () => {
    const socket = new WebSocket(hub.server.wsUrl, 'graphql-transport-ws', { headers: { 'x-request-id': 'ws-socket-7' } });
    try {
      const upgrade = await new Promise<http.IncomingMessage>((resolve, reject) => {
        socket.once('upgrade', resolve);
        socket.once('error', reject);
      });
      expect(upgrade.headers['x-request-id']).toBe('ws-socket-7');
    } finally {
      socket.terminate();
    }
  });

  it("carry a masked internal error's log line and extensions", async () => {
    const broken = await startTestHub({ LOG_LEVEL: 'error' });
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = String(chunk);
      if (text.includes('"unexpected error"')) return lines.push(text), true;
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
    try {
      await broken.app.db.pool.query('alter table area rename to area_gone');
      const response = await postRaw(broken.server.url, AREAS, { 'x-request-id': 'trace-internal-1' });
      const body = JSON.parse(response.body.toString()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-internal-1' });
      await waitFor(() => lines.length > 0, { what: 'the log line of the masked error' });
      expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', message: 'unexpected error', requestId: 'trace-internal-1' });
      expect(lines[0]).toMatch(/area/);

      // over WebSocket, the id of the socket's upgrade request
      const client = createClient({
        url: broken.server.wsUrl,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { 'x-request-id': 'trace-socket-2' } });
          }
        },
        lazy: false,
        retryAttempts: 0,
      });
      try {
        const result = await wsRequest(client, AREAS);
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-socket-2' });
        await waitFor(() => lines.some((line) => line.includes('"requestId":"trace-socket-2"')), { what: "the socket's log line" });
      } finally {
        await client.dispose();
      }
    } finally {
      spy.mockRestore();
      await broken.close();
    }
  });
});
