import express, { type Express, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The GraphQL IDE (GraphiQL, built from web/ into dist/web/ by `npm run build:web`): GET /graphql answers its page
 * to a request that prefers text/html over JSON, and /graphql/ide/ serves its scripts, styles and workers. Nothing
 * is loaded from elsewhere, so it works offline. Mounted only with GRAPHQL_IDE=on (src/config.ts); other requests
 * to /graphql fall through to Apollo. When dist/web/ has not been built the page is a 503 saying how to build it.
 */
export function mountIde(expressApp: Express, webDir = builtWebDir()): void {
  expressApp.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) !== 'text/html') return next();
    setIdeHeaders(req, res);
    res.set('cache-control', 'no-cache');
    const page = path.join(webDir, 'index.html');
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The GraphQL IDE is not built: run `npm run build:web` (or `npm start`, which builds it).\n');
      return;
    }
    res.sendFile(page);
  });
  expressApp.use(
    '/graphql/ide',
    (req, res, next) => (setIdeHeaders(req, res), next()),
    // file names carry their content hash
    express.static(webDir, { index: false, dotfiles: 'ignore', immutable: true, maxAge: '365d' }),
    // nothing else under this path is GraphQL: without this, Apollo would answer it
    (_req: Request, res: Response) => void res.status(404).type('text/plain').send('Not found\n'),
  );
}

/**
 * The IDE's Content-Security-Policy: only this origin, for scripts (workers included), styles, fonts, images and
 * connections, plus the WebSocket URL of the same host for subscriptions: 'self' alone covers it in browsers
 * that follow CSP Level 3 (Chromium 156 ran the browser test's subscription without it), older ones need it
 * named (taken from the Host header, and left out unless that looks like a host). Fonts and images also from
 * data: URLs, which is how GraphiQL's stylesheet embeds its fonts and icons. style-src needs 'unsafe-inline': the
 * Monaco editor in GraphiQL injects its theme and per-editor rules as <style> elements at run time, with no nonce
 * we could give it (without it Chromium reports some 80 violations and the editors lose their colours).
 */
export function ideContentSecurityPolicy(req: Request): string {
  const host = req.headers.host;
  const ws = host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? ` ${req.protocol === 'https' ? 'wss' : 'ws'}://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src 'self'${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function setIdeHeaders(req: Request, res: Response): void {
  res.set({
    'content-security-policy': ideContentSecurityPolicy(req),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    vary: 'accept',
  });
}

/** dist/web/ of this checkout, found from this file whether it runs as src/ide.ts (tests) or dist/src/ide.js. */
function builtWebDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web');
}
