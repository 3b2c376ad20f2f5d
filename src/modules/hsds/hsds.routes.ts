import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import type { App } from '../../context.js';
import { isUuid } from './hsds.ids.js';
import { fullServiceOf, hsdsSetting, type HsdsSetting, organizationOf, serviceAtLocationOf, serviceOf } from './hsds.map.js';
import { districtName, organizationByHsdsId, organizationSlice, publicResourcesOf, resourceByHsdsId, resourceSlice, type Slice } from './hsds.reads.js';

/*
 * The read part of HSDS 3.0's API (its openapi.json), anonymous and public data only (README, "Open export:
 * HSDS 3.0"): paged lists as its Page schema says (total_items, total_pages, page_number, size, first_page,
 * last_page, empty, contents), objects by id. Errors in the hub's shape: `{ errors: [{ message, extensions:
 * { code } }] }`, 400 BAD_USER_INPUT for bad paging, 404 NOT_FOUND for an unknown or non-public id.
 */

export const HSDS_DEFAULT_PER_PAGE = 50;
export const HSDS_MAX_PER_PAGE = 500;
const PAGE_NUMBER = /^[1-9][0-9]{0,8}$/;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** `page` and `per_page` from the query, or the message saying what is wrong with them. */
export function pagingOf(query: Request['query']): { page: number; perPage: number } | string {
  const unknown = Object.keys(query).filter((k) => k !== 'page' && k !== 'per_page');
  if (unknown.length) return `Unsupported query parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}: only page and per_page are supported.`;
  const read = (name: string, fallback: number): number | string => {
    const value = query[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !PAGE_NUMBER.test(value)) return `${name} must be a whole number from 1 (got ${JSON.stringify(value)}).`;
    return Number(value);
  };
  const page = read('page', 1);
  if (typeof page === 'string') return page;
  const perPage = read('per_page', HSDS_DEFAULT_PER_PAGE);
  if (typeof perPage === 'string') return perPage;
  if (perPage > HSDS_MAX_PER_PAGE) return `per_page must be at most ${HSDS_MAX_PER_PAGE} (got ${perPage}).`;
  return { page, perPage };
}

export function pageOf<T, U>(slice: Slice<T>, page: number, perPage: number, map: (row: T) => U) {
  // an empty result is one empty page
  const totalPages = Math.max(1, Math.ceil(slice.total / perPage));
  return {
    total_items: slice.total,
    total_pages: totalPages,
    page_number: page,
    size: slice.rows.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: slice.rows.length === 0,
    contents: slice.rows.map(map),
  };
}

/** The routes under /hsds, mounted by the server (src/server.ts) beside /graphql. */
export function hsdsRoutes(app: App): Router {
  const router = Router();
  const pool = app.db.pool;
  const origins = app.config.corsOrigins;
  router.use('/hsds', cors({ origin: origins === '*' ? true : origins, credentials: false, methods: ['GET'], maxAge: 600 }));

  const list = <T, U>(path: string, read: (offset: number, limit: number) => Promise<Slice<T>>, map: (row: T, s: HsdsSetting) => U) =>
    router.get(path, async (req, res) => {
      const paging = pagingOf(req.query);
      if (typeof paging === 'string') return fail(res, 400, 'BAD_USER_INPUT', paging);
      const slice = await read((paging.page - 1) * paging.perPage, paging.perPage);
      // list items carry no address: no city to read
      const s = hsdsSetting(app.config, app.clock.now(), '');
      res.json(pageOf(slice, paging.page, paging.perPage, (row) => map(row, s)));
    });
  const setting = async () => hsdsSetting(app.config, app.clock.now(), await districtName(pool));

  list('/hsds/organizations', (offset, limit) => organizationSlice(pool, offset, limit), organizationOf);
  list('/hsds/services', (offset, limit) => resourceSlice(pool, offset, limit), serviceOf);
  list('/hsds/service_at_locations', (offset, limit) => resourceSlice(pool, offset, limit), serviceAtLocationOf);

  router.get('/hsds/organizations/:id', async (req, res) => {
    const id = req.params.id;
    const row = isUuid(id) ? await organizationByHsdsId(pool, id.toLowerCase()) : null;
    if (!row) return fail(res, 404, 'NOT_FOUND', `No organization with id "${id}".`);
    // nested as HSDS's compiled organization: its services, their one-to-one fields
    const s = hsdsSetting(app.config, app.clock.now(), '');
    res.json({ ...organizationOf(row), services: (await publicResourcesOf(pool, row.id)).map((r) => serviceOf(r, s)) });
  });
  router.get('/hsds/services/:id', async (req, res) => {
    const id = req.params.id;
    const found = isUuid(id) ? await resourceByHsdsId(pool, id.toLowerCase()) : null;
    if (!found) return fail(res, 404, 'NOT_FOUND', `No service with id "${id}".`);
    res.json(fullServiceOf(found.resource, found.organization, await setting()));
  });
  // anything else under /hsds is not part of this API
  router.use('/hsds', (_req, res) => fail(res, 404, 'NOT_FOUND', 'Not found: the HSDS API serves /hsds/services, /hsds/services/{id}, /hsds/organizations, /hsds/organizations/{id} and /hsds/service_at_locations.'));
  return router;
}
