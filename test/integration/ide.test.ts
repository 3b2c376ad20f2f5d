import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountIde } from '../../src/ide.js';
import { startTestHub, type TestHub } from '../kit/server.js';

// The IDE's HTTP side: which requests get the page, its headers, and that GraphQL over HTTP is untouched. The
// page itself, in a real browser, is test/browser/ide.test.ts (`npm run test:browser`).

/** What Chromium sends when a page is opened. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('the IDE mounted on a built web folder', () => {
  let dir: string;
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sharehub-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/graphql/ide/assets/main-abc.js"></script>');
    writeFileSync(path.join(dir, 'assets', 'main-abc.js'), 'export {};\n');
    writeFileSync(path.join(dir, '.source-hash'), 'x\n');
    const app = express();
    mountIde(app, dir);
    app.use('/graphql', (_req, res) => void res.status(418).json({ reachedGraphQL: true }));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a browser at GET /graphql with the page and a Content-Security-Policy naming only this host', async () => {
    const res = await fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('/graphql/ide/assets/main-abc.js');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`connect-src 'self' ws://${new URL(origin).host};`);
    expect(csp).not.toMatch(/https?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the assets with the same policy, and 404 for anything else under /graphql/ide', async () => {
    const asset = await fetch(`${origin}/graphql/ide/assets/main-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const missing of ['/graphql/ide/assets/nothing.js', '/graphql/ide/.source-hash', '/graphql/ide/']) {
      const res = await fetch(`${origin}${missing}`);
      expect(res.status, missing).toBe(404);
      expect(await res.text(), missing).not.toContain('reachedGraphQL');
    }
  });

  it('leaves requests that prefer JSON, and every POST, to GraphQL', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*', 'application/json, text/html;q=0.5']) {
      const res = await fetch(`${origin}/graphql`, { headers: { accept } });
      expect(await res.json(), accept).toEqual({ reachedGraphQL: true });
    }
    const post = await fetch(`${origin}/graphql`, { method: 'POST', headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' }, body: '{}' });
    expect(await post.json()).toEqual({ reachedGraphQL: true });
  });

  it('says how to build the page when the web folder has not been built', async () => {
    const app = express();
    mountIde(app, path.join(dir, 'not-built'));
    const bare = http.createServer(app);
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});

describe('the hub with and without the IDE', () => {
  let on: TestHub;
  let off: TestHub;
  beforeAll(async () => {
    [on, off] = await Promise.all([startTestHub(), startTestHub({ GRAPHQL_IDE: 'off' })]);
  });
  afterAll(async () => {
    await Promise.all([on?.close(), off?.close()]);
  });

  it('answers a browser with the IDE (built or not), never with Apollo\'s landing page from a CDN', async () => {
    const res = await fetch(on.server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect([200, 503]).toContain(res.status);
    expect(res.headers.get('content-security-policy')).toContain(`connect-src 'self' ws://${new URL(on.server.url).host}`);
    expect(await res.text()).not.toMatch(/apollographql|embeddable|cdn\./i);
  });

  it('with GRAPHQL_IDE=off answers a browser as any GET without a preflight header: a 4xx GraphQL error, no page', async () => {
    const res = await fetch(off.server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).not.toMatch(/<html|apollographql|embeddable/i);
    expect((await fetch(`${new URL(off.server.url).origin}/graphql/ide/assets/x.js`)).status).toBeGreaterThanOrEqual(400);
  });

  it('keeps GraphQL over HTTP and CSRF prevention as they were while the IDE is on', async () => {
    const url = `${on.server.url}?query=${encodeURIComponent('{__typename}')}`;
    expect((await fetch(url)).status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': '1', accept: 'application/json' } });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await on.client.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });
});
