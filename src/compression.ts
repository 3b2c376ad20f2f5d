import compression from 'compression';
import type { RequestHandler } from 'express';
import { constants } from 'node:zlib';

/*
 * Response compression (README, "Compression"): brotli (quality 4) or gzip (level 6), as the client's
 * Accept-Encoding allows (brotli preferred when both are), for bodies of 1 KB or more; smaller ones go as
 * they are. WebSocket upgrades never reach express, so their frames are never compressed here.
 */
export function compressResponses(): RequestHandler {
  const compress = compression({
    threshold: 1024,
    level: 6,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // a client that accepts no encoding (autocannon, curl without --compressed) skips the middleware altogether
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}
