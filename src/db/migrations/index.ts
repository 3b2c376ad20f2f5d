import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_foundation } from './Migration20261122000000_foundation.js';
import { Migration20261122010000_read_path } from './Migration20261122010000_read_path.js';

/** Every migration in order; a new one is appended here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122000000_foundation', class: Migration20261122000000_foundation },
  { name: 'Migration20261122010000_read_path', class: Migration20261122010000_read_path },
];
