import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Open Referral HSDS 3.0's JSON Schemas (../shared/standards/hsds-3/schema/, beside the clone) in Ajv's 2020-12
 * validator, strict, with formats on and HSDS's own keywords registered; every file is added under the address
 * HSDS publishes it at, so each `$ref` (relative, or the OpenAPI's absolute ones) resolves to a local file and
 * nothing is fetched (Ajv has no loadSchema here: a reference it lacks fails the compilation).
 */

export const HSDS_SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/standards/hsds-3/schema');
/** Where HSDS publishes the files: the OpenAPI document refers to them so. */
export const HSDS_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/** The keywords HSDS's schema files use that JSON Schema 2020-12 does not define (annotations, no validation). */
export const HSDS_KEYWORDS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'core', 'tabular_required', 'example'] as const;

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, file), 'utf8'));

// ajv-formats is CommonJS: its default export is the function itself or under .default, by loader
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

export interface HsdsValidator {
  ajv: Ajv2020;
  /** The validator of a schema file (`service.json`, `compiled/service_list.json`…). */
  schema(file: string): ValidateFunction;
  /** The validator of the 200 answer of an HSDS API path's GET (`/services`…), as openapi.json gives it. */
  response(apiPath: string): ValidateFunction;
}

export function hsdsValidator(): HsdsValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv, ['uuid', 'date', 'time', 'date-time', 'uri', 'email']);
  for (const keyword of HSDS_KEYWORDS) ajv.addKeyword({ keyword });
  const files = readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json');
  for (const f of files) ajv.addSchema(readJson(f), HSDS_BASE + f);
  // the compiled objects the OpenAPI answers refer to (their references inlined: they have none left)
  for (const f of ['service.json', 'organization.json', 'service_list.json', 'organization_list.json', 'service_at_location_list.json']) {
    ajv.addSchema(readJson(`compiled/${f}`), `${HSDS_BASE}compiled/${f}`);
  }
  // the tabular layout's references are to the object files beside it as published (schema/, not compiled/)
  ajv.addSchema(readJson('compiled/tabular.json'), `${HSDS_BASE}tabular.json`);
  const openapi = readJson('openapi.json') as {
    paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Record<string, unknown> } } } } } }>;
    components: { schemas: Record<string, unknown> };
  };
  const compiled = new Map<string, ValidateFunction>();
  const once = (key: string, make: () => ValidateFunction) => compiled.get(key) ?? compiled.set(key, make()).get(key)!;
  return {
    ajv,
    schema: (file) => once(file, () => ajv.getSchema(HSDS_BASE + file) ?? fail(`no schema ${file}`)),
    response: (apiPath) =>
      once(apiPath, () => {
        const schema = openapi.paths[apiPath]?.get.responses[200].content['application/json'].schema ?? fail(`no path ${apiPath}`);
        // the OpenAPI document's own components are not a JSON Schema resource: put them in place
        const local = JSON.parse(JSON.stringify(schema), (_k, v) =>
          v && typeof v === 'object' && typeof v.$ref === 'string' && v.$ref.startsWith('#/components/schemas/')
            ? openapi.components.schemas[v.$ref.slice('#/components/schemas/'.length)]
            : v,
        );
        // and, stricter than the document (whose wrapper names no type and requires nothing), every field of a page
        const page = openapi.components.schemas.Page as { properties: Record<string, unknown> };
        const paged = 'allOf' in local ? { type: 'object', required: [...Object.keys(page.properties), 'contents'] } : {};
        return ajv.compile({ ...local, ...paged });
      }),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Ajv's errors in one line each, for a failing assertion's message. */
export function errorsOf(validate: ValidateFunction): string {
  const errors = validate.errors ?? [];
  const shown = errors.slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
  return errors.length > 10 ? `${shown}; and ${errors.length - 10} more` : shown;
}
