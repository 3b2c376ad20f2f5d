import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRaw } from '../kit/raw-http.js';
import { startTestHub, type TestHub } from '../kit/server.js';

/* Compressed responses, negotiated by Accept-Encoding; read over plain node:http, which decompresses nothing. */

const INTROSPECTION = 'query OpsTypes { __schema { types { name description } } }';

describe('compression', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  const decoded = (body: Buffer) => JSON.parse(body.toString()) as { data?: { __schema?: { types: unknown[] } } };

  it('gzips a body over 1 KB for a client that accepts gzip only', async () => {
    const response = await postRaw(hub.server.url, INTROSPECTION, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(gunzipSync(response.body)).data?.__schema?.types.length).toBeGreaterThan(10);
  });

  it('prefers brotli when the client accepts it', async () => {
    for (const accepted of ['br', 'gzip, deflate, br']) {
      const response = await postRaw(hub.server.url, INTROSPECTION, { 'accept-encoding': accepted });
      expect(response.headers['content-encoding']).toBe('br');
      expect(decoded(brotliDecompressSync(response.body)).data?.__schema?.types.length).toBeGreaterThan(10);
    }
  });

  it('sends the body as it is when no encoding is accepted, and small bodies always', async () => {
    const refusing: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br;q=0' }];
    for (const headers of refusing) {
      const response = await postRaw(hub.server.url, INTROSPECTION, headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.length).toBeGreaterThan(1024);
      expect(decoded(response.body).data?.__schema?.types.length).toBeGreaterThan(10);
    }
    const small = await postRaw(hub.server.url, 'query OpsSmall { __typename }', { 'accept-encoding': 'gzip, br' });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
