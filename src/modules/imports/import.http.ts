import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TokenError } from '../../auth.js';
import { createContext, type App, type Context } from '../../context.js';
import { requestIdOf } from '../../request-id.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { encodingNamed, ImportFileError } from './import.read.js';
import { runImport, uploadImport } from './import.service.js';

/*
 * POST /import/units: the file is the body (Content-Type text/csv, optionally with a charset, or
 * application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; anything else is told by its bytes), with a
 * bearer token. Query: `name` (the file name kept on the run), `encoding` (utf-8 or gb18030: overrides the
 * detection), `apply=true` (apply at once when every row is valid). Answers the ImportRun as JSON: 201 when it
 * was kept (VALIDATED, REJECTED or APPLIED), 422 when applying was asked and a row is at fault, 413 past
 * IMPORT_MAX_BYTES, 400 for a file that cannot be read, with the error's code; the caller is signed in from the
 * bearer token as /graphql signs it in (401 UNAUTHENTICATED, 403 FORBIDDEN).
 */

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const error = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** The body, or null once `max` bytes are passed (the rest is not read). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > max) return null;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://hub');
  const contentType = req.headers['content-type'] ?? null;
  const charset = /charset=([^;]+)/i.exec(contentType ?? '')?.[1] ?? null;
  const encodingText = url.searchParams.get('encoding') ?? charset;
  const encoding = encodingText === null ? null : encodingNamed(encodingText);
  if (encodingText !== null && encoding === null) throw badInput('encoding', `Unknown encoding "${encodingText}": utf-8 or gb18030.`);
  const max = ctx.app.config.imports.maxBytes;
  const bytes = await readBody(req, max);
  if (bytes === null) {
    res.setHeader('connection', 'close');
    return send(res, 413, error('IMPORT_TOO_LARGE', `The file is larger than ${max} bytes (IMPORT_MAX_BYTES).`));
  }
  const fileName = url.searchParams.get('name') ?? 'upload';
  // a generic content type says nothing of the format: the file name's extension, else the bytes, tell it
  const generic = contentType === null || contentType.startsWith('application/octet-stream');
  let run;
  try {
    run = await uploadImport(ctx, { bytes, fileName, contentType: generic ? null : contentType, encoding });
  } catch (e) {
    if (e instanceof ImportFileError) return send(res, e.code === 'IMPORT_UNZIPPED_TOO_LARGE' || e.code === 'IMPORT_TOO_MANY_ROWS' ? 413 : 400, error(e.code, e.message));
    throw e;
  }
  const applyAsked = url.searchParams.get('apply') === 'true';
  if (!applyAsked || run.status !== 'VALIDATED') return send(res, applyAsked && run.status === 'REJECTED' ? 422 : 201, run);
  const applied = await runImport(ctx, fromGlobalId(run.id)!.id, true);
  if (!applied.ok) return send(res, 409, error(applied.errors[0]!.code, applied.errors[0]!.message));
  return send(res, applied.value.rejected ? 422 : 201, applied.value.run);
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** The module's routes (HubModule.routes): POST /import/units, its GraphQL-shaped errors answered as JSON. */
export function importRoutes(app: App): Router {
  const router = Router();
  router.post('/import/units', async (req, res, next) => {
    try {
      const viewer = await app.auth.viewerFromAuthorization(req.headers.authorization);
      await handle(createContext(app, viewer, requestIdOf(req)), req, res);
    } catch (e) {
      const code = e instanceof TokenError ? 'UNAUTHENTICATED' : e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
      if (!STATUS_OF[code] || res.headersSent) return next(e);
      send(res, STATUS_OF[code], error(code, (e as Error).message));
    }
  });
  return router;
}
