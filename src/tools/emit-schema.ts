import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { createSchema, printSortedSchema } from '../schema.js';

/** Writes schema/schema.graphql from the code; `npm run schema`. */
const schema = await createSchema();
writeFileSync(new URL('../../../schema/schema.graphql', import.meta.url), printSortedSchema(schema));
process.stdout.write('wrote schema/schema.graphql\n');
