import type { HubModule } from '../../context.js';
import { importRoutes } from './import.http.js';
import { ImportResolver } from './import.resolver.js';

// Bulk import of unit ledgers (台账): resident units and their resources from .xlsx and .csv

export const importsModule: HubModule = {
  name: 'imports',
  resolvers: [ImportResolver],
  routes: importRoutes,
};

// what the tools use of this one
export { ImportFileError, encodingNamed } from './import.read.js';
export { ImportEncoding, ImportRunStatus } from './import.enums.js';
export { runImport, uploadImport } from './import.service.js';
export type { ImportRun } from './import.type.js';
